import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../../shared/engine/node';
import type { Engine } from '../../../shared/engine/engine';
import { createMemoryHost } from '../../../shared/host/index';
import { readWorkbookFile } from '../../../shared/ingest/index';
import { computeKpis, loadWorkbook } from '../../../shared/pipeline/index';
import { detectSources, readSources } from '../../../addin/session/read-sources';
import { listSources } from '../../../addin/session/sources';
import { REAL_EXPORTS, type RealExport } from '../../fixtures/realworld/real-exports';
import { runCli } from '../cli/run-cli';
import { tempFolder, type TempFolder } from './harness';

/*
 * The real-looking exports of real-exports.ts through two front ends in Node: the report CLI
 * (a child process, JSON) and the add-in's path (the workbook read through a host, then the
 * pipeline). The dashboard's is in test/e2e/dashboard-real-exports.test.ts.
 */
let engine: Engine;
let folder: TempFolder;
beforeAll(async () => {
  engine = await createNodeEngine();
  folder = tempFolder();
}, 240_000);
afterAll(async () => {
  await engine.close();
  folder.remove();
});

function expectKpis(got: Record<string, unknown>, want: Record<string, number>, what: string) {
  for (const [kpi, value] of Object.entries(want)) expect(got[kpi], `${what}: ${kpi}`).toBeCloseTo(value, 9);
}

describe.each(REAL_EXPORTS)('$file', (fixture: RealExport) => {
  it('the report CLI gives the figures worked out by hand', async () => {
    const path = folder.write(fixture.file, fixture.bytes());
    const run = await runCli([path, '--group', 'none', '--as-of', fixture.asOf, '--from', fixture.month, '--to', fixture.month, '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { rows: Record<string, unknown>[] };
    expect(json.rows).toHaveLength(1);
    expectKpis(json.rows[0], fixture.month_kpis, 'CLI');
    if (fixture.member) {
      const member = await runCli([path, '--group', 'owner', '--as-of', fixture.asOf, '--from', fixture.month, '--to', fixture.month, '--format', 'json']);
      const row = (JSON.parse(member.stdout) as { rows: Record<string, unknown>[] }).rows.find((r) => r.group === fixture.member!.owner);
      expectKpis(row!, fixture.member.kpis, `CLI ${fixture.member.owner}`);
    }
  });

  it('the add-in (its sheets read through a workbook host) gives the same figures', async () => {
    const book = readWorkbookFile(fixture.bytes(), fixture.file).value!;
    const host = createMemoryHost(book);
    const found = await detectSources(host, await listSources(host));
    const workbook = await readSources(host, found.orders!, found.kpi);
    const loaded = (await loadWorkbook(engine, workbook)).value!;
    const q = { basis: 'natural' as const, asOf: fixture.asOf, from: fixture.month, to: fixture.month };
    const all = await computeKpis(engine, loaded, { ...q, group: 'none' });
    expectKpis(all.rows[0] as unknown as Record<string, unknown>, fixture.month_kpis, 'add-in');
    if (fixture.member) {
      const one = await computeKpis(engine, loaded, { ...q, group: 'none', filters: { owner: [fixture.member.owner] } });
      expectKpis(one.rows[0] as unknown as Record<string, unknown>, fixture.member.kpis, `add-in ${fixture.member.owner}`);
    }
  });
});
