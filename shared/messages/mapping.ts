import { defineMessages } from './define';

/** Messages of shared/mapping (and issues it raises, keyed by Issue.code). */
export const mappingMessages = defineMessages({
});
