import type { Delimiter } from '../../shared/ingest/index';
import type { SecondHalf, SecondHalfSetup } from '../../shared/pipeline/index';

/** Messages between a data worker and its helper (half-worker.ts). */
export type HalfRequest =
  | { type: 'warm' }
  /** The second half's bytes (moved to the helper) and the file's delimiter. */
  | { type: 'parse'; bytes: Uint8Array; delimiter: Delimiter }
  /** What the first half tells about the header, once it is parsed. */
  | { type: 'setup'; setup: SecondHalfSetup };

export type HalfReply = { type: 'warm' } | { type: 'half'; half: SecondHalf };
