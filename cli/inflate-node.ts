import { inflateRawSync } from 'node:zlib';

/**
 * zlib's raw inflate for the zip check, refusing output past the entry's stated size: an entry
 * that inflates to more than its header says is damage (or a zip bomb), not work to do.
 */
export function inflateInNode(compressed: Uint8Array, size: number): Uint8Array {
  return inflateRawSync(compressed, { maxOutputLength: Math.max(1, size) });
}
