import { describe, expect, it } from 'vitest';
import { allMessages, langFromLocale, mappingMessages, ingestMessages, kpiMessages, chartsMessages, cliMessages, uiMessages, reviewMessages } from '../../shared/messages/index';

describe('messages', () => {
  it('langFromLocale picks zh for Chinese locales and en otherwise', () => {
    expect(langFromLocale('zh-CN')).toBe('zh');
    expect(langFromLocale('zh_TW.UTF-8')).toBe('zh');
    expect(langFromLocale('en-US')).toBe('en');
    expect(langFromLocale(undefined)).toBe('en');
  });

  it('no message key is defined in two groups', () => {
    const groups = [mappingMessages, ingestMessages, kpiMessages, chartsMessages, cliMessages, uiMessages, reviewMessages];
    const total = groups.reduce((n: number, g: object) => n + Object.keys(g).length, 0);
    expect(Object.keys(allMessages).length).toBe(total);
  });

  it('every message has a non-empty English and Chinese text', () => {
    for (const [key, m] of Object.entries(allMessages) as [string, { en: unknown; zh: unknown }][]) {
      for (const lang of ['en', 'zh'] as const) {
        const t = m[lang];
        expect(t, `${key}.${lang}`).toBeTruthy();
      }
    }
  });
});
