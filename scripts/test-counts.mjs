// The closing line of .ci/run, `N passed, N failed, N skipped`, from vitest's JSON report
// (`--reporter=json --outputFile.json=…`) and vitest's exit status:
//   node scripts/test-counts.mjs REPORT.json EXIT_STATUS
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Tests by outcome. A file that failed with none of its tests failed — an import error, or a
 * beforeAll/afterAll that threw or timed out (vitest then skips the suite's tests) — counts as
 * one failure: vitest's "Tests" line leaves it out, its "Test Files" line does not.
 * @param {{ testResults?: { status: string, assertionResults?: { status: string }[] }[] }} report
 */
export function countTests(report) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const file of report.testResults ?? []) {
    const statuses = (file.assertionResults ?? []).map((test) => test.status);
    const passed = statuses.filter((s) => s === 'passed').length;
    const failed = statuses.filter((s) => s === 'failed').length;
    counts.passed += passed;
    // skipped, todo, pending: every test that did not run.
    counts.skipped += statuses.length - passed - failed;
    counts.failed += file.status === 'failed' && failed === 0 ? 1 : failed;
  }
  return counts;
}

/** The report's counts, or null when there is no report or it is not JSON. */
function countsOf(reportText) {
  try {
    return countTests(JSON.parse(reportText ?? ''));
  } catch {
    return null;
  }
}

/**
 * The closing line. A failed run in which no test or file failed still shows a failure: an
 * error outside any test file (vitest's "Errors", e.g. an unhandled rejection, which the JSON
 * report does not list) or a global set-up that threw. No report at all (vitest did not get to
 * the end) is one failure and nothing passed.
 * @param {string | null} reportText the JSON report, or null when vitest wrote none
 * @param {number} exitStatus
 */
export function closingLine(reportText, exitStatus) {
  const counts = countsOf(reportText);
  if (counts === null) return '0 passed, 1 failed, 0 skipped';
  const failed = exitStatus !== 0 && counts.failed === 0 ? 1 : counts.failed;
  return `${counts.passed} passed, ${failed} failed, ${counts.skipped} skipped`;
}

function readOrNull(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function main() {
  const [reportPath, status] = process.argv.slice(2);
  console.log(closingLine(readOrNull(reportPath), Number(status ?? 1)));
}

/** Run as a script (node scripts/….mjs), not imported by a test. */
function isMain() {
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) main();
