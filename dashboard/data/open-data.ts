import type { Engine } from '../../shared/engine/index';
import { nextTask } from '../app/next-task';
import { damagedZipIssue, readWorkbookFileInSlices } from '../../shared/ingest/index';
import { planKpiQuery } from '../../shared/kpi/index';
import { detectSheets, findHeaderRow, mapOrderHeaders, sampleColumns } from '../../shared/mapping/index';
import { loadWorkbook, type LoadedData, type LoadOptions } from '../../shared/pipeline/index';
import type { Issue, OrderField, WorkbookData } from '../../shared/schema/index';
import { generateDemoWorkbook } from '../../shared/demo/index';
import { inflateInBrowser } from './inflate-raw';
import type { LoadStep, MappedColumn, OpenOptions, OpenResult } from './protocol';

/** loadWorkbook's phases, named by the one each phase's start ends. */
const PHASE_BEFORE: Partial<Record<string, string>> = { ingest: 'detect', load: 'ingest', targets: 'insert', done: 'targets' };

export type Progress = (step: LoadStep, fraction: number) => void;

const unexpected = (fileName: string, detail: string): Issue => ({
  sheet: fileName,
  cell: '',
  severity: 'error',
  code: 'fileUnreadable',
  params: { file: fileName, detail },
});

type HeaderMatches = Partial<Record<OrderField, { header: string; confidence: number }>>;

function mappedColumns(matches: HeaderMatches): Partial<Record<OrderField, MappedColumn>> {
  const mapping: Partial<Record<OrderField, MappedColumn>> = {};
  for (const [field, m] of Object.entries(matches) as [OrderField, { header: string; confidence: number }][]) {
    mapping[field] = { header: m.header, confidence: m.confidence };
  }
  return mapping;
}

/**
 * The orders sheet's headers and their mapping, for the editor: what ingest read, with the
 * confidence it had, or — when loading failed — the mapping the headers would get.
 */
function mappingOf(workbook: WorkbookData | null, loaded: LoadedData | null, options: OpenOptions) {
  if (loaded) return { ordersSheet: loaded.ordersSheet, headers: loaded.headers, mapping: mappedColumns(loaded.mapping) };
  if (!workbook) return { ordersSheet: null, headers: [], mapping: {} };
  const name = options.ordersSheet ?? detectSheets(workbook).orders?.sheet ?? workbook.sheets[0]?.name;
  const sheet = workbook.sheets.find((s) => s.name === name);
  const found = sheet ? findHeaderRow(sheet.values, sheet.merges, { sheet: sheet.name, origin: sheet.origin }) : null;
  const headers = found?.headers ?? [];
  // Judged by the cells as ingest judges them, so the editor shows what a load would read.
  const sample = sheet && found ? sampleColumns(sheet.values, found.row, headers.length) : undefined;
  return { ordersSheet: name ?? null, headers, mapping: mappedColumns(mapOrderHeaders(headers, options.overrides, sample).mapping) };
}

/** The part of openData after the data is in: the answer the page gets. */
function describe(
  empty: OpenResult,
  sheets: OpenResult['sheets'],
  mapping: ReturnType<typeof mappingOf>,
  issues: Issue[],
  loaded: LoadedData | null,
): { result: OpenResult; loaded: LoadedData | null } {
  const plan = loaded ? planKpiQuery({ fieldsPresent: loaded.fieldsPresent, basis: 'natural', group: 'none', asOf: '2000-01-01' }).value : null;
  return {
    result: {
      ...empty,
      sheets,
      ...mapping,
      kpiSheet: loaded?.kpiSheet ?? null,
      issues,
      data:
        loaded && plan
          ? {
              fieldsPresent: loaded.fieldsPresent,
              months: loaded.months,
              teams: loaded.teams,
              owners: loaded.owners,
              teamOf: loaded.teamOf,
              rowCount: loaded.rowCount,
              cancelledCount: loaded.cancelledCount,
              satisfactionScale: loaded.satisfactionScale,
              kpis: plan.computed.map((c) => c.kpi),
              absent: plan.absent,
              targetRows: loaded.targets.length,
            }
          : null,
    },
    loaded,
  };
}

/**
 * Read a file (or make the demo workbook), load it into the engine and describe the result.
 * Never throws for bad input: an unusable file comes back with `data: null` and its issues.
 */
export async function openData(
  engine: Promise<Engine>,
  file: File | null,
  options: OpenOptions,
  progress: Progress,
  onTablesLoaded?: (db: Engine, fieldsPresent: OrderField[]) => void,
): Promise<{ result: OpenResult; loaded: LoadedData | null }> {
  const fileName = file?.name ?? 'demo.xlsx';
  const timings: Record<string, number> = {};
  let mark = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - mark);
    mark = now;
  };
  const empty: OpenResult = {
    fileName,
    demo: file === null,
    sheets: [],
    ordersSheet: null,
    kpiSheet: null,
    headers: [],
    mapping: {},
    overrides: options.overrides ?? {},
    issues: [],
    data: null,
    timings,
  };
  let db: Engine | null = null;
  const ready = engine.then((e) => (db = e));
  ready.catch(() => undefined); // awaited below, where a DuckDB that did not start is reported
  const loadOptions: LoadOptions = {
    ordersSheet: options.ordersSheet,
    overrides: options.overrides,
    dateOrder: options.dateOrder,
    // The browser's language and region (the worker's navigator is the page's): e.g. en-GB reads 05/06/2026 as 5 June.
    locale: globalThis.navigator?.language,
    onTablesLoaded: (fieldsPresent) => db && onTablesLoaded?.(db, fieldsPresent),
    onProgress: (phase, fraction) => {
      // A phase's start ends the one before it: the time of each, for the benchmark's breakdown.
      const ended = PHASE_BEFORE[phase];
      if (ended) lap(ended);
      if (phase === 'ingest' || phase === 'load' || phase === 'targets') progress(phase, 0.4 + fraction * 0.5);
    },
  };
  const parsing = async (fraction: number) => {
    progress('parse', 0.1 + fraction * 0.3);
    // The worker's queued messages run first (DuckDB's replies while it starts).
    await nextTask();
  };

  progress('read', 0.02);
  let workbook: WorkbookData | null;
  const issues: Issue[] = [];
  if (file) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    lap('read');
    progress('parse', 0.1);
    // A zip cut short or bit-flipped would send SheetJS past its end (it can loop for ever):
    // its sizes and CRCs are checked first.
    const damaged = await damagedZipIssue(bytes, fileName, inflateInBrowser);
    if (damaged) return { result: { ...empty, issues: [damaged] }, loaded: null };
    const read = await readWorkbookFileInSlices(bytes, fileName, parsing);
    workbook = read.value;
    issues.push(...read.issues);
  } else {
    workbook = generateDemoWorkbook();
  }
  lap('parse');
  if (!workbook) return { result: { ...empty, issues }, loaded: null };

  const sheets = workbook.sheets.map((s) => ({ name: s.name, rows: s.values.length }));
  progress('engine', 0.4);
  const started = await ready;
  lap('engine');
  let loaded: LoadedData | null = null;
  try {
    const result = await loadWorkbook(started, workbook, loadOptions);
    issues.push(...result.issues);
    loaded = result.value;
  } catch (e) {
    issues.push(unexpected(fileName, e instanceof Error ? e.message : String(e)));
  }
  lap('load');
  return describe(empty, sheets, mappingOf(workbook, loaded, options), issues, loaded);
}
