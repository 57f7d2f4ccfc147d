import { referenceKpiRows, type KpiRow } from '../../shared/kpi/index';
import { compareKpiRows } from '../lib/compare';
import { plainOrdersOf } from '../lib/plain-orders';
import { median, timeRuns } from '../lib/timing';
import type { BenchInput, BenchSuite, Measurement, RunOptions } from '../lib/types';

const SUITE = 'reference';

/** The same KPIs by the plain TypeScript reference (shared/kpi/reference.ts), on plain orders. */
export const referenceSuite: BenchSuite = {
  name: SUITE,
  async run(input: BenchInput, { runs }: RunOptions): Promise<Measurement[]> {
    const orders = plainOrdersOf(input.table); // outside the timing: the reference's input form
    const opts = { fieldsPresent: input.fieldsPresent, basis: 'natural', group: 'owner', asOf: input.asOf } as const;
    let resultRows: KpiRow[] = [];
    const times = await timeRuns(runs, () => (resultRows = referenceKpiRows(orders, opts)));
    const check = input.kpiRows ? `; ${compareKpiRows(input.kpiRows, resultRows)}` : '';
    return [{ suite: SUITE, step: 'kpi', rows: input.rows, value: median(times), unit: 'ms', runs: times, note: `${resultRows.length} rows${check}` }];
  },
};
