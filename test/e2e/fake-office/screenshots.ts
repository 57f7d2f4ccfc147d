import type { Page } from 'playwright-core';

/**
 * Saves a tall page as screenshots of one viewport height each (`name-1.png`, `name-2.png` …),
 * so each can be looked at at full size. Returns the paths.
 */
export async function screenshotInParts(page: Page, path: string, maxParts = 4): Promise<string[]> {
  const viewport = page.viewportSize() ?? { width: 320, height: 800 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const paths: string[] = [];
  for (let i = 0, y = 0; y < height && i < maxParts; i++, y += viewport.height) {
    const file = path.replace(/\.png$/, `-${i + 1}.png`);
    await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y, width: viewport.width, height: Math.min(viewport.height, height - y) } });
    paths.push(file);
  }
  return paths;
}
