export {
  FIELD_KINDS,
  ORDER_FIELDS,
  ORDER_FIELD_KEYS,
  REQUIRED_ORDER_FIELDS,
  TARGET_FIELDS,
  TARGET_FIELD_KEYS,
  isOrderField,
  type FieldKind,
  type OrderField,
  type TargetField,
} from './fields';
export type { CellValue, MergedRange, SheetData, WorkbookData } from './workbook';
export { SEVERITIES, type Issue, type Severity } from './issues';
export type { Column, ColumnTable, TextColumn, NumberColumn, DateColumn, BoolColumn, IntColumn } from './columns';
export type { TargetRow } from './targets';
