import { ORDER_FIELDS, ORDER_FIELD_KEYS, REQUIRED_ORDER_FIELDS, type OrderField } from '../schema/fields';
import { assignFields, type HeaderMapping } from './assign';
import { fieldMatcher } from './field-scorer';
import { ORDER_SYNONYMS } from './order-synonyms';

export const ORDER_MATCHERS = ORDER_FIELD_KEYS.map((f) => fieldMatcher(f, ORDER_FIELDS[f].kind, ORDER_SYNONYMS[f]));

/**
 * Which header holds each orders-sheet field. `overrides` (field → header text, as given by
 * `--map FIELD=HEADER` or the mapping editor) win; an override whose header is not found is
 * returned in `unmappedOverrides` (see mappingIssues for the issue to show).
 */
export function mapOrderHeaders(
  headers: readonly string[],
  overrides?: Partial<Record<OrderField, string>>,
): HeaderMapping<OrderField> {
  return assignFields(headers, ORDER_MATCHERS, REQUIRED_ORDER_FIELDS, overrides);
}
