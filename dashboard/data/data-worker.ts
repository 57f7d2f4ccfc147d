/// <reference lib="webworker" />
import { createBrowserEngine } from '../../shared/engine/browser';
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

function post(message: WorkerMessage): void {
  self.postMessage(message);
}

const progress = (step: LoadStep, fraction: number) => post({ id: -1, progress: { step, fraction } });

async function handle(request: WorkerRequest): Promise<unknown> {
  switch (request.type) {
    case 'open': {
      session = null;
      // The first view's cube is built while the facts are worked out and the page takes the
      // answer in: DuckDB would otherwise sit idle until the page asks.
      let early: Promise<KpiCube | null> | null = null;
      const prepare = request.prepare;
      const { result, loaded } = await openData(engine, request.file, request.options, progress, (db, fieldsPresent) => {
        if (prepare) early = buildCube(db, fieldsPresent, prepare.basis, prepare.asOf);
      });
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
