import { isZeroWhenEmpty, KPI_KEYS, MONTH_ALL, type DateBasis, type KpiKey, type KpiRow } from '../../shared/kpi/index';
import type { Engine } from '../../shared/engine/index';
import type { KpiQuery } from '../../shared/pipeline/index';
import type { RateBase } from '../../shared/review/index';
import type { OrderField } from '../../shared/schema/index';
import { planCube, type CubeKpi, type CubePlan } from './cube-plan';
import { quantileOfSorted } from './sorted-quantile';

/** The cells of one date basis: month × owner × team, with the KPI parts of each. */
interface BasisCells {
  basis: DateBasis;
  month: string[];
  owner: (string | null)[];
  team: (string | null)[];
  numbers: Float64Array[];
  lists: Float64Array[][];
}

export interface KpiCube {
  basis: KpiQuery['basis'];
  asOf: string;
  kpis: CubeKpi[];
  cells: Map<DateBasis, BasisCells>;
  /** The same cells merged over owners (month × team): fewer, bigger cells for team-wide views. */
  teamCells: Map<DateBasis, BasisCells>;
}

const EMPTY = new Float64Array(0);

function toSortedArray(value: unknown): Float64Array {
  if (value === null || value === undefined) return EMPTY;
  // A typed array sorts numerically (a plain array's sort would compare text).
  return Float64Array.from(value as ArrayLike<number>).sort();
}

/** Build the cube in the engine (one grouped scan per date basis); null when the options do not plan. */
export async function buildCube(engine: Engine, fieldsPresent: readonly OrderField[], basis: KpiQuery['basis'], asOf: string): Promise<KpiCube | null> {
  const plan: CubePlan | null = planCube({ fieldsPresent, basis, asOf });
  if (!plan) return null;
  const cells = new Map<DateBasis, BasisCells>();
  for (const part of plan.bases) {
    const { rows } = await engine.query(part.sql);
    const out: BasisCells = {
      basis: part.basis,
      month: rows.map((r) => String(r.m)),
      owner: rows.map((r) => (r.o === null || r.o === undefined ? null : String(r.o))),
      team: rows.map((r) => (r.t === null || r.t === undefined ? null : String(r.t))),
      numbers: Array.from({ length: part.numberColumns }, (_, c) => Float64Array.from(rows, (r) => Number(r[`c${c}`] ?? 0))),
      lists: Array.from({ length: part.listColumns }, (_, c) => rows.map((r) => toSortedArray(r[`l${c}`]))),
    };
    cells.set(part.basis, out);
  }
  const teamCells = new Map([...cells].map(([b, c]) => [b, mergeOwners(c)]));
  return { basis, asOf, kpis: plan.kpis, cells, teamCells };
}

/** month × owner × team cells → month × team cells: parts added, sorted values merged. */
function mergeOwners(cells: BasisCells): BasisCells {
  const index = new Map<string, number>();
  const out: BasisCells = { basis: cells.basis, month: [], owner: [], team: [], numbers: cells.numbers.map(() => new Float64Array(0)), lists: cells.lists.map(() => []) };
  const sums: number[][] = cells.numbers.map(() => []);
  const parts: Float64Array[][][] = cells.lists.map(() => []);
  for (let i = 0; i < cells.month.length; i++) {
    const key = `${cells.month[i]}\u0000${cells.team[i] ?? '\u0001'}`;
    let j = index.get(key);
    if (j === undefined) {
      j = out.month.length;
      index.set(key, j);
      out.month.push(cells.month[i]);
      out.owner.push(null);
      out.team.push(cells.team[i]);
      sums.forEach((column) => column.push(0));
      parts.forEach((column) => column.push([]));
    }
    for (let c = 0; c < sums.length; c++) sums[c][j] += cells.numbers[c][i];
    for (let l = 0; l < parts.length; l++) parts[l][j].push(cells.lists[l][i]);
  }
  out.numbers = sums.map((column) => Float64Array.from(column));
  out.lists = parts.map((column) => column.map(mergeSorted));
  return out;
}

function mergeSorted(arrays: Float64Array[]): Float64Array {
  if (arrays.length === 1) return arrays[0];
  const out = new Float64Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out.sort();
}

/** The filters and groupings the cube can answer: owner and team only. */
export function cubeAnswers(cube: KpiCube, q: KpiQuery): boolean {
  if (q.basis !== cube.basis || q.asOf !== cube.asOf) return false;
  if (q.group === 'customer' || q.group === 'supplier') return false;
  const filters = q.filters ?? {};
  return !(filters.customer?.length || filters.supplier?.length);
}

interface Bucket {
  month: string;
  group: string | null;
  sums: Float64Array;
  lists: Float64Array[][];
}

const keyOf = (month: string, group: string | null) => `${month}\u0000${group ?? '\u0001'}`;

