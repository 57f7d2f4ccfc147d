/*
 * Yes/no text → 1 (yes), 0 (no) or -1 (not a yes/no). Both languages, and the marks people
 * type into checklists. "无" is "none/no", so it is a NO here, not a blank.
 */
export const YES: ReadonlySet<string> = new Set(['y', 'yes', 'true', 't', '1', '是', '有', '对', '已', '√', '✓', '✔', '已解决', '解决', '是的']);
export const NO: ReadonlySet<string> = new Set(['n', 'no', 'false', 'f', '0', '否', '无', '没有', '不', '不是', '未', '未解决', '×', '✗', '✘']);

export function yesNoTextToValue(text: string): 1 | 0 | -1 {
  const t = text.trim().toLowerCase();
  if (YES.has(t)) return 1;
  if (NO.has(t)) return 0;
  return -1;
}
