import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

/**
 * The built pages (dist/) as the data server serves them, so that one command gives a working
 * dashboard on the same origin as the API: the page's Content-Security-Policy (connect-src
 * 'self') then lets it reach the server and nothing else. Never a file outside the root.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Where the dashboard page is under the root, with the switch that makes it ask this server. */
export const DASHBOARD_PATH = '/dashboard/index.html?source=server';

export interface PageFile {
  body: Buffer;
  type: string;
}

/** The file a GET of `urlPath` names under `root` (a folder's index.html), or null. */
export async function pageFile(root: string, urlPath: string): Promise<PageFile | null> {
  const base = resolve(root);
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  let file = normalize(join(base, path));
  if (file !== base && !file.startsWith(base + sep)) return null;
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) return null;
  return { body: await readFile(file), type: TYPES[extname(file)] ?? 'application/octet-stream' };
}

/** Whether `root` holds the built dashboard (npm run build). */
export async function hasDashboard(root: string): Promise<boolean> {
  return (await stat(join(root, 'dashboard', 'index.html')).catch(() => null))?.isFile() ?? false;
}
