import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { PostgresConnector } from '../shared/engine/postgres';
import { compileOrdersBehindQuery } from '../shared/kpi/index';
import { langFromLocale, messagesFor, type Lang } from '../shared/messages/index';
import { mappingHeaders } from '../shared/pipeline/index';
import { computeTableKpis, postgresProblem, withOrders, type SourceProblem, type TableOrders } from '../shared/source/index';
import { atRiskOrders, loadOrderDays, windowRows } from '../shared/review/index';
import { parseAtRiskQuestion, parseCellQuestion, parseQuestion, parseWindowQuestion, type QuestionError } from './question';
import { DASHBOARD_PATH, pageFile } from './page-files';
import { isReadingStatement, sqlTabStatement, SQL_TAB_MAX_ROWS } from './sql-tab';

/**
 * The local data server for a database source: the dashboard and the add-in ask it questions
 * (JSON), it compiles the SQL (shared/kpi), runs it in PostgreSQL read-only and returns rows.
 * The connection string never leaves this process. It listens on 127.0.0.1 only and answers
 * only requests addressed to localhost (a page elsewhere cannot rebind a name to it).
 *
 *   GET  /api/source          the table, its mapping, months, teams, owners, counts
 *   POST /api/kpis            { basis, group, asOf, from?, to?, filters?, perMonth? } → KPI rows
 *   POST /api/orders-behind   the same and { cell: { kpi, month, group } } → the orders
 *   GET  /api/order-days      the created days of the orders (which months and weeks a review offers)
 *   POST /api/window          { basis, group, filters?, window: { start, end, asOf } } → a review window's rows
 *   POST /api/at-risk         { asOf, days, filters?, limit? } → the open orders overdue or due soon, and their total
 *   POST /api/sql             { sql } → the SQL tab: one reading statement, READ ONLY, timed out
 *   GET  /                    → the dashboard over this server (when given the built pages)
 */
export interface DataServerOptions {
  db: PostgresConnector;
  source: TableOrders;
  /** The SQL tab's statement timeout (default 10 s; the KPI queries keep the connector's). */
  sqlTimeoutMs?: number;
  /** The database as messages name it: sourceText(url), never with the password. */
  sourceName?: string;
  /** The built pages (dist/): served too, `/` leading to the dashboard over this server. */
  pageRoot?: string;
}

const MAX_BODY = 64 * 1024;
/** The most orders behind a number that travel to the page (the total is counted apart). */
export const ORDERS_BEHIND_MAX_ROWS = 10_000;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly problem: SourceProblem,
  ) {
    super(problem.code);
  }
}

function langOf(req: IncomingMessage): Lang {
  return langFromLocale(req.headers['accept-language']?.split(',')[0]);
}

function textOf(problem: SourceProblem, lang: Lang): string {
  const entry = (messagesFor(lang) as Record<string, unknown>)[problem.code];
  return typeof entry === 'function' ? entry(problem.params) : String(entry ?? problem.code);
}

function hostName(host: string | undefined): string {
  if (!host) return '';
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0];
}

/** A page of this machine (any port): http://localhost:3000, http://127.0.0.1:5173 … */
function isLocalOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && LOCAL_HOSTS.has(url.hostname);
  } catch {
    return false;
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new HttpError(413, { code: 'cliServeTooLarge', params: {} });
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, { code: 'cliServeBadQuestion', params: { errors: 'the body is not JSON' } });
  }
}

function badQuestion(errors: QuestionError[]): HttpError {
  const text = errors.map((e) => (e.field ? `${e.field}: ${e.problem}` : e.problem)).join('; ');
  return new HttpError(400, { code: 'cliServeBadQuestion', params: { errors: text } });
}

