import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/static-server.mjs';

/**
 * Browser tests run against the real production build: build dist/ once, serve it on a free
 * localhost port and hand the URL to the tests (inject('baseUrl')).
 */
export default async function setup(project: TestProject) {
  if (!process.env.KPI_SKIP_BUILD) {
    process.env.KPI_TEST_PAGES = '1'; // vite.config.ts then adds test/e2e/pages/ to the build
    await build({ logLevel: 'warn', configFile: 'vite.config.ts' });
  }
  const server = await startStaticServer({ root: 'dist' });
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
