import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../../shared/engine/postgres';
import { computeTableKpis, openTableOrders } from '../../../shared/source/index';
import { startPostgresCluster, type PostgresCluster } from '../../postgres-cluster';

/*
 * Date-times carry no time zone and are never shifted (DESIGN.md): a `timestamptz` column is
 * read as UTC wall-clock time whatever zone the server, the database or the role is set to.
 */

let cluster: PostgresCluster;

beforeAll(async () => {
  cluster = await startPostgresCluster();
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  try {
    await admin.query('CREATE TABLE tickets ("Ticket" integer, "Opened" timestamptz, "Closed" timestamptz, "Due" date)');
    // 23:30 UTC on the last day of September is already October in Shanghai.
    await admin.query(`INSERT INTO tickets VALUES (1, '2026-09-30 23:30:00+00', '2026-10-01 00:30:00+00', '2026-10-01')`);
    await admin.query(`ALTER DATABASE postgres SET timezone = 'Asia/Shanghai'`);
    await admin.query(`ALTER ROLE ${cluster.user} SET timezone = 'America/New_York'`);
  } finally {
    await admin.end();
  }
});

afterAll(async () => cluster?.stop());

describe('a timestamptz column', () => {
  it('counts in its UTC month, with its UTC times', async () => {
    const db = await openPostgres(cluster.url);
    try {
      const source = (await openTableOrders(db, 'tickets')).value!;
      expect(source.loaded.mapping).toMatchObject({ order_id: { header: 'Ticket' }, created: { header: 'Opened' }, delivered: { header: 'Closed' } });
      expect(source.loaded.months).toEqual(['2026-09', '2026-10']);
      const { rows } = await computeTableKpis(db, source, { basis: 'natural', group: 'none', asOf: '2026-10-31' });
      expect(rows.map((r) => [r.month, r.orders, r.completed, r.cycle_days_avg])).toEqual([
        ['2026-09', 1, 0, null],
        ['2026-10', 0, 1, 1 / 24],
      ]);
    } finally {
      await db.close();
    }
  });
});
