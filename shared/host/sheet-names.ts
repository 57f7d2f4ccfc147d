/**
 * Names Excel accepts for new sheets and tables. Sheet names: at most 31 characters, none of
 * \ / ? * : [ ], not starting or ending with an apostrophe, unique ignoring case. Table names:
 * letters, digits, underscores and dots, starting with a letter or underscore, not a cell
 * reference (e.g. "KPI2026" is column KPI, row 2026), unique in the workbook ignoring case.
 */

const SHEET_NAME_MAX = 31;

function cleanSheetName(wanted: string): string {
  const cleaned = wanted
    .replace(/[\\/?*:[\]]/g, '-')
    .replace(/^'+|'+$/g, '')
    .trim();
  return cleaned || 'Sheet';
}

/** `KPI 2026-10`, or `KPI 2026-10 (2)` (3, 4 …) when a sheet of that name exists. */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = cleanSheetName(wanted);
  const first = base.slice(0, SHEET_NAME_MAX);
  if (!taken.has(first.toLowerCase())) return first;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

const CELL_REFERENCE = /^([a-z]{1,3}\d+|r\d*c\d*|r|c)$/i;

/** A valid, unused table name made from `wanted` (spaces and punctuation become _). */
export function uniqueTableName(wanted: string, existing: readonly string[]): string {
  let base = wanted.replace(/[^\p{L}\p{N}_.]/gu, '_').replace(/_+/g, '_');
  if (!/^[\p{L}_]/u.test(base)) base = `_${base}`;
  if (CELL_REFERENCE.test(base)) base = `${base}_`;
  base = base.slice(0, 250);
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const name = `${base}_${n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
