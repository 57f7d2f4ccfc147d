// `npm run sideload [-- desktop | web --document <URL>]`: serves the built task pane over https
// on localhost:3000 and sideloads manifest.xml into Excel.
//
// Needs a machine with Excel (Windows or Mac desktop) or an Excel on the web document. The two
// Office tools are run through npx when needed instead of being dependencies: they pull in
// keytar, a native module that does not build everywhere (it does not here).
//   1. `npx office-addin-dev-certs install` makes and trusts a certificate for localhost
//      (~/.office-addin-dev-certs/), which Office requires for add-in pages.
//   2. `vite build` writes dist/ (the pane at dist/addin/taskpane.html, icons in dist/addin/assets/).
//   3. dist/ is served at https://localhost:3000 with that certificate.
//   4. `npx office-addin-debugging start manifest.xml desktop|web` registers the manifest and
//      opens Excel with the add-in (Home tab → KPI Analytics). Ctrl+C stops it and unregisters.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:https';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { homedir, platform } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';

const PORT = 3000;
const args = process.argv.slice(2);
const target = args[0] === 'web' ? 'web' : 'desktop';
const documentUrl = args[args.indexOf('--document') + 1];

function run(cmd, cmdArgs) {
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error(`\n"${cmd} ${cmdArgs.join(' ')}" failed (exit ${r.status ?? r.signal}).`);
    process.exit(r.status ?? 1);
  }
}

console.log('1/4 A trusted https certificate for localhost (office-addin-dev-certs)…');
run('npx', ['--yes', 'office-addin-dev-certs', 'install']);
const certDir = join(homedir(), '.office-addin-dev-certs');
const cert = { key: readFileSync(join(certDir, 'localhost.key')), cert: readFileSync(join(certDir, 'localhost.crt')) };

console.log('2/4 Building dist/…');
run('npx', ['vite', 'build', '--logLevel', 'warn']);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
};
const root = resolve('dist');
const server = createServer(cert, async (req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'https://x').pathname);
  const file = normalize(join(root, path));
  const info = file.startsWith(root + sep) ? await stat(file).catch(() => null) : null;
  if (!info?.isFile()) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  res.end(await readFile(file));
});
await new Promise((done, fail) => server.once('error', fail).listen(PORT, 'localhost', done));
console.log(`3/4 Serving https://localhost:${PORT}/addin/taskpane.html`);

const hasDesktopExcel = platform() === 'win32' || platform() === 'darwin';
if (target === 'desktop' && !hasDesktopExcel) {
  console.log(`
Excel for the desktop runs on Windows and macOS only, so nothing was sideloaded on this machine.
The task pane is served; to use it:
  - Excel on the web: open a workbook, Home → Add-ins → More add-ins → Upload my add-in, and choose
    ${resolve('manifest.xml')}
  - or run: npm run sideload -- web --document <the workbook's URL>
Press Ctrl+C to stop.`);
} else {
  console.log('4/4 Sideloading manifest.xml into Excel (office-addin-debugging)…');
  const debugArgs = ['--yes', 'office-addin-debugging', 'start', 'manifest.xml', target, '--app', 'excel', '--no-debug', '--no-live-reload', '--dev-server-port', String(PORT)];
  if (target === 'web') {
    if (!documentUrl || documentUrl.startsWith('--')) {
      console.error('Excel on the web needs the workbook: npm run sideload -- web --document <URL>');
      process.exit(2);
    }
    debugArgs.push('--document', documentUrl);
  }
  spawn('npx', debugArgs, { stdio: 'inherit', shell: process.platform === 'win32' });
  console.log('Press Ctrl+C to stop the server and unregister the add-in.');
}

process.on('SIGINT', () => {
  if (hasDesktopExcel || target === 'web') {
    spawnSync('npx', ['--yes', 'office-addin-debugging', 'stop', 'manifest.xml'], { stdio: 'inherit', shell: process.platform === 'win32' });
  }
  server.close(() => process.exit(0));
});

if (!existsSync(join(root, 'addin/taskpane.html'))) console.warn('dist/addin/taskpane.html is missing: the build did not produce the task pane.');
