/**
 * User SQL, statement by statement, as DuckDB's own tokenizer sees it. A read-only
 * transaction alone does not protect the loaded tables: `ATTACH ':memory:' AS x; USE x;
 * DETACH memory` inside one still detaches the database that holds them, and `COMMIT; DROP
 * TABLE orders` ends the transaction before the drop. So only statements that read may run,
 * each checked by its first word, each run on its own (test/unit/addin/user-sql.test.ts pins
 * both cases).
 */

/** duckdb-wasm's tokenize(): where each token starts and its type. */
export interface ScriptTokens {
  offsets: number[];
  types: number[];
}

/** duckdb-wasm's TokenType values. */
const OPERATOR = 3;
const COMMENT = 5;

export interface UserStatement {
  /** The statement's text, without the ';' that ends it. */
  text: string;
  /** Its words in lower case, comments left out ("select", "1"). */
  words: string[];
}

/** Splits a script at the ';' tokens; statements holding nothing but comments are dropped. */
export function splitStatements(sql: string, tokens: ScriptTokens): UserStatement[] {
  const statements: UserStatement[] = [];
  let first = -1;
  let words: string[] = [];
  const end = (at: number) => {
    if (first >= 0 && words.length > 0) statements.push({ text: sql.slice(tokens.offsets[first], at).trim(), words });
    first = -1;
    words = [];
  };
  tokens.offsets.forEach((offset, i) => {
    const text = sql.slice(offset, tokens.offsets[i + 1] ?? sql.length);
    if (tokens.types[i] === OPERATOR && text.startsWith(';')) return end(offset);
    if (tokens.types[i] === COMMENT) return;
    if (first < 0) first = i;
    words.push(text.trim().toLowerCase());
  });
  end(sql.length);
  return statements;
}

/** Statements that only read: a query, or a question about the tables. */
const READING = new Set(['select', 'with', 'from', 'values', 'table', 'show', 'describe', 'desc', 'summarize', 'pivot', 'unpivot', '(']);

/** CREATE [OR REPLACE] TEMP|TEMPORARY …: objects of this connection only, gone with it. */
function createsTemporary(words: readonly string[]): boolean {
  const rest = words[1] === 'or' && words[2] === 'replace' ? words.slice(3) : words.slice(1);
  return rest[0] === 'temp' || rest[0] === 'temporary';
}

/**
 * The first word of a statement that may not run (e.g. "drop", "detach", "commit"), or null
 * when it reads. EXPLAIN is allowed in front of a reading statement (EXPLAIN ANALYZE runs it);
 * temporary tables and views may be made for the statements after them.
 */
export function refusedWord(statement: UserStatement): string | null {
  const [first = '', second = '', third = ''] = statement.words;
  if (READING.has(first)) return null;
  if (first === 'create' && createsTemporary(statement.words)) return null;
  if (first === 'explain') {
    const next = second === 'analyze' ? third : second;
    return READING.has(next) ? null : next || first;
  }
  return first;
}

export type UserSqlErrorKind = 'refused' | 'empty' | 'cancelled' | 'timeLimit';

/** Why user SQL did not run to the end; DuckDB's own errors stay plain Errors. */
export class UserSqlError extends Error {
  readonly kind: UserSqlErrorKind;
  /** For 'refused': the statement's first word, as typed ("DROP"). */
  readonly word: string | null;
  constructor(kind: UserSqlErrorKind, word: string | null = null) {
    super(kind === 'refused' ? `Only statements that read may run here, not ${word}.` : `The query was not run to the end (${kind}).`);
    this.name = 'UserSqlError';
    this.kind = kind;
    this.word = word;
  }
}

export function isUserSqlError(error: unknown): error is UserSqlError {
  return !!error && typeof error === 'object' && (error as { name?: unknown }).name === 'UserSqlError';
}
