/*
 * CRC-32 (the zip format's checksum, polynomial 0xEDB88320). Neither Node 20 (zlib.crc32 came
 * in 22.2) nor the browser offers one, and SheetJS does not check it: a bit flipped inside a
 * workbook's compressed data reads as other numbers, silently.
 */
const TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** The CRC-32 of the bytes, as an unsigned 32-bit number (as the zip headers store it). */
export function crc32(bytes: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
