import type { CellValue } from '../../shared/schema/index';
import { cellAddress, uniqueTableName, type CellArea, type HostCapabilities } from '../../shared/host/index';
import type { AddinSheet } from './sheet-extras';

/**
 * An area's number format, cell by cell: text cells keep their Text format (null leaves a
 * cell's format as it is), so a "n/a" in a column of rates stays text.
 */
function formatGrid(area: CellArea, format: string, grid: readonly (readonly CellValue[])[]): (string | null)[][] {
  return Array.from({ length: area.rows }, (_, r) =>
    Array.from({ length: area.cols }, (_, c) => {
      const v = grid[area.row + r]?.[area.col + c];
      return typeof v === 'string' && v !== '' ? null : format;
    }),
  );
}

/**
 * Number formats, tables, highlights, charts and layout: small, so one request. Only the
 * tables' columns are fitted to their contents: fitting the whole sheet gave column A the
 * width of the title above the table.
 */
export async function writeDecorations(sheet: string, spec: AddinSheet, grid: readonly (readonly CellValue[])[], capabilities: HostCapabilities): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const tables = context.workbook.tables;
    tables.load('items/name');
    await context.sync();
    const tableNames = tables.items.map((t) => t.name);
    const rangeOf = (a: CellArea) => ws.getRangeByIndexes(a.row, a.col, a.rows, a.cols);

    for (const { area, format } of spec.formats ?? []) rangeOf(area).numberFormat = formatGrid(area, format, grid) as string[][];
    for (const t of spec.tables ?? []) {
      const table = ws.tables.add(rangeOf(t.area), true);
      const name = uniqueTableName(t.name, tableNames);
      tableNames.push(name);
      table.name = name;
      if (t.style) table.style = t.style;
    }
    for (const h of spec.highlights ?? []) {
      const rule = rangeOf(h.area).conditionalFormats.add('Custom');
      rule.custom.rule.formula = h.formula;
      rule.custom.format.fill.color = h.fill;
      if (h.font) rule.custom.format.font.color = h.font;
    }
    for (const c of spec.charts ?? []) {
      const chart = ws.charts.add('Line', rangeOf(c.data), 'Columns');
      chart.title.text = c.title;
      chart.legend.position = 'Bottom';
      const { placement: p } = c;
      chart.setPosition(cellAddress(p.row, p.col), cellAddress(p.row + p.rows - 1, p.col + p.cols - 1));
      if (c.valueFormat && capabilities.chartAxisFormat) chart.axes.valueAxis.numberFormat = c.valueFormat;
      if (c.axisTitles) {
        chart.axes.categoryAxis.title.text = c.axisTitles.category;
        chart.axes.valueAxis.title.text = c.axisTitles.value;
      }
    }
    const fitted = spec.tables?.length ? spec.tables.map((t) => rangeOf(t.area)) : [ws.getUsedRange()];
    for (const range of fitted) range.format.autofitColumns();
    for (const area of spec.wrap ?? []) {
      const range = rangeOf(area);
      range.format.wrapText = true;
      range.format.autofitRows();
    }
    if (spec.freezeRows) ws.freezePanes.freezeRows(spec.freezeRows);
    if (spec.activate !== false) ws.activate();
    await context.sync();
  });
}
