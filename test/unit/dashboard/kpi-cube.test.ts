import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../../shared/engine/node';
import type { Engine } from '../../../shared/engine/index';
import { generateDemoWorkbook, DEMO_AS_OF } from '../../../shared/demo/index';
import { computeKpis, loadWorkbook, toKpiRow, type KpiQuery, type LoadedData } from '../../../shared/pipeline/index';
import { compileKpiQuery, KPI_KEYS, type KpiRow } from '../../../shared/kpi/index';
import { buildCube, cubeKpiRows, type KpiCube } from '../../../dashboard/data/kpi-cube';
import fc from 'fast-check';
import { caseArb } from '../kpi/random-orders';
import { ordersTable } from '../kpi/orders-table';

/**
 * The cube is a cache of the KPI SQL: for every question it answers, its rows must be the rows
 * the SQL gives (the report CLI's numbers), to floating-point noise.
 */
let engine: Engine;
let loaded: LoadedData;
const cubes = new Map<string, KpiCube>();

beforeAll(async () => {
  engine = await createNodeEngine();
  const result = await loadWorkbook(engine, generateDemoWorkbook({ orders: 4000 }));
  loaded = result.value!;
});
afterAll(async () => engine?.close());

async function cubeFor(basis: KpiQuery['basis'], asOf: string): Promise<KpiCube> {
  const key = `${basis}|${asOf}`;
  if (!cubes.has(key)) cubes.set(key, (await buildCube(engine, loaded.fieldsPresent, basis, asOf))!);
  return cubes.get(key)!;
}

