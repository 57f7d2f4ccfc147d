import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { findPageFile } from '../scripts/static-server.mjs';

// The built pages (dist/) as the data server serves them, so that one command gives a working
// dashboard on the same origin as the API: the page's Content-Security-Policy (connect-src
// 'self') then lets it reach the server and nothing else. Never a file outside the root.

/** Where the dashboard page is under the root, with the switch that makes it ask this server. */
export const DASHBOARD_PATH = '/dashboard/index.html?source=server';

export interface PageFile {
  body: Buffer;
  type: string;
}

/** The file a GET of `urlPath` names under `root` (a folder's index.html), or null. */
export async function pageFile(root: string, urlPath: string): Promise<PageFile | null> {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const found = await findPageFile(root, path);
  if (!found || found === 'outside') return null;
  return { body: await readFile(found.file), type: found.type };
}

/** Whether `root` holds the built dashboard (npm run build). */
export async function hasDashboard(root: string): Promise<boolean> {
  return (await stat(join(root, 'dashboard', 'index.html')).catch(() => null))?.isFile() ?? false;
}
