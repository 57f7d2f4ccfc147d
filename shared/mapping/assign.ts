import type { ContentMismatch, ContentVerdict } from './column-contents';
import { MIN_CONFIDENCE, scoreTokens, type FieldMatcher } from './field-scorer';
import { meaningfulTokens } from './tokens';

export interface FieldMatch {
  /** Zero-based column index into the headers. */
  column: number;
  header: string;
  /** 0..1: 1 = an exact synonym (or an explicit override). */
  confidence: number;
}

/** An override that could not be applied: its header is not there, or another field has it. */
export interface UnmappedOverride<F extends string> {
  field: F;
  header: string;
  reason: 'notFound' | 'alreadyUsed';
}

/** A column a field's header matched but whose values cannot be that field (see column-contents.ts). */
export interface RejectedColumn<F extends string> {
  field: F;
  column: number;
  header: string;
  reason: ContentMismatch;
  /** One of the values that show it, as text. */
  example: string;
}

export interface HeaderMapping<F extends string> {
  mapping: Partial<Record<F, FieldMatch>>;
  /** Headers no field took, in column order (blank headers left out). */
  unmappedHeaders: string[];
  missingRequired: F[];
  unmappedOverrides: UnmappedOverride<F>[];
  /** Columns passed over for a field by their contents, in the order they were considered. */
  rejectedColumns: RejectedColumn<F>[];
}

/** Whether a column's values can be a field (column-contents.ts): how a mapping looks at contents. */
export type ContentCheck<F extends string> = (field: F, column: number) => ContentVerdict;

/** Header text compared loosely for overrides: width, case and spacing ignored. */
export function looseHeader(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

function findOverrideColumn(headers: readonly string[], wanted: string, taken: ReadonlySet<number>): number | 'alreadyUsed' | -1 {
  const exact = headers.findIndex((h, i) => h === wanted && !taken.has(i));
  if (exact >= 0) return exact;
  const loose = looseHeader(wanted);
  const found = headers.findIndex((h, i) => looseHeader(h) === loose && !taken.has(i));
  if (found >= 0) return found;
  return headers.some((h) => looseHeader(h) === loose) ? 'alreadyUsed' : -1;
}

/**
 * Map headers to fields. Overrides are applied first and taken out of the pool (an override
 * of "" means "leave this field unmapped"). Then every (header, field) pair is scored and the
 * best pairs are taken greedily, so one header never gets two fields and one field never two
 * headers. Ties go to the earlier field of the catalog, then to the leftmost column. With
 * `contents`, a pair whose column cannot hold the field is passed over (and listed in
 * rejectedColumns): the field may take its next-best column, and the column another field.
 * Overrides are never checked: the user said what the column holds.
 */
export function assignFields<F extends string>(
  headers: readonly string[],
  matchers: readonly FieldMatcher<F>[],
  required: readonly F[],
  overrides: Partial<Record<F, string>> = {},
  contents?: ContentCheck<F>,
): HeaderMapping<F> {
  const mapping: Partial<Record<F, FieldMatch>> = {};
  const unmappedOverrides: UnmappedOverride<F>[] = [];
  const rejectedColumns: RejectedColumn<F>[] = [];
  const takenColumns = new Set<number>();
  const settled = new Set<F>();

  for (const { field } of matchers) {
    const wanted = overrides[field];
    if (wanted === undefined) continue;
    settled.add(field);
    if (wanted.trim() === '') continue;
    const column = findOverrideColumn(headers, wanted, takenColumns);
    if (typeof column === 'number' && column >= 0) {
      mapping[field] = { column, header: headers[column], confidence: 1 };
      takenColumns.add(column);
    } else {
      unmappedOverrides.push({ field, header: wanted, reason: column === 'alreadyUsed' ? 'alreadyUsed' : 'notFound' });
    }
  }

  const candidates: { field: F; order: number; column: number; score: number }[] = [];
  headers.forEach((header, column) => {
    if (takenColumns.has(column) || header.trim() === '') return;
    const tokens = meaningfulTokens(header);
    matchers.forEach((m, order) => {
      if (settled.has(m.field)) return;
      const score = scoreTokens(tokens, m);
      if (score >= MIN_CONFIDENCE) candidates.push({ field: m.field, order, column, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.order - b.order || a.column - b.column);
  for (const c of candidates) {
    if (settled.has(c.field) || takenColumns.has(c.column)) continue;
    const verdict = contents?.(c.field, c.column);
    if (verdict && !verdict.fits) {
      rejectedColumns.push({ field: c.field, column: c.column, header: headers[c.column], reason: verdict.reason, example: verdict.example });
      continue;
    }
    mapping[c.field] = { column: c.column, header: headers[c.column], confidence: c.score };
    settled.add(c.field);
    takenColumns.add(c.column);
  }

  return {
    mapping,
    unmappedHeaders: headers.filter((h, i) => !takenColumns.has(i) && h.trim() !== ''),
    missingRequired: required.filter((f) => !mapping[f]),
    unmappedOverrides,
    rejectedColumns,
  };
}
