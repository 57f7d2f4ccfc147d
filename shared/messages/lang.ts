/** The two languages of the product. */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(x: unknown): x is Lang {
  return x === 'en' || x === 'zh';
}

/** "zh-CN", "zh_TW.UTF-8", "ZH" → zh; anything else → en. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return locale && /^zh\b|^zh[-_]/i.test(locale.trim()) ? 'zh' : 'en';
}
