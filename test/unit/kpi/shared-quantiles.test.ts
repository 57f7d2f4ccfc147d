import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../shared/engine/engine';
import { createNodeEngine } from '../../../shared/engine/node';
import { aggregatesSql, type KpiAggregate } from '../../../shared/kpi/aggregate';
import { DUCKDB_DIALECT, POSTGRES_DIALECT } from '../../../shared/kpi/dialect';

const p50: KpiAggregate = { kind: 'quantile', value: 'cycle_days', level: 0.5 };
const p90: KpiAggregate = { kind: 'quantile', value: 'cycle_days', level: 0.9 };
const orders: KpiAggregate = { kind: 'count', count: { every: true } };
const average: KpiAggregate = { kind: 'average', value: 'x' };

describe('quantiles of the same value asked together', () => {
  it('DuckDB: folded into one list quantile, by position', () => {
    expect(aggregatesSql([orders, p50, average, p90], DUCKDB_DIALECT)).toEqual([
      'count(*)',
      'quantile_cont(cycle_days, [0.5, 0.9])[1]',
      'avg(x)',
      'quantile_cont(cycle_days, [0.5, 0.9])[2]',
    ]);
  });

  it('a quantile alone of its value stays as it is', () => {
    const response: KpiAggregate = { kind: 'quantile', value: '"response_hours"', level: 0.9 };
    expect(aggregatesSql([response, p50], DUCKDB_DIALECT)).toEqual(['quantile_cont("response_hours", 0.9)', 'quantile_cont(cycle_days, 0.5)']);
  });

  it('PostgreSQL: one percentile_cont each', () => {
    expect(aggregatesSql([p50, p90], POSTGRES_DIALECT)).toEqual([
      'percentile_cont(0.5) WITHIN GROUP (ORDER BY cycle_days)',
      'percentile_cont(0.9) WITHIN GROUP (ORDER BY cycle_days)',
    ]);
  });

  describe('in DuckDB', () => {
    let engine: Engine;
    beforeAll(async () => {
      engine = await createNodeEngine();
    });
    afterAll(async () => {
      await engine.close();
    });

    it('gives the same P50 and P90 as separate quantiles: 5.5 and 9.1 of 1..10', async () => {
      const [a, b] = aggregatesSql(
        [
          { kind: 'quantile', value: 'v', level: 0.5 },
          { kind: 'quantile', value: 'v', level: 0.9 },
        ],
        DUCKDB_DIALECT,
      );
      const sql = `SELECT ${a} AS p50, ${b} AS p90, quantile_cont(v, 0.5) AS a, quantile_cont(v, 0.9) AS b FROM range(1, 11) t(v)`;
      const [row] = (await engine.query(sql)).rows;
      expect(row).toEqual({ p50: 5.5, p90: 9.1, a: 5.5, b: 9.1 });
    });
  });
});
