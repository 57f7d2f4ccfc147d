import { afterEach, describe, expect, it } from 'vitest';
import { generateOrderCells, mulberry32 } from '../../../shared/demo/index';
import type { Engine } from '../../../shared/engine/engine';
import { createNodeEngine } from '../../../shared/engine/node';
import { cutCsvInHalves, excelSerialToEpochMs, formatWallClock, readWorkbookFile } from '../../../shared/ingest/index';
import {
  ingestSecondHalf,
  loadCsvInHalves,
  loadWorkbook,
  parseHalf,
  type HalvesResult,
  type SecondHalfReader,
} from '../../../shared/pipeline/index';
import type { HeaderOverrides } from '../../../shared/pipeline/types';

/*
 * A CSV read in two halves (the dashboard's two workers, here on one thread) must give exactly
 * what the one-go read gives: the same orders table row for row, the same issues in the same
 * order with the same addresses, the same facts. Where the halves could disagree, the read
 * must say so (the dashboard then reads the file in one go).
 */

const sameThread: SecondHalfReader = {
  start(bytes, delimiter) {
    const rows = parseHalf(bytes, delimiter);
    return { ingest: async (setup) => (rows ? ingestSecondHalf(rows, setup) : { ok: false, reason: 'secondHalfUnreadable' }) };
  },
};

const engines: Engine[] = [];
afterEach(async () => {
  await Promise.all(engines.splice(0).map((e) => e.close()));
});
async function engine(): Promise<Engine> {
  const e = await createNodeEngine();
  engines.push(e);
  return e;
}

interface CsvOptions {
  rows: number;
  seed: number;
  /** Rows above the header (a title, a blank line). */
  titleRows?: boolean;
  /** Bad cells of several kinds, many in one column (past the per-column cap of issues). */
  badCells?: boolean;
  /** A note column with quoted commas, quotes and line breaks. */
  notes?: boolean;
  crlf?: boolean;
  /** A 合计 row and blank lines at the end. */
  totals?: boolean;
}

const quote = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Generated orders as a person's export could look: text date-times, 是/否, some mess. */
function ordersCsv(o: CsvOptions): string {
  const cells = generateOrderCells(o.rows, o.seed);
  const rng = mulberry32(o.seed);
  const lines: string[] = [];
  if (o.titleRows) lines.push('2025年订单明细,,,', '');
  cells.forEach((row, r) => {
    const out = row.map((v, c) => {
      if (v === null || v === '') return '';
      if (r > 0 && c >= 5 && c <= 7 && typeof v === 'number') return formatWallClock(excelSerialToEpochMs(v, false));
      return quote(String(v));
    });
    if (r > 0 && o.badCells) {
      if (rng.chance(0.5)) out[7] = 'soon'; // delivered: unreadable dates, ~half the rows (past the cap)
      if (rng.chance(0.02)) out[10] = rng.pick(['NULL', 'N/A', '-', 'abc']);
      if (rng.chance(0.01)) out[12] = '7'; // satisfaction outside 1–5
      if (rng.chance(0.01)) out[10] = '-120.5'; // a refund
      if (rng.chance(0.005)) out[0] = ''; // an order without its id
    }
    if (o.notes) out.push(r === 0 ? '备注' : rng.chance(0.1) ? quote(rng.pick(['急, 加急', 'said "ok"', 'line one\nline two', '多行\r\n备注'])) : '');
    lines.push(out.join(','));
  });
  if (o.totals) lines.push('', '合计,,,,,,,,,,12345,,,,,', '');
  return lines.join(o.crlf ? '\r\n' : '\n') + (o.crlf ? '\r\n' : '\n');
}

