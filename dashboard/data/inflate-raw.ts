/**
 * The browser's raw inflate for the zip check (shared/ingest/zip-check.ts). Reading stops as
 * soon as the output passes the entry's stated size, and memory grows with what actually
 * comes out: a damaged size field costs nothing.
 */
export async function inflateInBrowser(compressed: Uint8Array, size: number): Promise<Uint8Array> {
  const stream = new Blob([compressed as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > size) {
      await reader.cancel();
      throw new Error('the entry inflates to more than its stated size');
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
