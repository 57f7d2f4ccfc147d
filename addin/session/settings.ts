import type { JsonValue, WorkbookHost } from '../../shared/host/index';
import { isDateOrder, type DateOrder } from '../../shared/ingest/index';
import { isOrderField, type OrderField } from '../../shared/schema/index';
import type { SourceRef } from './sources';

/** What the pane remembers in each workbook: the chosen sources and the user's column choices. */
export interface PaneSettings {
  orders?: SourceRef;
  /** null = the user chose "no targets". */
  kpi?: SourceRef | null;
  overrides?: Partial<Record<OrderField, string>>;
  /** How to read dates like 05/06/2026 in columns that do not show it; absent = automatic. */
  dateOrder?: DateOrder;
  /** The orders come from a database behind this local data server (absent = the workbook's sheets). */
  server?: string;
}

export const SETTINGS_KEY = 'teamKpiAnalytics';

/** Where `npm run serve` listens unless told otherwise (server/serve.ts). */
export const DEFAULT_SERVER_URL = 'http://127.0.0.1:3100';

/**
 * A data server on this computer: http://127.0.0.1 or localhost, any port — what the pane's
 * content security policy (taskpane.html, connect-src) lets it reach. The data server answers
 * only such names; a pane never sends its questions elsewhere.
 */
export function isLocalServerUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(url.hostname) && url.pathname === '/' && !url.search && !url.username;
  } catch {
    return false;
  }
}

function sourceRef(x: unknown): SourceRef | undefined {
  if (!x || typeof x !== 'object') return undefined;
  const { kind, name } = x as Record<string, unknown>;
  return (kind === 'sheet' || kind === 'table') && typeof name === 'string' ? { kind, name } : undefined;
}

/** The saved settings, ignoring anything malformed (an older or hand-edited value). */
export function parseSettings(value: JsonValue | null): PaneSettings {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: PaneSettings = {};
  const orders = sourceRef(value.orders);
  if (orders) out.orders = orders;
  if (value.kpi === null) out.kpi = null;
  else if (sourceRef(value.kpi)) out.kpi = sourceRef(value.kpi);
  if (value.overrides && typeof value.overrides === 'object' && !Array.isArray(value.overrides)) {
    const overrides: Partial<Record<OrderField, string>> = {};
    for (const [field, header] of Object.entries(value.overrides)) {
      if (isOrderField(field) && typeof header === 'string') overrides[field] = header;
    }
    out.overrides = overrides;
  }
  if (isDateOrder(value.dateOrder)) out.dateOrder = value.dateOrder;
  if (typeof value.server === 'string' && isLocalServerUrl(value.server)) out.server = value.server;
  return out;
}

export async function loadSettings(host: WorkbookHost): Promise<PaneSettings> {
  try {
    return parseSettings(await host.getSetting(SETTINGS_KEY));
  } catch {
    return {};
  }
}

export async function saveSettings(host: WorkbookHost, settings: PaneSettings): Promise<void> {
  await host.setSetting(SETTINGS_KEY, JSON.parse(JSON.stringify(settings)) as JsonValue);
}
