import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasDashboard, pageFile } from '../../../server/page-files';

let root: string;
let outside: string;

beforeAll(async () => {
  outside = await mkdtemp(join(tmpdir(), 'page-files-'));
  root = join(outside, 'dist');
  await mkdir(join(root, 'dashboard', 'assets'), { recursive: true });
  await writeFile(join(root, 'dashboard', 'index.html'), '<!doctype html><p>dashboard</p>');
  await writeFile(join(root, 'dashboard', 'assets', 'engine.wasm'), Buffer.from([0, 97, 115, 109]));
  await writeFile(join(outside, 'secret.txt'), 'not a page');
});

afterAll(() => rm(outside, { recursive: true, force: true }));

describe('the built pages the data server serves', () => {
  it('serves a page and its assets with their types, a folder by its index.html', async () => {
    const page = await pageFile(root, '/dashboard/index.html');
    expect(page?.type).toBe('text/html; charset=utf-8');
    expect(page?.body.toString()).toContain('dashboard');
    expect((await pageFile(root, '/dashboard/'))?.body.toString()).toContain('dashboard');
    expect((await pageFile(root, '/dashboard/assets/engine.wasm'))?.type).toBe('application/wasm');
    expect(await hasDashboard(root)).toBe(true);
    expect(await hasDashboard(join(root, 'dashboard'))).toBe(false);
  });

  it('never a file outside its folder, nor one that is not there', async () => {
    expect(await pageFile(root, '/../secret.txt')).toBeNull();
    expect(await pageFile(root, '/%2e%2e/secret.txt')).toBeNull();
    expect(await pageFile(root, '/dashboard/%2e%2e/%2e%2e/secret.txt')).toBeNull();
    expect(await pageFile(root, '/%E0%A4%A')).toBeNull();
    expect(await pageFile(root, '/nothing.js')).toBeNull();
  });
});