function expectSameRows(actual: KpiRow[], expected: KpiRow[]) {
  expect(actual.map((r) => [r.month, r.group])).toEqual(expected.map((r) => [r.month, r.group]));
  actual.forEach((row, i) => {
    for (const kpi of KPI_KEYS) {
      const want = expected[i][kpi];
      if (want === null) expect(row[kpi], `${row.month} ${row.group} ${kpi}`).toBeNull();
      // Sums of doubles added in another order differ in the last bits: compare relatively.
      else expect(Math.abs(row[kpi]! - want), `${row.month} ${row.group} ${kpi}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
    }
  });
}

describe('the cube answers like the KPI SQL', () => {
  const cases: [string, Omit<KpiQuery, 'asOf'>][] = [
    ['whole range, no grouping', { basis: 'natural', group: 'none', perMonth: false }],
    ['per month, no grouping', { basis: 'natural', group: 'none' }],
    ['per month by owner', { basis: 'natural', group: 'owner' }],
    ['range by owner, one team', { basis: 'natural', group: 'owner', perMonth: false, from: '2025-03', to: '2025-08', filters: { team: ['售后'] } }],
    ['by team, two owners', { basis: 'natural', group: 'team', filters: { owner: ['杨帆', '刘洋'] } }],
    ['one month', { basis: 'natural', group: 'none', from: '2026-10', to: '2026-10' }],
    ['created cohort', { basis: 'created', group: 'owner', perMonth: false }],
    ['delivered cohort per month', { basis: 'delivered', group: 'none', from: '2025-01' }],
  ];
  for (const [name, question] of cases) {
    it(name, async () => {
      const q = { ...question, asOf: DEMO_AS_OF };
      const cube = await cubeFor(q.basis, q.asOf);
      const expected = await computeKpis(engine, loaded, q);
      expectSameRows(cubeKpiRows(cube, q, loaded.fieldsPresent)!, expected.rows);
    });
  }

  it('works out only the KPIs wanted, on the rows of their dates, the same as the SQL for those', async () => {
    const q: KpiQuery = { basis: 'natural', group: 'owner', asOf: DEMO_AS_OF, perMonth: true, to: DEMO_AS_OF.slice(0, 7) };
    const cube = await cubeFor(q.basis, q.asOf);
    const kpis = ['on_time_rate', 'cycle_days_p90'] as const;
    const rows = cubeKpiRows(cube, q, loaded.fieldsPresent, kpis)!;
    const compiled = compileKpiQuery({ ...q, fieldsPresent: loaded.fieldsPresent, kpis });
    const expected = (await engine.query(compiled.value!.sql)).rows.map((r) => toKpiRow(r));
    expect(rows.every((row) => row.orders === null)).toBe(true);
    expectSameRows(rows, expected);
  });

  it('follows the as-of date it was built for, and declines another', async () => {
    const q: KpiQuery = { basis: 'natural', group: 'owner', asOf: '2026-06-15', from: '2026-01', to: '2026-06' };
    const cube = await cubeFor(q.basis, q.asOf);
    expectSameRows(cubeKpiRows(cube, q, loaded.fieldsPresent)!, (await computeKpis(engine, loaded, q)).rows);
    expect(cubeKpiRows(cube, { ...q, asOf: DEMO_AS_OF }, loaded.fieldsPresent)).toBeNull();
    expect(cubeKpiRows(cube, { ...q, group: 'customer' }, loaded.fieldsPresent)).toBeNull();
  });
});

describe('the cube answers like the KPI SQL on random orders', () => {
  it('every KPI, every row: random orders, fields, bases, owner and team filters and groupings', async () => {
    const random = await createNodeEngine();
    try {
      await fc.assert(
        fc.asyncProperty(caseArb, async ({ orders, opts }) => {
          // The questions the cube answers: grouped and filtered by owner or team only.
          const group = opts.group === 'customer' || opts.group === 'supplier' ? 'team' : opts.group;
          const q: KpiQuery = { basis: opts.basis, group, asOf: opts.asOf, from: opts.from, to: opts.to ?? opts.asOf.slice(0, 7), filters: opts.filters, perMonth: opts.perMonth };
          await random.loadTable('orders', ordersTable(orders));
          const compiled = compileKpiQuery({ ...q, fieldsPresent: opts.fieldsPresent, kpis: opts.kpis });
          // A first month after the as-of month is an empty range: no rows (computeKpis gives none).
          const expected = compiled.value ? (await random.query(compiled.value.sql)).rows.map((r) => toKpiRow(r)) : [];
          const cube = (await buildCube(random, opts.fieldsPresent, q.basis, q.asOf))!;
          expectSameRows(cubeKpiRows(cube, q, opts.fieldsPresent, opts.kpis)!, expected);
        }),
        { numRuns: 60, seed: 20261202 },
      );
    } finally {
      await random.close();
    }
  });
});

describe('the cube carries what each rate rests on', () => {
  /*
   * The counts behind the on-time and error rates by member and month, written out as plain
   * SQL from DESIGN.md's definitions (not from the catalog): on time = delivered by the as-of
   * date on or before the due day, of those delivered or already past due, on the due month;
   * with errors = errors > 0, of those delivered by the as-of date, on the delivered month.
   */
  const asOf = `DATE '${DEMO_AS_OF}'`;
  const plainSql = (kpi: 'on_time_rate' | 'error_rate') => {
    const [date, hit, of, where] =
      kpi === 'on_time_rate'
        ? ['due', `CAST(delivered AS DATE) <= ${asOf} AND CAST(delivered AS DATE) <= CAST(due AS DATE)`, `CAST(delivered AS DATE) <= ${asOf} OR CAST(due AS DATE) < ${asOf}`, 'due IS NOT NULL']
        : ['delivered', 'errors > 0', 'true', `CAST(delivered AS DATE) <= ${asOf}`];
    return `SELECT strftime(${date}, '%Y-%m') AS month, owner, count(*) FILTER (WHERE ${hit}) AS hit, count(*) FILTER (WHERE ${of}) AS "of"
      FROM orders WHERE cancelled IS NOT TRUE AND ${where} AND ${date} < DATE '2026-11-01' GROUP BY ALL`;
  };

  for (const kpi of ['on_time_rate', 'error_rate'] as const) {
    it(`${kpi}: hit of of per member and month, equal to plain SQL, and the rate is hit ÷ of`, async () => {
      const q: KpiQuery = { basis: 'natural', group: 'owner', asOf: DEMO_AS_OF };
      const rows = cubeKpiRows(await cubeFor(q.basis, q.asOf), q, loaded.fieldsPresent, [kpi])!;
      const expected = (await engine.query(plainSql(kpi))).rows.filter((r) => Number(r.of) > 0);
      const got = new Map(rows.map((r) => [`${r.month}|${r.group}`, r]));
      expect(expected.length).toBeGreaterThan(100);
      for (const want of expected) {
        const row = got.get(`${want.month}|${want.owner}`)!;
        expect(row.bases[kpi], `${want.month} ${want.owner}`).toEqual({ hit: Number(want.hit), of: Number(want.of) });
        expect(row[kpi]).toBeCloseTo(Number(want.hit) / Number(want.of), 12);
      }
      // Every row with a rate has its base; no other KPI gets one.
      expect(rows.filter((r) => r[kpi] !== null).every((r) => r.bases[kpi]!.of > 0)).toBe(true);
      expect(rows.every((r) => Object.keys(r.bases).every((k) => k === kpi))).toBe(true);
    });
  }

  it('adds the counts up over the members of a team, and over a range', async () => {
    const q: KpiQuery = { basis: 'natural', group: 'owner', asOf: DEMO_AS_OF, from: '2026-10', to: '2026-10', filters: { team: ['售后'] } };
    const cube = await cubeFor(q.basis, q.asOf);
    const members = cubeKpiRows(cube, q, loaded.fieldsPresent, ['on_time_rate'])!;
    const [team] = cubeKpiRows(cube, { ...q, group: 'none' }, loaded.fieldsPresent, ['on_time_rate'])!;
    const sum = (part: 'hit' | 'of') => members.reduce((n, r) => n + r.bases.on_time_rate![part], 0);
    expect(team.bases.on_time_rate).toEqual({ hit: sum('hit'), of: sum('of') });
    const [whole] = cubeKpiRows(cube, { ...q, group: 'none', from: '2026-09', perMonth: false }, loaded.fieldsPresent, ['on_time_rate'])!;
    const [september] = cubeKpiRows(cube, { ...q, group: 'none', from: '2026-09', to: '2026-09' }, loaded.fieldsPresent, ['on_time_rate'])!;
    expect(whole.bases.on_time_rate!.of).toBe(september.bases.on_time_rate!.of + team.bases.on_time_rate!.of);
  });
});
