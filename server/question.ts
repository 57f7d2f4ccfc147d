import { FILTER_FIELDS, GROUPINGS, isIsoDate, isIsoMonth, isKpiKey, MONTH_ALL, PERIOD_BASES, type KpiCell, type KpiFilters } from '../shared/kpi/index';
import type { KpiQuery } from '../shared/pipeline/index';
import type { AtRiskQuestion, WindowQueryOptions } from '../shared/review/index';

/**
 * What the page may ask the data server: a KPI question as data, never SQL. The server
 * compiles the SQL itself (shared/kpi), so a page can only ask for what the compiler writes;
 * every value is checked here, and filter values reach the SQL only as escaped literals.
 */
export type QuestionError = { field: string; problem: string };

/** A review window as the page asks for it; the server adds the table's fields and its dialect. */
export type WindowQuestion = Pick<WindowQueryOptions, 'basis' | 'group' | 'filters' | 'window' | 'withTotal'>;
/** An at-risk list as the page asks for it; the server adds the table's fields and its dialect. */
export type AtRiskAsked = Pick<AtRiskQuestion, 'asOf' | 'days' | 'filters' | 'limit'>;

const KEYS = ['basis', 'group', 'asOf', 'from', 'to', 'filters', 'perMonth'] as const;
const MAX_FILTER_VALUES = 1000;
const MAX_TEXT = 500;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function oneOf<T extends string>(choices: readonly T[], v: unknown): v is T {
  return typeof v === 'string' && (choices as readonly string[]).includes(v);
}

export function parseQuestion(body: unknown): { value: KpiQuery | null; errors: QuestionError[] } {
  const errors: QuestionError[] = [];
  if (!isObject(body)) return { value: null, errors: [{ field: '', problem: 'expected a JSON object' }] };
  for (const key of Object.keys(body)) {
    if (!(KEYS as readonly string[]).includes(key) && key !== 'cell') errors.push({ field: key, problem: 'unknown field' });
  }
  const { basis, group, asOf, from, to, filters, perMonth } = body;
  if (!oneOf(PERIOD_BASES, basis)) errors.push({ field: 'basis', problem: `one of ${PERIOD_BASES.join('|')}` });
  if (!oneOf(GROUPINGS, group)) errors.push({ field: 'group', problem: `one of ${GROUPINGS.join('|')}` });
  if (typeof asOf !== 'string' || !isIsoDate(asOf)) errors.push({ field: 'asOf', problem: 'a date YYYY-MM-DD' });
  for (const [field, month] of [['from', from], ['to', to]] as const) {
    if (month !== undefined && month !== null && (typeof month !== 'string' || !isIsoMonth(month))) errors.push({ field, problem: 'a month YYYY-MM' });
  }
  if (perMonth !== undefined && typeof perMonth !== 'boolean') errors.push({ field: 'perMonth', problem: 'true or false' });
  const checkedFilters: KpiFilters = {};
  if (filters !== undefined && filters !== null) {
    if (!isObject(filters)) errors.push({ field: 'filters', problem: `an object of ${FILTER_FIELDS.join('|')} → list of texts` });
    else {
      for (const [field, values] of Object.entries(filters)) {
        const ok =
          oneOf(FILTER_FIELDS, field) &&
          Array.isArray(values) &&
          values.length <= MAX_FILTER_VALUES &&
          values.every((v) => typeof v === 'string' && v.length <= MAX_TEXT);
        if (!ok) errors.push({ field: `filters.${field}`, problem: `a list of at most ${MAX_FILTER_VALUES} texts` });
        else checkedFilters[field] = values as string[];
      }
    }
  }
  if (errors.length) return { value: null, errors };
  return {
    value: {
      basis: basis as KpiQuery['basis'],
      group: group as KpiQuery['group'],
      asOf: asOf as string,
      from: (from as string | null | undefined) ?? undefined,
      to: (to as string | null | undefined) ?? undefined,
      filters: checkedFilters,
      perMonth: perMonth as boolean | undefined,
    },
    errors,
  };
}

/** The question of "the orders behind a number": a KPI question and the cell clicked. */
export function parseCellQuestion(body: unknown): { value: { question: KpiQuery; cell: KpiCell } | null; errors: QuestionError[] } {
  const { value: question, errors } = parseQuestion(body);
  const cell = isObject(body) ? body.cell : undefined;
  const cellOk =
    isObject(cell) &&
    isKpiKey(cell.kpi) &&
    typeof cell.month === 'string' &&
    (cell.month === MONTH_ALL || isIsoMonth(cell.month)) &&
    (cell.group === null || (typeof cell.group === 'string' && cell.group.length <= MAX_TEXT));
  if (!cellOk) errors.push({ field: 'cell', problem: '{ kpi, month: YYYY-MM|all, group: text|null }' });
  if (!question || !cellOk) return { value: null, errors };
  return { value: { question, cell: cell as unknown as KpiCell }, errors };
}

