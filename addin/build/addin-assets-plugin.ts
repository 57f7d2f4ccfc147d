import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Build step of the add-in: copies the drawn icons to dist/addin/assets/ (the manifest names
 * them by URL, so they keep their names) and the help page to dist/addin/help.html (the
 * manifest's SupportUrl and LearnMoreUrl), and writes dist/manifest.xml with its URLs moved
 * from the development origin to the production one in ADDIN_ORIGIN.
 */
export const DEV_ORIGIN = 'https://localhost:3000';

/** Every https://localhost:3000 of the manifest, moved to `origin` (which must be https). */
export function rewriteManifestOrigin(xml: string, origin: string): string {
  const url = new URL(origin);
  if (url.protocol !== 'https:') throw new Error(`ADDIN_ORIGIN must be an https URL, not ${origin}`);
  const base = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  return xml.split(DEV_ORIGIN).join(base);
}

export function addinAssets(root = resolve(import.meta.dirname, '../..')): Plugin {
  return {
    name: 'addin-assets',
    apply: 'build',
    generateBundle() {
      const assets = join(root, 'addin/assets');
      for (const file of readdirSync(assets).filter((f) => f.endsWith('.png'))) {
        this.emitFile({ type: 'asset', fileName: `addin/assets/${file}`, source: readFileSync(join(assets, file)) });
      }
      this.emitFile({ type: 'asset', fileName: 'addin/help.html', source: readFileSync(join(root, 'addin/help.html')) });
      const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');
      const origin = process.env.ADDIN_ORIGIN;
      this.emitFile({ type: 'asset', fileName: 'manifest.xml', source: origin ? rewriteManifestOrigin(manifest, origin) : manifest });
    },
  };
}
