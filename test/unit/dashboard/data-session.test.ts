import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSession } from '../../../dashboard/data/data-session';
import type { ViewQuestion } from '../../../dashboard/data/view-data';
import { DEMO_AS_OF, generateDemoWorkbook } from '../../../shared/demo/index';
import { createNodeEngine } from '../../../shared/engine/node';
import type { Engine } from '../../../shared/engine/index';
import { loadWorkbook, type LoadedData } from '../../../shared/pipeline/index';

/*
 * The session keeps review answers, at-risk lists and cubes by their inputs: an answer served
 * from what it kept must be the one a fresh session gives, and a kept answer must not leak
 * into a question that differs in something it depends on.
 */
let engine: Engine;
let loaded: LoadedData;
let queries = 0;

beforeAll(async () => {
  const inner = await createNodeEngine();
  engine = { ...inner, loadTable: (...a) => inner.loadTable(...a), lockDown: () => inner.lockDown(), close: () => inner.close(), query: (sql) => (queries++, inner.query(sql)) };
  loaded = (await loadWorkbook(engine, generateDemoWorkbook({ orders: 3000 }))).value!;
});
afterAll(async () => {
  await engine?.close();
});

// Native DuckDB sums in threads, in no fixed order: two fresh sessions differ in the last bits.
const rounded = (v: unknown): unknown => JSON.parse(JSON.stringify(v, (_, x: unknown) => (typeof x === 'number' ? Number(x.toPrecision(10)) : x)));

const base: ViewQuestion = {
  basis: 'natural',
  asOf: DEMO_AS_OF,
  from: null,
  to: DEMO_AS_OF.slice(0, 7),
  teams: [],
  owners: [],
  pickMonth: null,
  pickMember: null,
  heatKpi: 'on_time_rate',
  period: null,
  riskDays: 7,
};

describe('the data session keeps answers by their inputs', () => {
  it('a range change reruns no review query and gives a fresh session’s numbers', async () => {
    const team = Object.values(loaded.teamOf)[0];
    const session = new DataSession(engine, loaded);
    await session.view({ ...base, teams: [team] });
    const ranged = { ...base, teams: [team], from: loaded.months[2] };
    const before = queries;
    const kept = await session.view(ranged);
    expect(queries).toBe(before);
    expect(rounded(kept)).toEqual(rounded(await new DataSession(engine, loaded).view(ranged)));
  });

  it('the basis, the filters and the risk days each give their own answer, switching back the first again', async () => {
    const session = new DataSession(engine, loaded);
    const team = Object.values(loaded.teamOf)[0];
    const questions: ViewQuestion[] = [base, { ...base, basis: 'created' }, { ...base, teams: [team] }, { ...base, riskDays: 30 }, base];
    for (const q of questions) expect(rounded(await session.view(q))).toEqual(rounded(await new DataSession(engine, loaded).view(q)));
  });
});
