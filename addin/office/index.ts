export { createOfficeHost, type OfficeHostOptions } from './office-host';
export { EXCEL_WEB_BUDGET, estimateBytes, estimateBytesSampled, firstChunkRows, nextChunkRows, splitRowsByBytes, type ChunkBudget } from './chunk-plan';
export { isPayloadTooLarge, isAbortError, abortError, isSheetProblem, sheetProblem, type SheetProblem, type SheetProblemError } from './excel-errors';
export { luminance, meetsMinimum, MINIMUM_EXCEL_API, officeDisplayLanguage, officeTheme } from './host-environment';
export { OFFICE_JS, OFFICE_READY_TIMEOUT_MS, openedByOffice, watchOfficeStart, type OfficeStart, type OfficeWindow } from './office-ready';
export type { AddinLineChart, AddinSheet, AxisTitles } from './sheet-extras';
