import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closingLine, countTests, type VitestJsonReport } from '../../../scripts/test-counts.mjs';

const REPORTS = 'test/fixtures/vitest-reports';
const reportText = (name: string) => readFileSync(`${REPORTS}/${name}`, 'utf8');
const report = (name: string): VitestJsonReport => JSON.parse(reportText(name));

describe('counting tests in a vitest JSON report', () => {
  it('counts passed tests, and skipped and todo ones as skipped', () => {
    expect(countTests(report('all-passed.json'))).toEqual({ passed: 5, failed: 0, skipped: 2 });
  });

  it('counts a file whose set-up failed before its tests ran as one failure', () => {
    // node-engine: beforeAll timed out, its 2 tests skipped; report-cli-json: import error, no
    // tests; format-csv: 1 failed test; dashboard: afterAll threw after its test passed.
    expect(countTests(report('set-up-failed.json'))).toEqual({ passed: 5, failed: 4, skipped: 2 });
  });

  it('counts a file whose suite failed with no tests run', () => {
    const noTestsRun = { testResults: [{ status: 'failed', message: 'Hook timed out in 10000ms.', assertionResults: [] }] };
    expect(countTests(noTestsRun)).toEqual({ passed: 0, failed: 1, skipped: 0 });
  });

  it('counts a file with failed tests by its tests, not once more for the file', () => {
    const twoFailed = { testResults: [{ status: 'failed', assertionResults: [{ status: 'failed' }, { status: 'failed' }, { status: 'passed' }] }] };
    expect(countTests(twoFailed)).toEqual({ passed: 1, failed: 2, skipped: 0 });
  });

  it('regression: eight files whose beforeAll timed out are 8 failed, not "637 passed, 1 failed"', () => {
    const passing = { status: 'passed', assertionResults: Array.from({ length: 637 }, () => ({ status: 'passed' })) };
    const timedOut = { status: 'failed', assertionResults: [{ status: 'skipped' }, { status: 'skipped' }, { status: 'skipped' }] };
    const run = { testResults: [passing, ...Array.from({ length: 8 }, () => timedOut)] };
    expect(closingLine(JSON.stringify(run), 1)).toBe('637 passed, 8 failed, 24 skipped');
  });
});

describe('the closing line of .ci/run', () => {
  it('says the counts of a passing run', () => {
    expect(closingLine(reportText('all-passed.json'), 0)).toBe('5 passed, 0 failed, 2 skipped');
  });

  it('says the counts of a failing run', () => {
    expect(closingLine(reportText('set-up-failed.json'), 1)).toBe('5 passed, 4 failed, 2 skipped');
  });

  it('shows one failure when vitest failed outside any test (an unhandled error, a global set-up)', () => {
    expect(closingLine(reportText('all-passed.json'), 1)).toBe('5 passed, 1 failed, 2 skipped');
  });

  it('shows one failure and nothing passed when there is no report, or it is not JSON', () => {
    expect(closingLine(null, 1)).toBe('0 passed, 1 failed, 0 skipped');
    expect(closingLine('', 0)).toBe('0 passed, 1 failed, 0 skipped');
    expect(closingLine('{"testResults": [', 1)).toBe('0 passed, 1 failed, 0 skipped');
  });

  it('is printed by node scripts/test-counts.mjs REPORT STATUS', () => {
    const run = spawnSync(process.execPath, ['scripts/test-counts.mjs', `${REPORTS}/set-up-failed.json`, '1'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('5 passed, 4 failed, 2 skipped\n');
  });

  it('shows one failure when the report file is missing', () => {
    const run = spawnSync(process.execPath, ['scripts/test-counts.mjs', `${REPORTS}/none.json`, '1'], { encoding: 'utf8' });
    expect(run.stdout).toBe('0 passed, 1 failed, 0 skipped\n');
  });
});
