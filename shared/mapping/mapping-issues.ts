import type { Issue } from '../schema/issues';
import type { HeaderMapping } from './assign';

/**
 * The issues a header mapping raises, for the sheet it was made on: required fields missing
 * (error: the sheet cannot be used) and overrides that could not be applied (error: the user
 * asked for them by name). Field lists are joined with ", " and labelled by the message.
 */
export function mappingIssues<F extends string>(result: HeaderMapping<F>, sheet: string, headers: readonly string[]): Issue[] {
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
  return issues;
}
