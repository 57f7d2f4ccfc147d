import { launchBrowser } from '/work/main/test/e2e/browser.ts';
// @ts-expect-error
import { startStaticServer } from '/work/main/scripts/static-server.mjs';
const server = await startStaticServer({ root: '/work/main/dist' });
const b = await launchBrowser();
const p = await b.newPage();
p.on('console', (m) => console.log('console', m.type(), m.text()));
p.on('pageerror', (e) => console.log('pageerror', String(e)));
p.on('request', (r) => console.log('req', r.url()));
p.on('requestfailed', (r) => console.log('failed', r.url(), r.failure()?.errorText));
p.on('worker', (w) => console.log('worker', w.url()));
await p.goto(new URL("test/e2e/pages/engine.html", server.url).href);
for (let i = 0; i < 12; i++) { await p.waitForTimeout(5000); console.log('LOG', await p.textContent('#log')); if (await p.evaluate(() => (window as any).engineSuiteResults)) break; }
console.log(JSON.stringify(await p.evaluate(() => (window as any).engineSuiteResults), null, 1));
await b.close(); await server.close();
