import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Engine } from '../../../shared/engine/engine';
import { readWorkbookFile } from '../../../shared/ingest/index';
import { computeKpis, loadWorkbook, type KpiQuery, type LoadOptions, type LoadedData } from '../../../shared/pipeline/index';
import type { Grouping, KpiRowWithTargets } from '../../../shared/kpi/index';
import type { Issue } from '../../../shared/schema/issues';

/*
 * The whole path a real export takes: bytes written to a file in a temp folder, read back as
 * the CLI and the dashboard read it (readWorkbookFile), loaded into the engine (loadWorkbook)
 * and asked for KPIs (computeKpis).
 */
export interface TempFolder {
  write(name: string, bytes: Uint8Array): string;
  remove(): void;
}

export function tempFolder(): TempFolder {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-realworld-'));
  return {
    write(name, bytes) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface LoadedFile {
  /** Issues of reading the file and loading the workbook, in that order. */
  issues: Issue[];
  loaded: LoadedData;
}

export async function loadFile(engine: Engine, path: string, opts: LoadOptions = {}): Promise<LoadedFile> {
  const file = readWorkbookFile(new Uint8Array(readFileSync(path)), path.split('/').pop()!);
  if (!file.value) throw new Error(`unreadable fixture: ${JSON.stringify(file.issues)}`);
  const load = await loadWorkbook(engine, file.value, opts);
  if (!load.value) throw new Error(`fixture not loaded: ${JSON.stringify(load.issues)}`);
  return { issues: [...file.issues, ...load.issues], loaded: load.value };
}

export async function kpiRows(
  engine: Engine,
  loaded: LoadedData,
  asOf: string,
  group: Grouping = 'owner',
  extra: Partial<KpiQuery> = {},
): Promise<KpiRowWithTargets[]> {
  const result = await computeKpis(engine, loaded, { basis: 'natural', group, asOf, ...extra });
  return result.rows;
}

/** The row of one month and group (group null for grouping "none"). */
export function rowOf(rows: KpiRowWithTargets[], month: string, group: string | null): KpiRowWithTargets {
  const row = rows.find((r) => r.month === month && r.group === group);
  if (!row) throw new Error(`no KPI row for ${month} / ${group}; rows: ${rows.map((r) => `${r.month}/${r.group}`).join(', ')}`);
  return row;
}

/** field → header, as the CLI's JSON prints the mapping. */
export function headersOf(loaded: LoadedData): Record<string, string> {
  return Object.fromEntries(Object.entries(loaded.mapping).map(([field, m]) => [field, m!.header]));
}

/** Issues as "CELL code" strings (cell "" for sheet-wide), for compact exact comparisons. */
export function issueCodes(issues: Issue[], sheet?: string): string[] {
  return issues.filter((i) => sheet === undefined || i.sheet === sheet).map((i) => `${i.cell} ${i.code}`.trim());
}
