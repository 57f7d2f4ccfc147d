import { ORDER_FIELDS, ORDER_FIELD_KEYS, REQUIRED_ORDER_FIELDS, type OrderField } from '../schema/fields';
import { assignFields, type HeaderMapping } from './assign';
import { columnCanHold } from './column-contents';
import type { ColumnSample } from './column-sample';
import { fieldMatcher } from './field-scorer';
import { ORDER_SYNONYMS } from './order-synonyms';

export const ORDER_MATCHERS = ORDER_FIELD_KEYS.map((f) => fieldMatcher(f, ORDER_FIELDS[f].kind, ORDER_SYNONYMS[f]));

/**
 * Which header holds each orders-sheet field. `overrides` (field → header text, as given by
 * `--map FIELD=HEADER` or the mapping editor; "" = not mapped) win; an override whose header
 * is not found is returned in `unmappedOverrides` (see mappingIssues for the issue to show).
 * With `sample` (sampleColumns of the sheet), a column whose values cannot be the field its
 * header names is passed over for it (`rejectedColumns`); without, headers alone decide.
 */
export function mapOrderHeaders(
  headers: readonly string[],
  overrides?: Partial<Record<OrderField, string>>,
  sample?: ColumnSample,
): HeaderMapping<OrderField> {
  const contents = sample && ((field: OrderField, column: number) => columnCanHold(field, sample[column] ?? []));
  return assignFields(headers, ORDER_MATCHERS, REQUIRED_ORDER_FIELDS, overrides, contents);
}
