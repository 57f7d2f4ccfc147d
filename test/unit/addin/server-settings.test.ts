import { describe, expect, it } from 'vitest';
import { serverLoaded } from '../../../addin/session/server-loaded';
import { isLocalServerUrl, parseSettings } from '../../../addin/session/settings';
import type { DataServerSource } from '../../../shared/source/index';

describe('the pane’s data server setting', () => {
  it('is a data server on this computer, and nothing else', () => {
    expect(['http://127.0.0.1:3100', 'http://localhost:8080', 'http://127.0.0.1:3100/'].map(isLocalServerUrl)).toEqual([true, true, true]);
    // Another machine, a path or query, credentials in the address, https (the pane's CSP allows http only there), not a URL.
    expect(['http://10.0.0.5:3100', 'http://127.0.0.1:3100/api', 'http://127.0.0.1:3100?x=1', 'http://me:pw@127.0.0.1:3100', 'https://localhost:3100', 'postgresql://127.0.0.1/db', '127.0.0.1:3100'].map(isLocalServerUrl)).toEqual([
      false, false, false, false, false, false, false,
    ]);
  });

  it('is remembered in the workbook when local; a remote one is dropped as malformed', () => {
    expect(parseSettings({ server: 'http://127.0.0.1:3100' })).toEqual({ server: 'http://127.0.0.1:3100' });
    expect(parseSettings({ server: 'http://db.example.com:3100' })).toEqual({});
    expect(parseSettings({ server: 3100 })).toEqual({});
  });
});

describe('what the data server says of its table, as loaded data', () => {
  it('the table stands for the orders sheet, its columns for the headers; no KPI sheet, no targets', () => {
    const source: DataServerSource = {
      table: 'team_orders',
      columns: [
        { name: 'Order No', type: 'text' },
        { name: 'Owner', type: 'text' },
        { name: 'Order Date', type: 'date' },
      ],
      mapping: { order_id: 'Order No', owner: 'Owner', created: 'Order Date' },
      fieldsPresent: ['order_id', 'owner', 'created'],
      months: ['2026-01', '2026-02'],
      teams: [],
      owners: ['Ann', 'Bob'],
      teamOf: {},
      rows: 6,
      cancelled: 1,
      satisfactionScale: 7,
      ordersAcrossGroups: false,
      dialect: 'postgresql',
    };
    const loaded = serverLoaded(source);
    expect(loaded).toMatchObject({ ordersSheet: 'team_orders', kpiSheet: null, targets: [], headers: ['Order No', 'Owner', 'Order Date'], rowCount: 6, cancelledCount: 1 });
    expect(loaded.mapping.created).toEqual({ column: 2, header: 'Order Date', confidence: 1 });
    // Only the scales ingest knows (5, 10, 100).
    expect(loaded.satisfactionScale).toBeNull();
  });
});
