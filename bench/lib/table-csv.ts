import { closeSync, openSync, writeSync } from 'node:fs';
import type { Column, ColumnTable } from '../../shared/schema/columns';

/**
 * Writes a typed table as CSV (no header; empty field = NULL) so native DuckDB can load exactly
 * the data the wasm engine holds. Dates are wall-clock "YYYY-MM-DD HH:MM:SS.mmm".
 */
export function writeTableCsv(table: ColumnTable, path: string): void {
  const columns = Object.values(table.columns);
  const fd = openSync(path, 'w');
  try {
    const CHUNK = 20_000;
    for (let start = 0; start < table.rowCount; start += CHUNK) {
      const end = Math.min(table.rowCount, start + CHUNK);
      const lines: string[] = [];
      for (let i = start; i < end; i++) lines.push(columns.map((c) => csvField(c, i)).join(','));
      writeSync(fd, lines.join('\n') + '\n');
    }
  } finally {
    closeSync(fd);
  }
}

function csvField(column: Column, i: number): string {
  switch (column.kind) {
    case 'text': {
      const v = column.values[i];
      return v === null ? '' : `"${v.replaceAll('"', '""')}"`;
    }
    case 'number':
      return column.valid[i] ? String(column.values[i]) : '';
    case 'date':
      return column.valid[i] ? new Date(column.values[i]).toISOString().slice(0, 23).replace('T', ' ') : '';
    case 'bool':
      return column.valid[i] ? (column.values[i] ? 'true' : 'false') : '';
    case 'int':
      return String(column.values[i]);
  }
}
