import { defineMessages } from './define';

/**
 * Messages of shared/ui and the front ends. Keys: `ui…` shared components, `pane…` the Excel
 * task pane, `dash_…` the dashboard.
 */
export const uiMessages = defineMessages({
  // Shared components (shared/ui)
  uiNoValue: { en: 'No data', zh: '无数据' },
  uiTarget: { en: (p: { value: string }) => `Target ${p.value}`, zh: (p: { value: string }) => `目标 ${p.value}` },
  uiNoTarget: { en: 'No target', zh: '无目标' },
  uiMet: { en: 'Met', zh: '达标' },
  uiMissed: { en: 'Missed', zh: '未达标' },
  uiChangeFromPrevious: {
    en: (p: { change: string }) => `${p.change} vs previous month`,
    zh: (p: { change: string }) => `较上月 ${p.change}`,
  },
  uiNoPrevious: { en: 'No previous month', zh: '无上月数据' },
  uiIssuesTitle: { en: (p: { count: number }) => `Issues (${p.count})`, zh: (p: { count: number }) => `问题（${p.count}）` },
  uiNoIssues: { en: 'No issues found.', zh: '未发现问题。' },
  uiIssuesMore: {
    en: (p: { shown: number; total: number }) => `Showing ${p.shown} of ${p.total}.`,
    zh: (p: { shown: number; total: number }) => `显示 ${p.total} 条中的 ${p.shown} 条。`,
  },
  uiShowMore: { en: 'Show more', zh: '显示更多' },
  uiSeverityError: { en: 'Error', zh: '错误' },
  uiSeverityWarning: { en: 'Warning', zh: '警告' },
  uiSeverityInfo: { en: 'Note', zh: '提示' },
  uiGoToCell: { en: (p: { where: string }) => `Select ${p.where}`, zh: (p: { where: string }) => `选中 ${p.where}` },
  uiMappingField: { en: 'Field', zh: '字段' },
  uiMappingColumn: { en: 'Column', zh: '列' },
  uiMappingConfidence: { en: 'Match', zh: '匹配度' },
  uiMappingNone: { en: '(not used)', zh: '（不使用）' },
  uiMappingRequired: { en: 'required', zh: '必填' },
  uiMappingOverride: { en: 'set by you', zh: '手动指定' },
  uiDateOrder: { en: 'Date order', zh: '日期顺序' },
  uiDateOrderHint: {
    en: 'For dates like 05/06/2026 when a column does not show it',
    zh: '用于列中看不出顺序的日期，如 05/06/2026',
  },
  uiDateOrderAuto: { en: 'Automatic (from the data, else your region)', zh: '自动（按数据，否则按区域设置）' },
  uiDateOrderDmy: { en: 'Day first (31/12/2026)', zh: '日在前（31/12/2026）' },
  uiDateOrderMdy: { en: 'Month first (12/31/2026)', zh: '月在前（12/31/2026）' },
  uiDateOrderYmd: { en: 'Year first (26/12/31)', zh: '年在前（26/12/31）' },
  uiMember: { en: 'Member', zh: '成员' },
  uiTeam: { en: 'Team', zh: '团队' },
  uiSortByName: { en: 'Sorted by name', zh: '按姓名排序' },
  uiSortBy: { en: (p: { column: string }) => `Sort by ${p.column}`, zh: (p: { column: string }) => `按${p.column}排序` },
  uiRowsShown: {
    en: (p: { shown: number; total: number }) => (p.shown < p.total ? `${p.total} rows, first ${p.shown} shown` : `${p.total} rows`),
    zh: (p: { shown: number; total: number }) => (p.shown < p.total ? `共 ${p.total} 行，显示前 ${p.shown} 行` : `共 ${p.total} 行`),
  },
  uiChartLabel: { en: (p: { title: string }) => `Chart: ${p.title}`, zh: (p: { title: string }) => `图表：${p.title}` },

  // The dashboard (dashboard/)
  dash_title: { en: 'Team KPI Analytics', zh: '团队绩效分析' },
  dash_subtitle: { en: 'Monthly review', zh: '月度绩效例会' },
  dash_openFile: { en: 'Open file…', zh: '打开文件…' },
  dash_openFileLabel: { en: 'Open an orders workbook (.xlsx or .csv)', zh: '打开订单工作簿（.xlsx 或 .csv）' },
  dash_dropHere: { en: 'Drop an .xlsx or .csv file to open it', zh: '松开鼠标即可打开 .xlsx 或 .csv 文件' },
  dash_useDemo: { en: 'Demo data', zh: '示例数据' },
  dash_sourceFile: {
    en: (p: { file: string; rows: string }) => `${p.file} · ${p.rows} orders read`,
    zh: (p: { file: string; rows: string }) => `${p.file} · 读取 ${p.rows} 条订单`,
  },
  dash_sourceDemo: {
    en: (p: { rows: string }) => `Demo workbook · ${p.rows} orders read`,
    zh: (p: { rows: string }) => `示例工作簿 · 读取 ${p.rows} 条订单`,
  },
  dash_dataButton: { en: 'Data & mapping', zh: '数据与字段映射' },
  dash_print: { en: 'Print', zh: '打印' },
  dash_language: { en: 'Language', zh: '语言' },
  dash_langEn: { en: 'English', zh: 'English' },
  dash_langZh: { en: '中文', zh: '中文' },
  dash_darkTheme: { en: 'Dark', zh: '深色' },
  dash_stepEngine: { en: 'Starting the database…', zh: '正在启动数据库…' },
  dash_stepRead: { en: 'Reading the file…', zh: '正在读取文件…' },
  dash_stepParse: { en: 'Parsing the sheets…', zh: '正在解析工作表…' },
  dash_stepIngest: { en: 'Checking every cell…', zh: '正在检查每个单元格…' },
  dash_stepLoad: { en: 'Loading into the database…', zh: '正在载入数据库…' },
  dash_stepTargets: { en: 'Reading the targets…', zh: '正在读取目标…' },
  dash_stepSummary: { en: 'Computing the KPIs…', zh: '正在计算指标…' },
  dash_loadFailed: {
    en: (p: { file: string }) => `${p.file} could not be used.`,
    zh: (p: { file: string }) => `无法使用文件 ${p.file}。`,
  },
  dash_keptPrevious: { en: 'The data shown before is still on screen.', zh: '页面仍显示之前的数据。' },
  dash_fixMapping: {
    en: 'Pick the missing columns under “Data & mapping”, then apply.',
    zh: '请在“数据与字段映射”中选择缺少的列，然后应用。',
  },
  dash_unexpected: {
    en: (p: { reason: string }) => `Something went wrong: ${p.reason}`,
    zh: (p: { reason: string }) => `出现问题：${p.reason}`,
  },
  dash_dismiss: { en: 'Dismiss', zh: '关闭' },
  dash_dataTitle: { en: 'Data and header mapping', zh: '数据与表头映射' },
  dash_ordersSheet: { en: 'Orders sheet', zh: '订单表' },
  dash_kpiSheet: { en: 'Targets sheet', zh: '目标表' },
  dash_noKpiSheet: { en: 'none found', zh: '未找到' },
  dash_sheetRows: {
    en: (p: { name: string; rows: string }) => `${p.name} (${p.rows} rows)`,
    zh: (p: { name: string; rows: string }) => `${p.name}（${p.rows} 行）`,
  },
  dash_dataSummary: {
    en: (p: { rows: string; cancelled: string; months: number; targets: number }) =>
      `${p.rows} orders read, ${p.cancelled} cancelled (left out of every KPI), ${p.months} months, ${p.targets} target rows.`,
    zh: (p: { rows: string; cancelled: string; months: number; targets: number }) =>
      `读取 ${p.rows} 条订单，其中已取消 ${p.cancelled} 条（不计入任何指标），共 ${p.months} 个月，目标 ${p.targets} 行。`,
  },
  dash_applyMapping: { en: 'Apply and reload', zh: '应用并重新载入' },
  dash_close: { en: 'Close', zh: '关闭' },
  dash_filters: { en: 'Filters', zh: '筛选' },
  dash_from: { en: 'From', zh: '起始月' },
  dash_to: { en: 'To', zh: '截止月' },
  dash_firstMonth: { en: 'First month', zh: '最早月份' },
  dash_lastMonth: { en: 'Last month', zh: '最近月份' },
  dash_team: { en: 'Team', zh: '团队' },
  dash_allTeams: { en: 'All teams', zh: '全部团队' },
  dash_owner: { en: 'Member', zh: '成员' },
  dash_allOwners: { en: 'All members', zh: '全部成员' },
  dash_basis: { en: 'Period basis', zh: '统计口径' },
  dash_basisNatural: { en: "Each KPI's own date", zh: '各指标默认日期' },
  dash_basisCreated: { en: 'Order date', zh: '下单日期' },
  dash_basisDue: { en: 'Due date', zh: '承诺交期' },
  dash_basisDelivered: { en: 'Delivered date', zh: '实际交付日期' },
  dash_asOf: { en: 'As of', zh: '截至日期' },
  dash_reset: { en: 'Reset', zh: '重置' },
  dash_picked: { en: 'Selected in a chart:', zh: '图表中已选：' },
  dash_pickMonth: { en: (p: { month: string }) => `Month ${p.month}`, zh: (p: { month: string }) => `月份 ${p.month}` },
  dash_pickMember: { en: (p: { member: string }) => `Member ${p.member}`, zh: (p: { member: string }) => `成员 ${p.member}` },
  dash_clearPick: { en: 'Clear selection', zh: '清除选择' },
  dash_kpis: { en: 'KPIs', zh: '关键指标' },
  dash_allMonths: { en: 'All months', zh: '全部月份' },
  dash_monthRange: {
    en: (p: { from: string; to: string }) => (p.from === p.to ? p.from : `${p.from} – ${p.to}`),
    zh: (p: { from: string; to: string }) => (p.from === p.to ? p.from : `${p.from} 至 ${p.to}`),
  },
  dash_cardHint: { en: 'Click a card to list the orders behind it.', zh: '点击指标卡可查看对应订单。' },
  dash_fromKpiSheet: { en: (p: { cell: string }) => `From the KPI sheet (${p.cell})`, zh: (p: { cell: string }) => `来自目标表（${p.cell}）` },
  dash_absentTitle: { en: 'Not available from this data', zh: '当前数据无法计算的指标' },
  dash_charts: { en: 'Trends and attainment', zh: '趋势与达标' },
  dash_chartHint: {
    en: 'Click a month or a member in a chart to filter the rest of the page.',
    zh: '点击图表中的月份或成员，可筛选页面其他内容。',
  },
  dash_heatKpi: { en: 'Heatmap KPI', zh: '热力图指标' },
  dash_exportPng: { en: 'PNG', zh: 'PNG' },
  dash_exportSvg: { en: 'SVG', zh: 'SVG' },
  dash_exportChart: {
    en: (p: { title: string; format: string }) => `Download “${p.title}” as ${p.format}`,
    zh: (p: { title: string; format: string }) => `将“${p.title}”下载为 ${p.format}`,
  },
  dash_members: { en: 'Members against targets', zh: '成员目标达成' },
  dash_membersHint: { en: 'Click a number to list the orders behind it.', zh: '点击数值可查看对应订单。' },
  dash_exportCsv: { en: 'CSV', zh: 'CSV' },
  dash_exportXlsx: { en: 'Excel', zh: 'Excel' },
  dash_exportTable: { en: 'Export the KPI table', zh: '导出指标表' },
  dash_wholeRange: { en: 'Selected range', zh: '所选期间' },
  dash_everyone: { en: 'Everyone in the filters', zh: '筛选范围内全部成员' },
  dash_behindTitle: {
    en: (p: { kpi: string; scope: string }) => `Orders behind “${p.kpi}” — ${p.scope}`,
    zh: (p: { kpi: string; scope: string }) => `“${p.kpi}”对应的订单 — ${p.scope}`,
  },
  dash_behindCount: {
    en: (p: { total: string; counted: string | null }) => (p.counted === null ? `${p.total} orders` : `${p.total} orders, ${p.counted} counted by the KPI (marked ✓)`),
    zh: (p: { total: string; counted: string | null }) => (p.counted === null ? `共 ${p.total} 条订单` : `共 ${p.total} 条订单，其中 ${p.counted} 条计入指标（标记 ✓）`),
  },
  dash_behindNone: { en: 'No orders behind this number.', zh: '该数值没有对应的订单。' },
  dash_behindUnavailable: { en: 'The orders behind this number cannot be listed.', zh: '无法列出该数值对应的订单。' },
  dash_loading: { en: 'Loading…', zh: '加载中…' },
  dash_cancelLoad: { en: 'Cancel', zh: '取消' },
  dash_startPage: {
    en: 'Open an orders workbook (.xlsx or .csv) with “Open file…” or drop it on this page, or look at the demo data.',
    zh: '点击“打开文件…”或把订单工作簿（.xlsx 或 .csv）拖到本页即可打开；也可以查看示例数据。',
  },
  dash_updating: { en: 'Updating…', zh: '更新中…' },
  dash_counted: { en: 'Counted', zh: '计入' },
  dash_sheetRow: { en: 'Row', zh: '行号' },
  dash_noOrdersInRange: { en: 'No orders in the selected range.', zh: '所选范围内没有订单。' },
  dash_printTitle: {
    en: (p: { range: string; asOf: string }) => `Monthly KPI report · ${p.range} · as of ${p.asOf}`,
    zh: (p: { range: string; asOf: string }) => `月度绩效报告 · ${p.range} · 截至 ${p.asOf}`,
  },
  dash_filtersLine: {
    en: (p: { teams: string; owners: string; basis: string }) => `Teams: ${p.teams} · Members: ${p.owners} · Basis: ${p.basis}`,
    zh: (p: { teams: string; owners: string; basis: string }) => `团队：${p.teams} · 成员：${p.owners} · 口径：${p.basis}`,
  },
  dash_absentNeeds: {
    en: (p: { fields: string }) => `needs ${p.fields}`,
    zh: (p: { fields: string }) => `需要字段：${p.fields}`,
  },
  dash_member: { en: 'Member', zh: '成员' },
  dash_met: { en: 'Met', zh: '达标' },
  dash_chartLabel: { en: (p: { title: string }) => `Chart: ${p.title}`, zh: (p: { title: string }) => `图表：${p.title}` },
  dash_chartAsText: { en: (p: { title: string }) => `${p.title}, as text`, zh: (p: { title: string }) => `${p.title}（文字版）` },
  dash_issues: { en: (p: { count: number }) => `Issues (${p.count})`, zh: (p: { count: number }) => `问题（${p.count}）` },
  dash_engineTimeout: {
    en: 'The database did not start in time. Reload the page to try again.',
    zh: '数据库未能及时启动，请刷新页面重试。',
  },
  // dash_ end

  // The Excel task pane (addin/)
  paneTitle: { en: 'Team KPI Analytics', zh: '团队绩效分析' },
  paneTabData: { en: 'Data', zh: '数据' },
  paneTabKpis: { en: 'KPIs', zh: '指标' },
  paneTabAtRisk: { en: 'At risk', zh: '风险' },
  paneTabSql: { en: 'SQL', zh: 'SQL' },
  paneTabReport: { en: 'Report', zh: '报告' },
  paneOrdersSource: { en: 'Orders sheet', zh: '订单表' },
  paneKpiSource: { en: 'KPI sheet (targets)', zh: '绩效目标表' },
  paneNoKpiSource: { en: '(no targets)', zh: '（无目标）' },
  paneTableSource: {
    en: (p: { table: string; sheet: string }) => `Table ${p.table} (${p.sheet})`,
    zh: (p: { table: string; sheet: string }) => `表格 ${p.table}（${p.sheet}）`,
  },
  paneDetected: { en: 'detected', zh: '自动识别' },
  paneLoad: { en: 'Load', zh: '加载' },
  paneReload: { en: 'Reload', zh: '重新加载' },
  paneCancel: { en: 'Cancel', zh: '取消' },
  paneCancelled: { en: 'Loading was cancelled.', zh: '已取消加载。' },
  paneReadingSheet: {
    en: (p: { sheet: string; rows: number; total: number }) => `Reading ${p.sheet}: ${p.rows.toLocaleString('en')} of ${p.total.toLocaleString('en')} rows`,
    zh: (p: { sheet: string; rows: number; total: number }) => `正在读取 ${p.sheet}：${p.rows} / ${p.total} 行`,
  },
  panePhaseEngine: { en: 'Starting the analysis engine…', zh: '正在启动分析引擎…' },
  panePhaseDetect: { en: 'Finding the order and KPI sheets…', zh: '正在识别订单表和目标表…' },
  panePhaseIngest: { en: 'Checking the cells…', zh: '正在检查单元格…' },
  panePhaseLoad: { en: 'Loading into the engine…', zh: '正在载入引擎…' },
  panePhaseTargets: { en: 'Reading targets…', zh: '正在读取目标…' },
  paneLoaded: {
    en: (p: { orders: number; sheet: string; cancelled: number }) =>
      `${p.orders.toLocaleString('en')} orders from ${p.sheet}${p.cancelled ? ` (${p.cancelled} cancelled, left out)` : ''}.`,
    zh: (p: { orders: number; sheet: string; cancelled: number }) =>
      `已从 ${p.sheet} 读取 ${p.orders} 条订单${p.cancelled ? `（${p.cancelled} 条已取消，不计入）` : ''}。`,
  },
  paneMappingTitle: { en: 'Columns', zh: '列对应' },
  paneMappingHint: {
    en: 'Which column holds each field. Changes are remembered in this workbook.',
    zh: '每个字段对应哪一列。修改会保存在本工作簿中。',
  },
  paneApplyMapping: { en: 'Apply and reload', zh: '应用并重新加载' },
  paneSourceChanged: { en: 'The source data changed.', zh: '源数据已更改。' },
  paneDismiss: { en: 'Dismiss', zh: '忽略' },
  paneNoSheets: { en: 'This workbook has no sheet with data.', zh: '此工作簿没有包含数据的工作表。' },
  paneFailed: { en: (p: { message: string }) => `Something went wrong: ${p.message}`, zh: (p: { message: string }) => `出错了：${p.message}` },
  paneTooLarge: {
    en: 'Excel refused to send even one row at a time (the row is too large).',
    zh: 'Excel 拒绝发送数据（单行数据过大）。',
  },
  paneOldExcel: {
    en: (p: { version: string }) => `This version of Excel is too old for the add-in (it needs ExcelApi ${p.version}). Please update Office.`,
    zh: (p: { version: string }) => `此 Excel 版本过旧（需要 ExcelApi ${p.version}）。请更新 Office。`,
  },
  paneOutsideExcel: {
    en: 'This is the Excel task pane. Open it in Excel (Home → KPI Analytics), or preview it here with the demo workbook.',
    zh: '这是 Excel 任务窗格。请在 Excel 中打开（开始 → 绩效分析），或在此用示例工作簿预览。',
  },
  panePreviewDemo: { en: 'Preview with demo data', zh: '用示例数据预览' },

  paneFrom: { en: 'From', zh: '起始月' },
  paneTo: { en: 'To', zh: '截止月' },
  paneTeamFilter: { en: 'Team', zh: '团队' },
  paneOwnerFilter: { en: 'Owner', zh: '负责人' },
  paneAllTeams: { en: 'All teams', zh: '全部团队' },
  paneAllOwners: { en: 'All owners', zh: '全部负责人' },
  paneBasis: { en: 'Period basis', zh: '统计口径' },
  paneBasisNatural: { en: "Each KPI's own date", zh: '各指标默认日期' },
  paneBasisCreated: { en: 'Order date', zh: '下单日期' },
  paneBasisDue: { en: 'Due date', zh: '承诺交期' },
  paneBasisDelivered: { en: 'Delivered date', zh: '实际交付日期' },
  paneAsOf: { en: 'As of', zh: '截至日期' },
  paneMonthHeading: {
    en: (p: { month: string; asOf: string }) => `${p.month} · as of ${p.asOf}`,
    zh: (p: { month: string; asOf: string }) => `${p.month} · 截至 ${p.asOf}`,
  },
  paneTrends: { en: 'Trends', zh: '趋势' },
  paneMembers: { en: 'Members against targets', zh: '成员目标达成' },
  paneRankingToggle: { en: 'Sort by a KPI', zh: '按指标排序' },
  paneNoRows: { en: 'No orders in this selection.', zh: '所选范围内没有订单。' },
  paneLoadFirst: { en: 'Load the data on the Data tab first.', zh: '请先在“数据”页加载数据。' },
  paneKpisAbsent: {
    en: (p: { kpis: string }) => `Not shown (columns missing): ${p.kpis}.`,
    zh: (p: { kpis: string }) => `未显示（缺少列）：${p.kpis}。`,
  },

  paneDueWithin: { en: 'Due within (days)', zh: '几天内到期' },
  paneAtRiskCount: {
    en: (p: { count: number }) => `${p.count} open orders overdue or due soon`,
    zh: (p: { count: number }) => `${p.count} 个未完成订单已逾期或即将到期`,
  },
  paneAtRiskNone: { en: 'No open order is overdue or due soon.', zh: '没有逾期或即将到期的未完成订单。' },
  paneAtRiskNeedsDue: { en: 'The orders have no due date column, so nothing can be at risk.', zh: '订单没有交期列，无法判断风险。' },
  paneOverdueDays: { en: (p: { days: number }) => `${p.days} d overdue`, zh: (p: { days: number }) => `逾期 ${p.days} 天` },
  paneDueInDays: {
    en: (p: { days: number }) => (p.days === 0 ? 'due today' : `due in ${p.days} d`),
    zh: (p: { days: number }) => (p.days === 0 ? '今天到期' : `${p.days} 天后到期`),
  },
  paneNoOwner: { en: '(no owner)', zh: '（无负责人）' },
  paneSelectRow: { en: (p: { row: number }) => `Select row ${p.row}`, zh: (p: { row: number }) => `选中第 ${p.row} 行` },

  paneSqlLabel: { en: 'SQL over the tables orders and targets', zh: '对 orders 和 targets 表执行 SQL' },
  paneSqlExamples: { en: 'Examples', zh: '示例' },
  paneSqlExampleChoose: { en: 'Choose an example…', zh: '选择示例…' },
  paneSqlExampleByOwner: { en: 'Orders and lateness by owner', zh: '各负责人订单数与延误' },
  paneSqlExampleLate: { en: 'Latest late deliveries', zh: '最近的延误交付' },
  paneSqlExampleMonthly: { en: 'Orders per month', zh: '每月订单数' },
  paneSqlExampleTargets: { en: 'The targets', zh: '目标表' },
  paneSqlRun: { en: 'Run', zh: '运行' },
  paneSqlRunHint: { en: 'Ctrl+Enter runs the query', zh: 'Ctrl+Enter 运行查询' },
  paneSqlError: { en: (p: { message: string }) => `The query failed: ${p.message}`, zh: (p: { message: string }) => `查询失败：${p.message}` },
  paneSqlWrite: { en: 'Write to a new sheet', zh: '写入新工作表' },
  paneSqlSheetName: { en: 'Query', zh: '查询结果' },
  paneWritten: { en: (p: { sheet: string }) => `Written to the sheet “${p.sheet}”.`, zh: (p: { sheet: string }) => `已写入工作表“${p.sheet}”。` },

  paneReportMonth: { en: 'Month', zh: '月份' },
  paneReportWrite: { en: 'Write the monthly report', zh: '生成月度报告' },
  paneReportWriting: { en: 'Writing the report…', zh: '正在生成报告…' },
  paneReportExplain: {
    en: 'Adds a new sheet: the month’s KPIs by member against targets (missed targets highlighted) and line charts of satisfaction, on-time rate and error rate. Your sheets are not changed.',
    zh: '新增一个工作表：本月各成员的指标与目标（未达标突出显示），以及满意度、准时率、差错率的折线图。不会修改您的工作表。',
  },
  paneReportSheetName: { en: (p: { month: string }) => `KPI ${p.month}`, zh: (p: { month: string }) => `绩效 ${p.month}` },
  paneReportTitle: { en: (p: { month: string }) => `Monthly KPI report ${p.month}`, zh: (p: { month: string }) => `${p.month} 月度绩效报告` },
  paneReportSubtitle: {
    en: (p: { asOf: string; sheet: string; basis: string }) => `As of ${p.asOf} · orders from ${p.sheet} · ${p.basis}`,
    zh: (p: { asOf: string; sheet: string; basis: string }) => `截至 ${p.asOf} · 订单来自 ${p.sheet} · ${p.basis}`,
  },
  paneReportTargetOf: { en: (p: { kpi: string }) => `${p.kpi} target`, zh: (p: { kpi: string }) => `${p.kpi}目标` },
  paneReportTrendTitle: { en: (p: { kpi: string }) => `${p.kpi} by month`, zh: (p: { kpi: string }) => `${p.kpi}月度趋势` },
  paneReportTarget: { en: 'Target', zh: '目标' },
  paneReportNoMonth: { en: 'There is no month with data.', zh: '没有任何有数据的月份。' },
  paneReportAxisValue: {
    en: (p: { kpi: string; unit: 'rate' | 'score' | 'count' | 'currency' | 'days' | 'hours' }) =>
      `${p.kpi} (${{ rate: '%', score: 'score', count: 'count', currency: 'amount', days: 'days', hours: 'hours' }[p.unit]})`,
    zh: (p: { kpi: string; unit: 'rate' | 'score' | 'count' | 'currency' | 'days' | 'hours' }) =>
      `${p.kpi}（${{ rate: '%', score: '分', count: '数量', currency: '金额', days: '天', hours: '小时' }[p.unit]}）`,
  },

  // Office did not start (addin/app/OfficeCouldNotStart.tsx)
  paneOfficeNotStarted: { en: 'Office could not start', zh: 'Office 未能启动' },
  paneOfficeNotStartedScript: {
    en: 'The pane could not load office.js, the script every Excel add-in needs, from appsforoffice.microsoft.com.',
    zh: '任务窗格无法从 appsforoffice.microsoft.com 加载 office.js（每个 Excel 加载项都需要的脚本）。',
  },
  paneOfficeNotStartedTimeout: {
    en: (p: { seconds: number }) => `office.js loaded, but Office did not answer within ${p.seconds} seconds: one of its files was probably blocked.`,
    zh: (p: { seconds: number }) => `office.js 已加载，但 Office 在 ${p.seconds} 秒内没有响应：它的某个文件可能被拦截了。`,
  },
  paneOfficeNotStartedNoHost: {
    en: 'Office opened the pane, but office.js found no Office application to talk to.',
    zh: 'Office 打开了任务窗格，但 office.js 未能与 Office 应用程序建立连接。',
  },
  paneOfficeCheckTitle: { en: 'What to check', zh: '请检查' },
  paneOfficeCheckNetwork: {
    en: 'This computer can reach https://appsforoffice.microsoft.com (a proxy, firewall or content filter may block it).',
    zh: '这台电脑能访问 https://appsforoffice.microsoft.com（代理、防火墙或内容过滤可能会拦截它）。',
  },
  paneOfficeCheckPolicy: {
    en: 'Your organisation allows Office add-ins (an administrator can turn them off).',
    zh: '您的组织允许使用 Office 加载项（管理员可能已将其关闭）。',
  },
  paneOfficeCheckVersion: {
    en: 'Excel is Microsoft 365, Excel 2019 or later, or Excel on the web.',
    zh: 'Excel 为 Microsoft 365、Excel 2019 或更新版本，或网页版 Excel。',
  },
  paneOfficeCheckReload: {
    en: 'Close the pane and open it again (Home → KPI Analytics); in Excel on the web, reload the page.',
    zh: '关闭任务窗格后重新打开（开始 → 绩效分析）；网页版 Excel 请刷新页面。',
  },
  paneOfficeCheckConsole: {
    en: 'For IT: the developer console names the blocked file. “Refused to load the script …” is the page’s Content-Security-Policy; “net::ERR_…” is the network.',
    zh: '供 IT 人员参考：开发者工具的控制台会列出被拦截的文件。“Refused to load the script …”表示被页面的内容安全策略（CSP）拦截；“net::ERR_…”表示网络问题。',
  },
  paneOfficeRetry: { en: 'Try again', zh: '重试' },
  paneOfficeNotInExcel: {
    en: 'Not in Excel? The pane can be previewed here with the demo workbook.',
    zh: '不在 Excel 中？可以在此用示例工作簿预览任务窗格。',
  },

  // Selecting a cell of a sheet that changed (addin/app/useSelectCell.tsx)
  paneSheetMissing: {
    en: (p: { sheet: string }) => `The sheet “${p.sheet}” is no longer in the workbook. Reload the data on the Data tab.`,
    zh: (p: { sheet: string }) => `工作表“${p.sheet}”已不在工作簿中。请在“数据”页重新加载。`,
  },
  paneSheetRenamed: {
    en: (p: { sheet: string; name: string }) => `The sheet “${p.sheet}” is now called “${p.name}”. Reload the data on the Data tab to follow it.`,
    zh: (p: { sheet: string; name: string }) => `工作表“${p.sheet}”已改名为“${p.name}”。请在“数据”页重新加载。`,
  },
  paneSheetHidden: {
    en: (p: { sheet: string }) => `The sheet “${p.sheet}” is hidden. Unhide it (right-click a sheet tab → Unhide) to see the cell.`,
    zh: (p: { sheet: string }) => `工作表“${p.sheet}”已隐藏。请取消隐藏（右键单击工作表标签 → 取消隐藏）后再查看。`,
  },
  paneSelectFailed: {
    en: (p: { where: string; message: string }) => `Could not select ${p.where}: ${p.message}`,
    zh: (p: { where: string; message: string }) => `无法选中 ${p.where}：${p.message}`,
  },

  // User SQL (addin/app/SqlTab.tsx)
  paneSqlRunning: { en: 'Running… The other tabs keep working.', zh: '正在运行…其他页面可照常使用。' },
  paneSqlCancelled: { en: 'The query was cancelled.', zh: '查询已取消。' },
  paneSqlTimeLimit: {
    en: (p: { seconds: number }) => `The query ran for more than ${p.seconds} seconds and was stopped.`,
    zh: (p: { seconds: number }) => `查询运行超过 ${p.seconds} 秒，已停止。`,
  },
  paneSqlRefused: {
    en: (p: { word: string }) =>
      `Only statements that read can run here (SELECT, WITH, FROM, DESCRIBE, SHOW, SUMMARIZE, PIVOT, EXPLAIN, CREATE TEMP TABLE), not ${p.word}: the loaded tables cannot be changed.`,
    zh: (p: { word: string }) =>
      `这里只能运行读取数据的语句（SELECT、WITH、FROM、DESCRIBE、SHOW、SUMMARIZE、PIVOT、EXPLAIN、CREATE TEMP TABLE），不能运行 ${p.word}：已加载的表不可更改。`,
  },
  paneSqlEmpty: { en: 'There is no statement to run.', zh: '没有可运行的语句。' },
  paneSqlTruncated: {
    en: (p: { rows: number }) => `Only the first ${p.rows.toLocaleString('en')} rows were kept.`,
    zh: (p: { rows: number }) => `仅保留了前 ${p.rows} 行。`,
  },
  paneSqlUnavailable: { en: 'SQL cannot run in this engine.', zh: '此引擎无法运行 SQL。' },
  // The dashboard against a database (dashboard/data/server-client.ts)
  dash_serverDown: {
    en: (p: { url: string }) => `The data server at ${p.url} does not answer. Start it again with npm run serve, then reload this page.`,
    zh: (p: { url: string }) => `位于 ${p.url} 的数据服务没有响应。请重新运行 npm run serve，然后刷新本页。`,
  },
  dash_serverMapping: {
    en: 'The columns of a database table are mapped when the data server starts: stop it and start it again with npm run serve -- … --map FIELD=COLUMN.',
    zh: '数据库表的列映射在数据服务启动时确定：请停止服务，再用 npm run serve -- … --map 字段=列名 重新启动。',
  },
  // The add-in against a database, through the local data server (addin/session/kpi-source.ts)
  paneOrdersFrom: { en: 'Orders from', zh: '订单来源' },
  paneFromWorkbook: { en: 'This workbook’s sheets', zh: '本工作簿的工作表' },
  paneFromServer: { en: 'Company database (local data server)', zh: '公司数据库（本机数据服务）' },
  paneServerUrl: { en: 'Data server address', zh: '数据服务地址' },
  paneServerHint: {
    en: 'Start it with npm run serve -- --source postgresql://… --table NAME. The KPIs are worked out in the database; only the numbers come to Excel, and the password stays with the server.',
    zh: '用 npm run serve -- --source postgresql://… --table 表名 启动。KPI 在数据库中计算，只有结果数字传到 Excel，密码留在数据服务中。',
  },
  paneConnect: { en: 'Connect', zh: '连接' },
  panePhaseServer: { en: (p: { url: string }) => `Asking the data server at ${p.url}…`, zh: (p: { url: string }) => `正在询问位于 ${p.url} 的数据服务…` },
  paneServerLoaded: {
    en: (p: { orders: number; table: string; cancelled: number }) =>
      `${p.orders.toLocaleString('en')} orders in the database table ${p.table}${p.cancelled ? ` (${p.cancelled} cancelled, left out)` : ''}.`,
    zh: (p: { orders: number; table: string; cancelled: number }) => `数据库表 ${p.table} 中有 ${p.orders} 条订单${p.cancelled ? `（${p.cancelled} 条已取消，不计入）` : ''}。`,
  },
  paneServerDown: {
    en: (p: { url: string }) => `The data server at ${p.url} does not answer. Start it with npm run serve, then connect again.`,
    zh: (p: { url: string }) => `位于 ${p.url} 的数据服务没有响应。请运行 npm run serve 启动它，然后重新连接。`,
  },
  paneServerBadUrl: {
    en: (p: { url: string }) => `${p.url} is not the address of a data server on this computer (http://127.0.0.1:PORT or http://localhost:PORT).`,
    zh: (p: { url: string }) => `${p.url} 不是本机数据服务的地址（应为 http://127.0.0.1:端口 或 http://localhost:端口）。`,
  },
  paneServerMapping: {
    en: 'The table’s columns are mapped by the data server when it starts (npm run serve -- … --map FIELD=COLUMN).',
    zh: '数据库表的列由数据服务在启动时映射（npm run serve -- … --map 字段=列名）。',
  },
  paneServerNoRows: { en: 'The rows are in the database: an order cannot be selected in this workbook.', zh: '这些行在数据库中，无法在本工作簿中选中订单。' },
  paneSqlWorkbookOnly: {
    en: 'The SQL tab runs on this workbook’s sheets. The orders now come from the company database: choose this workbook’s sheets on the Data tab to query them here.',
    zh: 'SQL 页针对本工作簿的工作表运行。当前订单来自公司数据库：如需在此查询，请在“数据”页改选本工作簿的工作表。',
  },
  dash_pickMonthKeys: { en: 'Pick a month', zh: '选择月份' },
  dash_pickMemberKeys: { en: 'Pick a member', zh: '选择成员' },
  dash_pickNone: { en: 'none', zh: '不选' },
});
