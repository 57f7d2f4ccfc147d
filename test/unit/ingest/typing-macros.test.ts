import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../../shared/engine/node';
import type { Engine } from '../../../shared/engine/engine';
import { readWorkbookFile } from '../../../shared/ingest/index';
import { dateTextToMs, isDateWithoutYear, yearLastReadings } from '../../../shared/ingest/date-text';
import { scoreFromText } from '../../../shared/ingest/score-text';
import { TEXT_IS_BLANK } from '../../../shared/ingest/text-outcome';
import { numberTextToValue } from '../../../shared/ingest/number-text';
import { isFormulaErrorText, isPlaceholderText } from '../../../shared/ingest/placeholder';
import { sqlText } from '../../../shared/ingest/sql-text';
import { typingMacros } from '../../../shared/ingest/typing-macros';
import { yesNoTextToValue } from '../../../shared/ingest/yes-no-text';
import * as columnContents from '../../fixtures/realworld/column-contents';
import * as linesAndHistory from '../../fixtures/realworld/lines-and-history';
import { REAL_EXPORTS } from '../../fixtures/realworld/real-exports';
import { erpSalesWorkbook } from '../../fixtures/realworld/erp-sales';
import { followUpWorkbook } from '../../fixtures/realworld/followup-sheet';
import { gbkShopTsv } from '../../fixtures/realworld/gbk-shop';
import { mac1904Workbook } from '../../fixtures/realworld/mac-1904';
import { northwindOrdersCsv } from '../../fixtures/realworld/northwind';
import { notesAboveWorkbook } from '../../fixtures/realworld/notes-above';
import { olistOrdersCsv } from '../../fixtures/realworld/olist';
import { shopifyOrdersCsv } from '../../fixtures/realworld/shopify';
import { zendeskTicketsCsv } from '../../fixtures/realworld/zendesk';

/*
 * The SQL typing rules (typing-macros.ts) against the TypeScript rules they replace, text by
 * text: every text cell of every real-export fixture, and every quoted text in the ingest unit
 * tests (where the odd forms are: 年月日, RFC 2822, zones, accounting negatives …). Any text
 * the two read differently is listed with both readings.
 */

function fixtureTexts(): string[] {
  const files: [string, Uint8Array][] = [
    ...REAL_EXPORTS.map((e) => [e.file, e.bytes()] as [string, Uint8Array]),
    ...Object.entries({ ...columnContents, ...linesAndHistory })
      .filter(([, f]) => typeof f === 'function' && f.length === 0)
      .map(([name, f]) => [name.endsWith('Xlsx') ? `${name}.xlsx` : `${name}.csv`, (f as () => Uint8Array)()] as [string, Uint8Array]),
    ['erp.xlsx', erpSalesWorkbook()],
    ['followup.xlsx', followUpWorkbook()],
    ['gbk.tsv', gbkShopTsv()],
    ['mac.xlsx', mac1904Workbook()],
    ['northwind.csv', northwindOrdersCsv()],
    ['notes.xlsx', notesAboveWorkbook()],
    ['olist.csv', olistOrdersCsv()],
    ['shopify.csv', shopifyOrdersCsv()],
    ['zendesk.csv', zendeskTicketsCsv()],
  ];
  const texts: string[] = [];
  for (const [name, bytes] of files) {
    const read = readWorkbookFile(bytes, name);
    for (const sheet of read.value?.sheets ?? []) for (const row of sheet.values) for (const v of row ?? []) if (typeof v === 'string') texts.push(v);
  }
  return texts;
}

/** The single-quoted literals of the ingest tests: the forms each rule was written for. */
function testTexts(): string[] {
  const dir = join(import.meta.dirname, '.');
  const texts: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.test.ts') && f !== 'typing-macros.test.ts')) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/'((?:[^'\\\n]|\\.)*)'/g)) if (!m[1].includes('\\')) texts.push(m[1]);
  }
  return texts;
}

const TEXTS = [...new Set([...fixtureTexts(), ...testTexts(), ' 12 ', '$$12$$', '1 234,5', '−12', '+3', '1.2e3', '(¥12)', '12 %', 'RMB 12', '12元', '2026-02-29', '2024-02-29 23:59:59.9999', '29/02/2016 10:00 am', '00:00'])];

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeEngine();
  for (const sql of typingMacros()) await engine.query(sql);
}, 120_000);
afterAll(async () => engine?.close());

