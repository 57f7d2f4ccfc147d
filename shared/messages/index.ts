import type { Issue } from '../schema/issues';
import { localize, type Localized, type MessageText } from './define';
import type { Lang } from './lang';
import { mappingMessages } from './mapping';
import { ingestMessages } from './ingest';
import { kpiMessages } from './kpi';
import { chartsMessages } from './charts';
import { cliMessages } from './cli';
import { uiMessages } from './ui';
import { reviewMessages } from './review';

export { LANGS, isLang, langFromLocale, type Lang } from './lang';
export { defineMessages, localize, type MessageGroup, type Localized } from './define';
export { mappingMessages, ingestMessages, kpiMessages, chartsMessages, cliMessages, uiMessages, reviewMessages };

/** Every message of the product, one object: keys are unique across groups (a test checks). */
export const allMessages = {
  ...mappingMessages,
  ...ingestMessages,
  ...kpiMessages,
  ...chartsMessages,
  ...cliMessages,
  ...uiMessages,
  ...reviewMessages,
};

const localized = new Map<Lang, Localized<typeof allMessages>>();

/** Every message in one language; made once per language (pages call this on every render). */
export function messagesFor(lang: Lang): Localized<typeof allMessages> {
  let messages = localized.get(lang);
  if (!messages) localized.set(lang, (messages = localize(allMessages, lang)));
  return messages;
}

/** `Orders!F17: "2026-13-45" is not a date` in the reader's language. */
export function formatIssue(issue: Issue, lang: Lang): string {
  const where = issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet;
  return where ? `${where}: ${issueText(issue, lang)}` : issueText(issue, lang);
}

/** The issue's message without its location. */
export function issueText(issue: Issue, lang: Lang): string {
  const entry = (allMessages as Record<string, { en: MessageText; zh: MessageText }>)[issue.code];
  if (!entry) return `${issue.code} ${JSON.stringify(issue.params)}`;
  const text = entry[lang];
  return typeof text === 'function' ? text(issue.params) : text;
}
