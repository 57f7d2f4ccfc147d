import type { ReadProgress, WorkbookHost } from '../../shared/host/index';
import type { SheetData, WorkbookData } from '../../shared/schema/index';
import { detectSheets, HEADER_SCAN_ROWS, mapOrderHeaders } from '../../shared/mapping/index';
import { headerOf } from './header-of';
import { sameSource, type Source, type SourceRef } from './sources';

/** Rows read from each sheet to recognise it: the header scan plus a few data rows. */
const HEAD_ROWS = HEADER_SCAN_ROWS + 5;

function readSource(host: WorkbookHost, source: SourceRef, options: Parameters<WorkbookHost['readSheet']>[1]): Promise<SheetData> {
  return source.kind === 'sheet' ? host.readSheet(source.name, options) : host.readTable(source.name, options);
}

export interface DetectedSources {
  orders: Source | null;
  kpi: Source | null;
}

/**
 * Finds the orders and KPI sources from the first rows of each one, so a large workbook is
 * not read whole just to tell its sheets apart.
 */
export async function detectSources(host: WorkbookHost, sources: readonly Source[], signal?: AbortSignal): Promise<DetectedSources> {
  const heads: SheetData[] = [];
  const byKey = new Map<string, Source>();
  // Tables first: a table and the sheet around it score alike, and the table's bounds are cleaner.
  const ordered = [...sources.filter((s) => s.kind === 'table'), ...sources.filter((s) => s.kind === 'sheet')];
  for (const [i, source] of ordered.entries()) {
    // Detection needs distinct names: tables get a key of their own.
    const key = source.kind === 'sheet' ? source.name : `\u0000table${i}`;
    byKey.set(key, source);
    const head = await readSource(host, source, { maxRows: HEAD_ROWS, numberFormats: false, signal });
    heads.push({ ...head, name: key });
  }
  const detected = detectSheets({ sheets: heads, date1904: false });
  const kpi = detected.kpi ? (byKey.get(detected.kpi.sheet) ?? null) : null;
  const orders = detected.orders ? (byKey.get(detected.orders.sheet) ?? null) : bestGuess(heads, byKey, kpi);
  return { orders, kpi };
}

/**
 * No sheet has both an order id and a created date: take the one whose headers name the most
 * order fields, so loading it tells the user which field is missing (and the column editor can
 * fix it) instead of "no orders sheet".
 */
function bestGuess(heads: readonly SheetData[], byKey: ReadonlyMap<string, Source>, kpi: Source | null): Source | null {
  let best: { source: Source; fields: number } | null = null;
  for (const head of heads) {
    const source = byKey.get(head.name);
    if (!source || source === kpi) continue;
    const headers = headerOf(head)?.headers ?? [];
    const fields = Object.keys(mapOrderHeaders(headers).mapping).length;
    if (!best || fields > best.fields) best = { source, fields };
  }
  return best?.source ?? null;
}

export interface ReadSourcesOptions {
  signal?: AbortSignal;
  onProgress?: (sheet: string, progress: ReadProgress) => void;
}

/** Reads the orders (and targets) in full, as the workbook the pipeline loads. */
export async function readSources(
  host: WorkbookHost,
  orders: Source,
  kpi: Source | null,
  options: ReadSourcesOptions = {},
): Promise<WorkbookData> {
  const date1904 = await host.date1904();
  const read = (source: Source) =>
    readSource(host, source, { signal: options.signal, onProgress: (p) => options.onProgress?.(source.sheet, p) });
  const sheets = [await read(orders)];
  if (kpi && !sameSource(kpi, orders)) {
    const targets = await read(kpi);
    // Two tables on one sheet would share a name; the pipeline picks sheets by name.
    sheets.push(targets.name === sheets[0].name ? { ...targets, name: `${targets.name} ` } : targets);
  }
  return { sheets, date1904 };
}