type Row = Record<string, unknown>;
async function typed(select: string): Promise<Row[]> {
  const list = `[${TEXTS.map(sqlText).join(', ')}]`;
  const { rows } = await engine.query(`SELECT i, ${select} FROM (SELECT generate_subscripts(l, 1) AS i, unnest(l) AS x FROM (SELECT ${list} AS l)) ORDER BY i`);
  return rows;
}

const nullForNaN = (x: number): number | null => (Number.isNaN(x) ? null : x);

function differences(rows: Row[], column: string, expected: (text: string) => unknown): string[] {
  return rows.flatMap((row) => {
    const text = TEXTS[Number(row.i) - 1];
    const want = expected(text);
    return row[column] === want ? [] : [`${JSON.stringify(text)}: SQL ${String(row[column])}, TS ${String(want)}`];
  });
}

describe('typing in SQL reads every text as the TypeScript rules do', () => {
  it('has a corpus worth the name', () => {
    expect(TEXTS.length).toBeGreaterThan(500);
  });

  it('placeholders, formula errors and yes/no', async () => {
    const rows = await typed('kpi_blank(x) AS blank, kpi_error_value(x) AS error, kpi_yes_no(x) AS yes_no');
    expect(differences(rows, 'blank', isPlaceholderText)).toEqual([]);
    expect(differences(rows, 'error', (t) => isFormulaErrorText(t.trim()))).toEqual([]);
    expect(differences(rows, 'yes_no', (t) => ({ 1: 1, 0: 0, [-1]: null })[yesNoTextToValue(t)])).toEqual([]);
  });

  it('numbers', async () => {
    const rows = await typed('kpi_number_text(x) AS n');
    expect(rows.filter((r) => typeof r.n === 'number').length).toBeGreaterThan(50);
    expect(differences(rows, 'n', (t) => nullForNaN(numberTextToValue(t)))).toEqual([]);
  });

  it.each(['', 'dmy', 'mdy', 'ymd'] as const)('dates, order %j', async (order) => {
    const rows = await typed(`kpi_date_text_ms(x, ${sqlText(order)}) AS d`);
    // The corpus holds real dates, read alike, and texts both sides refuse.
    expect(rows.filter((r) => typeof r.d === 'number').length).toBeGreaterThan(150);
    expect(differences(rows, 'd', (t) => nullForNaN(dateTextToMs(t, order === '' ? undefined : order)))).toEqual([]);
  });
});

describe('typing in SQL: the column-level helpers', () => {
  it.each(['', 'dmy', 'mdy', 'ymd'] as const)('year-last readings, order %j', async (order) => {
    const rows = await typed(`kpi_year_last_readings(x, ${sqlText(order)}) AS r`);
    const asStruct = (t: string) => {
      const r = yearLastReadings(t, order === '' ? undefined : order);
      return r && JSON.stringify({ day_first: nullForNaN(r.dayFirst), month_first: nullForNaN(r.monthFirst), dotted: r.dotted });
    };
    const json = rows.map((row) => ({ ...row, r: row.r === null ? null : JSON.stringify(row.r) }));
    expect(json.filter((r) => r.r !== null).length).toBeGreaterThan(20);
    expect(differences(json, 'r', asStruct)).toEqual([]);
  });

  it('dates without a year, and satisfaction scores', async () => {
    const rows = await typed("kpi_date_without_year(x) AS no_year, CASE WHEN kpi_no_rating(x) THEN 'blank' ELSE kpi_score_text(x)::VARCHAR END AS score");
    expect(differences(rows, 'no_year', isDateWithoutYear)).toEqual([]);
    const score = (t: string) => {
      const v = scoreFromText(t);
      if (v === TEXT_IS_BLANK && !isPlaceholderText(t) && !isFormulaErrorText(t.trim())) return 'blank';
      return Number.isFinite(v) ? String(v) : null;
    };
    expect(differences(rows.map((r) => ({ ...r, score: r.score === null ? null : r.score === 'blank' ? 'blank' : String(Number(r.score)) })), 'score', score)).toEqual([]);
  });
});
