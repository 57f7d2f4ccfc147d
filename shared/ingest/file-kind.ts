/*
 * What a file is, from its first bytes rather than its name: people rename files, and a PNG or
 * a web page saved as "report.xlsx" must get a clear message, not a parser's stack trace.
 */
export type FileKind = 'zip' | 'ole' | 'text' | 'html' | 'image' | 'pdf' | 'binary';

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Share of control bytes (other than tab, CR, LF, form feed) above which data is binary. */
const BINARY_SHARE = 0.01;

export function sniffFileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || // PNG
    startsWith(bytes, [0xff, 0xd8, 0xff]) || // JPEG
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) || // GIF
    startsWith(bytes, [0x42, 0x4d]) // BMP
  ) {
    return 'image';
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  // UTF-16 text (Excel's "Unicode text" export) has a BOM and many zero bytes.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'text';
  const head = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of head) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  if (control > head.length * BINARY_SHARE) return 'binary';
  const start = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).replace(/^\uFEFF|^ï»¿/, '').trimStart().toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || start.startsWith('<?xml') || start.startsWith('<table') || start.startsWith('<head') || start.startsWith('<body')) {
    return 'html';
  }
  return 'text';
}
