import { Worker } from 'node:worker_threads';
import type { FileResult } from '../shared/ingest/index';
import type { ReadRequest } from './read-worker';
import { unpackFileResult, type PackedFileResult } from './workbook-transfer';

const READ_WORKER = new URL('./read-worker-boot.mjs', import.meta.url);

function failed(fileName: string, code: string, params: Record<string, string | number>): FileResult {
  return { value: null, issues: [{ sheet: fileName, cell: '', severity: 'error', code, params: { file: fileName, ...params } }] };
}

/**
 * Reads a workbook in a worker thread, giving up after `limitMs`: the worker is ended (SheetJS
 * with it, wherever it was) and the result says the file took too long. The bytes are moved to
 * the worker when they fill their buffer (a big file is not held twice). `script` is the worker
 * to start; a test passes one that never finishes.
 */
export function readSpreadsheetInWorker(bytes: Uint8Array, fileName: string, limitMs: number, script: URL = READ_WORKER): Promise<FileResult> {
  return new Promise((resolve) => {
    const request: ReadRequest = { bytes, fileName };
    const whole = bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    const worker = new Worker(script, { workerData: request, transferList: whole ? [bytes.buffer as ArrayBuffer] : [] });
    let settled = false;
    const settle = (result: FileResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const seconds = Math.round(limitMs / 100) / 10;
    const timer = setTimeout(() => settle(failed(fileName, 'cliReadTimedOut', { seconds })), limitMs);
    worker.once('message', (packed: PackedFileResult) => settle(unpackFileResult(packed)));
    // Out of memory, or a bug: the file could not be read, said plainly (the reason for the curious).
    worker.once('error', (e) => settle(failed(fileName, 'fileUnreadable', { detail: e.message })));
    worker.once('exit', (code) => settle(failed(fileName, 'fileUnreadable', { detail: `the read worker exited (${code})` })));
  });
}
