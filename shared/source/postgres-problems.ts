import type { SourceProblem } from './problem';

/** The URL as messages show it: no password (credentials stay with the user). */
export function sourceText(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    return u.toString().replace(/\?.*$/, '');
  } catch {
    return url.replace(/:[^:@/]*@/, '@');
  }
}

function fieldOf(error: unknown, name: string): string {
  return error && typeof error === 'object' && name in error ? String((error as Record<string, unknown>)[name]) : '';
}

/**
 * Why PostgreSQL or the network refused, as a message for the user: bad credentials, no such
 * database, server not reachable, a column gone, the query timed out — else its own words.
 * SQLSTATE codes: https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
export function postgresProblem(error: unknown, url: string): SourceProblem {
  const source = sourceText(url);
  const code = fieldOf(error, 'code');
  const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  // 28P01 invalid_password, 28000 invalid_authorization_specification (no such role, pg_hba).
  if (code === '28P01' || code === '28000') return { code: 'cliDbBadCredentials', params: { source } };
  if (/password authentication|no password|SASL|client password must be a string/i.test(reason)) {
    return { code: 'cliDbBadCredentials', params: { source } };
  }
  if (code === '3D000') return { code: 'cliDbNoDatabase', params: { source } };
  if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH'].includes(code) || /timeout expired/i.test(reason)) {
    return { code: 'cliDbUnreachable', params: { source, reason } };
  }
  if (code === '42703') return { code: 'cliDbNoColumn', params: { source, reason } };
  if (code === '42P01') return { code: 'cliDbNoTable', params: { source, table: reason.replace(/^relation "(.*)" does not exist$/, '$1') } };
  // 57014 query_canceled: the statement_timeout.
  if (code === '57014') return { code: 'cliDbTimeout', params: { source } };
  return { code: 'cliDbFailed', params: { source, reason } };
}
