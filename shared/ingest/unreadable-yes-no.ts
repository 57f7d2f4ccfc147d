import { ORDER_FIELDS, ORDER_FIELD_KEYS, type OrderField } from '../schema/fields';
import type { Column } from '../schema/columns';
import { nullColumn } from './column-builders';
import type { IssueSink } from './issue-sink';

interface Match {
  header: string;
  column: number;
}

/**
 * A yes/no field whose column holds not one yes/no — Freshdesk's "Resolution status" says
 * "Within SLA" / "SLA Violated" — was matched by its header, not by what it holds. Reading it
 * would give a warning on every cell and a resolution rate of nothing; instead the field is
 * left unmapped with one warning that says why and how to map it by hand. A column the user
 * mapped themselves is kept: they said what it is, and each bad cell is then worth a warning.
 */
export function unmapUnreadableYesNo(
  mapping: Partial<Record<OrderField, Match>>,
  columns: Record<string, Column>,
  overridden: (field: OrderField) => boolean,
  rowCount: number,
  sink: IssueSink,
): void {
  for (const field of ORDER_FIELD_KEYS) {
    const match = mapping[field];
    const column = columns[field];
    if (!match || ORDER_FIELDS[field].kind !== 'bool' || column?.kind !== 'bool' || overridden(field)) continue;
    const unreadable = sink.countAt(match.column, 'notAYesNo');
    if (unreadable === 0 || column.valid.includes(1)) continue;
    const example = String(sink.firstAt(match.column, 'notAYesNo')?.params.value ?? '');
    sink.dropAt(match.column, 'notAYesNo');
    sink.sheetWide('warning', 'mappingYesNoUnreadable', { field, header: match.header, column: sink.columnName(match.column), count: unreadable, example });
    columns[field] = nullColumn('bool', rowCount);
    delete mapping[field];
  }
}
