import { defineMessages } from './define';

/** Messages of shared/charts (and issues it raises, keyed by Issue.code). */
export const chartsMessages = defineMessages({
});
