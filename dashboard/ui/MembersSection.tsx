import { Button } from '@fluentui/react-components';
import { KPI_KEYS, type KpiKey } from '../../shared/kpi/index';
import { messagesFor, type Lang } from '../../shared/messages/index';
import { MemberTable } from '../../shared/ui/index';
import type { ViewData } from '../data/view-data';
import { downloadBlob, fileNameOf } from '../export/download';
import { kpiTableXlsxBytes, memberTableCsv } from '../export/kpi-table';

export interface MembersSectionProps {
  lang: Lang;
  data: ViewData;
  /** Shown in export file names, e.g. "2025-01 – 2026-10". */
  rangeLabel: string;
  onOpenOrders: (member: string | null, kpi: KpiKey) => void;
}

/** The member table's KPIs: counts that frame the work, and every KPI that has a target. */
export function memberKpis(data: ViewData): KpiKey[] {
  const wanted = new Set<KpiKey>(['orders', 'overdue_open']);
  for (const row of data.members) for (const kpi of Object.keys(row.targets) as KpiKey[]) wanted.add(kpi);
  return KPI_KEYS.filter((kpi) => wanted.has(kpi) && data.kpis.includes(kpi));
}

/** Members against their targets (by name unless the user sorts), with CSV and Excel exports. */
export function MembersSection({ lang, data, rangeLabel, onOpenOrders }: MembersSectionProps) {
  const m = messagesFor(lang);
  const kpis = memberKpis(data);
  const base = fileNameOf(m.dash_members, rangeLabel);
  return (
    <section className="dash-section dash-members" aria-label={m.dash_members}>
      <div className="dash-section-head">
        <h2>
          {m.dash_members} <span className="dash-hint no-print">{m.dash_membersHint}</span>
        </h2>
        <div className="no-print" aria-label={m.dash_exportTable} role="group">
          <Button size="small" onClick={() => downloadBlob(memberTableCsv(data.members, kpis, lang), `${base}.csv`, 'text/csv;charset=utf-8')} data-testid="export-csv">
            {m.dash_exportCsv}
          </Button>{' '}
          <Button
            size="small"
            onClick={() =>
              downloadBlob(
                kpiTableXlsxBytes(data.heat, data.members, data.kpis, lang) as BlobPart,
                `${base}.xlsx`,
                'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
              )
            }
            data-testid="export-xlsx"
          >
            {m.dash_exportXlsx}
          </Button>
        </div>
      </div>
      <MemberTable rows={data.members} kpis={kpis} lang={lang} sortable onCellClick={onOpenOrders} />
    </section>
  );
}
