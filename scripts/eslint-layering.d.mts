// Types of eslint-layering.mjs, for the rules' unit test.
import type { ESLint, Rule } from 'eslint';

export declare const OFFICE_GLOBALS: string[];
export declare const OFFICE_PACKAGES: string[];

declare const layering: ESLint.Plugin & { rules: Record<'no-office' | 'no-import-from' | 'shared-by-index', Rule.RuleModule> };
export default layering;