export function createDataServer(opts: DataServerOptions): Server {
  const { db, source } = opts;
  const sqlTimeoutMs = opts.sqlTimeoutMs ?? 10_000;
  const sourceName = opts.sourceName ?? 'PostgreSQL';
  const overOrders = (sql: string) => withOrders(sql, source.orders);
  // The database's own refusal (a syntax error, a write in a read-only transaction) is the user's to read.
  const run = async (sql: string, timeoutMs?: number) => {
    try {
      return await db.query(sql, { timeoutMs });
    } catch (error) {
      throw new HttpError(400, postgresProblem(error, sourceName));
    }
  };

  // The review's queries (shared/review) run over the mapped select, in the database's dialect.
  const ordersEngine = { query: (sql: string) => run(overOrders(sql)) };
  let orderDays: Promise<string[]> | null = null;

  const routes: Record<string, (req: IncomingMessage) => Promise<unknown>> = {
    'GET /api/source': async () => {
      const { loaded } = source;
      return {
        table: loaded.ordersSheet,
        columns: source.columns,
        mapping: mappingHeaders(loaded),
        fieldsPresent: loaded.fieldsPresent,
        months: loaded.months,
        teams: loaded.teams,
        owners: loaded.owners,
        teamOf: loaded.teamOf,
        rows: loaded.rowCount,
        cancelled: loaded.cancelledCount,
        satisfactionScale: loaded.satisfactionScale,
        ordersAcrossGroups: loaded.ordersAcrossGroups,
        dialect: db.dialect.name,
      };
    },
    'POST /api/kpis': async (req) => {
      const { value: question, errors } = parseQuestion(await readJson(req));
      if (!question) throw badQuestion(errors);
      try {
        const result = await computeTableKpis(db, source, question);
        return result;
      } catch (error) {
        throw new HttpError(400, postgresProblem(error, sourceName));
      }
    },
    'POST /api/orders-behind': async (req) => {
      const { value, errors } = parseCellQuestion(await readJson(req));
      if (!value) throw badQuestion(errors);
      const { question, cell } = value;
      const compiled = compileOrdersBehindQuery({
        ...question,
        to: question.to ?? question.asOf.slice(0, 7),
        fieldsPresent: source.loaded.fieldsPresent,
        ordersAcrossGroups: source.loaded.ordersAcrossGroups,
        dialect: db.dialect,
        cell,
      });
      if (!compiled.value) return { rows: [], columns: null, total: 0, counted: null, issues: compiled.issues };
      // The list is paged in the page: the first rows travel, the counts say how many in all.
      const behind = compiled.value.sql;
      const [listed, counts] = await Promise.all([
        run(overOrders(`SELECT * FROM (\n${behind}\n) AS behind ORDER BY "_row" LIMIT ${ORDERS_BEHIND_MAX_ROWS}`)),
        run(overOrders(`SELECT count(*) AS total, count(*) FILTER (WHERE "counted") AS counted, count("counted") AS known FROM (\n${behind}\n) AS behind`)),
      ]);
      const row = counts.rows[0] ?? {};
      return {
        rows: listed.rows,
        columns: listed.columns.map((c) => c.name),
        total: Number(row.total ?? 0),
        counted: Number(row.known ?? 0) > 0 ? Number(row.counted ?? 0) : null,
        issues: compiled.issues,
      };
    },
    // The table is read once per server (as its months and owners are): a review asks often.
    'GET /api/order-days': async () => {
      orderDays ??= loadOrderDays(ordersEngine, db.dialect);
      orderDays.catch(() => (orderDays = null));
      return { days: await orderDays };
    },
    'POST /api/window': async (req) => {
      const { value, errors } = parseWindowQuestion(await readJson(req));
      if (!value) throw badQuestion(errors);
      const { fieldsPresent, ordersAcrossGroups } = source.loaded;
      return windowRows(ordersEngine, { ...value, fieldsPresent, ordersAcrossGroups, dialect: db.dialect }, '');
    },
    'POST /api/at-risk': async (req) => {
      const { value, errors } = parseAtRiskQuestion(await readJson(req));
      if (!value) throw badQuestion(errors);
      return atRiskOrders(ordersEngine, { ...value, limit: Math.min(value.limit ?? ORDERS_BEHIND_MAX_ROWS, ORDERS_BEHIND_MAX_ROWS), fieldsPresent: source.loaded.fieldsPresent, dialect: db.dialect });
    },
    'POST /api/sql': async (req) => {
      const body = await readJson(req);
      const sql = body && typeof body === 'object' && 'sql' in body ? (body as { sql: unknown }).sql : undefined;
      if (typeof sql !== 'string' || !isReadingStatement(sql)) throw new HttpError(400, { code: 'cliServeNotReading', params: {} });
      const started = performance.now();
      const result = await run(sqlTabStatement(sql, overOrders), sqlTimeoutMs);
      const truncated = result.rows.length > SQL_TAB_MAX_ROWS;
      return {
        columns: result.columns,
        rows: truncated ? result.rows.slice(0, SQL_TAB_MAX_ROWS) : result.rows,
        truncated,
        ms: Math.round(performance.now() - started),
      };
    },
  };

  const server = createServer((req, res) => void handle(req, res));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const lang = langOf(req);
    const send = (status: number, body: unknown) => {
      const origin = req.headers.origin;
      const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };
      if (origin && isLocalOrigin(origin)) {
        headers['access-control-allow-origin'] = origin;
        headers['access-control-allow-headers'] = 'content-type';
        headers['access-control-allow-methods'] = 'GET, POST';
        headers.vary = 'origin';
      }
      res.writeHead(status, headers).end(status === 204 ? undefined : JSON.stringify(body));
    };
    const fail = (status: number, problem: SourceProblem) => send(status, { error: { code: problem.code, message: textOf(problem, lang) } });
    try {
      if (!LOCAL_HOSTS.has(hostName(req.headers.host)) || (req.headers.origin && !isLocalOrigin(req.headers.origin))) {
        return fail(403, { code: 'cliServeForbidden', params: {} });
      }
      if (req.method === 'OPTIONS') return send(204, null);
      const path = (req.url ?? '/').split('?')[0];
      if (opts.pageRoot && req.method === 'GET' && !path.startsWith('/api/')) {
        if (path === '/') return void res.writeHead(302, { location: DASHBOARD_PATH, 'cache-control': 'no-store' }).end();
        const file = await pageFile(opts.pageRoot, path);
        if (file) return void res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-cache' }).end(file.body);
      }
      const route = routes[`${req.method} ${path}`];
      if (!route) return fail(404, { code: 'cliServeNotFound', params: { path } });
      send(200, await route(req));
    } catch (error) {
      if (error instanceof HttpError) return fail(error.status, error.problem);
      fail(500, { code: 'cliUnexpected', params: { reason: (error instanceof Error ? error.message : String(error)).split('\n')[0] } });
    }
  }
  return server;
}

/** Listens on 127.0.0.1 (never another interface); port 0 picks a free one. Resolves the base URL. */
export function listenLocally(server: Server, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${address && typeof address === 'object' ? address.port : port}`);
    });
  });
}
