import { tableFromIPC } from 'apache-arrow';
import type { Column, ColumnTable } from '../schema/columns';

/**
 * An Arrow IPC stream made by arrow-ipc.ts (`like`'s columns) read back into a ColumnTable,
 * through apache-arrow's public reader: for an engine that takes no Arrow (native DuckDB), the
 * rows that arrive as record batches (recordBatchOf) from a helper worker.
 */
export function columnTableOfIpc(bytes: Uint8Array, like: ColumnTable): ColumnTable {
  const arrow = tableFromIPC(bytes);
  const rowCount = arrow.numRows;
  const columns: Record<string, Column> = {};
  for (const [name, { kind }] of Object.entries(like.columns)) {
    const vector = arrow.getChild(name);
    if (!vector) throw new Error(`Arrow rows: no column ${name}`);
    const value = (i: number): unknown => vector.get(i);
    const valid = () => Uint8Array.from({ length: rowCount }, (_, i) => (vector.isValid(i) ? 1 : 0));
    switch (kind) {
      case 'text':
        columns[name] = { kind, values: Array.from({ length: rowCount }, (_, i) => value(i) as string | null) };
        break;
      // apache-arrow reads a timestamp back as epoch ms whatever its unit.
      case 'number':
      case 'date':
        columns[name] = { kind, values: Float64Array.from({ length: rowCount }, (_, i) => (value(i) as number | null) ?? 0), valid: valid() };
        break;
      case 'bool':
        columns[name] = { kind, values: Uint8Array.from({ length: rowCount }, (_, i) => (value(i) ? 1 : 0)), valid: valid() };
        break;
      case 'int':
        columns[name] = { kind, values: Int32Array.from({ length: rowCount }, (_, i) => value(i) as number) };
        break;
    }
  }
  return { rowCount, columns };
}