function bucketsOf(cells: BasisCells, q: KpiQuery, fieldsPresent: readonly OrderField[]): Map<string, Bucket> {
  const teams = q.filters?.team?.length ? new Set(q.filters.team) : null;
  const owners = q.filters?.owner?.length ? new Set(q.filters.owner) : null;
  const groupField = q.group === 'owner' || q.group === 'team' ? (fieldsPresent.includes(q.group) ? q.group : null) : null;
  const perMonth = q.perMonth ?? true;
  const out = new Map<string, Bucket>();
  for (let i = 0; i < cells.month.length; i++) {
    const month = cells.month[i];
    if ((q.from && month < q.from) || (q.to && month > q.to)) continue;
    // A filter on a field that is not mapped filters nothing (the query warns), as in SQL.
    if (teams && fieldsPresent.includes('team') && !(cells.team[i] !== null && teams.has(cells.team[i]!))) continue;
    if (owners && fieldsPresent.includes('owner') && !(cells.owner[i] !== null && owners.has(cells.owner[i]!))) continue;
    const group = groupField === 'owner' ? cells.owner[i] : groupField === 'team' ? cells.team[i] : null;
    const bucketMonth = perMonth ? month : MONTH_ALL;
    const key = keyOf(bucketMonth, group);
    let bucket = out.get(key);
    if (!bucket) {
      bucket = { month: bucketMonth, group, sums: new Float64Array(cells.numbers.length), lists: cells.lists.map(() => []) };
      out.set(key, bucket);
    }
    for (let c = 0; c < cells.numbers.length; c++) bucket.sums[c] += cells.numbers[c][i];
    for (let l = 0; l < cells.lists.length; l++) if (cells.lists[l][i].length > 0) bucket.lists[l].push(cells.lists[l][i]);
  }
  return out;
}

function valueOf(entry: CubeKpi, bucket: Bucket): number | null {
  const [a, b] = entry.columns.map((c) => bucket.sums[c]);
  switch (entry.aggregate.kind) {
    case 'count':
      return a;
    case 'sum':
      return b > 0 ? a : null;
    case 'average':
    case 'ratio':
      return b > 0 ? a / b : null;
    case 'quantile':
      return quantileOfSorted(bucket.lists[entry.list], entry.aggregate.level);
  }
}

/**
 * A KPI row of the cube with the counts each rate rests on (`hit` of `of` orders): its
 * numerator and denominator cells, added up like the rate's own parts. A rate on few orders is
 * then marked as such (isSmallSample) instead of being judged.
 */
export type CubeKpiRow = KpiRow & { bases: Partial<Record<KpiKey, RateBase>> };

/** The counts behind a ratio KPI in a bucket; null for any other form of aggregate. */
function baseOf(entry: CubeKpi, bucket: Bucket): RateBase | null {
  if (entry.aggregate.kind !== 'ratio') return null;
  const [hit, of] = entry.columns.map((c) => bucket.sums[c]);
  return { hit, of };
}

const byText = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

/**
 * The KPI rows of a query, from the cube: the same rows (month × group, every KPI) as
 * computeKpis (shared/pipeline) gives, in the same order — including its rule that, unless a
 * last month is asked for, rows stop at the as-of month. `wanted` limits the KPIs worked out
 * (the others are null): quantiles are the one costly part. Null when the cube cannot answer.
 */
export function cubeKpiRows(
  cube: KpiCube,
  question: KpiQuery,
  fieldsPresent: readonly OrderField[],
  wanted?: readonly KpiKey[],
): CubeKpiRow[] | null {
  if (!cubeAnswers(cube, question)) return null;
  const q = { ...question, to: question.to ?? question.asOf.slice(0, 7) };
  // Without an owner filter or owner rows, the owners of a team can be taken together.
  const byTeam = !q.filters?.owner?.length && q.group !== 'owner';
  const computed = new Map<KpiKey, CubeKpi>(cube.kpis.filter((k) => !wanted || wanted.includes(k.kpi)).map((k) => [k.kpi, k]));
  // The rows are those of the dates the wanted KPIs sit on, as in the KPI SQL (planKpiQuery's
  // bases: with none of them computed, the created date or the cohort's).
  const bases = new Set([...computed.values()].map((k) => k.basis));
  if (bases.size === 0) bases.add(cube.basis === 'natural' ? 'created' : cube.basis);
  const buckets = new Map<DateBasis, Map<string, Bucket>>();
  for (const [basis, cells] of byTeam ? cube.teamCells : cube.cells) if (bases.has(basis)) buckets.set(basis, bucketsOf(cells, q, fieldsPresent));
  const keys = new Map<string, { month: string; group: string | null }>();
  for (const map of buckets.values()) for (const [key, b] of map) keys.set(key, { month: b.month, group: b.group });

  const rows: CubeKpiRow[] = [];
  for (const [key, { month, group }] of keys) {
    const row = { month, group, bases: {} } as CubeKpiRow;
    for (const kpi of KPI_KEYS) {
      const entry = computed.get(kpi);
      const bucket = entry ? buckets.get(entry.basis)?.get(key) : undefined;
      if (!entry) row[kpi] = null;
      else if (!bucket) row[kpi] = isZeroWhenEmpty(kpi) ? 0 : null;
      else {
        row[kpi] = valueOf(entry, bucket);
        const base = baseOf(entry, bucket);
        if (base) row.bases[kpi] = base;
      }
    }
    rows.push(row);
  }
  return rows.sort((a, b) => byText(a.month, b.month) || byText(a.group, b.group));
}
