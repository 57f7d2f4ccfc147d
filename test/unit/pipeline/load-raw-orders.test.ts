import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../../shared/engine/node';
import type { Engine } from '../../../shared/engine/engine';
import { readWorkbookFile } from '../../../shared/ingest/index';
import { loadRawCsv } from '../../../shared/ingest/raw-csv-load';
import { computeKpis, loadWorkbook } from '../../../shared/pipeline/index';
import { loadRawOrders } from '../../../shared/pipeline/load-raw-orders';
import type { LoadedData } from '../../../shared/pipeline/types';
import { CSV_FIXTURES } from '../../fixtures/realworld/csv-fixtures';
import { tempFolder, type TempFolder } from '../realworld/harness';

/*
 * A CSV loaded by DuckDB's reader and typed in SQL (loadRawOrders) against the same file read
 * by our JS reader and typed in JS (loadWorkbook): the same LoadedData, the same `orders`
 * table row for row, the same KPIs per member and month, and the same issues.
 */

let folder: TempFolder;
beforeAll(() => {
  folder = tempFolder();
});
afterAll(() => folder?.remove());

/** A fresh engine per load: loading locks the engine's file access down. */
async function withEngine<T>(run: (engine: Engine) => Promise<T>): Promise<T> {
  const engine = await createNodeEngine();
  try {
    return await run(engine);
  } finally {
    await engine.close();
  }
}

const AS_OF = '2027-01-01';

async function ordersAndKpis(engine: Engine, loaded: LoadedData) {
  const orders = (await engine.query('SELECT * FROM orders ORDER BY _row')).rows;
  const kpis = await computeKpis(engine, loaded, { basis: 'natural', group: 'owner', asOf: AS_OF, from: '2000-01', to: '2026-12', perMonth: true });
  return { orders, kpis: kpis.rows, absent: kpis.absent };
}

const issueText = (i: { cell: string; code: string; severity: string; params: unknown }) => `${i.cell} ${i.severity} ${i.code} ${JSON.stringify(i.params)}`;

describe('a CSV typed in SQL loads as the JS ingest loads it', () => {
  it.each(CSV_FIXTURES)('%s', async (name, bytesOf) => {
    const bytes = bytesOf();
    const file = name.endsWith('.csv') ? name : `${name}.csv`;
    const read = readWorkbookFile(bytes, file);
    const js = await withEngine(async (engine) => {
      const loaded = await loadWorkbook(engine, read.value!);
      return { loaded, got: loaded.value ? await ordersAndKpis(engine, loaded.value) : null };
    });
    const path = folder.write(file, bytes);
    const sql = await withEngine(async (engine) => {
      const layout = await loadRawCsv(engine, 'raw', path, bytes);
      const loaded = await loadRawOrders(engine, 'raw', layout, read.value!.sheets[0].name);
      return { loaded, got: loaded.value ? await ordersAndKpis(engine, loaded.value) : null };
    });
    expect(sql.loaded.value === null).toBe(js.loaded.value === null);
    expect(sql.loaded.issues.map(issueText)).toEqual(js.loaded.issues.map(issueText));
    if (!js.loaded.value) return;
    expect(sql.loaded.value).toEqual(js.loaded.value);
    expect(sql.got!.orders).toEqual(js.got!.orders);
    expect(sql.got!.kpis).toEqual(js.got!.kpis);
    expect(sql.got!.absent).toEqual(js.got!.absent);
  });
});

describe('a CSV typed in SQL: the figures by hand', () => {
  it('two lines of one order count once, with their amounts summed, in the month it was created', async () => {
    const text = ['Order ID,Owner,Created,Due,Delivered,Amount,SKU', 'SO-1,Li Na,2026-10-01,2026-10-05,2026-10-04,100,A', 'SO-1,Li Na,2026-10-01,2026-10-05,2026-10-04,50,B', 'SO-2,Li Na,2026-10-02,2026-10-06,2026-10-08,80,A'].join('\n') + '\n';
    const bytes = new TextEncoder().encode(text);
    const path = folder.write('by-hand.csv', bytes);
    await withEngine(async (engine) => {
      const loaded = await loadRawOrders(engine, 'raw', await loadRawCsv(engine, 'raw', path, bytes), 'by-hand');
      expect(loaded.value!.rowCount).toBe(2);
      expect(loaded.value!.owners).toEqual(['Li Na']);
      const { rows } = await engine.query('SELECT order_id, amount, CAST(created AS VARCHAR) AS created FROM orders ORDER BY _row');
      expect(rows).toEqual([
        { order_id: 'SO-1', amount: 150, created: '2026-10-01 00:00:00' },
        { order_id: 'SO-2', amount: 80, created: '2026-10-02 00:00:00' },
      ]);
      const kpis = await computeKpis(engine, loaded.value!, { basis: 'natural', group: 'none', asOf: '2026-11-15', from: '2026-10', to: '2026-10' });
      // SO-1 delivered on the 4th, due the 5th: on time; SO-2 on the 8th, due the 6th: late.
      expect(kpis.rows[0].on_time_rate).toBeCloseTo(0.5, 12);
    });
  });
});
