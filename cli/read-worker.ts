import { parentPort, workerData } from 'node:worker_threads';
import { damagedZipIssue, readWorkbookFile } from '../shared/ingest/index';
import { inflateInNode } from './inflate-node';
import { packFileResult, transferablesOf } from './workbook-transfer';

/*
 * The read worker (started by read-in-worker.ts): a workbook read where it can be stopped.
 * SheetJS runs synchronously and, on a file no check foresaw, may never return; only a thread
 * can be ended from outside. The zip is checked first (sizes and CRCs with zlib), so a file
 * cut short or bit-flipped is a message at once rather than a wait for the time limit.
 */
export interface ReadRequest {
  bytes: Uint8Array;
  fileName: string;
}

const { bytes, fileName } = workerData as ReadRequest;
const damaged = await damagedZipIssue(bytes, fileName, inflateInNode);
const packed = packFileResult(damaged ? { value: null, issues: [damaged] } : readWorkbookFile(bytes, fileName));
parentPort!.postMessage(packed, transferablesOf(packed));
