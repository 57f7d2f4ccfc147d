import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { addinAssets } from './addin/build/addin-assets-plugin';

// One build, two pages: the Excel task pane and the standalone dashboard. Every asset,
// DuckDB's .wasm and worker files included, is emitted into dist/ and served from our origin.
export default defineConfig({
  plugins: [react(), addinAssets()],
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 8000,
    rollupOptions: {
      input: {
        taskpane: resolve(import.meta.dirname, 'addin/taskpane.html'),
        dashboard: resolve(import.meta.dirname, 'dashboard/index.html'),
        // Test pages (e.g. the engine suite in a browser) only in the e2e build, never in production.
        ...(process.env.KPI_TEST_PAGES === '1' ? { engineTest: resolve(import.meta.dirname, 'test/e2e/pages/engine.html') } : {}),
        // The benchmark's bare duckdb-wasm page (bench/browser-dashboard.ts), likewise only when asked for.
        ...(process.env.KPI_BENCH_PAGES === '1' ? { bareWasm: resolve(import.meta.dirname, 'bench/pages/bare-wasm.html') } : {}),
      },
    },
  },
  worker: { format: 'es' },
  server: { port: 3000, strictPort: false },
  preview: { port: 3000 },
});
