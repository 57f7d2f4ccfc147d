import { ORDER_FIELD_KEYS, isOrderField, type OrderField } from '../shared/schema/index';
import { GROUPINGS, isIsoDate, isIsoMonth, PERIOD_BASES, type Grouping, type PeriodBasis } from '../shared/kpi/index';
import { LANGS, type Lang } from '../shared/messages/index';
import { DATE_ORDERS, type DateOrder } from '../shared/ingest/index';
import { parseTableName } from '../shared/source/index';

export const REPORT_FORMATS = ['json', 'csv', 'html', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What `npm run report -- …` asked for (DESIGN.md, "Report CLI contract"). */
export interface ReportArgs {
  file: string | null;
  demo: boolean;
  /** --source postgresql://…: a database instead of FILE, with --table (the orders table or view). */
  source: string | null;
  table: string | null;
  sheet: string | null;
  /** --kpi FILE[#SHEET]: targets from another file (sheet null = detect). */
  kpi: { file: string; sheet: string | null } | null;
  /** --map FIELD=HEADER overrides; "" (--map FIELD=) = not mapped. */
  map: Partial<Record<OrderField, string>>;
  group: Grouping;
  basis: PeriodBasis;
  /** YYYY-MM-DD, null = today. */
  asOf: string | null;
  from: string | null;
  to: string | null;
  format: ReportFormat;
  out: string | null;
  /** null = from the environment. */
  lang: Lang | null;
  /** --date-order: for columns whose dates do not show it; null = the locale's, else the usual reading. */
  dateOrder: DateOrder | null;
  /** --time-limit: seconds a workbook may take to read; null = by its size (defaultTimeLimitSeconds). */
  timeLimit: number | null;
  help: boolean;
}

/** A usage error: a message key of cliMessages and its params (made into text at the edge). */
export interface UsageError {
  code: string;
  params: Record<string, string | number>;
}

const VALUE_OPTIONS = [
  '--sheet',
  '--kpi',
  '--map',
  '--group',
  '--basis',
  '--as-of',
  '--from',
  '--to',
  '--format',
  '--out',
  '--lang',
  '--date-order',
  '--time-limit',
  '--source',
  '--table',
] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];
const FLAG_OPTIONS = ['--demo', '--help', '-h'] as const;

function isValueOption(x: string): x is ValueOption {
  return (VALUE_OPTIONS as readonly string[]).includes(x);
}

function choice<T extends string>(choices: readonly T[], option: string, value: string, errors: UsageError[]): T | undefined {
  if ((choices as readonly string[]).includes(value)) return value as T;
  errors.push({ code: 'cliBadChoice', params: { option, value, choices: choices.join('|') } });
  return undefined;
}

/** The format an --out path's extension implies, when --format is not given. */
function formatOfPath(path: string): ReportFormat | null {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext === 'htm') return 'html';
  return ext && (REPORT_FORMATS as readonly string[]).includes(ext) ? (ext as ReportFormat) : null;
}

/**
 * Parse the report CLI's arguments (without `node script`). Pure: never reads files or the
 * environment. `--opt value` and `--opt=value` both work; `--map` repeats; a lone `-` or an
 * argument not starting with `--` is the FILE.
 */
