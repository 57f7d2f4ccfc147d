/// <reference lib="webworker" />
import { generateOrderCells, ORDER_HEADERS } from '../../shared/demo/index';
import { ingestSecondHalf, parseHalf, type SecondHalf, type SecondHalfSetup } from '../../shared/pipeline/index';
import type { CellValue } from '../../shared/schema/index';
import type { HalfReply, HalfRequest } from './half-protocol';

/*
 * The helper of a data worker: parses and ingests the second half of a big CSV while the data
 * worker does the first (shared/pipeline/orders-in-halves.ts), and sends back its orders in
 * Arrow — one buffer, moved, not copied — with their facts and issues.
 */
declare const self: DedicatedWorkerGlobalScope;

/** undefined: no half parsed yet; null: the half could not be read. */
let rows: CellValue[][] | null | undefined;
let setup: SecondHalfSetup | undefined;

function reply(message: HalfReply, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

/** Ingest once both the rows and the first half's setup are here (they come in either order). */
function ingestWhenReady(): void {
  if (rows === undefined || setup === undefined) return;
  const half: SecondHalf = rows === null ? { ok: false, reason: 'secondHalfUnreadable' } : ingestSecondHalf(rows, setup);
  rows = undefined;
  setup = undefined;
  reply({ type: 'half', half }, half.ok ? [half.batch.buffer, ...(half.ids.keys ? [half.ids.keys.buffer] : [])] : []);
}

/**
 * Runs the parse and ingest once on a few generated orders, so the browser has optimised them
 * before a real file's half arrives (a spare data worker asks for this while the user picks).
 */
function warmUp(): void {
  const cells = generateOrderCells(5_000);
  const text = cells.map((row) => row.map((v) => (v === null ? '' : String(v))).join(',')).join('\n') + '\n';
  const parsed = parseHalf(new TextEncoder().encode(text), ',');
  if (parsed) ingestSecondHalf(parsed.slice(1), { sheetName: 'warm-up', rowsBefore: 1, headers: [...ORDER_HEADERS] });
}

self.onmessage = (event: MessageEvent<HalfRequest>) => {
  const message = event.data;
  try {
    if (message.type === 'warm') {
      warmUp();
      reply({ type: 'warm' });
    } else if (message.type === 'parse') {
      rows = parseHalf(message.bytes, message.delimiter);
      ingestWhenReady();
    } else {
      setup = message.setup;
      ingestWhenReady();
    }
  } catch (error) {
    rows = undefined;
    setup = undefined;
    reply({ type: 'half', half: { ok: false, reason: error instanceof Error ? error.message : String(error) } });
  }
};