async function readBoth(text: string, overrides?: HeaderOverrides) {
  const bytes = new TextEncoder().encode(text);
  const read = readWorkbookFile(bytes, 'orders.csv');
  const oneGo = await loadWorkbook(await engine(), read.value!, { overrides });
  const halves = cutCsvInHalves(bytes, 0)!;
  expect(halves).not.toBeNull();
  const twoEngine = await engine();
  const twoHalves = await loadCsvInHalves(Promise.resolve(twoEngine), 'orders.csv', halves, sameThread, { overrides });
  return { oneGo: { value: oneGo.value, issues: [...read.issues, ...oneGo.issues], engine: engines[engines.length - 2] }, twoHalves, twoEngine };
}

async function expectSame(text: string, overrides?: HeaderOverrides): Promise<HalvesResult & { ok: true }> {
  const { oneGo, twoHalves, twoEngine } = await readBoth(text, overrides);
  expect(twoHalves.ok ? 'ok' : twoHalves.reason).toBe('ok');
  const halves = twoHalves as HalvesResult & { ok: true };
  expect(halves.value).toEqual(oneGo.value);
  expect(halves.issues).toEqual(oneGo.issues);
  const all = 'SELECT * FROM orders ORDER BY _row';
  const [a, b] = await Promise.all([oneGo.engine.query(all), twoEngine.query(all)]);
  expect(b.rows.length).toBe(oneGo.value!.rowCount);
  expect(b.rows).toEqual(a.rows);
  return halves;
}

