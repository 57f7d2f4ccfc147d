import { chromium, type Browser, type Page } from 'playwright-core';

/** The system Chromium (Debian's package); tests never download a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** `extraArgs`: more Chromium flags (the benchmark's memory info and process tag). */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/**
 * Records every request a page makes. `offOrigin()` lists those that leave localhost —
 * a test fails on any: nothing may be fetched from a CDN or elsewhere.
 */
export function recordRequests(page: Page) {
  const urls: string[] = [];
  page.on('request', (req) => urls.push(req.url()));
  return {
    urls,
    offOrigin: () =>
      urls.filter((u) => {
        if (u.startsWith('data:') || u.startsWith('blob:') || u === 'about:blank') return false;
        try {
          const host = new URL(u).hostname;
          return !(host === 'localhost' || host === '127.0.0.1' || host === '[::1]');
        } catch {
          return true;
        }
      }),
  };
}

/** Collects console errors and uncaught page errors, to assert a page ran cleanly. */
export function recordErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}
