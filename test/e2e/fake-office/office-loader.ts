/**
 * The fake office.js, served by the browser tests at office.js's own CDN address. Like the real
 * loader it defines `Office` and loads its host file (excel-web-16.00.js) from the folder it
 * was loaded from; `Office.onReady()` resolves once that file has run, and never if it was
 * blocked — as a real office.js whose host file is blocked. Sent to the page as source text.
 */
import type { FakeOfficeInit } from './types';

export function fakeOfficeLoader(init: FakeOfficeInit): void {
  const win = window as unknown as Record<string, unknown>;
  let hostReady: (info: { host: string; platform: string }) => void = () => undefined;
  const ready = new Promise<{ host: string; platform: string }>((done) => (hostReady = done));
  win.__fakeOfficeHostLoaded = () => hostReady({ host: 'Excel', platform: 'OfficeOnline' });
  win.Office = {
    HostType: { Excel: 'Excel' },
    onReady(callback?: (info: unknown) => void) {
      return ready.then((info) => {
        callback?.(info);
        return info;
      });
    },
    context: {
      displayLanguage: init.displayLanguage ?? 'en-US',
      officeTheme: { bodyBackgroundColor: init.bodyBackgroundColor ?? '#ffffff' },
      requirements: {
        isSetSupported: (name: string, version: string) => name === 'ExcelApi' && Number(String(version).split('.')[1] ?? 0) <= (init.apiMinor ?? 17),
      },
    },
  };
  const base = (document.currentScript as HTMLScriptElement).src.replace(/[^/]*$/, '');
  const host = document.createElement('script');
  host.src = `${base}excel-web-16.00.js`;
  document.head.appendChild(host);
}
