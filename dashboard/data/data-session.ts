import type { Engine } from '../../shared/engine/index';
import { compileOrdersBehindQuery, planKpiQuery, type KpiKey, type KpiRow } from '../../shared/kpi/index';
import { computeKpis, toKpiRow, type KpiQuery, type LoadedData } from '../../shared/pipeline/index';
import { atRiskOrders, loadOrderDays, reviewData, withTargetEdits, type ReviewData } from '../../shared/review/index';
import type { BehindCell } from '../state/view-state';
import { buildCube, cubeKpiRows, type KpiCube } from './kpi-cube';
import { behindQuestion } from './behind-question';
import type { BehindInfo } from './protocol';
import { RISK_LIMIT, reviewOwners, reviewQuestionOf } from './review-question';
import { tableData, viewData, type TableData, type ViewContext, type ViewData, type ViewQuestion } from './view-data';

const BEHIND_TABLE = 'dash_orders_behind';

/** How the review asks for its at-risk list (reviewData's last argument). */
type AtRiskOf = NonNullable<Parameters<typeof reviewData>[3]>;

/**
 * One loaded workbook in the engine, and the questions the page asks of it. KPI rows come
 * from the cube when it can answer (a sum over a few hundred cells) and from the KPI SQL
 * otherwise; both give the report's numbers.
 */
export class DataSession {
  /**
   * The cubes of the last two bases (or as-of dates): switching the basis back is then a
   * lookup, not three grouped scans (1M rows: ~0.3–0.6 s). Two, because each holds its sorted
   * quantile lists (tens of MB at 1M rows).
   */
  private readonly cubes = new Memo<KpiCube | null>(2);
  private orderDays: Promise<string[]> | null = null;
  /**
   * Review answers and at-risk lists by the inputs they depend on. The review does not depend
   * on the trend range (from/to) or the heatmap's KPI, and the at-risk list not on the basis,
   * the period or the targets: a change of those answers from here instead of scanning the
   * orders again (at 1M rows ~0.3–0.9 s of a filter change's answer).
   */
  private readonly reviews = new Memo<ReviewData>(8);
  private readonly atRisks = new Memo<Awaited<ReturnType<AtRiskOf>>>(8);

  constructor(
    private readonly engine: Engine,
    private readonly loaded: LoadedData,
  ) {}

  /** The cube for a basis and as-of date, built once (or taken as `started`) and kept (see `cubes`). */
  private cubeFor(basis: KpiQuery['basis'], asOf: string, started?: Promise<KpiCube | null>): Promise<KpiCube | null> {
    // A failed build (e.g. a basis whose date is not mapped) leaves the SQL path.
    return this.cubes.get(`${basis}|${asOf}`, () => (started ?? buildCube(this.engine, this.loaded.fieldsPresent, basis, asOf)).catch(() => null));
  }

  /** A cube already being built (started as soon as the tables were in, see data-worker.ts). */
  adoptCube(basis: KpiQuery['basis'], asOf: string, cube: Promise<KpiCube | null>): void {
    void this.cubeFor(basis, asOf, cube);
  }

  async prepare(basis: KpiQuery['basis'], asOf: string): Promise<void> {
    await this.cubeFor(basis, asOf);
  }

  async rowsOf(query: KpiQuery, kpis?: readonly KpiKey[]): Promise<KpiRow[]> {
    // The cube adds cells up across owners and teams: an order with lines under two owners
    // would count twice in their sum. Such data is asked of DuckDB, which combines by order id.
    const cube = this.loaded.ordersAcrossGroups ? null : await this.cubeFor(query.basis, query.asOf);
    const fromCube = cube && cubeKpiRows(cube, query, this.loaded.fieldsPresent, kpis);
    if (fromCube) return fromCube;
    const result = await computeKpis(this.engine, this.loaded, query);
    return result.rows.map((row) => toKpiRow(row));
  }

  private context(question: ViewQuestion): ViewContext {
    const plan = planKpiQuery({ fieldsPresent: this.loaded.fieldsPresent, basis: question.basis, group: 'none', asOf: question.asOf }).value;
    return {
      targets: question.targetEdits?.length ? withTargetEdits(this.loaded.targets, question.targetEdits, (i) => `browser #${i + 1}`) : this.loaded.targets,
      teamOf: this.loaded.teamOf,
      kpis: plan?.computed.map((c) => c.kpi) ?? [],
      absent: plan?.absent ?? [],
      months: this.loaded.months,
    };
  }

