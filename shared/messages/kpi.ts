import { defineMessages } from './define';

/** Messages of shared/kpi (and issues it raises, keyed by Issue.code). */
export const kpiMessages = defineMessages({
});
