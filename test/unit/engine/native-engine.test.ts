import { availableParallelism } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../shared/engine/engine';
import { createNodeEngine } from '../../../shared/engine/node';

// What only the native engine has to show; the shared suite (engine-suite.test.ts) covers the rest.
describe('native DuckDB engine (createNodeEngine)', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createNodeEngine();
  });
  afterAll(async () => {
    await engine.close();
  });

  it('runs on every core', async () => {
    const { rows } = await engine.query("SELECT current_setting('threads') AS threads");
    expect(rows).toEqual([{ threads: availableParallelism() }]);
  });

  it('gives every timestamp unit, with or without a time zone, as wall-clock text', async () => {
    const { rows } = await engine.query(`SELECT TIMESTAMP_S '2026-10-05 08:30:15' AS s, TIMESTAMP_MS '2026-10-05 08:30:15.250' AS ms,
        TIMESTAMP_NS '1899-12-30 00:00:00.5' AS ns, CAST(TIMESTAMP '2026-10-05 08:30:00' AS TIMESTAMPTZ) AS tz`);
    expect(rows).toEqual([{ s: '2026-10-05 08:30:15', ms: '2026-10-05 08:30:15.250', ns: '1899-12-30 00:00:00.500', tz: '2026-10-05 08:30:00' }]);
  });

  it('gives HUGEINT, UBIGINT, UUID and INTERVAL as numbers and text', async () => {
    const { rows, columns } = await engine.query(`SELECT 170141183460469231731687303715884105727::HUGEINT AS huge, 42::UBIGINT AS u,
        '00000000-0000-0000-0000-000000000001'::UUID AS id, INTERVAL 36 HOUR AS span`);
    expect(rows).toEqual([{ huge: 1.7014118346046923e38, u: 42, id: '00000000-0000-0000-0000-000000000001', span: '36:00:00' }]);
    expect(columns.map((c) => c.type)).toEqual(['HUGEINT', 'UBIGINT', 'UUID', 'INTERVAL']);
  });

  it('loads more rows than one data chunk holds, nulls at the chunk edges included', async () => {
    const rowCount = 2048 * 2 + 5;
    const values = Float64Array.from({ length: rowCount }, (_, i) => i);
    const valid = Uint8Array.from({ length: rowCount }, (_, i) => (i === 2047 || i === 2048 ? 0 : 1));
    await engine.loadTable('edges', { rowCount, columns: { x: { kind: 'number', values, valid }, t: { kind: 'text', values: Array.from({ length: rowCount }, (_, i) => (i === 2048 ? null : `t${i}`)) } } });
    const { rows } = await engine.query('SELECT count(x) AS xs, count(t) AS ts, sum(x) AS total, max(t) FILTER (WHERE x = 2049) AS t2049 FROM edges');
    expect(rows).toEqual([{ xs: rowCount - 2, ts: rowCount - 1, total: (rowCount * (rowCount - 1)) / 2 - 2047 - 2048, t2049: 't2049' }]);
  });
});
