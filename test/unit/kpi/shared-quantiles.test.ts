import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../shared/engine/engine';
import { createNodeEngine } from '../../../shared/engine/node';
import { sharedQuantiles } from '../../../shared/kpi/sql-parts';

describe('sharedQuantiles', () => {
  it('folds quantiles of the same value into one list quantile, by position', () => {
    expect(sharedQuantiles(['count(*)', 'quantile_cont(cycle_days, 0.5)', 'avg(x)', 'quantile_cont(cycle_days, 0.9)'])).toEqual([
      'count(*)',
      'quantile_cont(cycle_days, [0.5, 0.9])[1]',
      'avg(x)',
      'quantile_cont(cycle_days, [0.5, 0.9])[2]',
    ]);
  });

  it('leaves a quantile alone when it is the only one of its value', () => {
    const aggregates = ['quantile_cont("response_hours", 0.9)', 'quantile_cont(cycle_days, 0.5)'];
    expect(sharedQuantiles(aggregates)).toEqual(aggregates);
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
      const [p50, p90] = sharedQuantiles(['quantile_cont(v, 0.5)', 'quantile_cont(v, 0.9)']);
      const sql = `SELECT ${p50} AS p50, ${p90} AS p90, quantile_cont(v, 0.5) AS a, quantile_cont(v, 0.9) AS b FROM range(1, 11) t(v)`;
      const [row] = (await engine.query(sql)).rows;
      expect(row).toEqual({ p50: 5.5, p90: 9.1, a: 5.5, b: 9.1 });
    });
  });
});
