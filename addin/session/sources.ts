import type { SheetInfo, TableInfo, WorkbookHost } from '../../shared/host/index';

/** Where orders or targets come from: a sheet's used range, or an Excel table. */
export interface SourceRef {
  kind: 'sheet' | 'table';
  name: string;
}

export interface Source extends SourceRef {
  /** The sheet the cells are on (for a sheet, its own name). */
  sheet: string;
  rows: number;
}

export function sameSource(a: SourceRef | null | undefined, b: SourceRef | null | undefined): boolean {
  return !!a && !!b && a.kind === b.kind && a.name === b.name;
}

/** A key unique among sources, for pickers: "sheet:Orders", "table:Targets". */
export function sourceKey(ref: SourceRef): string {
  return `${ref.kind}:${ref.name}`;
}

export function parseSourceKey(key: string): SourceRef | null {
  const m = /^(sheet|table):(.+)$/s.exec(key);
  return m ? { kind: m[1] as SourceRef['kind'], name: m[2] } : null;
}

/** The visible sheets that hold data, then the tables, as the pickers list them. */
export function sourcesOf(sheets: readonly SheetInfo[], tables: readonly TableInfo[]): Source[] {
  return [
    ...sheets.filter((s) => s.visible && s.used.rows > 0).map((s) => ({ kind: 'sheet' as const, name: s.name, sheet: s.name, rows: s.used.rows })),
    ...tables.map((t) => ({ kind: 'table' as const, name: t.name, sheet: t.sheet, rows: t.area.rows })),
  ];
}

export async function listSources(host: WorkbookHost): Promise<Source[]> {
  const [sheets, tables] = await Promise.all([host.listSheets(), host.listTables()]);
  return sourcesOf(sheets, tables);
}
