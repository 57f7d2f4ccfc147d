/**
 * A problem found in the user's data. Issues carry a code and parameters, not prose: the text
 * is made in the reader's language by shared/messages (formatIssue), at the edge.
 */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Issue {
  /** Sheet name, e.g. "Orders". */
  sheet: string;
  /** A1 address of the cell (e.g. "F17"), or "" for a sheet-wide issue. */
  cell: string;
  severity: Severity;
  /** Message key in shared/messages (issue messages), e.g. "notADate". */
  code: string;
  /** Values the message needs, e.g. { value: "2026-13-45" }. */
  params: Record<string, string | number>;
}
