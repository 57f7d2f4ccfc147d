import { defineMessages } from './define';

/**
 * Messages of cli/ and shared/pipeline (and the issues they raise, keyed by Issue.code).
 * Keys start with `cli` or `pipeline` so they never collide with another group's.
 */
export const cliMessages = defineMessages({
  // ── usage errors (exit 2): one line each, followed by cliSeeHelp ──
  cliUnknownOption: {
    en: (p: { option: string }) => `unknown option ${p.option}`,
    zh: (p: { option: string }) => `未知选项 ${p.option}`,
  },
  cliMissingValue: {
    en: (p: { option: string }) => `option ${p.option} needs a value`,
    zh: (p: { option: string }) => `选项 ${p.option} 需要一个值`,
  },
  cliFlagHasValue: {
    en: (p: { option: string }) => `option ${p.option} takes no value`,
    zh: (p: { option: string }) => `选项 ${p.option} 不带值`,
  },
  cliBadChoice: {
    en: (p: { option: string; value: string; choices: string }) =>
      `${p.option}: "${p.value}" is not one of ${p.choices}`,
    zh: (p: { option: string; value: string; choices: string }) =>
      `${p.option}：“${p.value}”不是可选值（${p.choices}）之一`,
  },
  cliBadDate: {
    en: (p: { option: string; value: string }) => `${p.option}: "${p.value}" is not a date (YYYY-MM-DD)`,
    zh: (p: { option: string; value: string }) => `${p.option}：“${p.value}”不是日期（YYYY-MM-DD）`,
  },
  cliBadMonth: {
    en: (p: { option: string; value: string }) => `${p.option}: "${p.value}" is not a month (YYYY-MM)`,
    zh: (p: { option: string; value: string }) => `${p.option}：“${p.value}”不是月份（YYYY-MM）`,
  },
  cliMonthsReversed: {
    en: (p: { from: string; to: string }) => `--from ${p.from} is after --to ${p.to}`,
    zh: (p: { from: string; to: string }) => `--from ${p.from} 晚于 --to ${p.to}`,
  },
  cliBadMap: {
    en: (p: { value: string }) => `--map: "${p.value}" is not FIELD=HEADER`,
    zh: (p: { value: string }) => `--map：“${p.value}”不是 字段=表头 的形式`,
  },
  cliUnknownField: {
    en: (p: { field: string; fields: string }) => `--map: "${p.field}" is not a field (fields: ${p.fields})`,
    zh: (p: { field: string; fields: string }) => `--map：“${p.field}”不是字段（可用字段：${p.fields}）`,
  },
  cliBadSeconds: {
    en: (p: { option: string; value: string }) => `${p.option}: "${p.value}" is not a number of seconds above 0`,
    zh: (p: { option: string; value: string }) => `${p.option}：“${p.value}”不是大于 0 的秒数`,
  },
  cliOutFolderMissing: {
    en: (p: { path: string; folder: string }) => `cannot write ${p.path}: the folder ${p.folder} does not exist`,
    zh: (p: { path: string; folder: string }) => `无法写入 ${p.path}：文件夹 ${p.folder} 不存在`,
  },
  cliOutIsFolder: {
    en: (p: { path: string }) => `cannot write ${p.path}: it is a folder; give a file name in it`,
    zh: (p: { path: string }) => `无法写入 ${p.path}：这是一个文件夹；请给出其中的文件名`,
  },
  cliNoInput: {
    en: 'no input: give a FILE or --demo',
    zh: '没有输入：请给出文件或使用 --demo',
  },
  cliFileAndDemo: {
    en: 'give either a FILE or --demo, not both',
    zh: '文件和 --demo 只能二选一',
  },
  cliTooManyFiles: {
    en: (p: { files: string }) => `only one FILE is read (got ${p.files})`,
    zh: (p: { files: string }) => `只能读取一个文件（收到 ${p.files}）`,
  },
  cliRepeatedOption: {
    en: (p: { option: string }) => `option ${p.option} is given twice`,
    zh: (p: { option: string }) => `选项 ${p.option} 重复给出`,
  },
  cliNeedsOut: {
    en: (p: { format: string }) => `--format ${p.format} writes a file: give --out PATH`,
    zh: (p: { format: string }) => `--format ${p.format} 输出文件：请用 --out 给出路径`,
  },
  cliHelp: {
    en: `Team KPI report: KPIs per month and member/team against targets, from an orders workbook.

Usage: npm run report -- [FILE] [options]
  FILE                  .xlsx or .csv (omit with --demo)
  --demo                use the built-in demo workbook
  --sheet NAME          the orders sheet (default: the sheet whose headers best match)
  --kpi FILE[#SHEET]    targets (default: a sheet in the same workbook detected as KPI sheet)
  --map FIELD=HEADER    override header detection (repeatable), e.g. --map created=下单时间
  --map FIELD=          leave FIELD unmapped, e.g. --map due=
  --source postgresql://USER@HOST:PORT/DB --table NAME
                        a database table or view instead of FILE (its column names are the
                        headers; the password comes from the URL, PGPASSWORD or ~/.pgpass)
  --group owner|team|customer|supplier|none      (default owner)
  --basis natural|created|due|delivered           (default natural)
  --as-of YYYY-MM-DD    (default today; with --demo the demo's last day)
  --from YYYY-MM  --to YYYY-MM   only these months
  --format json|csv|html|xlsx   (default json, or the --out file's extension)
  --out PATH            (json/csv/html go to stdout when no --out; xlsx needs --out)
  --date-order dmy|mdy|ymd   how to read dates like 05/06/2026 (day-first, month-first) or 26/10/05
                        (year-first) in columns whose dates do not show it (default: a day-first
                        locale in LC_ALL / LC_TIME / LANG, else month-first, dotted ones day-first)
  --lang en|zh          (default from LC_ALL / LC_MESSAGES / LANG)
  --time-limit SECONDS  give up on a workbook that takes longer to read (default 30, plus 3 per MB)
  --help                this text

Fields: order_id, created (required); owner, team, customer, supplier, due, delivered,
status, stage, amount, errors, satisfaction, response_hours, resolved, complaint.
Exit codes: 0 report made (issues may be listed), 2 usage error, 3 input unusable.
`,
    zh: `团队 KPI 报告：按月、按成员/团队计算 KPI 并与目标对比。

用法：npm run report -- [文件] [选项]
  文件                  .xlsx 或 .csv（使用 --demo 时省略）
  --demo                使用内置示例工作簿
  --sheet 名称          订单表（默认：表头最匹配的工作表）
  --kpi 文件[#工作表]   目标（默认：同一工作簿中识别出的 KPI 表）
  --map 字段=表头       手动指定表头对应的字段（可重复），如 --map created=下单时间
  --map 字段=           不对应该字段，如 --map due=
  --source postgresql://用户@主机:端口/数据库 --table 表名
                        读取数据库中的表或视图而非文件（列名即表头；密码取自地址、
                        PGPASSWORD 或 ~/.pgpass）
  --group owner|team|customer|supplier|none      （默认 owner）
  --basis natural|created|due|delivered           （默认 natural）
  --as-of YYYY-MM-DD    （默认今天；--demo 时为示例数据的最后一天）
  --from YYYY-MM  --to YYYY-MM   只统计这些月份
  --format json|csv|html|xlsx   （默认 json，或按 --out 文件的扩展名）
  --out 路径            （未给出时 json/csv/html 输出到标准输出；xlsx 必须给出 --out）
  --date-order dmy|mdy|ymd   日期（如 05/06/2026、26/10/05）看不出顺序的列如何读取：日在前、月在前
                        或年在前（默认：LC_ALL / LC_TIME / LANG 为日在前的区域时日在前，否则月在前，
                        用点号的日期日在前）
  --lang en|zh          （默认取自 LC_ALL / LC_MESSAGES / LANG）
  --time-limit 秒数     读取工作簿的时限，超时即放弃（默认 30 秒，每 MB 另加 3 秒）
  --help                显示本说明

字段：order_id、created（必需）；owner、team、customer、supplier、due、delivered、
status、stage、amount、errors、satisfaction、response_hours、resolved、complaint。
退出码：0 已生成报告（可能列出问题），2 用法错误，3 输入无法使用。
`,
  },
  cliSeeHelp: {
    en: 'Run with --help to see the options.',
    zh: '使用 --help 查看全部选项。',
  },
  cliErrorPrefix: { en: 'error', zh: '错误' },

  // ── input unusable (exit 3) and other run-time problems ──
  cliFileNotFound: {
    en: (p: { path: string }) => `cannot read ${p.path}: no such file`,
    zh: (p: { path: string }) => `无法读取 ${p.path}：文件不存在`,
  },
  cliFileUnreadable: {
    en: (p: { path: string; reason: string }) => `cannot read ${p.path}: ${p.reason}`,
    zh: (p: { path: string; reason: string }) => `无法读取 ${p.path}：${p.reason}`,
  },
  cliEmptyFile: {
    en: (p: { path: string }) => `${p.path} is empty (0 bytes)`,
    zh: (p: { path: string }) => `${p.path} 是空文件（0 字节）`,
  },
  cliNotASpreadsheet: {
    en: (p: { path: string }) => `${p.path} is not a spreadsheet this tool can read (.xlsx or .csv)`,
    zh: (p: { path: string }) => `${p.path} 不是可读取的表格文件（.xlsx 或 .csv）`,
  },
  cliReadTimedOut: {
    en: (p: { file: string; seconds: number }) =>
      `${p.file} took longer than ${p.seconds} s to read and was given up: it may be damaged; if it is only very large, allow more time with --time-limit SECONDS`,
    zh: (p: { file: string; seconds: number }) =>
      `读取 ${p.file} 超过 ${p.seconds} 秒，已放弃：文件可能已损坏；如果只是文件很大，请用 --time-limit 秒数 放宽时限`,
  },
  cliCannotWrite: {
    en: (p: { path: string; reason: string }) => `cannot write ${p.path}: ${p.reason}`,
    zh: (p: { path: string; reason: string }) => `无法写入 ${p.path}：${p.reason}`,
  },
  cliUnexpected: {
    en: (p: { reason: string }) => `the report could not be made: ${p.reason}`,
    zh: (p: { reason: string }) => `无法生成报告：${p.reason}`,
  },
  cliWrote: {
    en: (p: { path: string; rows: number; issues: number }) =>
      `wrote ${p.path} (${p.rows} rows, ${p.issues} issues)`,
    zh: (p: { path: string; rows: number; issues: number }) =>
      `已写入 ${p.path}（${p.rows} 行，${p.issues} 个问题）`,
  },

  // ── report labels (HTML, XLSX) ──
  cliReportTitle: { en: 'Team KPI report', zh: '团队 KPI 报告' },
  cliAsOf: { en: 'As of', zh: '截至' },
  cliBasis: { en: 'Period basis', zh: '统计口径' },
  cliGroupBy: { en: 'Grouped by', zh: '分组' },
  cliMonths: { en: 'Months', zh: '月份范围' },
  cliAllMonths: { en: 'all', zh: '全部' },
  cliSource: { en: 'Orders sheet', zh: '订单表' },
  cliKpiSheet: { en: 'KPI sheet', zh: 'KPI 表' },
  cliSatisfactionScale: { en: 'Satisfaction scale', zh: '满意度量表' },
  cliScaleOutOf: {
    en: (p: { scale: number }) => `1–${p.scale}`,
    zh: (p: { scale: number }) => `1–${p.scale} 分`,
  },
  cliScaleUnknown: { en: 'not known (no satisfaction data)', zh: '未知（无满意度数据）' },
  cliOrdersCounted: { en: 'Orders counted', zh: '计入订单' },
  cliCancelled: { en: 'Cancelled (excluded)', zh: '已取消（不计入）' },
  cliKpiTable: { en: 'KPIs against targets', zh: 'KPI 与目标' },
  cliMonth: { en: 'Month', zh: '月份' },
  cliGroupColumn: { en: 'Group', zh: '分组' },
  cliAll: { en: 'All', zh: '全部' },
  cliTarget: { en: 'Target', zh: '目标' },
  cliMet: { en: 'Met', zh: '达成' },
  cliTargetMet: { en: 'met', zh: '达成' },
  cliTargetMissed: { en: 'missed', zh: '未达成' },
  cliTargetNoValue: { en: 'no value', zh: '无数据' },
  cliNoRows: { en: 'No KPI rows for this selection.', zh: '所选范围内没有 KPI 数据。' },
  cliCharts: { en: 'Trends', zh: '趋势' },
  cliChartsOverall: {
    en: 'Charts show all orders together; targets are the ones that apply to everyone.',
    zh: '图表为全部订单合计；目标线为适用于全体的目标。',
  },
  cliIssues: { en: 'Issues', zh: '问题' },
  cliNoIssues: { en: 'No issues found.', zh: '未发现问题。' },
  cliMoreIssues: {
    en: (p: { count: number }) => `… and ${p.count} more (the JSON and XLSX formats list them all)`,
    zh: (p: { count: number }) => `……另有 ${p.count} 个（JSON 和 XLSX 格式列出全部）`,
  },
  cliSheet: { en: 'Sheet', zh: '工作表' },
  cliCell: { en: 'Cell', zh: '单元格' },
  cliSeverity: { en: 'Severity', zh: '级别' },
  cliMessage: { en: 'Message', zh: '说明' },
  cliSeverityError: { en: 'error', zh: '错误' },
  cliSeverityWarning: { en: 'warning', zh: '警告' },
  cliSeverityInfo: { en: 'info', zh: '提示' },
  cliBasisNatural: { en: "each KPI's own date", zh: '各 KPI 自身日期' },
  cliBasisCreated: { en: 'order date', zh: '下单日期' },
  cliBasisDue: { en: 'due date', zh: '交期' },
  cliBasisDelivered: { en: 'delivered date', zh: '交货日期' },
  cliGroupOwner: { en: 'owner', zh: '负责人' },
  cliGroupTeam: { en: 'team', zh: '团队' },
  cliGroupCustomer: { en: 'customer', zh: '客户' },
  cliGroupSupplier: { en: 'supplier', zh: '供应商' },
  cliGroupNone: { en: 'none (all orders)', zh: '不分组（全部订单）' },
  cliGeneratedBy: { en: 'Made by the Team KPI Analytics report CLI', zh: '由团队 KPI 分析报告工具生成' },

  // ── issues raised by shared/pipeline (Issue.code = key; one params object) ──
  pipelineNoSheets: {
    en: 'the workbook has no sheets',
    zh: '工作簿中没有工作表',
  },
  pipelineSheetNotFound: {
    en: (p: { name: string; sheets: string }) => `there is no sheet "${p.name}" (sheets: ${p.sheets})`,
    zh: (p: { name: string; sheets: string }) => `没有名为“${p.name}”的工作表（现有工作表：${p.sheets}）`,
  },
  pipelineNoOrdersSheet: {
    en: (p: { sheets: string }) =>
      `no sheet looks like an orders sheet (sheets: ${p.sheets}); name it with --sheet`,
    zh: (p: { sheets: string }) => `没有找到订单表（现有工作表：${p.sheets}）；请用 --sheet 指定`,
  },
  pipelineNoHeaderRow: {
    en: (p: { name: string }) => `sheet "${p.name}" has no header row (it is empty or holds no labels)`,
    zh: (p: { name: string }) => `工作表“${p.name}”没有表头行（为空或没有列名）`,
  },
  pipelineNoKpiSheet: {
    en: (p: { sheets: string }) => `no KPI (targets) sheet found (sheets: ${p.sheets}); targets are left out`,
    zh: (p: { sheets: string }) => `没有找到 KPI（目标）表（现有工作表：${p.sheets}）；报告不含目标`,
  },
  pipelineNone: { en: '(none)', zh: '（无）' },

  // ── a database source (--source/--table, the data server): exit 3 unless a usage error ──
  cliBadSource: {
    en: (p: { value: string }) => `--source: "${p.value}" is not a database URL (postgresql://USER@HOST:PORT/DB)`,
    zh: (p: { value: string }) => `--source：“${p.value}”不是数据库地址（postgresql://用户@主机:端口/数据库）`,
  },
  cliBadTable: {
    en: (p: { value: string }) => `--table: "${p.value}" is not a table name (NAME or SCHEMA.NAME)`,
    zh: (p: { value: string }) => `--table：“${p.value}”不是表名（表名 或 模式.表名）`,
  },
  cliSourceNeedsTable: {
    en: '--source needs --table NAME (the orders table or view)',
    zh: '--source 需要同时给出 --table 表名（订单表或视图）',
  },
  cliTableNeedsSource: {
    en: '--table needs --source postgresql://…',
    zh: '--table 需要同时给出 --source postgresql://…',
  },
  cliSourceAndFile: {
    en: 'give one input: a FILE, --demo or --source',
    zh: '只能给出一种输入：文件、--demo 或 --source',
  },
  cliDbBadCredentials: {
    en: (p: { source: string }) => `cannot sign in to ${p.source}: the user name or password was not accepted`,
    zh: (p: { source: string }) => `无法登录 ${p.source}：用户名或密码不正确`,
  },
  cliDbNoDatabase: {
    en: (p: { source: string }) => `cannot open ${p.source}: there is no such database`,
    zh: (p: { source: string }) => `无法打开 ${p.source}：数据库不存在`,
  },
  cliDbUnreachable: {
    en: (p: { source: string; reason: string }) => `cannot reach the database server of ${p.source}: ${p.reason}`,
    zh: (p: { source: string; reason: string }) => `无法连接 ${p.source} 的数据库服务器：${p.reason}`,
  },
  cliDbNoTable: {
    en: (p: { source: string; table: string }) => `there is no table or view "${p.table}" in ${p.source} (or this user may not read it)`,
    zh: (p: { source: string; table: string }) => `${p.source} 中没有表或视图“${p.table}”（或该用户无权读取）`,
  },
  cliDbNoColumn: {
    en: (p: { source: string; reason: string }) => `a column is missing in ${p.source}: ${p.reason}`,
    zh: (p: { source: string; reason: string }) => `${p.source} 中缺少列：${p.reason}`,
  },
  cliDbColumnType: {
    en: (p: { table: string; column: string; type: string; field: string; wanted: string }) =>
      `${p.table}: column "${p.column}" (${p.type}) cannot be ${p.field}, which needs a column of type ${p.wanted}; pick another with --map ${p.field}=COLUMN`,
    zh: (p: { table: string; column: string; type: string; field: string; wanted: string }) =>
      `${p.table}：列“${p.column}”（${p.type}）不能作为 ${p.field}，该字段需要 ${p.wanted} 类型的列；请用 --map ${p.field}=列名 另选`,
  },
  cliDbTimeout: {
    en: (p: { source: string }) => `the query in ${p.source} took too long and was stopped`,
    zh: (p: { source: string }) => `${p.source} 中的查询耗时过长，已被中止`,
  },
  cliDbFailed: {
    en: (p: { source: string; reason: string }) => `the database ${p.source} refused the query: ${p.reason}`,
    zh: (p: { source: string; reason: string }) => `数据库 ${p.source} 拒绝了查询：${p.reason}`,
  },
  cliDbSatisfactionOutOfScale: {
    en: (p: { count: number; scale: number }) => `${p.count} satisfaction scores are outside the 0–${p.scale} scale; read as blank`,
    zh: (p: { count: number; scale: number }) => `${p.count} 个满意度评分超出 0–${p.scale} 的评分范围，按空白处理`,
  },
  cliDbOrderLines: {
    en: (p: { count: number }) => `${p.count} rows share an order id with another row: each order counts once (its lines' amounts summed)`,
    zh: (p: { count: number }) => `${p.count} 行与其他行订单号相同：每个订单只计一次（各行金额相加）`,
  },

  // ── the local data server (npm run serve) ──
  cliServeListening: {
    en: (p: { table: string; url: string }) => `Data server for ${p.table} on ${p.url} (read-only; the database credentials stay here). Ctrl+C stops it.`,
    zh: (p: { table: string; url: string }) => `${p.table} 的数据服务已在 ${p.url} 启动（只读；数据库凭据只留在本机）。按 Ctrl+C 停止。`,
  },
  cliServeBadQuestion: {
    en: (p: { errors: string }) => `the question is not one the server answers: ${p.errors}`,
    zh: (p: { errors: string }) => `服务无法回答该请求：${p.errors}`,
  },
  cliServeNotReading: {
    en: 'the SQL tab runs one reading statement (SELECT, WITH, VALUES, TABLE or EXPLAIN)',
    zh: 'SQL 页只能执行一条查询语句（SELECT、WITH、VALUES、TABLE 或 EXPLAIN）',
  },
  cliServeNotFound: {
    en: (p: { path: string }) => `no such endpoint: ${p.path}`,
    zh: (p: { path: string }) => `没有这个接口：${p.path}`,
  },
  cliServeForbidden: {
    en: 'this server answers pages on this machine only (localhost)',
    zh: '本服务只响应本机（localhost）的页面',
  },
  cliServeTooLarge: {
    en: 'the request is too large',
    zh: '请求过大',
  },
  cliServeDashboard: {
    en: (p: { url: string }) => `Open the dashboard over this database: ${p.url}`,
    zh: (p: { url: string }) => `打开基于该数据库的仪表板：${p.url}`,
  },
  cliServeNoDashboard: {
    en: 'The dashboard page is not built yet: run npm run build, then start the server again.',
    zh: '仪表板页面尚未构建：请先运行 npm run build，再重新启动服务。',
  },
  cliDbHistory: {
    en: (p: { orders: number; rows: number; by: string }) =>
      `${p.rows} rows are the changes of ${p.orders} orders (a history): each order counts once, in its latest state${p.by ? ` (by “${p.by}”)` : ' (the last in the table)'}`,
    zh: (p: { orders: number; rows: number; by: string }) =>
      `${p.rows} 行是 ${p.orders} 个订单的变更记录（历史表）：每个订单只计一次，取其最新状态${p.by ? `（按“${p.by}”）` : '（表中最后一行）'}`,
  },
});
