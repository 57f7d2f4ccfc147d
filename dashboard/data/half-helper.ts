import type { Delimiter } from '../../shared/ingest/index';
import type { SecondHalf, SecondHalfReader, SecondHalfSetup } from '../../shared/pipeline/index';
import type { HalfReply, HalfRequest } from './half-protocol';

/**
 * The data worker's side of its helper worker (half-worker.ts): reads the second half of a big
 * CSV on the machine's other core. One half per helper: it is terminated once it has answered
 * (or with the data worker).
 */
export class HalfHelper implements SecondHalfReader {
  private readonly worker: Worker;
  private warmed: (() => void) | null = null;
  private answered: ((half: SecondHalf) => void) | null = null;
  private done = false;

  constructor() {
    this.worker = new Worker(new URL('./half-worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<HalfReply>) => {
      const reply = event.data;
      if (reply.type === 'warm') this.warmed?.();
      else {
        // One half per helper: its heap (the half's cells) goes at once.
        this.done = true;
        this.worker.terminate();
        this.answered?.(reply.half);
      }
    };
    // A helper that fails is a half that could not be read: the file is read in one go instead.
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.done = true;
      this.worker.terminate();
      this.warmed?.();
      this.answered?.({ ok: false, reason: event.message || 'helperFailed' });
    };
  }

  /** It has read its half and is gone: another file needs a new helper. */
  get spent(): boolean {
    return this.done;
  }

  private send(message: HalfRequest, transfer: Transferable[] = []): void {
    this.worker.postMessage(message, transfer);
  }

  /** Optimises the helper's parse and ingest on generated orders; resolves when done. */
  warm(): Promise<void> {
    return new Promise((resolve) => {
      this.warmed = resolve;
      this.send({ type: 'warm' });
    });
  }

  start(bytes: Uint8Array, delimiter: Delimiter): { ingest(setup: SecondHalfSetup): Promise<SecondHalf> } {
    const half = new Promise<SecondHalf>((resolve) => (this.answered = resolve));
    // The half's own copy, moved to the helper: the data worker keeps only the first half.
    const own = bytes.slice();
    this.send({ type: 'parse', bytes: own, delimiter }, [own.buffer]);
    return {
      ingest: (setup) => {
        this.send({ type: 'setup', setup });
        return half;
      },
    };
  }
}
