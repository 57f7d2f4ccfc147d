import { defineMessages } from './define';

/** Messages of shared/cli (and issues it raises, keyed by Issue.code). */
export const cliMessages = defineMessages({
});
