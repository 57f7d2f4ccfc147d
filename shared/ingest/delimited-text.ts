import type { CellValue } from '../schema/workbook';
import { CellInterner, MAX_INTERNED_LENGTH } from './cell-interner';

/*
 * CSV / TSV text → rows of cells, RFC 4180 quoting (a quoted field may hold the delimiter,
 * line breaks and doubled quotes). Unquoted plain numbers become numbers, as when Excel opens
 * the file; anything else stays text for the field's parser, so "00123" keeps its zeros and
 * "2026-10-05" is read as a date only in a date column.
 */
const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const PLAIN_NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:\.\d+)?$/;

function countOutsideQuotes(line: string, ch: string): number {
  let n = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ch && !quoted) n++;
  }
  return n;
}

/**
 * The delimiter that splits the first lines most consistently: the most lines sharing the
 * same non-zero count, then the larger count (a semicolon file with decimal commas has more
 * semicolons per line than commas).
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = text.split(/\r\n|\n|\r/, 30).filter((l) => l.trim() !== '');
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const freq = new Map<number, number>();
    for (const line of lines) {
      const n = countOutsideQuotes(line, d);
      if (n > 0) freq.set(n, (freq.get(n) ?? 0) + 1);
    }
    for (const [count, lineCount] of freq) {
      const score = lineCount * 10_000 + count;
      if (score > bestScore) {
        bestScore = score;
        best = d;
      }
    }
  }
  return best;
}

/**
 * ="00123" is how exporters (Taobao, many Chinese ERPs) keep a long number or leading zeros
 * as text when Excel opens the file: Excel shows 00123. We read it as the text inside.
 */
function unwrapTextFormula(raw: string): string {
  if (raw.charCodeAt(0) !== 61 /* = */ || raw.length < 3 || raw[1] !== '"' || raw[raw.length - 1] !== '"') return raw;
  const inner = raw.slice(2, -1);
  return inner.includes('"') ? raw : inner;
}

function cellOf(raw: string, quoted: boolean): CellValue {
  if (raw.charCodeAt(0) === 61) return unwrapTextFormula(raw);
  if (quoted || raw.length === 0 || raw.length > 17) return raw;
  return PLAIN_NUMBER.test(raw) ? Number(raw) : raw;
}

const unquotedCell = (raw: string) => cellOf(raw, false);
const quotedCell = (raw: string) => cellOf(raw, true);

/** Index after the closing quote of a quoted field starting at `open`, and its text. */
function readQuoted(text: string, open: number): { end: number; value: string; unterminated?: true } {
  let value = '';
  let from = open + 1;
  for (;;) {
    const close = text.indexOf('"', from);
    if (close < 0) return { end: text.length, value: value + text.slice(from), unterminated: true }; // take the rest
    value += text.slice(from, close);
    if (text.charCodeAt(close + 1) !== 34) return { end: close + 1, value };
    value += '"';
    from = close + 2;
  }
}

/** Line breaks (CRLF, LF or CR, each one) in text[from, to). */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/** Where a quote that is never closed opened: its cell (zero-based), its line, and the lines it took. */
export interface UnclosedQuote {
  row: number;
  col: number;
  /** 1-based line of the file the quote is on. */
  line: number;
  /** Lines from that one to the end of the file, all read into the one cell. */
  lines: number;
}

/**
 * Reads the rows of a delimited text a slice at a time (`read`), so a caller on a worker can
 * let other messages through between slices: the dashboard's data worker keeps DuckDB's start
 * going while a big CSV is parsed.
 */
export class DelimitedTextReader {
  readonly rows: CellValue[][] = [];
  private readonly interner = new CellInterner(unquotedCell);
  private readonly quotedInterner = new CellInterner(quotedCell);
  private readonly d: number;
  private row: CellValue[] = [];
  private i = 0;
  private finished = false;
  /** Where the unclosed quote opened: its cell and its index in the text. */
  private quoteAt: { row: number; col: number; at: number } | null = null;

  constructor(
    private readonly text: string,
    delimiter: Delimiter = detectDelimiter(text),
  ) {
    this.d = delimiter.charCodeAt(0);
  }

