export { createOfficeHost, type OfficeHostOptions } from './office-host';
export { EXCEL_WEB_BUDGET, estimateBytes, estimateBytesSampled, firstChunkRows, nextChunkRows, splitRowsByBytes, type ChunkBudget } from './chunk-plan';
export { isPayloadTooLarge, isAbortError, abortError } from './excel-errors';
export { luminance, meetsMinimum, MINIMUM_EXCEL_API, officeDisplayLanguage, officeTheme } from './host-environment';
export { officeReadyInExcel } from './office-ready';