const MAX_WINDOW_DAYS = 366;
const MAX_RISK_DAYS = 3650;
const MAX_RISK_ROWS = 10_000;

function checkedFilters(filters: unknown, errors: QuestionError[]): KpiFilters {
  const { value } = parseQuestion({ basis: 'natural', group: 'none', asOf: '2000-01-01', filters });
  if (!value) errors.push({ field: 'filters', problem: `an object of ${FILTER_FIELDS.join('|')} → list of at most ${MAX_FILTER_VALUES} texts` });
  return value?.filters ?? {};
}

const dayCount = (start: string, end: string) => (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000;

/**
 * A window of the review (shared/review/window-sql.ts): the KPIs of a month to date or an ISO
 * week, with the counts behind each rate. `window` is { start, end, asOf }, days YYYY-MM-DD,
 * start ≤ end, at most a year long.
 */
export function parseWindowQuestion(body: unknown): { value: WindowQuestion | null; errors: QuestionError[] } {
  const errors: QuestionError[] = [];
  if (!isObject(body)) return { value: null, errors: [{ field: '', problem: 'expected a JSON object' }] };
  for (const key of Object.keys(body)) if (!['basis', 'group', 'filters', 'window', 'withTotal'].includes(key)) errors.push({ field: key, problem: 'unknown field' });
  const { basis, group, window, withTotal } = body;
  if (withTotal !== undefined && typeof withTotal !== 'boolean') errors.push({ field: 'withTotal', problem: 'true or false' });
  if (!oneOf(PERIOD_BASES, basis)) errors.push({ field: 'basis', problem: `one of ${PERIOD_BASES.join('|')}` });
  if (!oneOf(GROUPINGS, group)) errors.push({ field: 'group', problem: `one of ${GROUPINGS.join('|')}` });
  const filters = checkedFilters(body.filters, errors);
  const days = isObject(window) ? [window.start, window.end, window.asOf] : [];
  const windowOk = days.length === 3 && days.every((d) => typeof d === 'string' && isIsoDate(d));
  const [start, end, asOf] = days as string[];
  if (!windowOk || start > end || dayCount(start, end) > MAX_WINDOW_DAYS) {
    errors.push({ field: 'window', problem: `{ start, end, asOf }: days YYYY-MM-DD, start ≤ end, at most ${MAX_WINDOW_DAYS} days` });
  }
  if (errors.length) return { value: null, errors };
  return {
    value: { basis: basis as WindowQuestion['basis'], group: group as WindowQuestion['group'], filters, window: { start, end, asOf }, ...(withTotal === true ? { withTotal } : {}) },
    errors,
  };
}

/** The at-risk list's question (shared/review/at-risk.ts): as of a day, due within `days`, at most `limit` rows. */
export function parseAtRiskQuestion(body: unknown): { value: AtRiskAsked | null; errors: QuestionError[] } {
  const errors: QuestionError[] = [];
  if (!isObject(body)) return { value: null, errors: [{ field: '', problem: 'expected a JSON object' }] };
  for (const key of Object.keys(body)) if (!['asOf', 'days', 'filters', 'limit'].includes(key)) errors.push({ field: key, problem: 'unknown field' });
  const { asOf, days, limit } = body;
  if (typeof asOf !== 'string' || !isIsoDate(asOf)) errors.push({ field: 'asOf', problem: 'a date YYYY-MM-DD' });
  if (!Number.isInteger(days) || (days as number) < 0 || (days as number) > MAX_RISK_DAYS) errors.push({ field: 'days', problem: `a whole number 0…${MAX_RISK_DAYS}` });
  if (limit !== undefined && (!Number.isInteger(limit) || (limit as number) < 0 || (limit as number) > MAX_RISK_ROWS)) {
    errors.push({ field: 'limit', problem: `a whole number 0…${MAX_RISK_ROWS}` });
  }
  const filters = checkedFilters(body.filters, errors);
  if (errors.length) return { value: null, errors };
  return { value: { asOf: asOf as string, days: days as number, filters, ...(limit !== undefined ? { limit: limit as number } : {}) }, errors };
}
