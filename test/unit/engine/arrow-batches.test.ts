import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { arrowStreams } from '../../../shared/engine/arrow-batches';
import { arrowIpcBytes } from '../../../shared/engine/arrow-ipc';
import type { ColumnTable } from '../../../shared/schema/columns';

const fiveOrders: ColumnTable = {
  rowCount: 5,
  columns: {
    owner: { kind: 'text', values: ['张三', null, '', 'Bo', 'Al'] },
    amount: { kind: 'number', values: new Float64Array([1, 2, 3, 4, 5]), valid: new Uint8Array([1, 1, 0, 1, 1]) },
    created: { kind: 'date', values: new Float64Array([0, 86_400_000, 0, 0, 0]), valid: new Uint8Array([1, 1, 0, 1, 1]) },
    resolved: { kind: 'bool', values: new Uint8Array([1, 0, 1, 0, 1]), valid: new Uint8Array([1, 1, 1, 1, 0]) },
    source_row: { kind: 'int', values: new Int32Array([2, 3, 4, 5, 6]) },
  },
};

const decoded = (table: ColumnTable, batchRows: number) => [...arrowStreams(table, batchRows)].map((s) => tableFromIPC(arrowIpcBytes(s)));

describe('arrowStreams', () => {
  it('splits a table into IPC streams of at most batchRows rows', () => {
    const streams = decoded(fiveOrders, 2);
    expect(streams.map((t) => t.numRows)).toEqual([2, 2, 1]);
    expect(streams[1].getChild('source_row')?.toArray()).toEqual(new Int32Array([4, 5]));
    expect(streams[1].toArray().map((row) => row.toJSON())).toEqual([
      { owner: '', amount: null, created: null, resolved: true, source_row: 4 },
      { owner: 'Bo', amount: 4, created: 0, resolved: false, source_row: 5 },
    ]);
  });

  it('keeps column order, types and values with their nulls; dates as µs timestamps', () => {
    const [table] = decoded(fiveOrders, 10);
    expect(table.schema.fields.map((f) => `${f.name}:${String(f.type)}`)).toEqual([
      'owner:Utf8',
      'amount:Float64',
      'created:Timestamp<MICROSECOND>',
      'resolved:Bool',
      'source_row:Int32',
    ]);
    // apache-arrow reads timestamps back as epoch ms whatever their unit
    expect(table.toArray().map((row) => row.toJSON())).toEqual([
      { owner: '张三', amount: 1, created: 0, resolved: true, source_row: 2 },
      { owner: null, amount: 2, created: 86_400_000, resolved: false, source_row: 3 },
      { owner: '', amount: null, created: null, resolved: true, source_row: 4 },
      { owner: 'Bo', amount: 4, created: 0, resolved: false, source_row: 5 },
      { owner: 'Al', amount: 5, created: 0, resolved: null, source_row: 6 },
    ]);
    expect([...(table.getChild('created')?.data[0].values ?? [])]).toEqual([0n, 86_400_000_000n, 0n, 0n, 0n]);
  });

  it('yields nothing for a table without rows', () => {
    expect([...arrowStreams({ rowCount: 0, columns: { a: { kind: 'text', values: [] } } }, 10)]).toEqual([]);
  });
});