export function parseReportArgs(argv: readonly string[]): { value: ReportArgs | null; errors: UsageError[] } {
  const errors: UsageError[] = [];
  const files: string[] = [];
  const seen = new Set<string>();
  const args: ReportArgs = {
    file: null,
    demo: false,
    source: null,
    table: null,
    sheet: null,
    kpi: null,
    map: {},
    group: 'owner',
    basis: 'natural',
    asOf: null,
    from: null,
    to: null,
    format: 'json',
    out: null,
    lang: null,
    dateOrder: null,
    timeLimit: null,
    help: false,
  };
  let formatGiven = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      files.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if ((FLAG_OPTIONS as readonly string[]).includes(name)) {
      if (name !== arg) errors.push({ code: 'cliFlagHasValue', params: { option: name } });
      else if (name === '--demo') args.demo = true;
      else args.help = true;
      continue;
    }
    if (!isValueOption(name)) {
      errors.push({ code: 'cliUnknownOption', params: { option: name } });
      continue;
    }
    let value: string;
    if (name !== arg) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
    else {
      errors.push({ code: 'cliMissingValue', params: { option: name } });
      continue;
    }
    if (name !== '--map' && seen.has(name)) {
      errors.push({ code: 'cliRepeatedOption', params: { option: name } });
      continue;
    }
    seen.add(name);
    applyOption(args, name, value, errors);
    if (name === '--format') formatGiven = true;
  }

  if (!formatGiven && args.out) args.format = formatOfPath(args.out) ?? 'json';
  // A binary file on a terminal helps no one: xlsx is written to a named file only.
  if (args.format === 'xlsx' && !args.out) errors.push({ code: 'cliNeedsOut', params: { format: 'xlsx' } });
  if (args.from && args.to && args.from > args.to) {
    errors.push({ code: 'cliMonthsReversed', params: { from: args.from, to: args.to } });
  }
  if (files.length > 1) errors.push({ code: 'cliTooManyFiles', params: { files: files.join(' ') } });
  args.file = files[0] ?? null;
  if (!args.help) {
    if (args.source && (args.demo || args.file)) errors.push({ code: 'cliSourceAndFile', params: {} });
    else if (args.demo && args.file) errors.push({ code: 'cliFileAndDemo', params: {} });
    if (!args.demo && !args.file && !args.source) errors.push({ code: 'cliNoInput', params: {} });
    if (args.source && !args.table) errors.push({ code: 'cliSourceNeedsTable', params: {} });
    if (args.table && !args.source) errors.push({ code: 'cliTableNeedsSource', params: {} });
  }
  // --help wins over everything else: a user asking for help gets it.
  if (args.help) return { value: args, errors: [] };
  return errors.length ? { value: null, errors } : { value: args, errors };
}

function applyOption(args: ReportArgs, name: ValueOption, value: string, errors: UsageError[]): void {
  switch (name) {
    case '--sheet':
      args.sheet = value;
      return;
    case '--kpi': {
      // The sheet follows the last '#', so a file name may itself contain '#'.
      const hash = value.lastIndexOf('#');
      const file = hash >= 0 ? value.slice(0, hash) : value;
      const sheet = hash >= 0 ? value.slice(hash + 1) : '';
      if (!file) errors.push({ code: 'cliMissingValue', params: { option: name } });
      else args.kpi = { file, sheet: sheet || null };
      return;
    }
    case '--map': {
      // "--map due=" (no header) means "due is not mapped", as the mapping editor's "not mapped".
      const eq = value.indexOf('=');
      const field = eq > 0 ? value.slice(0, eq).trim() : '';
      const header = eq > 0 ? value.slice(eq + 1).trim() : '';
      if (!field) errors.push({ code: 'cliBadMap', params: { value } });
      else if (!isOrderField(field)) errors.push({ code: 'cliUnknownField', params: { field, fields: ORDER_FIELD_KEYS.join(', ') } });
      else if (args.map[field] !== undefined) errors.push({ code: 'cliRepeatedOption', params: { option: `--map ${field}` } });
      else args.map[field] = header;
      return;
    }
    case '--group':
      args.group = choice(GROUPINGS, name, value, errors) ?? args.group;
      return;
    case '--basis':
      args.basis = choice(PERIOD_BASES, name, value, errors) ?? args.basis;
      return;
    case '--format':
      args.format = choice(REPORT_FORMATS, name, value, errors) ?? args.format;
      return;
    case '--lang':
      args.lang = choice(LANGS, name, value, errors) ?? args.lang;
      return;
    case '--date-order':
      args.dateOrder = choice(DATE_ORDERS, name, value, errors) ?? args.dateOrder;
      return;
    case '--as-of':
      if (isIsoDate(value)) args.asOf = value;
      else errors.push({ code: 'cliBadDate', params: { option: name, value } });
      return;
    case '--from':
    case '--to':
      if (!isIsoMonth(value)) errors.push({ code: 'cliBadMonth', params: { option: name, value } });
      else if (name === '--from') args.from = value;
      else args.to = value;
      return;
    case '--out':
      args.out = value;
      return;
    case '--time-limit': {
      const seconds = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
      if (seconds > 0) args.timeLimit = seconds;
      else errors.push({ code: 'cliBadSeconds', params: { option: name, value } });
      return;
    }
    case '--source':
      if (/^postgres(ql)?:\/\/./i.test(value)) args.source = value;
      else errors.push({ code: 'cliBadSource', params: { value: value.replace(/:[^:@/]*@/, '@') } });
      return;
    case '--table':
      if (parseTableName(value)) args.table = value;
      else errors.push({ code: 'cliBadTable', params: { value } });
      return;
  }
}
