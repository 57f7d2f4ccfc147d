/*
 * Pieces every SQL typing macro is made of (see typing-macros.ts). The lists come from the
 * modules that hold each rule (placeholder.ts, yes-no-text.ts …), so a rule is stated once.
 */

/** A text as a SQL string literal (standard SQL: inner quotes doubled, no escapes). */
export function sqlText(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** `(a, b, c)` of texts, for `x IN …`. */
export function sqlTextList(texts: Iterable<string>): string {
  return `(${[...texts].map(sqlText).join(', ')})`;
}

/**
 * Whether `x` is one of `texts`, as `x IN (…)` (NULL for a NULL `x`), but as a function:
 * DuckDB turns an IN list of constants into a join of the whole row set (a MARK join each),
 * which for the dozen lists of the typing rules cost seconds at 1M rows.
 */
export function sqlIn(x: string, texts: Iterable<string>): string {
  return `list_contains([${[...texts].map(sqlText).join(', ')}], ${x})`;
}

/**
 * Whether the one character `ch` (a substr of length 1) is one of `chars`, as a search in
 * one literal: faster than list_contains, which compares with every item of the list. An
 * empty `ch` is found too: the caller rules it out where that matters.
 */
export function sqlCharIn(ch: string, chars: Iterable<string>): string {
  return `contains(${sqlText([...chars].join(''))}, ${ch})`;
}

/**
 * The characters JavaScript's String.prototype.trim removes (white space and line ends,
 * no-break and full-width spaces, the byte-order mark): DuckDB's trim(x) takes only spaces.
 */
export const TRIM_CHARACTERS = ' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/**
 * The same characters for a regular expression (RE2, DuckDB's): its `\s` is ASCII only,
 * JavaScript's is not. For use inside a character class: `[${SPACE_IN_CLASS}]`.
 */
export const SPACE_IN_CLASS = String.raw`\s\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}\x{feff}`;

/**
 * The characters of SPACE_IN_CLASS one by one (RE2's `\s` is tab, line feed, form feed,
 * carriage return and space: no vertical tab), for tests of a text's first or last character.
 */
export const SPACE_CHARACTERS: readonly string[] = [
  ...'\t\n\f\r \u00a0\u1680',
  ...Array.from({ length: 11 }, (_, k) => String.fromCharCode(0x2000 + k)),
  ...'\u2028\u2029\u202f\u205f\u3000\ufeff',
];