  get done(): boolean {
    return this.finished;
  }

  /** A quoted field ran to the end of the text without its closing quote. */
  get endedInQuotes(): boolean {
    return this.quoteAt !== null;
  }

  /**
   * The quote that ran to the end of the text, or null. One stray quote swallows every line
   * after it: the user needs to know where it opened and how much it took.
   */
  get unclosedQuote(): UnclosedQuote | null {
    const q = this.quoteAt;
    if (!q) return null;
    const { text } = this;
    const endsWithBreak = text.endsWith('\n') || text.endsWith('\r');
    const lines = 1 + lineBreaks(text, q.at, text.length) - (endsWithBreak ? 1 : 0);
    return { row: q.row, col: q.col, line: 1 + lineBreaks(text, 0, q.at), lines };
  }

  /** Share of the text read so far, 0…1. */
  get fraction(): number {
    return this.text.length === 0 ? 1 : this.i / this.text.length;
  }

  /** Reads up to `maxRows` more rows (all of them by default). */
  read(maxRows = Infinity): void {
    const { text, d, interner, quotedInterner, rows } = this;
    const n = text.length;
    const stopAt = rows.length + maxRows;
    let row = this.row;
    let i = this.i;
    while (i < n && rows.length < stopAt) {
      let cell: CellValue;
      if (text.charCodeAt(i) === 34 /* " */) {
        const q = readQuoted(text, i);
        if (q.unterminated) this.quoteAt = { row: rows.length, col: row.length, at: i };
        // Anything between the closing quote and the delimiter is kept, as Excel does.
        let j = q.end;
        while (j < n && text.charCodeAt(j) !== d && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) j++;
        // A plain quoted field (closed, no doubled quote, nothing after it) is shared like an
        // unquoted one: exports that quote every field repeat their teams and statuses too.
        const inner = q.end - i - 2;
        if (j === q.end && q.value.length === inner && inner <= MAX_INTERNED_LENGTH && quotedInterner.interning(row.length)) {
          let hash = 0;
          for (let k = i + 1; k < q.end - 1; k++) hash = (Math.imul(hash, 31) + text.charCodeAt(k)) | 0;
          cell = quotedInterner.cell(row.length, text, i + 1, q.end - 1, hash);
        } else cell = cellOf(q.value + text.slice(q.end, j), true);
        i = j;
      } else {
        let j = i;
        if (interner.interning(row.length)) {
          let hash = 0;
          while (j < n) {
            const c = text.charCodeAt(j);
            if (c === d || c === 10 || c === 13) break;
            hash = (Math.imul(hash, 31) + c) | 0;
            j++;
          }
          cell = j - i <= MAX_INTERNED_LENGTH ? interner.cell(row.length, text, i, j, hash) : cellOf(text.slice(i, j), false);
        } else {
          while (j < n) {
            const c = text.charCodeAt(j);
            if (c === d || c === 10 || c === 13) break;
            j++;
          }
          cell = cellOf(text.slice(i, j), false);
        }
        i = j;
      }
      row.push(cell);
      if (i >= n) break;
      const c = text.charCodeAt(i);
      i++;
      if (c !== d) {
        if (c === 13 && text.charCodeAt(i) === 10) i++;
        rows.push(row);
        row = [];
      } else if (i >= n) row.push('');
    }
    this.i = i;
    this.row = row;
    if (i >= n) {
      if (row.length > 0) rows.push(row);
      this.row = [];
      this.finished = true;
    }
  }
}

/** Rows read between two pauses of a sliced read (~50 ms of a 1M-row CSV). */
const ROWS_PER_SLICE = 25_000;

/** Reads the rest of the rows a slice at a time, yielding the share read after each slice but the last. */
export function* readInSlices(reader: DelimitedTextReader): Generator<number, void> {
  for (reader.read(ROWS_PER_SLICE); !reader.done; reader.read(ROWS_PER_SLICE)) yield reader.fraction;
}

export function parseDelimitedText(text: string, delimiter: Delimiter = detectDelimiter(text)): CellValue[][] {
  const reader = new DelimitedTextReader(text, delimiter);
  reader.read();
  return reader.rows;
}
