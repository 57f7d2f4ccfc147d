// Types of test-counts.mjs, for its unit test.
export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
}

/** The part of vitest's JSON report (JsonTestResults) that is counted. */
export interface VitestJsonReport {
  testResults?: { status: string; assertionResults?: { status: string }[] }[];
}

export declare function countTests(report: VitestJsonReport): TestCounts;
export declare function closingLine(reportText: string | null, exitStatus: number): string;
