/**
 * A typed, columnar table: what ingest produces and what the engine loads (through Arrow).
 * Numbers and dates live in Float64Arrays with a validity byte per row (1 = value, 0 = null),
 * which maps straight onto Arrow buffers without boxing a million JS values.
 *
 * Dates are "wall-clock" date-times: epoch milliseconds of the local date-time read as if it
 * were UTC. They carry no time zone and are never shifted (DESIGN.md).
 */
export interface TextColumn {
  kind: 'text';
  values: (string | null)[];
}
export interface NumberColumn {
  kind: 'number';
  values: Float64Array;
  valid: Uint8Array;
}
export interface DateColumn {
  kind: 'date';
  /** Wall-clock epoch ms. */
  values: Float64Array;
  valid: Uint8Array;
}
export interface BoolColumn {
  kind: 'bool';
  values: Uint8Array;
  valid: Uint8Array;
}
export interface IntColumn {
  kind: 'int';
  values: Int32Array;
}
export type Column = TextColumn | NumberColumn | DateColumn | BoolColumn | IntColumn;

export interface ColumnTable {
  rowCount: number;
  /** Column order is table order. */
  columns: Record<string, Column>;
}
