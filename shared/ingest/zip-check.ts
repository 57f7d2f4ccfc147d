import { crc32 } from './crc32';

/*
 * A zip's structure, checked before SheetJS reads it. SheetJS's zip reader trusts every offset
 * and size it finds: in a file cut short (an interrupted download, a full disk) it reads past
 * the end and can loop for ever, and it never checks a CRC, so a flipped bit inside compressed
 * data reads as other numbers without a word. Everything it will read is checked here first —
 * the end record, the central directory, each entry's local header and data within the file —
 * and then, with the platform's inflater (injected: zlib in Node, DecompressionStream in the
 * browser), each entry's size and CRC.
 */

/** One file inside the zip, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated: the only two SheetJS reads. */
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where its compressed bytes start (after its local header). */
  dataStart: number;
}

export type ZipProblem =
  /** The file ends before its own structure does. */
  | { problem: 'cutShort' }
  /** An entry's header, size or CRC does not check out (part '' = the directory itself). */
  | { problem: 'damaged'; part: string }
  /** Readable in principle, but not by SheetJS. */
  | { problem: 'unsupported'; feature: UnsupportedZipFeature; method?: number }
  /** A sound zip that holds no workbook. */
  | { problem: 'notWorkbook'; looksLike: 'word' | 'powerpoint' | 'archive'; holds: string[] };

export type UnsupportedZipFeature = 'zip64' | 'encryption' | 'splitArchive' | 'compressionMethod';

/** Inflates raw deflate data that should give `size` bytes; throws when the data is not a whole deflate stream. */
export type InflateRaw = (compressed: Uint8Array, size: number) => Uint8Array | Promise<Uint8Array>;

const END_SIGNATURE = 0x06054b50;
const DIRECTORY_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const DESCRIPTOR_SIGNATURE = 0x08074b50;
const END_SIZE = 22;
const DIRECTORY_RECORD_SIZE = 46;
const LOCAL_HEADER_SIZE = 30;
const SATURATED_16 = 0xffff;
const SATURATED_32 = 0xffffffff;
/** Flag bits: encrypted, strong encryption, masked local header (SheetJS refuses all three). */
const ENCRYPTED_FLAGS = 0x0001 | 0x0040 | 0x2000;
const HAS_DESCRIPTOR = 0x0008;
/** The zip64 extra field: 64-bit sizes of an entry whose 32-bit fields are saturated. */
const ZIP64_EXTRA = 0x0001;

const damaged = (part: string): ZipProblem => ({ problem: 'damaged', part });

/** The last end-of-central-directory signature, searched from the end back as SheetJS does. */
function findEndRecord(view: DataView): number {
  for (let i = view.byteLength - 4; i >= 0; i--) if (view.getUint32(i, true) === END_SIGNATURE) return i;
  return -1;
}

/** The 64-bit sizes of a zip64 extra field, for the 32-bit fields that are saturated. */
function zip64Sizes(view: DataView, start: number, end: number, size: number, compressedSize: number) {
  for (let p = start; p + 4 <= end; ) {
    const id = view.getUint16(p, true);
    const length = view.getUint16(p + 2, true);
    if (id === ZIP64_EXTRA) {
      let q = p + 4;
      const next = () => {
        const value = q + 8 <= p + 4 + length && q + 8 <= end ? view.getUint32(q, true) + view.getUint32(q + 4, true) * 2 ** 32 : NaN;
        q += 8;
        return value;
      };
      if (size === SATURATED_32) size = next();
      if (compressedSize === SATURATED_32) compressedSize = next();
      break;
    }
    p += 4 + length;
  }
  return { size, compressedSize };
}

const sameBytes = (bytes: Uint8Array, a: number, b: number, length: number) => {
  for (let i = 0; i < length; i++) if (bytes[a + i] !== bytes[b + i]) return false;
  return true;
};

/**
 * The zip's entries, each checked to lie within the file where SheetJS will look for it, or
 * what is wrong. Pure and quick: no entry is inflated.
 */
