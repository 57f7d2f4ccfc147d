import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { inflateInBrowser } from '../../../dashboard/data/inflate-raw';
import { checkZip } from '../../../shared/ingest/index';
import { soundWorkbooks } from '../ingest/zip-fixtures';

/* The dashboard's inflater for the zip check (DecompressionStream, which Node has too). */

describe('inflateInBrowser', () => {
  const text = new TextEncoder().encode('Order ID,Owner\n'.repeat(5_000));
  const deflated = new Uint8Array(deflateRawSync(text));

  it('gives the bytes back', async () => {
    await expect(inflateInBrowser(deflated, text.length)).resolves.toEqual(text);
  });

  it('fails on deflate data cut short, and stops once past the stated size', async () => {
    await expect(inflateInBrowser(deflated.subarray(0, deflated.length >> 1), text.length)).rejects.toThrow();
    await expect(inflateInBrowser(deflated, 1_000)).rejects.toThrow('more than its stated size');
  });

  it('passes the sound workbooks, as zlib does', async () => {
    for (const [shape, zip] of Object.entries(soundWorkbooks())) expect(await checkZip(zip, inflateInBrowser), shape).toBeNull();
  });
});
