import type { LoadStep, WorkerMessage, WorkerReplies, WorkerRequest } from './protocol';

export type ProgressListener = (step: LoadStep, fraction: number) => void;

/**
 * What the page asks its data through: a file in a data worker (WorkerDataClient) or a
 * database behind the local data server (server-client.ts). Each request is a promise;
 * `close()` lets go of the data.
 */
export interface DataClient {
  listen(onProgress: ProgressListener): void;
  request<T extends WorkerRequest>(request: T): Promise<WorkerReplies[T['type']]>;
  close(): void;
}

/**
 * The page's side of the data worker: `close()` terminates the worker and with it every byte
 * of the file it held.
 */
export class WorkerDataClient implements DataClient {
  private readonly worker: Worker;
  private next = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private closed = false;

  constructor(private onProgress: ProgressListener = () => undefined) {
    this.worker = new Worker(new URL('./data-worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<WorkerMessage>) => this.receive(event.data);
    this.worker.onerror = (event) => this.failAll(new Error(event.message || 'data worker failed'));
  }

  /** Who hears the load's progress (a spare client gets its listener when it is taken). */
  listen(onProgress: ProgressListener): void {
    this.onProgress = onProgress;
  }

  private receive(message: WorkerMessage): void {
    if ('progress' in message) {
      this.onProgress(message.progress.step, message.progress.fraction);
      return;
    }
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id);
    if (message.ok) waiting.resolve(message.value);
    else waiting.reject(new Error(message.error));
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  request<T extends WorkerRequest>(request: T): Promise<WorkerReplies[T['type']]> {
    if (this.closed) return Promise.reject(new Error('closed'));
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, request });
    });
  }

  close(): void {
    this.closed = true;
    this.worker.terminate();
    this.failAll(new Error('closed'));
  }
}
