import type { Column, ColumnTable, NumberColumn } from '../schema/columns';

/*
 * Row operations on a typed table, for combining the rows of one order (order-lines.ts):
 * whether a cell holds a value, a key to compare two cells by, copying one row's value onto
 * another, keeping some rows, and summing rows into one.
 */

export function isSet(column: Column, i: number): boolean {
  if (column.kind === 'text') return column.values[i] !== null;
  if (column.kind === 'int') return true;
  return column.valid[i] === 1;
}

/** Equal keys = equal cells (blank is "" and never equals a value's key). */
export function columnValueKey(column: Column, i: number): string {
  if (!isSet(column, i)) return '';
  return column.kind === 'text' ? `t${column.values[i]}` : `v${column.values[i]}`;
}

/** Row `to` takes row `from`'s value (blank included). */
export function copyRow(column: Column, from: number, to: number): void {
  if (column.kind === 'text' || column.kind === 'int') {
    column.values[to] = column.values[from] as never;
    return;
  }
  column.values[to] = column.values[from];
  column.valid[to] = column.valid[from];
}

function pickColumn(column: Column, keep: readonly number[]): Column {
  switch (column.kind) {
    case 'text':
      return { kind: 'text', values: keep.map((i) => column.values[i]) };
    case 'int':
      return { kind: 'int', values: Int32Array.from(keep, (i) => column.values[i]) };
    case 'bool':
      return { kind: 'bool', values: Uint8Array.from(keep, (i) => column.values[i]), valid: Uint8Array.from(keep, (i) => column.valid[i]) };
    default:
      return { kind: column.kind, values: Float64Array.from(keep, (i) => column.values[i]), valid: Uint8Array.from(keep, (i) => column.valid[i]) };
  }
}

/** The table of only rows `keep` (indexes, in the order given). */
export function pickRows(table: ColumnTable, keep: readonly number[]): ColumnTable {
  const columns: Record<string, Column> = {};
  for (const [name, column] of Object.entries(table.columns)) columns[name] = pickColumn(column, keep);
  return { rowCount: keep.length, columns };
}

/** One number per group of rows: the sum of the group's values; blank when none has one. */
export function sumRows(column: Column, groups: readonly (readonly number[])[]): NumberColumn {
  const values = new Float64Array(groups.length);
  const valid = new Uint8Array(groups.length);
  if (column.kind !== 'number') return { kind: 'number', values, valid };
  groups.forEach((group, k) => {
    for (const i of group) {
      if (!column.valid[i]) continue;
      values[k] += column.values[i];
      valid[k] = 1;
    }
  });
  return { kind: 'number', values, valid };
}
