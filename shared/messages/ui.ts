import { defineMessages } from './define';

/** Messages of shared/ui (and issues it raises, keyed by Issue.code). */
export const uiMessages = defineMessages({
});
