/** Column letters of a zero-based column index: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col0: number): string {
  let n = col0 + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1 address of a zero-based cell: (9, 26) → "AA10". */
export function cellAddress(row0: number, col0: number): string {
  return columnLetters(col0) + String(row0 + 1);
}

/** "AA10" → { row: 9, col: 26 }; null for anything else (e.g. "" of a sheet-wide issue). */
export function parseAddress(a1: string): { row: number; col: number } | null {
  const m = /^([A-Z]{1,3})([1-9]\d*)$/.exec(a1);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
