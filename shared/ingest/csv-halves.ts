import { detectDelimiter, type Delimiter } from './delimited-text';

/*
 * A big UTF-8 CSV cut in two at a line break, so two workers can each parse and ingest one
 * half at once (the machine's second core; one worker takes ~3 s for 1M rows). The cut is a
 * guess: the line break may lie inside a quoted field. The first half's reader then ends inside
 * quotes (DelimitedTextReader.endedInQuotes), and the caller reads the file in one go instead.
 */

/** Smaller files are read in one go: two workers cost more than they save below this. */
export const HALVES_MIN_BYTES = 16 * 2 ** 20;
/** Lines the delimiter is detected from (as detectDelimiter reads a whole text). */
const DELIMITER_LINES = 30;

export interface CsvHalves {
  /** Up to and with the line break at the cut (after a UTF-8 byte-order mark, if any). */
  first: Uint8Array;
  second: Uint8Array;
  /** The delimiter detectDelimiter finds in the whole text. */
  delimiter: Delimiter;
}

/**
 * Where to cut: the first line break (byte 10) after the middle. Null when the file is small,
 * UTF-16 (whose byte 10 may be half of a character), or has too few lines to detect the
 * delimiter from the first half. Byte 10 is never part of a multi-byte UTF-8 character, so each
 * half decodes on its own; a half that is not valid UTF-8 sends the caller to the one-go read.
 */
export function cutCsvInHalves(bytes: Uint8Array, minBytes = HALVES_MIN_BYTES): CsvHalves | null {
  if (bytes.length < minBytes) return null;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const cut = body.indexOf(10, body.length >> 1) + 1;
  if (cut <= 0 || cut >= body.length) return null;
  // detectDelimiter looks at the first 30 lines; a head holding 30 line breaks gives the same.
  let headEnd = 0;
  for (let line = 0; line < DELIMITER_LINES; line++) {
    headEnd = body.indexOf(10, headEnd) + 1;
    if (headEnd <= 0 || headEnd > cut) return null;
  }
  const head = new TextDecoder('utf-8').decode(body.subarray(0, headEnd));
  return { first: body.subarray(0, cut), second: body.subarray(cut), delimiter: detectDelimiter(head) };
}

/** The text of UTF-8 bytes, or null when they are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
