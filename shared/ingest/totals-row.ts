import type { CellValue } from '../schema/workbook';

/*
 * Totals rows at the foot of a report or under each group: 合计, 总计, 小计, 共计, Total,
 * Grand Total, Subtotal. ERP exports (用友, 金蝶) write them into the table itself, with the
 * label in the first filled cell — often the order-id column itself — and no created date.
 * They are no orders: counted as one, their amounts would be counted twice.
 */
const CHINESE_LABEL = /^(?:总?合计|总计|小计|共计)|(?:合计|总计|小计|共计)[:：]?$/;
const ENGLISH_LABEL = /^(?:grand\s+total|sub-?\s*total|totals?|sum)\b/i;

/** "合计", "合 计", "合计：", "华东一部 小计", "本页合计", "Total", "Grand Total:", "Subtotal for October". */
export function isTotalsLabel(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 40) return false;
  // People pad labels to the column width: "合    计".
  return CHINESE_LABEL.test(t.replace(/[\s\u3000]+/g, '')) || ENGLISH_LABEL.test(t);
}

/** Column of the row's first filled cell when that cell is a totals label, else -1. */
export function totalsLabelColumn(row: readonly CellValue[] | undefined): number {
  if (!row) return -1;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v === null || v === undefined || v === '') continue;
    if (typeof v !== 'string') return -1;
    if (v.trim() === '') continue;
    return isTotalsLabel(v) ? c : -1;
  }
  return -1;
}
