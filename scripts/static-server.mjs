// A small static file server for dist/: used by `npm start` and by the browser tests.
// Serves .wasm as application/wasm (needed for streaming compilation) and never
// reaches outside its root.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The file a GET of `path` (already decoded) names under `root`, a folder by its index.html:
 * { file, type } inside the root, 'outside' when the path leaves it, null when there is none.
 * One copy for npm start's server and the data server's pages (server/page-files.ts).
 */
export async function findPageFile(root, path) {
  const base = resolve(root);
  let file = normalize(join(base, path));
  if (file !== base && !file.startsWith(base + sep)) return 'outside';
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  return info?.isFile() ? { file, type: TYPES[extname(file)] ?? 'application/octet-stream' } : null;
}

/** Start serving `root`; resolves to { url, close() }. `port` 0 picks a free port. */
export function startStaticServer({ root, port = 0, host = '127.0.0.1' }) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const found = await findPageFile(base, path);
      if (found === 'outside') {
        res.writeHead(403).end();
        return;
      }
      if (!found) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const body = await readFile(found.file);
      res.writeHead(200, {
        'content-type': found.type,
        'cache-control': 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(500).end();
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const addr = server.address();
      const url = `http://${host === '127.0.0.1' ? 'localhost' : host}:${addr.port}/`;
      ok({ url, port: addr.port, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
