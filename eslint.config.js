import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import layering from './scripts/eslint-layering.mjs';

/** Where Office.js may be named: the host boundary, and the tests' fakes of Office. */
// Tests of addin/office itself fake the Office globals it reads.
const OFFICE_ALLOWED = ['addin/office/**', 'test/e2e/fake-office/**', 'test/unit/addin/excel-mock*.ts', 'test/unit/addin/office-*.test.ts'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The layering of shared/STYLE.md §1–2 (scripts/eslint-layering.mjs).
  {
    plugins: { layering },
    rules: { 'layering/no-office': 'error' },
  },
  {
    files: OFFICE_ALLOWED,
    rules: { 'layering/no-office': 'off' },
  },
  {
    files: ['shared/**'],
    rules: { 'layering/no-import-from': ['error', { dirs: ['addin', 'dashboard', 'cli', 'server'] }] },
  },
  {
    // shared/engine/browser is an entry of its own: the engine index never re-exports an
    // implementation, so that a bundle takes only its own (shared/engine/index.ts).
    files: ['addin/**', 'dashboard/**', 'cli/**', 'server/**'],
    rules: { 'layering/shared-by-index': ['error', { entries: ['shared/engine/browser', 'shared/engine/node', 'shared/engine/postgres'] }] },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