export function readZipDirectory(bytes: Uint8Array): { entries: ZipEntry[] } | ZipProblem {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const end = findEndRecord(view);
  if (end < 0 || end + END_SIZE > bytes.length || end + END_SIZE + u16(end + 20) > bytes.length) return { problem: 'cutShort' };
  const onThisDisk = u16(end + 8);
  const count = u16(end + 10);
  const directorySize = u32(end + 12);
  const directoryStart = u32(end + 16);
  if (onThisDisk === SATURATED_16 || count === SATURATED_16 || directorySize === SATURATED_32 || directoryStart === SATURATED_32) {
    return { problem: 'unsupported', feature: 'zip64' };
  }
  if (u16(end + 4) !== 0 || u16(end + 6) !== 0 || onThisDisk !== count) return { problem: 'unsupported', feature: 'splitArchive' };
  const directoryEnd = directoryStart + directorySize;
  if (directoryEnd > end) return damaged('');

  const names = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  for (let k = 0, p = directoryStart; k < count; k++) {
    if (p + DIRECTORY_RECORD_SIZE > directoryEnd || u32(p) !== DIRECTORY_SIGNATURE) return damaged('');
    const flags = u16(p + 8);
    const method = u16(p + 10);
    const nameLength = u16(p + 28);
    const extraLength = u16(p + 30);
    const localStart = u32(p + 42);
    const next = p + DIRECTORY_RECORD_SIZE + nameLength + extraLength + u16(p + 32);
    if (next > directoryEnd) return damaged('');
    const nameStart = p + DIRECTORY_RECORD_SIZE;
    const name = names.decode(bytes.subarray(nameStart, nameStart + nameLength));
    const { size, compressedSize } = zip64Sizes(view, nameStart + nameLength, nameStart + nameLength + extraLength, u32(p + 24), u32(p + 20));
    if (localStart === SATURATED_32) return { problem: 'unsupported', feature: 'zip64' };
    if (!Number.isFinite(size) || !Number.isFinite(compressedSize)) return damaged(name);

    // The local header, which SheetJS trusts over the directory: the same name, method, sizes and CRC.
    if (localStart + LOCAL_HEADER_SIZE > directoryStart || u32(localStart) !== LOCAL_SIGNATURE) return damaged(name);
    const localFlags = u16(localStart + 6);
    const localNameLength = u16(localStart + 26);
    const localExtraLength = u16(localStart + 28);
    const dataStart = localStart + LOCAL_HEADER_SIZE + localNameLength + localExtraLength;
    if ((flags | localFlags) & ENCRYPTED_FLAGS) return { problem: 'unsupported', feature: 'encryption' };
    if (localNameLength !== nameLength || !sameBytes(bytes, localStart + LOCAL_HEADER_SIZE, nameStart, nameLength)) return damaged(name);
    if (u16(localStart + 8) !== method) return damaged(name);
    if (method !== 0 && method !== 8) return { problem: 'unsupported', feature: 'compressionMethod', method };
    let dataEnd = dataStart + compressedSize;
    if (localFlags & HAS_DESCRIPTOR) {
      // Sizes and CRC follow the data (streamed writers): 12 bytes, after an optional signature.
      if (dataEnd + 4 <= directoryStart && u32(dataEnd) === DESCRIPTOR_SIGNATURE) dataEnd += 4;
      dataEnd += 12;
    } else {
      const local = zip64Sizes(view, localStart + LOCAL_HEADER_SIZE + localNameLength, dataStart, u32(localStart + 22), u32(localStart + 18));
      if (local.size !== size || local.compressedSize !== compressedSize || u32(localStart + 14) !== u32(p + 16)) return damaged(name);
    }
    if (dataEnd > directoryStart) return damaged(name);
    entries.push({ name, method, crc: u32(p + 16), compressedSize, size, dataStart });
    p = next;
  }
  return { entries };
}

const OOXML_TYPES = '[content_types].xml';
const WORKBOOK_MARKERS = ['meta-inf/manifest.xml', 'objectdata.xml', 'index/document.iwa']; // ODS, UOC, Numbers
/** Entries listed when the zip is not a workbook: enough to recognise it. */
const HOLDS_SHOWN = 3;

/** Null when the entries look like a workbook SheetJS reads (xlsx, xlsm, xlsb, ods, numbers). */
export function notWorkbookProblem(entries: readonly ZipEntry[]): ZipProblem | null {
  const names = entries.map((e) => e.name.toLowerCase());
  const has = (name: string) => names.includes(name);
  const spreadsheetParts = names.some((n) => n.startsWith('xl/'));
  if ((has(OOXML_TYPES) && spreadsheetParts) || WORKBOOK_MARKERS.some(has)) return null;
  const files = entries.filter((e) => !e.name.endsWith('/')).map((e) => e.name);
  const holds = files.slice(0, HOLDS_SHOWN);
  if (files.length > HOLDS_SHOWN) holds.push('…');
  if (has('word/document.xml')) return { problem: 'notWorkbook', looksLike: 'word', holds };
  if (has('ppt/presentation.xml')) return { problem: 'notWorkbook', looksLike: 'powerpoint', holds };
  // Other OOXML parts (a workbook written with unusual part names): SheetJS decides.
  if (has(OOXML_TYPES)) return null;
  return { problem: 'notWorkbook', looksLike: 'archive', holds };
}

/** Each entry's data inflates to its stated size and CRC. */
export async function checkZipEntries(bytes: Uint8Array, entries: readonly ZipEntry[], inflate: InflateRaw): Promise<ZipProblem | null> {
  for (const entry of entries) {
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    let content: Uint8Array;
    if (entry.method === 0) content = data;
    else {
      try {
        content = await inflate(data, entry.size);
      } catch {
        return damaged(entry.name);
      }
    }
    if (content.length !== entry.size || crc32(content) !== entry.crc) return damaged(entry.name);
  }
  return null;
}

/** Everything above in turn: null when SheetJS can be given the zip safely. */
export async function checkZip(bytes: Uint8Array, inflate: InflateRaw): Promise<ZipProblem | null> {
  const directory = readZipDirectory(bytes);
  if (!('entries' in directory)) return directory;
  return notWorkbookProblem(directory.entries) ?? (await checkZipEntries(bytes, directory.entries, inflate));
}
