import { FILTER_FIELDS, GROUPINGS, isIsoDate, isIsoMonth, isKpiKey, MONTH_ALL, PERIOD_BASES, type KpiCell, type KpiFilters } from '../shared/kpi/index';
import type { KpiQuery } from '../shared/pipeline/index';

/**
 * What the page may ask the data server: a KPI question as data, never SQL. The server
 * compiles the SQL itself (shared/kpi), so a page can only ask for what the compiler writes;
 * every value is checked here, and filter values reach the SQL only as escaped literals.
 */
export type QuestionError = { field: string; problem: string };

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
