// Types of ensure-chromium.mjs, for its unit test.
export declare const DEFAULT_CHROMIUM: string;
export declare const APT_GET: string;
export declare const PACKAGES: string[];

export interface ChromiumFacts {
  /** CHROMIUM_PATH, when set. */
  chromiumPath?: string;
  /** process.getuid(); undefined where there is none (Windows). */
  uid?: number;
  isExecutable(path: string): boolean;
}

export type ChromiumPlan =
  | { action: 'ready'; chromium: string }
  | { action: 'install'; commands: string[][] }
  | { action: 'stop'; lines: string[] };

export declare function chromiumPlan(facts: ChromiumFacts): ChromiumPlan;
