import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflateInNode } from '../../../cli/inflate-node';
import {
  checkZip,
  crc32,
  damagedZipIssue,
  readWorkbookFile,
  readZipDirectory,
  type InflateRaw,
  type ZipEntry,
  type ZipProblem,
} from '../../../shared/ingest/index';
import { formatIssue } from '../../../shared/messages/index';
import { htmlFile, pngBytes, randomBytes } from '../../fixtures/text-files';
import { entriesOf, soundWorkbooks, zipOf } from './zip-fixtures';

/*
 * The zip check SheetJS is protected by. A file cut short used to send SheetJS's zip reader
 * into an endless loop (30 bytes: the local header and nothing else), and a flipped bit inside
 * compressed data read as other numbers without a word. Fixtures are made here, several shapes
 * each, cut and flipped at offsets that do not depend on one file's layout.
 */

const SHAPES = Object.entries(soundWorkbooks());
const entries = (zip: Uint8Array) => (readZipDirectory(zip) as { entries: ZipEntry[] }).entries;

/** Where to cut a file: the lengths the issue names, half, and one byte short. */
const cutsOf = (length: number) => [30, 100, 500, 1000, length >> 1, length - 1].filter((n) => n < length);

/** An entry's content as zlib inflates it (null when it does not). */
function contentOf(zip: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const data = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  try {
    return entry.method === 8 ? new Uint8Array(inflateRawSync(data)) : data.slice();
  } catch {
    return null;
  }
}

/** Where the end record starts (a comment may follow it). */
function endRecordAt(zip: Uint8Array): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let at = zip.length - 22;
  while (view.getUint32(at, true) !== 0x06054b50) at--;
  return at;
}

function flipped(bytes: Uint8Array, offset: number, bit: number): Uint8Array {
  const copy = bytes.slice();
  copy[offset] ^= 1 << bit;
  return copy;
}

