import { memo, useState } from 'react';
import { Button } from '@fluentui/react-components';
import type { KpiKey } from '../../shared/kpi/index';
import { messagesFor, type Lang } from '../../shared/messages/index';
import { MemberTable } from '../../shared/ui/index';
import type { TableData, ViewData } from '../data/view-data';
import { downloadBlob, fileNameOf } from '../export/download';
import { kpiTableXlsxBytes, memberTableCsv } from '../export/kpi-table';

export interface MembersSectionProps {
  lang: Lang;
  data: ViewData;
  /** Shown in export file names, e.g. "2025-01 – 2026-10". */
  rangeLabel: string;
  /** Every KPI per member by month and over the range, asked of the worker on export. */
  loadTable: () => Promise<TableData>;
  onOpenOrders: (member: string | null, kpi: KpiKey) => void;
}

/** Members against their targets (by name unless the user sorts), with CSV and Excel exports. */
/** Memoised: it renders again only when its own props change (see use-stable-callback.ts). */
export const MembersSection = memo(function MembersSection({ lang, data, rangeLabel, loadTable, onOpenOrders }: MembersSectionProps) {
  const m = messagesFor(lang);
  const kpis = data.memberKpis;
  const base = fileNameOf(m.dash_members, rangeLabel);
  const [exporting, setExporting] = useState(false);
  const exportXlsx = async () => {
    setExporting(true);
    try {
      const table = await loadTable();
      downloadBlob(kpiTableXlsxBytes(table.monthly, table.range, table.kpis, lang) as BlobPart, `${base}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    } finally {
      setExporting(false);
    }
  };
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
            disabled={exporting}
            onClick={() => void exportXlsx()}
            data-testid="export-xlsx"
          >
            {m.dash_exportXlsx}
          </Button>
        </div>
      </div>
      <MemberTable rows={data.members} kpis={kpis} lang={lang} sortable onCellClick={onOpenOrders} />
    </section>
  );
});
