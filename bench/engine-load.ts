/**
 * How fast each Node engine loads a typed table: 1M rows × 12 columns (5 text, 3 date,
 * 3 number, 1 bool), median of 3, native DuckDB (appender) and duckdb-wasm (Arrow IPC through
 * insertArrowFromIPCStream) in turn. Prints the Arrow-building share and the whole loadTable.
 * Run: npx tsx bench/engine-load.ts [rows]
 */
import { arrowStreams } from '../shared/engine/arrow-batches';
import { arrowIpcBytes, arrowIpcStream } from '../shared/engine/arrow-ipc';
import type { Engine } from '../shared/engine/engine';
import { createNodeEngine, createNodeWasmEngine } from '../shared/engine/node';
import { LOAD_BATCH_ROWS } from '../shared/engine/open-engine';
import type { ColumnTable } from '../shared/schema/columns';

const DAY_MS = 86_400_000;

function ordersTable(rowCount: number): ColumnTable {
  const text = (make: (i: number) => string | null) => ({ kind: 'text' as const, values: Array.from({ length: rowCount }, (_, i) => make(i)) });
  const numbers = (make: (i: number) => number, nullEvery: number) => {
    const values = new Float64Array(rowCount);
    const valid = new Uint8Array(rowCount);
    for (let i = 0; i < rowCount; i++) {
      values[i] = make(i);
      valid[i] = i % nullEvery === 0 ? 0 : 1;
    }
    return { values, valid };
  };
  const start = Date.UTC(2024, 0, 1);
  return {
    rowCount,
    columns: {
      order_id: text((i) => `SO-${1_000_000 + i}`),
      owner: text((i) => `员工${i % 30}`),
      team: text((i) => ['跟单', '售后', '外贸', '团购', '销售'][i % 5]),
      customer: text((i) => (i % 13 === 0 ? null : `Customer ${i % 997}`)),
      status: text((i) => ['done', 'open', 'cancelled'][i % 3]),
      created: { kind: 'date', ...numbers((i) => start + (i % 730) * DAY_MS + (i % 86_400) * 1000, 1_000_000_000) },
      due: { kind: 'date', ...numbers((i) => start + ((i % 730) + 7) * DAY_MS, 50) },
      delivered: { kind: 'date', ...numbers((i) => start + ((i % 730) + (i % 11)) * DAY_MS, 4) },
      amount: { kind: 'number', ...numbers((i) => (i % 1000) * 1.5, 20) },
      satisfaction: { kind: 'number', ...numbers((i) => 1 + (i % 5), 3) },
      errors: { kind: 'number', ...numbers((i) => i % 2, 9) },
      resolved: { kind: 'bool', values: Uint8Array.from({ length: rowCount }, (_, i) => i % 2), valid: new Uint8Array(rowCount).fill(1) },
    },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main() {
  const rowCount = Number(process.argv[2] ?? 1_000_000);
  const table = ordersTable(rowCount);
  const byColumn = Object.entries(table.columns).map(([name, column]) => {
    const started = performance.now();
    arrowIpcBytes(arrowIpcStream({ rowCount, columns: { [name]: column } }, 0, rowCount));
    return `${name} ${(performance.now() - started).toFixed(0)}`;
  });
  console.log(`arrow stream bytes by column (ms): ${byColumn.join(', ')}`);
  const engines: Record<string, () => Promise<Engine>> = { native: createNodeEngine, wasm: createNodeWasmEngine };
  for (const [name, create] of Object.entries(engines)) {
    const engine = await create();
    const buildMs: number[] = [];
    const loadMs: number[] = [];
    for (let run = 0; run < 3; run++) {
      let started = performance.now();
      let bytes = 0;
      if (name === 'wasm') for (const stream of arrowStreams(table, LOAD_BATCH_ROWS)) bytes += arrowIpcBytes(stream).byteLength;
      buildMs.push(performance.now() - started);
      started = performance.now();
      await engine.loadTable('orders', table);
      loadMs.push(performance.now() - started);
      const arrow = name === 'wasm' ? `arrow ${buildMs[run].toFixed(0)} ms (${(bytes / 1e6).toFixed(0)} MB IPC), ` : '';
      console.log(`${name} run ${run + 1}: ${arrow}loadTable ${loadMs[run].toFixed(0)} ms`);
    }
    const { rows } = await engine.query('SELECT count(*) AS n FROM orders');
    if (rows[0].n !== rowCount) throw new Error(`loaded ${String(rows[0].n)} rows, expected ${rowCount}`);
    await engine.close();
    const load = median(loadMs);
    const arrow = name === 'wasm' ? `batch ${LOAD_BATCH_ROWS}: arrow build median ${median(buildMs).toFixed(0)} ms, ` : '';
    console.log(`${name}, rows ${rowCount}: ${arrow}loadTable median ${load.toFixed(0)} ms, ${Math.round(rowCount / (load / 1000)).toLocaleString('en')} rows/s`);
  }
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

await main();
