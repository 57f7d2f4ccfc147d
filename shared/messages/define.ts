import type { Lang } from './lang';

/**
 * A message is a string or a function of parameters, given in both languages. Defining a
 * group with `defineMessages` makes the compiler insist that every key has en and zh.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type MessageText = string | ((...args: any[]) => string);
export type MessageGroup = Record<string, { en: MessageText; zh: MessageText }>;

export type Localized<G extends MessageGroup> = { [K in keyof G]: G[K]['en'] };

export function defineMessages<G extends MessageGroup>(group: G): G {
  return group;
}

/** Pick one language out of a group: `localize(ingestMessages, 'zh').notADate('x')`. */
export function localize<G extends MessageGroup>(group: G, lang: Lang): Localized<G> {
  const out: Record<string, MessageText> = {};
  for (const key of Object.keys(group)) out[key] = group[key][lang];
  return out as Localized<G>;
}

/*
 * Convention: a message used as an Issue text (Issue.code = its key) is a function of ONE
 * object, the params: `notADate: { en: (p: { value: string }) => …, zh: … }`.
 */
