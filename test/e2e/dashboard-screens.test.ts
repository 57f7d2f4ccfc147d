import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_AS_OF } from '../../shared/demo/index';
import { launchBrowser } from './browser';
import { openDashboard, REPO } from './dashboard-page';

/*
 * Screenshots of the demo overview at a big meeting-room screen (1440×900) and a small laptop
 * (1024×768), in both languages, dark theme, and as printed (A4 landscape). They are saved
 * under test-results/ to be looked at; the checks here are the measurable part of "not
 * cramped": nothing wider than the window, every text of the page in the chosen language.
 */
const baseUrl = inject('baseUrl');
const OUT = join(REPO, 'test-results');
let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
];

describe('screenshots', () => {
  for (const lang of ['en', 'zh'] as const) {
    for (const size of SIZES) {
      it(`${size.width}×${size.height}, ${lang}`, async () => {
        const { page, errors } = await openDashboard(browser, baseUrl, `#asof=${DEMO_AS_OF}`, size, lang === 'zh' ? 'zh-CN' : 'en-US');
        // The language comes from the browser when the link does not say.
        await expect(page.textContent('h1')).resolves.toBe(lang === 'zh' ? '团队绩效分析' : 'Team KPI Analytics');
        await page.screenshot({ path: join(OUT, `dashboard-${size.width}-${lang}.png`) });
        await page.screenshot({ path: join(OUT, `dashboard-${size.width}-${lang}-full.png`), fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        if (lang === 'zh') {
          // No English label left on the Chinese page's controls and headings.
          const texts = await page.$$eval('h1, h2, label, button, [data-testid="filter-basis"] option', (els) => els.map((e) => e.textContent ?? ''));
          expect(texts.filter((t) => /\b(the|and|of|Month|Member|Target|Export)\b/.test(t))).toEqual([]);
        }
        expect(errors).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('dark theme, 1440×900', async () => {
    const { page } = await openDashboard(browser, baseUrl, `#asof=${DEMO_AS_OF}&theme=dark`);
    await page.screenshot({ path: join(OUT, 'dashboard-1440-dark.png') });
    const background = await page.$eval('.dash-root', (el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await page.context().close();
  });

  it('prints as an A4-landscape report without the controls', async () => {
    // The page's size on A4 landscape at 96 dpi, so the screenshot shows the printed layout.
    const { page } = await openDashboard(browser, baseUrl, `#asof=${DEMO_AS_OF}`, { width: 1123, height: 794 });
    await page.emulateMedia({ media: 'print' });
    await expect(page.isVisible('.dash-filters')).resolves.toBe(false);
    await expect(page.isVisible('[data-testid="export-csv"]')).resolves.toBe(false);
    await expect(page.isVisible('.dash-print-head')).resolves.toBe(true);
    await expect(page.textContent('.dash-print-head')).resolves.toContain(`as of ${DEMO_AS_OF}`);
    await page.screenshot({ path: join(OUT, 'dashboard-print.png'), fullPage: true });
    const pdf = await page.pdf({ path: join(OUT, 'dashboard-print.pdf'), preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // A4 landscape: the first page's MediaBox is 842 × 595 points.
    expect(pdf.toString('latin1')).toMatch(/MediaBox\s*\[\s*0 0 84[12](\.\d+)? 59[45](\.\d+)?\s*\]/);
    await page.context().close();
  });
});