describe('crc32', () => {
  it('gives the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});

describe.each(SHAPES)('a sound workbook: %s', (_shape, zip) => {
  it('passes the check, and SheetJS reads it', async () => {
    expect(await checkZip(zip, inflateInNode)).toBeNull();
    expect(readWorkbookFile(zip, 'orders.xlsx').value?.sheets.map((s) => s.values.length)).toEqual([41, 443]);
  });

  it('cut at any of several lengths is "cut short" — at once, where SheetJS looped for ever', () => {
    for (const length of cutsOf(zip.length)) {
      const cut = zip.slice(0, length);
      expect(readZipDirectory(cut), `cut at ${length}`).toEqual({ problem: 'cutShort' });
      const read = readWorkbookFile(cut, 'orders.xlsx');
      expect(read.value).toBeNull();
      expect(read.issues).toMatchObject([{ sheet: 'orders.xlsx', cell: '', severity: 'error', code: 'fileCutShort', params: { bytes: length } }]);
    }
  });

  it('a bit flipped inside any entry’s data names that entry, unless it is a bit deflate ignores', async () => {
    let named = 0;
    for (const entry of entries(zip)) {
      if (entry.compressedSize === 0) continue;
      const content = contentOf(zip, entry);
      for (const [share, bit] of [[0, 0], [0.5, 3], [0.9, 7]]) {
        const offset = entry.dataStart + Math.floor(share * (entry.compressedSize - 1));
        const damaged = flipped(zip, offset, bit);
        const problem = await checkZip(damaged, inflateInNode);
        // Padding after a stored block's header is ignored by every inflater: the content is
        // the same, so there is nothing to report.
        if (problem === null) expect(contentOf(damaged, entry), `${entry.name} @${offset}.${bit}`).toEqual(content);
        else {
          expect(problem, `${entry.name} @${offset}.${bit}`).toEqual({ problem: 'damaged', part: entry.name });
          named++;
        }
      }
    }
    expect(named).toBeGreaterThan(entries(zip).length);
  });

  it('a bit flipped in a header or the directory is damage, never a wrong read', async () => {
    const end = endRecordAt(zip);
    const directoryStart = new DataView(zip.buffer, zip.byteOffset).getUint32(end + 16, true);
    const cases: [string, number, ZipProblem['problem']][] = [
      ['the first local header’s signature', 0, 'damaged'],
      ['the first entry’s name in its local header', 30, 'damaged'],
      ['the first entry’s compressed size in its local header', 18, 'damaged'],
      ['the first entry’s CRC in the directory', directoryStart + 16, 'damaged'],
      ['a directory record’s signature', directoryStart, 'damaged'],
      ['the directory’s offset in the end record', end + 16, 'damaged'],
    ];
    for (const [where, offset, problem] of cases) {
      // A data descriptor's shape keeps sizes and CRC out of the local header.
      if (where.includes('compressed size') && zip[6] & 0x08) continue;
      expect((await checkZip(flipped(zip, offset, 1), inflateInNode))?.problem, where).toBe(problem);
    }
  });
});

describe('a CRC mismatch inside an entry', () => {
  it('a stored entry with one byte changed: its sizes agree, its CRC does not', async () => {
    const zip = zipOf([
      { name: '[Content_Types].xml', content: '<Types/>', method: 0 },
      { name: 'xl/workbook.xml', content: '<workbook><sheets/></workbook>', method: 0 },
    ]);
    const entry = entries(zip)[1];
    const problem = await checkZip(flipped(zip, entry.dataStart + 3, 0), inflateInNode);
    expect(problem).toEqual({ problem: 'damaged', part: 'xl/workbook.xml' });
  });

  it('the inflater’s word decides too: one that fails, or gives the wrong length, is damage', async () => {
    const zip = zipOf([
      { name: '[Content_Types].xml', content: '<Types/>' },
      { name: 'xl/workbook.xml', content: '<workbook/>' },
    ]);
    const failing: InflateRaw = () => {
      throw new Error('invalid block type');
    };
    const short: InflateRaw = async (data, size) => inflateInNode(data, size).subarray(1);
    expect(await checkZip(zip, failing)).toEqual({ problem: 'damaged', part: '[Content_Types].xml' });
    expect(await checkZip(zip, short)).toEqual({ problem: 'damaged', part: '[Content_Types].xml' });
    expect(await checkZip(zip, inflateInNode)).toBeNull();
  });

  it('an entry that inflates past its stated size is stopped at that size (a zip bomb is damage, not work)', async () => {
    const zip = zipOf([{ name: '[Content_Types].xml', content: 'x'.repeat(10_000) }, { name: 'xl/workbook.xml', content: '<workbook/>' }]);
    const view = new DataView(zip.buffer);
    const directoryStart = view.getUint32(zip.length - 6, true);
    view.setUint32(22, 100, true); // local header: size 100
    view.setUint32(directoryStart + 24, 100, true); // and the directory agrees
    expect(await checkZip(zip, inflateInNode)).toEqual({ problem: 'damaged', part: '[Content_Types].xml' });
  });
});

describe('files that are not zips, or zips that are not workbooks', () => {
  it('not a zip at all: the zip check has nothing to say; the reader names what the file is', async () => {
    const cases: [string, Uint8Array, string][] = [
      ['an empty file', new Uint8Array(0), 'fileEmpty'],
      ['a PNG', pngBytes(), 'fileNotSpreadsheet'],
      ['random bytes', randomBytes(), 'fileNotSpreadsheet'],
      ['a web page', htmlFile(), 'fileIsWebPage'],
    ];
    for (const [what, bytes, code] of cases) {
      expect(await damagedZipIssue(bytes, 'orders.xlsx', inflateInNode), what).toBeNull();
      expect(readWorkbookFile(bytes, 'orders.xlsx').issues.map((i) => i.code), what).toEqual([code]);
    }
  });

  it('only a zip signature, or an empty zip', async () => {
    expect(readZipDirectory(Uint8Array.from([0x50, 0x4b, 0x03, 0x04]))).toEqual({ problem: 'cutShort' });
    const empty = zipOf([]);
    expect(await checkZip(empty, inflateInNode)).toEqual({ problem: 'notWorkbook', looksLike: 'archive', holds: [] });
    expect(formatIssue((await damagedZipIssue(empty, 'e.xlsx', inflateInNode))!, 'en')).toContain('it is empty');
  });

  it('a zip of a CSV says what it holds, in both languages', async () => {
    const zip = zipOf([{ name: 'orders.csv', content: 'Order ID,Order Date\nA1,2026-01-05\n' }]);
    const issue = (await damagedZipIssue(zip, 'orders.xlsx', inflateInNode))!;
    expect(issue).toMatchObject({ code: 'fileZipNotWorkbook', params: { looksLike: 'archive', holds: 'orders.csv' } });
    expect(formatIssue(issue, 'en')).toContain('orders.xlsx is a zip archive, not a workbook (it holds orders.csv); unzip it');
    expect(formatIssue(issue, 'zh')).toContain('orders.xlsx 是 ZIP 压缩包，不是工作簿（其中有 orders.csv）');
    // The structure alone says so too, without inflating: readWorkbookFile never hands it to SheetJS.
    expect(readWorkbookFile(zip, 'orders.xlsx').issues.map((i) => i.code)).toEqual(['fileZipNotWorkbook']);
  });

  it('a Word document and a PowerPoint presentation are named as such', async () => {
    const word = zipOf([{ name: '[Content_Types].xml', content: '<Types/>' }, { name: 'word/document.xml', content: '<w:document/>' }]);
    const slides = zipOf([{ name: '[Content_Types].xml', content: '<Types/>' }, { name: 'ppt/presentation.xml', content: '<p:presentation/>' }]);
    expect(formatIssue((await damagedZipIssue(word, 'report.xlsx', inflateInNode))!, 'en')).toContain('report.xlsx is a Word document');
    expect(formatIssue((await damagedZipIssue(slides, 'deck.xlsx', inflateInNode))!, 'zh')).toContain('deck.xlsx 是 PowerPoint 演示文稿');
  });

  it('an encrypted entry, an unknown compression method and a split archive are features SheetJS cannot read', async () => {
    const parts = [{ name: '[Content_Types].xml', content: '<Types/>' }, { name: 'xl/workbook.xml', content: '<workbook/>' }];
    expect(await checkZip(zipOf(parts, { flags: 1 }), inflateInNode)).toEqual({ problem: 'unsupported', feature: 'encryption' });
    expect(await checkZip(zipOf([parts[0], { ...parts[1], method: 12 }]), inflateInNode)).toEqual({ problem: 'unsupported', feature: 'compressionMethod', method: 12 });
    const split = zipOf(parts);
    new DataView(split.buffer).setUint16(split.length - 22 + 4, 1, true); // this is disk 1
    expect(await checkZip(split, inflateInNode)).toEqual({ problem: 'unsupported', feature: 'splitArchive' });
    const issue = (await damagedZipIssue(zipOf([parts[0], { ...parts[1], method: 12 }]), 'x.xlsx', inflateInNode))!;
    expect(formatIssue(issue, 'en')).toContain('compression method 12');
    expect(formatIssue(issue, 'zh')).toContain('压缩方法 12');
  });
});

describe('the messages', () => {
  it('a cut file and a damaged part, in English and Chinese, name the file', async () => {
    const [, zip] = SHAPES[0];
    const cut = readWorkbookFile(zip.slice(0, 1000), 'orders.xlsx').issues[0];
    expect(formatIssue(cut, 'en')).toContain('orders.xlsx is incomplete: it ends after 1,000 bytes');
    expect(formatIssue(cut, 'zh')).toContain('orders.xlsx 不完整：文件在 1000 字节处就结束了');
    const sheet = entries(zip).find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    const damaged = (await damagedZipIssue(flipped(zip, sheet.dataStart + 100, 2), 'orders.xlsx', inflateInNode))!;
    expect(formatIssue(damaged, 'en')).toContain('orders.xlsx is damaged: the part "xl/worksheets/sheet1.xml" inside it does not check out');
    expect(formatIssue(damaged, 'zh')).toContain('orders.xlsx 已损坏：其中的“xl/worksheets/sheet1.xml”部分校验不通过');
  });

  it('the fixtures’ entries round-trip (the hand-written zips are sound zips)', () => {
    const [, zip] = SHAPES[0];
    expect(entriesOf(zipOf(entriesOf(zip))).map((e) => e.name)).toEqual(entries(zip).map((e) => e.name));
  });
});
