import { deflateRawSync, inflateRawSync } from 'node:zlib';
import * as XLSX from '@e965/xlsx';
import { generateDemoWorkbook, workbookToXlsx } from '../../../shared/demo/index';
import { crc32, readZipDirectory, type ZipEntry } from '../../../shared/ingest/index';

/*
 * Zip files of several shapes for the zip check's tests, made here rather than stored: the
 * workbooks SheetJS writes (deflated, stored, ODS), and zips written by hand — with data
 * descriptors as streaming writers make them, a comment, or whatever entries a test needs.
 */

export interface FixtureEntry {
  name: string;
  content: string | Uint8Array;
  /** 8 = deflate (default), 0 = stored, anything else as written. */
  method?: number;
}

export interface ZipShape {
  /** Sizes and CRC after the data (general-purpose flag bit 3), as streaming writers do. */
  descriptor?: boolean;
  comment?: string;
  /** Extra general-purpose flag bits on every entry (1 = encrypted). */
  flags?: number;
}

const bytesOf = (content: string | Uint8Array) => (typeof content === 'string' ? new TextEncoder().encode(content) : content);

/** A zip of the entries, written field by field as the format describes it. */
export function zipOf(entries: FixtureEntry[], shape: ZipShape = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  const push = (part: Uint8Array) => {
    parts.push(part);
    offset += part.length;
  };
  for (const entry of entries) {
    const content = bytesOf(entry.content);
    const method = entry.method ?? 8;
    const data = method === 8 ? new Uint8Array(deflateRawSync(content)) : content;
    const name = new TextEncoder().encode(entry.name);
    const crc = crc32(content);
    const flags = (shape.descriptor ? 0x08 : 0) | 0x800 | (shape.flags ?? 0);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, flags, true);
    local.setUint16(8, method, true);
    if (!shape.descriptor) {
      local.setUint32(14, crc, true);
      local.setUint32(18, data.length, true);
      local.setUint32(22, content.length, true);
    }
    local.setUint16(26, name.length, true);
    const localStart = offset;
    push(new Uint8Array(local.buffer));
    push(name);
    push(data);
    if (shape.descriptor) {
      const descriptor = new DataView(new ArrayBuffer(16));
      descriptor.setUint32(0, 0x08074b50, true);
      descriptor.setUint32(4, crc, true);
      descriptor.setUint32(8, data.length, true);
      descriptor.setUint32(12, content.length, true);
      push(new Uint8Array(descriptor.buffer));
    }
    const record = new DataView(new ArrayBuffer(46));
    record.setUint32(0, 0x02014b50, true);
    record.setUint16(4, 20, true);
    record.setUint16(6, 20, true);
    record.setUint16(8, flags, true);
    record.setUint16(10, method, true);
    record.setUint32(16, crc, true);
    record.setUint32(20, data.length, true);
    record.setUint32(24, content.length, true);
    record.setUint16(28, name.length, true);
    record.setUint32(42, localStart, true);
    directory.push(new Uint8Array(record.buffer), name);
  }
  const directoryStart = offset;
  for (const part of directory) push(part);
  const comment = new TextEncoder().encode(shape.comment ?? '');
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, offset - directoryStart, true);
  end.setUint32(16, directoryStart, true);
  end.setUint16(20, comment.length, true);
  push(new Uint8Array(end.buffer));
  push(comment);
  const out = new Uint8Array(offset);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The entries of a zip with their contents (the zip must be sound). */
export function entriesOf(zip: Uint8Array): FixtureEntry[] {
  const directory = readZipDirectory(zip) as { entries: ZipEntry[] };
  return directory.entries.map((e) => {
    const data = zip.subarray(e.dataStart, e.dataStart + e.compressedSize);
    return { name: e.name, method: e.method, content: e.method === 8 ? new Uint8Array(inflateRawSync(data)) : data.slice() };
  });
}

const smallBook = () => XLSX.read(workbookToXlsx(generateDemoWorkbook({ orders: 40, seed: 7 })), { type: 'array' });

/** Sound workbooks of different shapes, by name. */
export function soundWorkbooks(): Record<string, Uint8Array> {
  const deflated = workbookToXlsx(generateDemoWorkbook({ orders: 40 }));
  const book = smallBook();
  return {
    'xlsx, deflated (SheetJS)': deflated,
    'xlsx, stored (SheetJS, no compression)': new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: false }) as ArrayBuffer),
    'xlsx with data descriptors and a comment': zipOf(entriesOf(deflated), { descriptor: true, comment: 'written by a streaming writer' }),
    'ods (SheetJS)': new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'ods' }) as ArrayBuffer),
  };
}
