/*
 * Reading Excel number-format codes ("yyyy-mm-dd", "[h]:mm", "0.00%") just enough to know
 * whether a number is shown as a date or as a duration. Quoted text and [colour]/[$-804]
 * sections are removed first, so "0.0 \"days\"" is not mistaken for a date.
 */
function formatLetters(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?:h+|m+|s+)\]/gi, 'h') // elapsed-time brackets count as hours
    .replace(/\[[^\]]*\]/g, '')
    .toLowerCase();
}

/** A format that shows a calendar date (possibly with a time). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  const f = formatLetters(format);
  return /[yd]/.test(f) || /(^|[^h:])m{3,}/.test(f) || /[年月日]/.test(format);
}

/** A time-only or elapsed-time format ("h:mm", "[h]:mm:ss"): the number is a fraction of a day. */
export function isDurationFormat(format: string | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  const f = formatLetters(format);
  return /h/.test(f) && !/[yd]/.test(f);
}
