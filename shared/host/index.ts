export type {
  CellArea,
  HostCapabilities,
  HostTheme,
  JsonValue,
  NewHighlight,
  NewLineChart,
  NewNumberFormat,
  NewSheet,
  NewTable,
  ReadOptions,
  ReadProgress,
  SheetChange,
  SheetInfo,
  TableInfo,
  WorkbookHost,
  WriteOptions,
  WriteProgress,
} from './workbook-host';
export { uniqueSheetName, uniqueTableName } from './sheet-names';
export { asLiteralText, shownAfterWrite, startsLikeFormula, FORMULA_STARTS } from './literal-text';
export { areaAddress, cellAddress, columnLetters, parseCellAddress, rowAddress } from './a1';
export { createMemoryHost, type MemoryHost, type MemoryHostOptions } from './memory-host';
