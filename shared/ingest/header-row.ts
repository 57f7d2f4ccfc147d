import type { CellValue, MergedRange } from '../schema/workbook';
import { looseHeader } from '../mapping/index';
import type { IssueSink } from './issue-sink';

/** A header cell as text: numbers and booleans as written, surrounding spaces removed. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  return String(v).replace(/\s+/g, ' ').trim();
}

/**
 * The header texts of one row. A header merged down from the row above (a two-row header
 * where "Order ID" spans both rows) leaves this row's cell empty: the merge's text is used.
 * Merges are relative to `values` (see relativeMerges).
 */
export function headerTextsAt(values: CellValue[][], row: number, merges: MergedRange[] = []): string[] {
  const cells = values[row] ?? [];
  const headers = cells.map(cellText);
  for (const m of merges) {
    if (m.startRow >= row || m.endRow < row) continue;
    const c = m.startCol;
    if (headers[c] === '' || headers[c] === undefined) headers[c] = cellText(values[m.startRow]?.[c]);
  }
  for (let c = 0; c < headers.length; c++) if (headers[c] === undefined) headers[c] = '';
  return headers;
}

export { relativeMerges } from '../mapping/index';

/**
 * Headers of a row given by the caller (no detection): blank ones named by their column
 * letter and repeats renamed "Amount (2)", each with the same issues findHeaderRow raises.
 */
export function namedHeaders(texts: string[], headerRow: number, sink: IssueSink): string[] {
  const seen = new Set<string>();
  return texts.map((text, c) => {
    let header = text || sink.columnName(c);
    if (!text) sink.atCell(headerRow, c, 'info', 'mappingBlankHeader', { renamed: header });
    if (seen.has(looseHeader(header))) {
      let n = 2;
      while (seen.has(looseHeader(`${header} (${n})`))) n++;
      const renamed = `${header} (${n})`;
      sink.atCell(headerRow, c, 'warning', 'mappingDuplicateHeader', { header, renamed });
      header = renamed;
    }
    seen.add(looseHeader(header));
    return header;
  });
}
