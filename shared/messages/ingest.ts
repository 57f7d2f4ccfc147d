import { defineMessages } from './define';

/** Messages of shared/ingest (and issues it raises, keyed by Issue.code). */
export const ingestMessages = defineMessages({
});
