import type { Issue } from '../schema/issues';
import type { HeaderMapping } from './assign';
import { columnName } from './header-cells';

/** Where the header row sits, so an issue about a header can name its cell. */
export interface HeaderPlace {
  /** Zero-based index of the header row in the sheet's values. */
  headerRow: number;
  /** Where values[0][0] sits in the sheet. */
  origin?: { row: number; col: number };
}

/**
 * The issues a header mapping raises, for the sheet it was made on: required fields missing
 * (error: the sheet cannot be used) and overrides that could not be applied (error: the user
 * asked for them by name). Field lists are joined with ", " and labelled by the message.
 * Columns passed over by their contents are said once each, at their header cell when `place`
 * is given: a warning, or an error when that left a required field without a column.
 */
export function mappingIssues<F extends string>(result: HeaderMapping<F>, sheet: string, headers: readonly string[], place?: HeaderPlace): Issue[] {
  const found = headers.filter((h) => h.trim() !== '').join(', ');
  const issues: Issue[] = [];
  if (result.missingRequired.length > 0) {
    issues.push({
      sheet,
      cell: '',
      severity: 'error',
      code: 'mappingMissingRequired',
      params: { missing: result.missingRequired.join(', '), headers: found },
    });
  }
  for (const o of result.unmappedOverrides) {
    issues.push({
      sheet,
      cell: '',
      severity: 'error',
      code: o.reason === 'notFound' ? 'mappingOverrideNotFound' : 'mappingOverrideAlreadyUsed',
      params: o.reason === 'notFound' ? { field: o.field, header: o.header, headers: found } : { field: o.field, header: o.header },
    });
  }
  const origin = place?.origin ?? { row: 0, col: 0 };
  for (const r of result.rejectedColumns) {
    issues.push({
      sheet,
      cell: place ? `${columnName(origin.col + r.column)}${origin.row + place.headerRow + 1}` : '',
      severity: result.missingRequired.includes(r.field) ? 'error' : 'warning',
      code: 'mappingRejectedByContents',
      params: { field: r.field, header: r.header, reason: r.reason, example: r.example, instead: result.mapping[r.field]?.header ?? '' },
    });
  }
  return issues;
}
