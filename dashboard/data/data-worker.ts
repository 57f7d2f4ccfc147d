/// <reference lib="webworker" />
import { createBrowserEngine } from '../../shared/engine/browser';
import { generateOrderCells } from '../../shared/demo/index';
import { ingestOrders } from '../../shared/ingest/index';
import type { Engine } from '../../shared/engine/index';
import { DataSession } from './data-session';
import { buildCube, type KpiCube } from './kpi-cube';
import { openData } from './open-data';
import { ENGINE_TIMEOUT, type LoadStep, type WorkerMessage, type WorkerRequest } from './protocol';

/*
 * The data worker: one per opened file. Opening another file terminates this worker (and the
 * DuckDB worker it started), which is how the memory of the previous file is given back —
 * WebAssembly memory never shrinks while its instance lives.
 */
declare const self: DedicatedWorkerGlobalScope;

const ENGINE_START_LIMIT_MS = 120_000;

// DuckDB starts loading at once, while the file is read and parsed.
const engine: Promise<Engine> = Promise.race([
  createBrowserEngine(),
  new Promise<never>((_, reject) => setTimeout(() => reject(new Error(ENGINE_TIMEOUT)), ENGINE_START_LIMIT_MS)),
]);
let session: DataSession | null = null;

/** The warm-up, when this is a spare worker: an open waits for it (it uses the table `orders`). */
let warming: Promise<void> = Promise.resolve();

/** Generated orders for the warm-up: enough for the engine's hot paths to get optimised. */
const WARM_UP_ORDERS = 20_000;

/**
 * A spare worker, started ahead of the next open, loads and summarises a few generated orders
 * and throws them away: the browser compiles WebAssembly and JS cheaply first and optimises
 * what runs hot, so the real file's insert and KPI cube then run optimised code from the start
 * (1M-row CSV: DuckDB's insert 1.3–1.5 s → 0.6–0.9 s). The generated table is the same shape as any
 * orders table (every field is a column, mapped or not).
 */
async function warmUp(db: Engine): Promise<void> {
  const sheet = { name: 'warm-up', values: generateOrderCells(WARM_UP_ORDERS), origin: { row: 0, col: 0 } };
  const orders = ingestOrders(sheet, { date1904: false, headerRow: 0 }).value;
  if (!orders) return;
  await db.loadTable('orders', orders.table);
  await buildCube(db, orders.fieldsPresent, 'natural', '2026-01-01');
  await db.query('DROP TABLE orders');
}

function post(message: WorkerMessage): void {
  self.postMessage(message);
}

const progress = (step: LoadStep, fraction: number) => post({ id: -1, progress: { step, fraction } });

async function handle(request: WorkerRequest): Promise<unknown> {
  switch (request.type) {
    case 'ready':
      warming = engine.then(warmUp).then(
        () => undefined,
        () => undefined,
      );
      await warming;
      await engine; // a DuckDB that did not start is this request's error
      return null;
    case 'open': {
      session = null;
      // The first view's cube is built while the facts are worked out and the page takes the
      // answer in: DuckDB would otherwise sit idle until the page asks.
      let early: Promise<KpiCube | null> | null = null;
      const prepare = request.prepare;
      const ready = engine.then(async (db) => {
        await warming;
        return db;
      });
      ready.catch(() => undefined); // openData reports a DuckDB that did not start, when it gets that far
      const { result, loaded } = await openData(
        ready,
        request.file,
        request.options,
        progress,
        (db, fieldsPresent) => {
          if (prepare) early = buildCube(db, fieldsPresent, prepare.basis, prepare.asOf);
        },
      );
      if (loaded) {
        progress('summary', 0.92);
        session = new DataSession(await engine, loaded);
        if (early && prepare) session.adoptCube(prepare.basis, prepare.asOf, early);
      }
      return result;
    }
    case 'view':
      if (!session) throw new Error('no data loaded');
      return session.view(request.question);
    case 'table':
      if (!session) throw new Error('no data loaded');
      return session.table(request.question);
    case 'behind':
      if (!session) throw new Error('no data loaded');
      return session.behind(request.question, request.cell);
    case 'behindRows':
      if (!session) throw new Error('no data loaded');
      return session.behindRows(request.start, request.end);
  }
}

self.onmessage = (event: MessageEvent<{ id: number; request: WorkerRequest }>) => {
  const { id, request } = event.data;
  handle(request).then(
    (value) => post({ id, ok: true, value }),
    (error: unknown) => post({ id, ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
};