describe('a CSV read in two halves', () => {
  it('gives the one-go read’s orders, facts and issues for a plain export', async () => {
    const r = await expectSame(ordersCsv({ rows: 3000, seed: 11 }));
    expect(r.value.rowCount).toBe(3000);
    expect(r.rows).toBe(3001); // header + orders
  });

  it('…with title rows, CRLF, quoted notes holding commas, quotes and line breaks, a totals row and blank lines', async () => {
    const r = await expectSame(ordersCsv({ rows: 2000, seed: 12, titleRows: true, crlf: true, notes: true, totals: true }));
    expect(r.value.rowCount).toBe(2000);
    expect(r.issues.some((i) => i.code === 'totalsRowSkipped')).toBe(true);
  });

  it('…with bad cells in both halves: the per-column cap of 1,000 listed issues counts across the cut', async () => {
    const r = await expectSame(ordersCsv({ rows: 4000, seed: 13, badCells: true }));
    const delivered = r.issues.filter((i) => i.cell.startsWith('H') && i.severity !== 'info');
    expect(delivered.length).toBe(1000);
    const more = r.issues.find((i) => i.code === 'moreLikeThis' && i.params.column === 'H');
    // ~2,000 unreadable delivered dates: 1,000 listed, the rest counted in one issue.
    expect(Number(more?.params.count)).toBeGreaterThan(800);
    // Issues of the second half carry its own rows' addresses: some are past row 2000.
    expect(r.issues.some((i) => /^[A-Z]+(\d+)$/.test(i.cell) && Number(/\d+$/.exec(i.cell)![0]) > 2500)).toBe(true);
  });

  it('…with the user’s own mapping', async () => {
    await expectSame(ordersCsv({ rows: 1500, seed: 14 }), { satisfaction: '', amount: '' });
  });

  it('…with ids in no order (an export sorted by date)', async () => {
    const lines = ordersCsv({ rows: 3000, seed: 21 }).split('\n');
    const [header, ...body] = lines.slice(0, -1);
    body.reverse(); // ids descend
    await expectSame([header, ...body, ''].join('\n'));
  });

  it('reads in one go when ids repeat within a half (lines or a history are decided for the whole sheet)', async () => {
    const lines = ordersCsv({ rows: 3000, seed: 21 }).split('\n');
    lines[2800] = lines[2800].replace(/^DD\d+/, lines[2500].split(',')[0]);
    const { oneGo, twoHalves } = await readBoth(lines.join('\n'));
    expect(oneGo.value?.rowCount).toBe(2999);
    expect(twoHalves).toEqual({ ok: false, reason: 'idsRepeatInSecondHalf' });
  });

  it('reads in one go when an order id repeats across the cut', async () => {
    const lines = ordersCsv({ rows: 2000, seed: 15 }).split('\n');
    lines[1900] = lines[1900].replace(/^DD\d+/, 'DD0000005');
    const { oneGo, twoHalves } = await readBoth(lines.join('\n'));
    expect(oneGo.value?.rowCount).toBe(1999);
    expect(twoHalves).toEqual({ ok: false, reason: 'idRepeatsAcrossCut' });
  });

  it('reads in one go when the cut falls inside a quoted field', async () => {
    const lines = ordersCsv({ rows: 2000, seed: 16 }).split('\n');
    // One order carries a note of 200,000 short lines in quotes: the middle of the file is in it.
    lines[1000] += ',"' + 'x\n'.repeat(200_000) + 'end"';
    const { oneGo, twoHalves } = await readBoth(lines.join('\n'));
    expect(oneGo.value?.rowCount).toBe(2000);
    expect(twoHalves).toEqual({ ok: false, reason: 'cutInsideQuotes' });
  });

  it('reads in one go when the second half’s first order continues the first half’s last (line items)', async () => {
    const lines = ordersCsv({ rows: 2000, seed: 17 }).split('\n');
    const cut = cutCsvInHalves(new TextEncoder().encode(lines.join('\n')), 0)!;
    const before = new TextDecoder().decode(cut.first).split('\n').length - 2; // index of the line before the cut
    const cells = (i: number) => lines[i].split(',');
    // The line before the cut was created at 10:30; the line after has no id and the very same
    // created date-time: the export's further line item of that order (counted once).
    const last = cells(before);
    last[5] = '2025-06-01 10:30';
    const next = cells(before + 1);
    next[0] = '';
    next[5] = '2025-06-01 10:30';
    lines[before] = last.join(',');
    lines[before + 1] = next.join(',');
    const { oneGo, twoHalves } = await readBoth(lines.join('\n'));
    expect(oneGo.issues.filter((i) => i.code === 'orderLinesCombined').map((i) => i.params)).toEqual([{ orders: 2000 - 1, rows: 2000 }]);
    expect(twoHalves).toEqual({ ok: false, reason: 'lineItemAtCut' });
  });

  it('reads in one go when a yes/no column can be read in one half only', async () => {
    const lines = ordersCsv({ rows: 2000, seed: 18 }).split('\n');
    // 是否投诉 (last column) says "Within SLA" in every row of the first half: unreadable there only.
    for (let i = 1; i < 1000; i++) lines[i] = lines[i].replace(/,[^,]*$/, ',Within SLA');
    const { oneGo, twoHalves } = await readBoth(lines.join('\n'));
    expect(oneGo.value?.fieldsPresent).toContain('complaint');
    expect(twoHalves).toEqual({ ok: false, reason: 'fieldsDiffer' });
  });

  it('reads in one go when a half is not UTF-8 (a GBK export)', async () => {
    const bytes = new TextEncoder().encode(ordersCsv({ rows: 500, seed: 19 }));
    const halves = cutCsvInHalves(bytes, 0)!;
    const second = new Uint8Array(halves.second);
    second[10] = 0xc4; // a GBK lead byte followed by ASCII: not UTF-8
    const r = await loadCsvInHalves(engine(), 'orders.csv', { ...halves, second }, sameThread);
    expect(r).toEqual({ ok: false, reason: 'secondHalfUnreadable' });
  });

  it('is not offered for small files, UTF-16 files, or files with too few lines to find the delimiter', () => {
    const text = ordersCsv({ rows: 100, seed: 20 });
    expect(cutCsvInHalves(new TextEncoder().encode(text))).toBeNull(); // under 16 MB
    const utf16 = new Uint8Array([0xff, 0xfe, ...new TextEncoder().encode(text)]);
    expect(cutCsvInHalves(utf16, 0)).toBeNull();
    expect(cutCsvInHalves(new TextEncoder().encode('a,b\n1,2\n3,4\n'), 0)).toBeNull();
  });
});
