import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../../shared/engine/node';
import type { Engine } from '../../../shared/engine/engine';
import { parseDelimitedText } from '../../../shared/ingest/delimited-text';
import { csvHasEmptyLines, csvHasWrappedCells } from '../../../shared/ingest/raw-csv';
import { loadRawCsv } from '../../../shared/ingest/raw-csv-load';
import type { CellValue } from '../../../shared/schema/workbook';
import * as columnContents from '../../fixtures/realworld/column-contents';
import * as linesAndHistory from '../../fixtures/realworld/lines-and-history';
import { northwindOrdersCsv } from '../../fixtures/realworld/northwind';
import { olistOrdersCsv } from '../../fixtures/realworld/olist';
import { shopifyOrdersCsv } from '../../fixtures/realworld/shopify';
import { zendeskTicketsCsv } from '../../fixtures/realworld/zendesk';
import { tempFolder, type TempFolder } from '../realworld/harness';

/*
 * The raw table DuckDB's read_csv makes holds, at each record's index, the texts our own CSV
 * reader reads there: the differential check over every CSV fixture, and by hand over a file
 * with what moves row numbers (title rows, empty lines, line breaks inside quotes).
 */

let engine: Engine;
let folder: TempFolder;
beforeAll(async () => {
  engine = await createNodeEngine();
  folder = tempFolder();
}, 120_000);
afterAll(async () => {
  await engine?.close();
  folder?.remove();
});

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The raw table as rows of texts, by record index (missing records: undefined). */
async function rawRows(name: string, bytes: Uint8Array): Promise<(string | null)[][]> {
  const path = folder.write(name, bytes);
  const layout = await loadRawCsv(engine, 'raw', path, bytes);
  const { rows } = await engine.query('SELECT * FROM raw ORDER BY _rec');
  const out: (string | null)[][] = [];
  for (const row of rows) out[Number(row._rec)] = Array.from({ length: layout.width }, (_, c) => row[`c${c}`] as string | null);
  return out;
}

/** Our reader's cell as DuckDB's text would be: numbers written back, blanks as NULL. */
function asText(v: CellValue | undefined): string | null {
  if (v === undefined || v === null || v === '') return null;
  return String(v);
}

function differences(js: CellValue[][], raw: (string | null)[][]): string[] {
  const out: string[] = [];
  for (let r = 0; r < js.length; r++) {
    const blank = js[r].every((v) => asText(v) === null);
    if (blank) continue; // empty records: no row in DuckDB's table (their numbers are kept)
    const width = Math.max(js[r].length, raw[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const want = asText(js[r][c]);
      const got = raw[r]?.[c] ?? null;
      const same = got === want || (typeof js[r][c] === 'number' && Number(got) === js[r][c]);
      if (!same) out.push(`record ${r} column ${c}: DuckDB ${JSON.stringify(got)}, ours ${JSON.stringify(want)}`);
    }
  }
  return out;
}

describe('a CSV as a raw table through read_csv', () => {
  it('keeps the record index of every record: title rows, empty lines and quoted line breaks', async () => {
    const text = '\nMonthly export\n\nOrder,Note,Amount\nA1,"two\n\nlines",12\n\n="007",plain,"1,234"\nA3,"say ""hi""",\n';
    const raw = await rawRows('shape.csv', utf8(text));
    expect(raw[3]).toEqual(['Order', 'Note', 'Amount']);
    expect(raw[4]).toEqual(['A1', 'two\n\nlines', '12']);
    expect(raw[6]).toEqual(['007', 'plain', '1,234']);
    expect(raw[7]).toEqual(['A3', 'say "hi"', null]);
    expect(raw[1]).toEqual(['Monthly export', null, null]);
    expect(raw.filter(Boolean)).toHaveLength(5);
    expect(differences(parseDelimitedText(text), raw)).toEqual([]);
  });

  it('sees empty lines in the bytes, CRLF ones too', () => {
    expect(csvHasEmptyLines(utf8('a\nb\n'))).toBe(false);
    expect(csvHasEmptyLines(utf8('a\r\nb\r\n'))).toBe(false);
    expect(csvHasEmptyLines(utf8('a\r\n\r\nb'))).toBe(true);
    expect(csvHasEmptyLines(utf8('\na'))).toBe(true);
    expect(csvHasEmptyLines(utf8('a\n\n'))).toBe(true);
  });

  it('sees ="…" cells in the bytes (only then are cells unwrapped)', async () => {
    expect(csvHasWrappedCells(utf8('a,b\n="007",x\n'))).toBe(true);
    expect(csvHasWrappedCells(utf8('a,b\n1+1=2,x\n007,"y=1"\n'))).toBe(false);
    // A lone = stays as written.
    const raw = await rawRows('plain.csv', utf8('Order,Note\nA1,x=1\nA2,"="\n'));
    expect(raw.slice(1)).toEqual([['A1', 'x=1'], ['A2', '=']]);
  });

  // Over the parallel reader's 32 MB buffers, so several threads read parts of the file: the
  // rowid numbers the records in file order (DuckDB keeps insertion order).
  it('numbers the records of a file read in parallel parts in file order (45 MB)', async () => {
    const lines = ['Id,Pad'];
    const pad = 'x'.repeat(90);
    for (let i = 1; i <= 480_000; i++) lines.push(`R${i},${pad}`);
    const bytes = utf8(lines.join('\n') + '\n');
    expect(bytes.length).toBeGreaterThan(45_000_000);
    await loadRawCsv(engine, 'raw', folder.write('big.csv', bytes), bytes);
    const { rows } = await engine.query(`SELECT count(*) AS n, count(*) FILTER (WHERE c0 <> 'R' || _rec) AS misplaced, max(_rec) AS last FROM raw WHERE _rec > 0`);
    expect(rows[0]).toEqual({ n: 480_000, misplaced: 0, last: 480_000 });
  }, 120_000);

  const csvFixtures: [string, () => Uint8Array][] = [
    ...Object.entries({ ...columnContents, ...linesAndHistory }).filter(([name, f]) => name.endsWith('Csv') && typeof f === 'function') as [string, () => Uint8Array][],
    ['northwind', northwindOrdersCsv],
    ['olist', olistOrdersCsv],
    ['shopify', shopifyOrdersCsv],
    ['zendesk', zendeskTicketsCsv],
  ];

  it.each(csvFixtures)('%s: the same texts at the same records as our reader', async (name, bytes) => {
    const b = bytes();
    const raw = await rawRows(`${name}.csv`, b);
    const js = parseDelimitedText(new TextDecoder().decode(b));
    expect(raw.filter(Boolean).length).toBeGreaterThan(2);
    expect(differences(js, raw)).toEqual([]);
  });
});
