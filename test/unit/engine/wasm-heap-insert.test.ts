import { createRequire } from 'node:module';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arrowStreams } from '../../../shared/engine/arrow-batches';
import { insertInWasmHeap } from '../../../shared/engine/wasm-heap-insert';
import type { ColumnTable } from '../../../shared/schema/columns';

const require = createRequire(import.meta.url);
const dist = (file: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${file}`);

const threeOrders: ColumnTable = {
  rowCount: 3,
  columns: {
    owner: { kind: 'text', values: ['张三', null, 'Bo'] },
    created: { kind: 'date', values: new Float64Array([Date.UTC(2026, 9, 5, 8, 30), 0, Date.UTC(1899, 11, 30)]), valid: new Uint8Array([1, 0, 1]) },
    amount: { kind: 'number', values: new Float64Array([1.5, 2, 0]), valid: new Uint8Array([1, 1, 0]) },
  },
};

// The Node engine's fast path: if duckdb-wasm's internals moved, it would quietly fall back to
// the public copy; this pins that the in-heap insert itself still runs and is right.
describe('insertInWasmHeap (duckdb-wasm blocking build)', () => {
  let db: duckdb.DuckDBBindings;
  let conn: duckdb.DuckDBConnection;
  beforeAll(async () => {
    const bundles = {
      mvp: { mainModule: dist('duckdb-mvp.wasm'), mainWorker: dist('duckdb-node-mvp.worker.cjs') },
      eh: { mainModule: dist('duckdb-eh.wasm'), mainWorker: dist('duckdb-node-eh.worker.cjs') },
    };
    db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
    await db.instantiate(() => {});
    db.open({});
    conn = db.connect();
  });
  afterAll(() => {
    conn.close();
    db.reset();
  });

  it('appends the rows written into the wasm heap, twice', () => {
    conn.query('CREATE TABLE t (owner VARCHAR, created TIMESTAMP, amount DOUBLE)');
    for (let i = 0; i < 2; i++) {
      const [stream] = arrowStreams(threeOrders, 10);
      expect(insertInWasmHeap(conn, stream, 't')).toBe(true);
    }
    const rows = conn.query('SELECT owner, CAST(created AS VARCHAR) AS created, amount FROM t').toArray().map((r) => r.toJSON());
    const once = [
      { owner: '张三', created: '2026-10-05 08:30:00', amount: 1.5 },
      { owner: null, created: null, amount: 2 },
      { owner: 'Bo', created: '1899-12-30 00:00:00', amount: null },
    ];
    expect(rows).toEqual([...once, ...once]);
  });

  it("throws DuckDB's message when the insert fails", () => {
    const [stream] = arrowStreams(threeOrders, 10);
    expect(() => insertInWasmHeap(conn, stream, 'no_such_table')).toThrow(/no_such_table/);
  });
});
