export { headerTokens, meaningfulTokens } from './tokens';
export {
  assignFields,
  looseHeader,
  type ContentCheck,
  type FieldMatch,
  type HeaderMapping,
  type RejectedColumn,
  type UnmappedOverride,
} from './assign';
export { columnCanHold, CONTENT_MISMATCHES, type ContentMismatch, type ContentVerdict } from './column-contents';
export { sampleColumns, SAMPLE_CELLS, SAMPLE_ROWS, type ColumnSample } from './column-sample';
export { MIN_CONFIDENCE } from './field-scorer';
export { mapOrderHeaders } from './order-headers';
export { mappingIssues, type HeaderPlace } from './mapping-issues';
export { findHeaderRow, HEADER_SCAN_ROWS, type HeaderRow, type SheetPlace } from './header-row';
export { detectSheets, type DetectedSheets, type SheetMatch } from './detect-sheets';
export {
  mapTargetHeaders,
  parseWideKpiHeader,
  type ScopeField,
  type TargetHeaderMapping,
  type WideKpiColumn,
} from './target-headers';
export { matchKpiName } from './kpi-names';
export { ORDER_SYNONYMS } from './order-synonyms';
export { KPI_SYNONYMS } from './kpi-synonyms';
export { relativeMerges } from './relative-merges';
