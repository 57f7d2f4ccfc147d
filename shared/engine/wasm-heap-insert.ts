import type { DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import type { ArrowIpcStream } from './arrow-ipc';

/** The parts of duckdb-wasm's Emscripten module an in-heap insert needs. */
interface DuckModule {
  HEAPU8: Uint8Array;
  HEAPF64: Float64Array;
  _malloc(bytes: number): number;
  _free(pointer: number): void;
  stackSave(): number;
  stackAlloc(bytes: number): number;
  stackRestore(pointer: number): void;
  ccall(name: string, returns: null, types: string[], args: unknown[]): void;
}

/**
 * Heap room made before an insert, per byte of the stream: the stream itself plus the table
 * DuckDB builds from it (1M demo orders: a 195 MB stream, 480 MB of heap after the insert).
 */
const HEAP_ROOM_PER_STREAM_BYTE = 3;

/**
 * Grows the wasm heap in one step to fit the coming insert, if it has not the room already.
 * Left to itself the heap grows ~20% at a time while DuckDB fills the table, and each step
 * hands V8 a new ArrayBuffer of the whole heap, which set off a full garbage collection
 * each time: the first 1M-order load into a new engine took 2.4 s with six of them, 1.3 s
 * after one step (a warm load: 0.8 s). Pages that are never written cost no memory.
 */
function makeHeapRoom(mod: DuckModule, bytes: number): void {
  const room = mod._malloc(bytes);
  if (room) mod._free(room);
}

function duckModuleOf(bindings: unknown): DuckModule | null {
  const mod = (bindings as { mod?: Partial<DuckModule> } | null)?.mod;
  const needed = ['_malloc', '_free', 'stackSave', 'stackAlloc', 'stackRestore', 'ccall'] as const;
  return mod && needed.every((name) => typeof mod[name] === 'function') ? (mod as DuckModule) : null;
}

/**
 * Inserts an Arrow IPC stream by writing it straight into duckdb-wasm's heap, then calling
 * the same C function `insertArrowFromIPCStream` calls. The public method takes a JS buffer
 * and copies it into the heap; on 1M orders (~170 MB of stream) skipping that buffer saved
 * ~0.1 s of copying and page faults on the main thread and ~1 s of V8 garbage collection on
 * its helper threads, which the big short-lived buffers set off (Node, 2 cores). It uses duckdb-wasm 1.32's module internals (the
 * Emscripten heap and `ccall`), so it runs only when they are there: otherwise it returns
 * false and the caller uses the public method. The engine suite covers both paths' results.
 */
export function insertInWasmHeap(conn: DuckDBConnection, stream: ArrowIpcStream, table: string): boolean {
  return conn.useUnsafe((bindings, connection) => {
    const mod = duckModuleOf(bindings);
    if (!mod) return false;
    makeHeapRoom(mod, stream.maxByteLength * HEAP_ROOM_PER_STREAM_BYTE);
    const pointer = mod._malloc(stream.maxByteLength);
    if (!pointer) throw new Error(`Out of memory: could not allocate ${stream.maxByteLength} bytes for the data`);
    try {
      // Read HEAPU8 after malloc: growing the heap replaces the array.
      const byteLength = stream.writeInto(mod.HEAPU8, pointer);
      const stack = mod.stackSave();
      try {
        // The C function writes {status, data, size} as three doubles into a result slot.
        const result = mod.stackAlloc(3 * 8);
        const options = JSON.stringify({ name: table, create: false });
        mod.ccall(
          'duckdb_web_insert_arrow_from_ipc_stream',
          null,
          ['number', 'number', 'number', 'number', 'string'],
          [result, connection, pointer, byteLength, options],
        );
        const [status, data, size] = mod.HEAPF64.subarray(result >> 3, (result >> 3) + 3);
        if (status !== 0) throw new Error(new TextDecoder().decode(mod.HEAPU8.subarray(data, data + size)));
      } finally {
        mod.stackRestore(stack);
      }
    } finally {
      mod._free(pointer);
    }
    return true;
  });
}
