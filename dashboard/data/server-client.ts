import { planKpiQuery, type KpiKey } from '../../shared/kpi/index';
import { langFromLocale, messagesFor } from '../../shared/messages/index';
import { toKpiRow, type KpiQuery } from '../../shared/pipeline/index';
import { reviewData, withTargetEdits, type ReviewData } from '../../shared/review/index';
import type { OrderField } from '../../shared/schema/index';
import { dataServerClient, DataServerError, type DataServerClient, type DataServerSource } from '../../shared/source/index';
import { behindQuestion } from './behind-question';
import type { DataClient, ProgressListener } from './data-client';
import type { BehindInfo, OpenResult, WorkerReplies, WorkerRequest } from './protocol';
import { reviewQuestionOf } from './review-question';
import { tableData, viewData, type ViewContext, type ViewQuestion } from './view-data';

/** A refusal of this client's own, already in the reader's words. */
class SaidInWords extends Error {}

/**
 * The dashboard's data from a database, through the local data server (server/): the same
 * requests as the data worker answers for a file, answered by the server's KPI rows, so the
 * same screens draw the same numbers. The page sends questions, never SQL or credentials.
 * The period review is worked out here as for a file (shared/review), from the windows, order
 * days and at-risk lists the server computes in the database.
 */
export class ServerDataClient implements DataClient {
  private source: DataServerSource | null = null;
  private behind: Record<string, unknown>[] = [];
  private orderDays: Promise<string[]> | null = null;
  private closed = false;
  private readonly server: DataServerClient;

  constructor(
    private readonly baseUrl: string,
    private onProgress: ProgressListener = () => undefined,
    fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  ) {
    // The language of the server's messages is the page's at the time of each request.
    this.server = dataServerClient(baseUrl, () => pageLang(), fetchImpl);
  }

  listen(onProgress: ProgressListener): void {
    this.onProgress = onProgress;
  }

  request<T extends WorkerRequest>(request: T): Promise<WorkerReplies[T['type']]> {
    if (this.closed) return Promise.reject(new Error('closed'));
    return this.answer(request).catch((error: unknown) => {
      throw new Error(this.problemText(error));
    }) as Promise<WorkerReplies[T['type']]>;
  }

  close(): void {
    this.closed = true;
    this.behind = [];
  }

  /** The server's own message when it refused; else (not reached, not JSON) that it does not answer. */
  private problemText(error: unknown): string {
    if (error instanceof DataServerError || error instanceof SaidInWords) return error.message;
    return messagesFor(pageLang()).dash_serverDown({ url: this.baseUrl });
  }

  private async answer(request: WorkerRequest): Promise<unknown> {
    switch (request.type) {
      case 'ready':
        return null;
      case 'open': {
        // The server maps the table's columns once, when it starts; a page cannot remap them.
        if (Object.keys(request.options.overrides ?? {}).length > 0) throw new SaidInWords(messagesFor(pageLang()).dash_serverMapping);
        this.onProgress('read', 0);
        this.source = await this.server.source();
        this.onProgress('summary', 0.92);
        return openResultOf(this.source);
      }
      case 'view': {
        const ctx = this.context(request.question);
        const [data, review] = await Promise.all([viewData(request.question, ctx, (q, kpis) => this.rowsOf(q, kpis)), this.review(request.question, ctx)]);
        return { ...data, review, targets: [...ctx.targets] };
      }
      case 'table':
        return tableData(request.question, this.context(request.question), (q) => this.rowsOf(q));
      case 'behind':
        return this.ordersBehind(request.question, request.cell);
      case 'behindRows':
        return this.behind.slice(Math.max(0, Math.floor(request.start)), Math.max(0, Math.floor(request.end)));
    }
  }

  private loadedSource(): DataServerSource {
    if (!this.source) throw new Error('no data loaded');
    return this.source;
  }

  private async rowsOf(query: KpiQuery, _kpis?: readonly KpiKey[]) {
    const result = await this.server.kpis(query);
    return result.rows.map((row) => toKpiRow(row as unknown as Record<string, unknown>));
  }

  /** The review of the period, as DataSession's, from the server's windows and at-risk list. */
  private async review(q: ViewQuestion, ctx: ViewContext): Promise<ReviewData> {
    const source = this.loadedSource();
    // Asked once per table; a failed ask is asked again next time.
    const orderDays = await (this.orderDays ??= this.server.orderDays().catch((error: unknown) => {
      this.orderDays = null;
      throw error;
    }));
    const facts = { fieldsPresent: source.fieldsPresent as OrderField[], ordersAcrossGroups: source.ordersAcrossGroups, teamOf: source.teamOf, orderDays };
    return reviewData(
      { windowRows: (opts, key) => this.server.windowRows(opts, key), atRisk: (question) => this.server.atRisk(question) },
      reviewQuestionOf(q, ctx, facts),
      (query, kpis) => this.rowsOf(query, kpis),
    );
  }

  /** As DataSession.context: the KPIs the mapped columns allow; targets are the page's own (a table has no KPI sheet). */
  private context(question: ViewQuestion): ViewContext {
    const source = this.loadedSource();
    const plan = planKpiQuery({ fieldsPresent: source.fieldsPresent as OrderField[], basis: question.basis, group: 'none', asOf: question.asOf }).value;
    return {
      targets: withTargetEdits([], question.targetEdits ?? [], (i) => `browser #${i + 1}`),
      teamOf: source.teamOf,
      kpis: plan?.computed.map((c) => c.kpi) ?? [],
      absent: plan?.absent ?? [],
      months: source.months,
    };
  }

  /** As DataSession.behind: the question's range and filters, the cell's member or the whole team. */
  private async ordersBehind(q: ViewQuestion, cell: Extract<WorkerRequest, { type: 'behind' }>['cell']): Promise<BehindInfo | null> {
    const answer = await this.server.ordersBehind(behindQuestion(q, cell), { kpi: cell.kpi, month: cell.month, group: cell.member });
    if (!answer.columns) return null;
    this.behind = answer.rows;
    return { total: answer.total, counted: answer.counted, columns: answer.columns };
  }
}

function pageLang(): 'en' | 'zh' {
  return langFromLocale(globalThis.document?.documentElement.lang || globalThis.navigator?.language);
}

/** What the data panel and the filters know of the table, in the shape a file's open gives. */
export function openResultOf(source: DataServerSource): OpenResult {
  const fieldsPresent = source.fieldsPresent as OrderField[];
  const plan = planKpiQuery({ fieldsPresent, basis: 'natural', group: 'none', asOf: '2000-01-01' }).value;
  const mapping = Object.fromEntries(Object.entries(source.mapping).map(([field, header]) => [field, { header, confidence: 1 }]));
  return {
    fileName: source.table,
    demo: false,
    sheets: [{ name: source.table, rows: source.rows }],
    ordersSheet: source.table,
    kpiSheet: null,
    headers: source.columns.map((c) => c.name),
    mapping,
    overrides: {},
    issues: [],
    data: {
      fieldsPresent,
      months: source.months,
      teams: source.teams,
      owners: source.owners,
      teamOf: source.teamOf,
      rowCount: source.rows,
      cancelledCount: source.cancelled,
      satisfactionScale: source.satisfactionScale === 5 || source.satisfactionScale === 10 || source.satisfactionScale === 100 ? source.satisfactionScale : null,
      kpis: plan?.computed.map((c) => c.kpi) ?? [],
      absent: plan?.absent ?? [],
      targetRows: 0,
    },
    timings: {},
  };
}
