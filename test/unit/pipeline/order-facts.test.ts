import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../shared/engine/engine';
import { createNodeEngine } from '../../../shared/engine/node';
import { DUCKDB_DIALECT } from '../../../shared/kpi/dialect';
import { readCancelledCount, readOrderFacts } from '../../../shared/pipeline/order-facts';
import { targetsTable } from '../../../shared/pipeline/targets-table';
import type { BoolColumn, ColumnTable, DateColumn, TextColumn } from '../../../shared/schema/columns';

const day = (iso: string | null) => (iso === null ? null : Date.parse(`${iso}T00:00:00Z`));
function dates(list: (string | null)[]): DateColumn {
  const values = new Float64Array(list.length);
  const valid = new Uint8Array(list.length);
  list.forEach((d, i) => {
    const ms = day(d);
    if (ms !== null) {
      values[i] = ms;
      valid[i] = 1;
    }
  });
  return { kind: 'date', values, valid };
}

// Five orders: 王芳 has two 跟单 orders and one 售后, 李雷 one 售后; one has no owner.
const table: ColumnTable = {
  rowCount: 5,
  columns: {
    owner: { kind: 'text', values: ['王芳', '王芳', '王芳', '李雷', null] },
    team: { kind: 'text', values: ['跟单', '售后', '跟单', '售后', '外贸'] },
    created: dates(['2026-01-31', '2026-02-01', '2026-02-15', null, '2025-12-30']),
    due: dates([null, '2026-03-01', null, '2026-02-10', null]),
    delivered: dates(['2026-04-02', null, null, null, null]),
    cancelled: { kind: 'bool', values: new Uint8Array([0, 1, 0, 1, 0]), valid: new Uint8Array([1, 1, 1, 1, 0]) },
  },
};

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeEngine();
}, 120_000);
afterAll(async () => {
  await engine?.close();
});

/** The facts of `t` loaded as the orders, counted by DuckDB. */
async function factsOf(t: ColumnTable) {
  await engine.loadTable('orders', t);
  const run = async (sql: string) => (await engine.query(sql)).rows;
  return { ...(await readOrderFacts(run, DUCKDB_DIALECT)), cancelledCount: await readCancelledCount(run) };
}

describe('order facts, counted by the engine', () => {
  it('months are every month of created, due and delivered, sorted', async () => {
    expect((await factsOf(table)).months).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04']);
  });

  it('months come out right when a typo spreads the dates over centuries, and before 1970', async () => {
    const blankTexts: TextColumn = { kind: 'text', values: [null, null, null, null] };
    const noCancel: BoolColumn = { kind: 'bool', values: new Uint8Array(4), valid: new Uint8Array(4) };
    const wide: ColumnTable = {
      rowCount: 4,
      columns: {
        owner: blankTexts,
        team: blankTexts,
        created: dates(['1969-12-31', '2026-10-05', '9026-10-05', '2026-10-31']),
        due: dates([null, null, null, '1900-01-01']),
        delivered: dates([null, null, null, null]),
        cancelled: noCancel,
      },
    };
    expect((await factsOf(wide)).months).toEqual(['1900-01', '1969-12', '2026-10', '9026-10']);
  });

  it('counts cancelled orders', async () => {
    expect((await factsOf(table)).cancelledCount).toBe(2);
  });

  it('lists teams and owners without blanks, in the pickers’ order', async () => {
    const facts = await factsOf(table);
    expect(facts.owners).toEqual(['李雷', '王芳']);
    expect(facts.teams).toEqual(['售后', '外贸', '跟单']);
  });

  it("an owner's team is the team of most of their orders", async () => {
    expect((await factsOf(table)).teamOf).toEqual({ 王芳: '跟单', 李雷: '售后' });
  });

  it('targets become a queryable table with nulls kept', () => {
    const t = targetsTable([
      { month: '2026-01', team: null, owner: '王芳', kpi: 'on_time_rate', target: 0.95, actual: null, source: 'KPI!A2' },
      { month: null, team: '跟单', owner: null, kpi: 'satisfaction', target: null, actual: 4.6, source: 'KPI!A3' },
    ]);
    expect(t.rowCount).toBe(2);
    expect(t.columns.owner).toEqual({ kind: 'text', values: ['王芳', null] });
    const target = t.columns.target;
    expect(target.kind === 'number' && [...target.valid]).toEqual([1, 0]);
    const actual = t.columns.actual;
    expect(actual.kind === 'number' && actual.values[1]).toBe(4.6);
  });
});
