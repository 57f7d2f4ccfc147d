// `npm run validate [-- manifest.xml] [--offline]`: checks the add-in manifest with Microsoft's
// online validator (office-addin-manifest) when its service can be reached, and otherwise — or
// with --offline — with the offline check of validate-manifest.offline.ts. Exit 0 = valid.
import { readFileSync } from 'node:fs';
import { lookup } from 'node:dns/promises';
import { dirname, resolve } from 'node:path';
import { checkManifest } from './validate-manifest.offline';

const VALIDATION_HOST = 'validationgateway.omex.office.net';

async function reachable(host: string): Promise<boolean> {
  const timeout = new Promise<false>((done) => setTimeout(() => done(false), 3000));
  return Promise.race([lookup(host).then(() => true, () => false), timeout]);
}

async function validateOnline(path: string): Promise<boolean | null> {
  try {
    const { validateManifest } = await import('office-addin-manifest');
    const result = await validateManifest(path);
    for (const kind of ['errors', 'warnings'] as const) {
      for (const issue of result.report?.[kind] ?? []) {
        console.log(`${kind === 'errors' ? 'error' : 'warning'}: ${issue.title ?? ''} ${issue.content ?? ''} ${issue.line ? `(line ${issue.line})` : ''}`);
      }
    }
    if (result.status && result.status >= 500) return null;
    return result.isValid;
  } catch (error) {
    console.log(`The online validator could not be used: ${(error as Error).message.split('\n')[0]}`);
    return null;
  }
}

async function main() {
  const args = process.argv.slice(2);
  const offlineOnly = args.includes('--offline') || process.env.KPI_OFFLINE === '1';
  const path = resolve(args.find((a) => !a.startsWith('--')) ?? 'manifest.xml');

  if (!offlineOnly && (await reachable(VALIDATION_HOST))) {
    console.log(`Validating ${path} online (${VALIDATION_HOST})…`);
    const valid = await validateOnline(path);
    if (valid !== null) {
      console.log(valid ? 'The manifest is valid.' : 'The manifest is NOT valid.');
      process.exit(valid ? 0 : 1);
    }
  }
  console.log(`Validating ${path} offline (element order, GUID id, https URLs, icon files)…`);
  // Icon URLs name paths under the served root: the project folder (dev) holds addin/assets/.
  const problems = checkManifest(readFileSync(path, 'utf8'), dirname(path));
  for (const p of problems) console.log(`error: line ${p.line}: ${p.message}`);
  console.log(problems.length ? `The manifest is NOT valid (${problems.length} problems).` : 'The manifest is valid (offline check).');
  process.exit(problems.length ? 1 : 0);
}

await main();