  async view(question: ViewQuestion): Promise<ViewData> {
    const ctx = this.context(question);
    const [data, review] = await Promise.all([viewData(question, ctx, (q, kpis) => this.rowsOf(q, kpis)), this.review(question, ctx)]);
    return { ...data, review, targets: [...ctx.targets] };
  }

  /** At most this many at-risk orders travel to the page (the count says how many in all). */
  static readonly RISK_LIMIT = RISK_LIMIT;

  /** The review of the period (shared/review): a picked month is the period reviewed. */
  private review(q: ViewQuestion, ctx: ViewContext): Promise<ReviewData> {
    // Everything the review reads from the question (and the targets in effect); not from/to.
    const key = JSON.stringify([q.asOf, q.basis, q.pickMonth, q.period ?? null, q.teams, reviewOwners(q), q.riskDays ?? 7, q.locale ?? 'en', ctx.targets]);
    return this.reviews.get(key, () => this.reviewOf(q, ctx));
  }

  /** The at-risk list, kept by its own inputs (as of, days, filters, limit). */
  private readonly atRiskOf: AtRiskOf = (question) => this.atRisks.get(JSON.stringify(question), () => atRiskOrders(this.engine, question));

  private async reviewOf(q: ViewQuestion, ctx: ViewContext): Promise<ReviewData> {
    const orderDays = await (this.orderDays ??= loadOrderDays(this.engine));
    const { fieldsPresent, ordersAcrossGroups, teamOf } = this.loaded;
    return reviewData(this.engine, reviewQuestionOf(q, ctx, { fieldsPresent, ordersAcrossGroups, teamOf, orderDays }), (query, kpis) => this.rowsOf(query, kpis), this.atRiskOf);
  }

  table(question: ViewQuestion): Promise<TableData> {
    return tableData(question, this.context(question), (q) => this.rowsOf(q));
  }

  /** List the orders behind a number into a temporary table; its size and columns. */
  async behind(q: ViewQuestion, cell: BehindCell): Promise<BehindInfo | null> {
    const compiled = compileOrdersBehindQuery({
      ...behindQuestion(q, cell),
      fieldsPresent: this.loaded.fieldsPresent,
      ordersAcrossGroups: this.loaded.ordersAcrossGroups,
      cell: { kpi: cell.kpi, month: cell.month, group: cell.member },
    });
    if (!compiled.value) return null;
    await this.engine.query(
      `CREATE OR REPLACE TEMP TABLE ${BEHIND_TABLE} AS SELECT (row_number() OVER (ORDER BY "_row") - 1) AS "_i", * FROM (${compiled.value.sql})`,
    );
    const summary = await this.engine.query(`SELECT count(*) AS total, count(*) FILTER (WHERE "counted") AS counted, count("counted") AS known FROM ${BEHIND_TABLE}`);
    const columns = await this.engine.query(`SELECT * EXCLUDE ("_i") FROM ${BEHIND_TABLE} LIMIT 0`);
    const row = summary.rows[0] ?? {};
    return {
      total: Number(row.total ?? 0),
      counted: Number(row.known ?? 0) > 0 ? Number(row.counted ?? 0) : null,
      columns: columns.columns.map((c) => c.name),
    };
  }

  /** Rows [start, end) of the orders behind the last number asked for. */
  async behindRows(start: number, end: number): Promise<Record<string, unknown>[]> {
    const s = Math.max(0, Math.floor(start));
    const e = Math.max(s, Math.floor(end));
    const result = await this.engine.query(`SELECT * EXCLUDE ("_i") FROM ${BEHIND_TABLE} WHERE "_i" >= ${s} AND "_i" < ${e} ORDER BY "_i"`);
    return result.rows;
  }
}

/**
 * The last few answers by key, newest kept (an answer is a promise, so two asks of the same key
 * share one query). A failed answer is forgotten, so the next ask tries again.
 */
class Memo<T> {
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly size: number) {}

  get(key: string, make: () => Promise<T>): Promise<T> {
    const kept = this.entries.get(key);
    if (kept) {
      // Asked again: the newest now (a Map keeps insertion order).
      this.entries.delete(key);
      this.entries.set(key, kept);
      return kept;
    }
    const made = make();
    this.entries.set(key, made);
    made.catch(() => {
      if (this.entries.get(key) === made) this.entries.delete(key);
    });
    while (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as string);
    return made;
  }
}
