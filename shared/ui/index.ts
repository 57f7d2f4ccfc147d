/** React components shared by the Excel task pane and the dashboard. */
export { KpiCard, type KpiCardProps } from './KpiCard';
export { VegaChart, type VegaChartProps } from './VegaChart';
export { IssueList, type IssueListProps } from './IssueList';
export { MappingEditor, type MappingEditorProps, type MappedColumn } from './MappingEditor';
export { MemberTable, type MemberTableProps } from './MemberTable';
export { ResultGrid, type ResultGridProps } from './ResultGrid';
export { formatKpiValue, formatKpiChange, formatAgainstTarget, excelNumberFormat } from './format';
export { ReviewKpiCard, type ReviewKpiCardProps } from './ReviewKpiCard';
export { MembersVsTarget, type MembersVsTargetProps } from './MembersVsTarget';
export { MiniSpark } from './MiniSpark';
export { ReviewPace } from './ReviewPace';
