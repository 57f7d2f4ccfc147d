/**
 * One filter change of the dashboard, part by part: 1M demo orders (default) opened in
 * DuckDB-WASM in Node as the data session opens them (loadWorkbook, the cube built at once),
 * then the questions a user asks in turn — a team picked, the month range changed, the basis
 * changed — each timed as a whole (`DataSession.view`) and, on a fresh session of the same
 * tables, the review's parts alone (the window queries, at-risk, the sparkline rows, the order
 * days). Median of `--runs` (default 5) after a warm-up. Prints the load average at the start
 * and the end; last line is JSON.
 * Run: TZ=UTC npx tsx bench/child/review-answer.ts [--rows 1000000] [--runs 5]
 */
import { loadavg } from 'node:os';
import { DataSession } from '../../dashboard/data/data-session';
import type { ViewQuestion } from '../../dashboard/data/view-data';
import { DEMO_AS_OF, generateDemoWorkbook } from '../../shared/demo/index';
import { createNodeWasmEngine } from '../../shared/engine/node';
import { loadWorkbook } from '../../shared/pipeline/index';
import type { Engine } from '../../shared/engine/index';
import { atRiskOrders, loadOrderDays, parsePeriodChoice, resolvePeriod, windowRows } from '../../shared/review/index';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const rows = arg('rows', 1_000_000);
const runs = arg('runs', 5);
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

/**
 * The engine with each query's own time noted: queries run one at a time, so a query's time is
 * from when it could start (asked, and the one before it done) to its answer.
 */
function traced(engine: Engine): { engine: Engine; log: { sql: string; ms: number }[] } {
  const log: { sql: string; ms: number }[] = [];
  let lastDone = 0;
  const wrapped: Engine = {
    ...engine,
    loadTable: (...a) => engine.loadTable(...a),
    lockDown: () => engine.lockDown(),
    close: () => engine.close(),
    query: async (sql) => {
      const asked = performance.now();
      const result = await engine.query(sql);
      const done = performance.now();
      log.push({ sql, ms: done - Math.max(asked, lastDone) });
      lastDone = done;
      return result;
    },
  };
  return { engine: wrapped, log };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function timed<T>(f: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const value = await f();
  return [performance.now() - started, value];
}

async function main() {
  console.log(`rows ${rows}, runs ${runs}, load at start ${load()}`);
  const engine = await createNodeWasmEngine();
  const workbook = generateDemoWorkbook({ orders: rows });
  const [loadMs, loaded] = await timed(() => loadWorkbook(engine, workbook));
  if (!loaded.value) throw new Error(`bench: load failed: ${JSON.stringify(loaded.issues.slice(0, 3))}`);
  const data = loaded.value;
  console.log(`loaded in ${loadMs.toFixed(0)} ms`);
  const teams = [...new Set(Object.values(data.teamOf))];
  const months = data.months.filter((m) => m <= DEMO_AS_OF.slice(0, 7));
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
  /**
   * The changes a user makes in turn. Run r picks another team and another at-risk window
   * (7 + r days), so no run is answered from what an earlier one kept: within a run, an answer
   * kept is one a user would get from it too (the range changed after the team was picked).
   */
  const changesOf = (r: number): [string, ViewQuestion][] => {
    const q = { ...base, riskDays: 7 + r };
    const team = teams[r % teams.length];
    const from = months[months.length - 6];
    return [
      ['team picked', { ...q, teams: [team] }],
      ['range changed', { ...q, teams: [team], from }],
      ['basis changed', { ...q, teams: [team], from, basis: 'created' }],
      ['team cleared', { ...q, from, basis: 'created' }],
      ['range cleared', { ...q, basis: 'created' }],
      ['basis back', q],
    ];
  };
  const changes = changesOf(runs + 1);
  const team = teams[0];

  const trace = traced(engine);
  const session = new DataSession(trace.engine, data);
  await session.prepare('natural', DEMO_AS_OF);
  for (const [, q] of changesOf(0)) await session.view(q); // warm-up: the order days, both cubes, the code paths
  const whole = new Map<string, number[]>(changes.map(([name]) => [name, []]));
  for (let r = 0; r < runs; r++) {
    for (const [name, q] of changesOf(r + 1)) whole.get(name)!.push((await timed(() => session.view(q)))[0]);
  }

  // One traced answer of each kind: the queries it ran and their own times.
  for (const [name, q] of changes) {
    trace.log.length = 0;
    const [ms] = await timed(() => session.view(q));
    const sum = trace.log.reduce((a, b) => a + b.ms, 0);
    console.log(`-- ${name}: ${ms.toFixed(0)} ms, ${trace.log.length} queries, ${sum.toFixed(0)} ms in them`);
    for (const { sql, ms: qms } of trace.log) console.log(`   ${qms.toFixed(0).padStart(5)} ms  ${sql.replace(/\s+/g, ' ').slice(0, 110)}`);
  }

  // The review's parts alone, for the team picked.
  const filters = { team: [team] };
  const orderDays = await loadOrderDays(engine);
  const period = resolvePeriod(parsePeriodChoice(null), orderDays, DEMO_AS_OF)!;
  const wbase = { fieldsPresent: data.fieldsPresent, basis: 'natural' as const, filters, ordersAcrossGroups: data.ordersAcrossGroups };
  const parts: Record<string, () => Promise<unknown>> = {
    'order days': () => loadOrderDays(engine),
    'window current': () => windowRows(engine, { ...wbase, group: 'none', window: period.counted }, period.key),
    'window previous': () => windowRows(engine, { ...wbase, group: 'none', window: period.previous.counted }, period.previous.key),
    'window by member': () => windowRows(engine, { ...wbase, group: 'owner', window: period.counted }, period.key),
    'at risk': () => atRiskOrders(engine, { asOf: DEMO_AS_OF, days: 7, fieldsPresent: data.fieldsPresent, filters, limit: DataSession.RISK_LIMIT }),
  };
  const partMs = new Map<string, number[]>(Object.keys(parts).map((k) => [k, []]));
  for (let r = 0; r < runs; r++) {
    for (const [name, f] of Object.entries(parts)) partMs.get(name)!.push((await timed(f))[0]);
  }

  const result: Record<string, number> = {};
  for (const [name, list] of [...whole, ...partMs]) {
    result[name] = Math.round(median(list));
    console.log(`${name.padEnd(18)} median ${median(list).toFixed(0).padStart(5)} ms  (${list.map((v) => v.toFixed(0)).join(' ')})`);
  }
  const all = [...whole.values()].flat();
  result['filter change'] = Math.round(median(all));
  console.log(`every change      median ${median(all).toFixed(0)} ms; load at end ${load()}`);
  console.log(JSON.stringify({ rows, ...result, load_end: loadavg()[0] }));
  await engine.close();
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
