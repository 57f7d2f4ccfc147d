/**
 * The shared core, one import for the apps: every area's index. Where two areas export the
 * same name, the line below the stars says which one this index gives.
 */
export * from './schema/index';
export * from './messages/index';
export * from './mapping/index';
export * from './ingest/index';
export * from './engine/index';
export * from './kpi/index';
export * from './charts/index';
export * from './demo/index';
export * from './host/index';
export * from './pipeline/index';
export * from './cli/index';
export * from './ui/index';
export * from './review/index';
// Both ingest and host convert zero-based (row, col) to A1 the same way; host's is the one given.
export { cellAddress, columnLetters } from './host/index';
