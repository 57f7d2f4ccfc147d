/**
 * `npm run serve -- --source postgresql://USER@HOST:PORT/DB --table NAME [--map FIELD=COLUMN …]
 *                   [--port 3100] [--lang en|zh]`: the local data server (data-server.ts) over
 * one table. The password comes from the URL, PGPASSWORD or ~/.pgpass and stays in this process.
 */
import { openPostgres } from '../shared/engine/postgres';
import { formatIssue, langFromLocale, messagesFor, type Lang } from '../shared/messages/index';
import { isOrderField, type OrderField } from '../shared/schema/index';
import { openTableOrders, postgresProblem, sourceText } from '../shared/source/index';
import { fileURLToPath } from 'node:url';
import { createDataServer, listenLocally } from './data-server';
import { DASHBOARD_PATH, hasDashboard } from './page-files';

/** The built pages (npm run build) beside this folder. */
const PAGE_ROOT = fileURLToPath(new URL('../dist', import.meta.url));

interface ServeArgs {
  source: string;
  table: string;
  map: Partial<Record<OrderField, string>>;
  port: number;
  lang: Lang;
}

function parseServeArgs(argv: readonly string[], lang: Lang): ServeArgs | string {
  const args: Partial<ServeArgs> & { map: Partial<Record<OrderField, string>> } = { map: {}, port: 3100, lang };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') && argv[i].startsWith('--') ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)] : [argv[i], undefined];
    const value = inline ?? argv[++i];
    if (value === undefined) return `${flag} needs a value`;
    if (flag === '--source') args.source = value;
    else if (flag === '--table') args.table = value;
    else if (flag === '--port' && /^\d+$/.test(value) && Number(value) < 65536) args.port = Number(value);
    else if (flag === '--lang' && (value === 'en' || value === 'zh')) args.lang = value;
    else if (flag === '--map' && value.includes('=') && isOrderField(value.slice(0, value.indexOf('=')))) {
      args.map[value.slice(0, value.indexOf('=')) as OrderField] = value.slice(value.indexOf('=') + 1);
    } else return `bad option ${flag} ${value}`;
  }
  if (!args.source || !/^postgres(ql)?:\/\//.test(args.source)) return 'give --source postgresql://USER@HOST:PORT/DB';
  if (!args.table) return 'give --table NAME';
  return args as ServeArgs;
}

async function main(): Promise<number> {
  const args = parseServeArgs(process.argv.slice(2), langFromLocale(process.env.LC_ALL || process.env.LANG));
  if (typeof args === 'string') {
    process.stderr.write(`serve: ${args}\n`);
    return 2;
  }
  const m = messagesFor(args.lang);
  const say = (text: string) => process.stderr.write(`${m.cliErrorPrefix}: ${text}\n`);
  const problemText = (e: unknown) => {
    const problem = postgresProblem(e, args.source);
    return (m as unknown as Record<string, (p: unknown) => string>)[problem.code](problem.params);
  };
  let db;
  try {
    db = await openPostgres(args.source, { connections: 4 });
  } catch (e) {
    say(problemText(e));
    return 3;
  }
  const opened = await openTableOrders(db, args.table, { overrides: args.map, source: sourceText(args.source) }).catch((e: unknown) => {
    say(problemText(e));
    return null;
  });
  if (!opened?.value) {
    for (const p of opened?.problems ?? []) say((m as unknown as Record<string, (p: unknown) => string>)[p.code](p.params));
    for (const i of opened?.issues.filter((i) => i.severity === 'error') ?? []) say(formatIssue(i, args.lang));
    await db.close();
    return 3;
  }
  const built = await hasDashboard(PAGE_ROOT);
  const server = createDataServer({ db, source: opened.value, sourceName: sourceText(args.source), ...(built ? { pageRoot: PAGE_ROOT } : {}) });
  const url = await listenLocally(server, args.port);
  process.stdout.write(`${m.cliServeListening({ table: opened.value.loaded.ordersSheet, url })}\n`);
  process.stdout.write(`${built ? m.cliServeDashboard({ url: `${url}${DASHBOARD_PATH}` }) : m.cliServeNoDashboard}\n`);
  const stop = () => server.close(() => void db.close().then(() => process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return -1;
}

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (e: unknown) => {
    process.stderr.write(`serve: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}\n`);
    process.exit(3);
  },
);
