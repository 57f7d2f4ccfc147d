import { defineMessages } from './define';

type V = { value: string | number };

const FILE_KINDS: Record<string, { en: string; zh: string }> = {
  image: { en: 'an image', zh: '一张图片' },
  pdf: { en: 'a PDF document', zh: 'PDF 文档' },
  binary: { en: 'not a spreadsheet or text file', zh: '既不是表格也不是文本文件' },
};
/** "1 order", "1,200 orders". */
const many = (n: number, one: string, more: string) => `${n.toLocaleString('en')} ${n === 1 ? one : more}`;
const kind = (k: string, lang: 'en' | 'zh') => FILE_KINDS[k]?.[lang] ?? FILE_KINDS.binary[lang];

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** How a column's year-last dates are read: dmy or mdy (date-order.ts). */
const ORDER_NAMES: Record<string, { en: string; zh: string }> = {
  dmy: { en: 'day-first', zh: '日在前' },
  mdy: { en: 'month-first', zh: '月在前' },
};
const orderName = (order: string, lang: 'en' | 'zh') => ORDER_NAMES[order]?.[lang] ?? order;
const otherOrder = (order: string) => (order === 'dmy' ? 'mdy' : 'dmy');

type Assumed = { column: string; count: number; otherCount: number; example: string; readAs: string; basis: string; otherDay: number; otherMonth: number };
type Conflict = { column: string; readAs: string; dayFirst: number; monthFirst: number; dayFirstExample: string; monthFirstExample: string };
type Against = { value: string; column: string; readAs: string };
type Unreadable = { column: string; header: string; count: number; example: string };
const ZIP_FEATURES: Record<string, { en: (method: number) => string; zh: (method: number) => string }> = {
  zip64: { en: () => 'ZIP64', zh: () => 'ZIP64' },
  encryption: { en: () => 'encryption', zh: () => '加密' },
  splitArchive: { en: () => 'a split archive', zh: () => '分卷压缩' },
  compressionMethod: { en: (m) => `compression method ${m}`, zh: (m) => `压缩方法 ${m}` },
};
const zipFeature = (p: { feature: string; method: number }, lang: 'en' | 'zh') => (ZIP_FEATURES[p.feature] ?? ZIP_FEATURES.zip64)[lang](p.method);

type NotWorkbook = { file: string; looksLike: string; holds: string };

/** Messages of shared/ingest (and issues it raises, keyed by Issue.code). */
export const ingestMessages = defineMessages({
  // Cells
  notADate: {
    en: (p: V) => `"${p.value}" is not a date`,
    zh: (p: V) => `“${p.value}”不是有效日期`,
  },
  dateWithoutYear: {
    en: (p: V) => `"${p.value}" has no year; write the whole date (e.g. 2026-10-05)`,
    zh: (p: V) => `“${p.value}”缺少年份；请写完整日期（例如 2026年10月5日）`,
  },
  notANumber: {
    en: (p: V) => `"${p.value}" is not a number`,
    zh: (p: V) => `“${p.value}”不是数字`,
  },
  notANumberOrYesNo: {
    en: (p: V) => `"${p.value}" is neither a number nor yes/no`,
    zh: (p: V) => `“${p.value}”既不是数字也不是“是/否”`,
  },
  notAYesNo: {
    en: (p: V) => `"${p.value}" is not yes/no`,
    zh: (p: V) => `“${p.value}”不是“是/否”`,
  },
  dateOrderAssumed: {
    en: (p: Assumed) =>
      `${p.count === 1 ? `the date ${p.example} in column ${p.column}` : `${p.count} dates in column ${p.column}, like ${p.example},`} could be day-first or month-first; ` +
      `read as ${orderName(p.readAs, 'en')}${p.basis === 'locale' ? ', as your language and region settings write dates' : ''} ` +
      `(${p.otherDay} ${MONTH_NAMES[p.otherMonth - 1]} if ${orderName(otherOrder(p.readAs), 'en')})` +
      (p.otherCount > 0 ? `; ${p.otherCount} more ${p.readAs === 'dmy' ? 'with slashes or dashes' : 'with dots'} as ${orderName(otherOrder(p.readAs), 'en')}` : '') +
      '. Set the date order to change it.',
    zh: (p: Assumed) =>
      `${p.column} 列${p.count === 1 ? `的日期 ${p.example}` : `有 ${p.count} 个日期（如 ${p.example}）`}既可能是日在前也可能是月在前；` +
      `已按${orderName(p.readAs, 'zh')}读取${p.basis === 'locale' ? '（按您的语言和区域设置）' : ''}` +
      `（若为${orderName(otherOrder(p.readAs), 'zh')}，则是 ${p.otherMonth}月${p.otherDay}日）` +
      (p.otherCount > 0 ? `；另有 ${p.otherCount} 个${p.readAs === 'dmy' ? '用斜杠或短横线' : '用点号'}的日期按${orderName(otherOrder(p.readAs), 'zh')}读取` : '') +
      '。可设置日期顺序来更改。',
  },
  dateOrderConflict: {
    en: (p: Conflict) =>
      `column ${p.column} mixes day-first dates (${p.dayFirst}, e.g. ${p.dayFirstExample}) and month-first dates (${p.monthFirst}, e.g. ${p.monthFirstExample}); ` +
      `read as ${orderName(p.readAs, 'en')}, and the ${p.readAs === 'dmy' ? p.monthFirst : p.dayFirst} written ${orderName(otherOrder(p.readAs), 'en')} are left blank`,
    zh: (p: Conflict) =>
      `${p.column} 列混用了日在前（${p.dayFirst} 个，如 ${p.dayFirstExample}）和月在前（${p.monthFirst} 个，如 ${p.monthFirstExample}）的日期；` +
      `已按${orderName(p.readAs, 'zh')}读取，${orderName(otherOrder(p.readAs), 'zh')}写法的 ${p.readAs === 'dmy' ? p.monthFirst : p.dayFirst} 个日期按空白处理`,
  },
  dateAgainstColumnOrder: {
    en: (p: Against) => `"${p.value}" can only be ${orderName(otherOrder(p.readAs), 'en')}, but column ${p.column} is read as ${orderName(p.readAs, 'en')}; read as blank`,
    zh: (p: Against) => `“${p.value}”只能是${orderName(otherOrder(p.readAs), 'zh')}的写法，但 ${p.column} 列按${orderName(p.readAs, 'zh')}读取；按空白处理`,
  },
  formulaError: {
    en: (p: V) => `the formula gives the error ${p.value}; read as blank`,
    zh: (p: V) => `公式结果为错误值 ${p.value}，按空白处理`,
  },
  moreLikeThis: {
    en: (p: { count: number; column: string }) => `${p.count} more cells in column ${p.column} have the same problem (not listed one by one)`,
    zh: (p: { count: number; column: string }) => `${p.column} 列另有 ${p.count} 个单元格存在同样问题（不再逐一列出）`,
  },
  // Rows and sheet
  emptySheet: {
    en: 'the sheet is empty',
    zh: '工作表为空',
  },
  noOrderRows: {
    en: (p: { headerRow: number }) => `there are no orders below the header (row ${p.headerRow})`,
    zh: (p: { headerRow: number }) => `表头（第 ${p.headerRow} 行）下方没有订单`,
  },
  rowWithoutIdOrDate: {
    en: (p: { row: number }) => `row ${p.row} has neither an order id nor a created date; it was left out`,
    zh: (p: { row: number }) => `第 ${p.row} 行既没有订单号也没有下单日期，已跳过`,
  },
  totalsRowSkipped: {
    en: (p: { row: number; label: string }) => `row ${p.row} is a totals row ("${p.label}"), not an order; it was left out`,
    zh: (p: { row: number; label: string }) => `第 ${p.row} 行是汇总行（“${p.label}”），不是订单，已跳过`,
  },
  orderLinesCombined: {
    en: (p: { orders: number; rows: number }) =>
      `${many(p.orders, 'order', 'orders')} from ${many(p.rows, 'row', 'rows')} (one row per order line): each order counts once, its amount is the sum of its lines`,
    zh: (p: { orders: number; rows: number }) =>
      `${p.rows.toLocaleString('zh')} 行订单明细合为 ${p.orders.toLocaleString('zh')} 个订单：每个订单只计一次，金额为其各行之和`,
  },
  orderLinesAcrossGroups: {
    en: (p: { count: number; id: string }) =>
      `${many(p.count, 'order', 'orders')} (first: "${p.id}") ${p.count === 1 ? 'has' : 'have'} lines under more than one owner, team, customer or supplier: each counts once under each of them, with the amount of its lines there`,
    zh: (p: { count: number; id: string }) =>
      `${p.count.toLocaleString('zh')} 个订单（首个：“${p.id}”）的明细分属不同的负责人、团队、客户或供应商：在每一方各计一次，金额为该方的明细之和`,
  },
  orderLinesDisagree: {
    en: (p: { id: string; header: string; values: string; chosen: string }) =>
      `the lines of order "${p.id}" disagree on ${p.header} (${p.values}); the order takes ${p.chosen}`,
    zh: (p: { id: string; header: string; values: string; chosen: string }) =>
      `订单“${p.id}”各行的“${p.header}”不一致（${p.values}）；该订单取 ${p.chosen}`,
  },
  amountOncePerOrder: {
    en: (p: { header: string }) => `"${p.header}" is the same on every line of an order: it is the order's total, counted once per order`,
    zh: (p: { header: string }) => `“${p.header}”在同一订单的每一行都相同：视为订单总额，每个订单只计一次`,
  },
  historyLatestKept: {
    en: (p: { orders: number; rows: number; by: string }) =>
      `${many(p.orders, 'order', 'orders')} from ${many(p.rows, 'history row', 'history rows')} (an order id on several rows, its status or dates changing); each order's latest row kept (${p.by ? `by "${p.by}"` : 'the last in the file'})`,
    zh: (p: { orders: number; rows: number; by: string }) =>
      `${p.rows.toLocaleString('zh')} 行变更记录（同一单号多行，状态或日期有变化）合为 ${p.orders.toLocaleString('zh')} 个单；每个单取最新一行（${p.by ? `按“${p.by}”` : '文件中最后一行'}）`,
  },
  missingOrderId: {
    en: 'order id is blank; the order is kept without one',
    zh: '订单号为空；该订单已保留，但没有订单号',
  },
  createdDatesUnreadable: {
    en: (p: Unreadable) =>
      `no created date in column ${p.column} ("${p.header}") can be read: ${p.count === 1 ? `"${p.example}" is not a date` : `${p.count} cells such as "${p.example}" are not dates`}. ` +
      'Write dates such as 2026-10-05, or map created to another column',
    zh: (p: Unreadable) =>
      `${p.column} 列（“${p.header}”）的下单日期都无法读取：${p.count === 1 ? `“${p.example}”不是日期` : `${p.count} 个单元格（如“${p.example}”）不是日期`}。` +
      '请写成 2026-10-05 这样的日期，或把下单日期对应到其他列',
  },
  missingCreatedDate: {
    en: 'created date is blank; the order is kept but not counted in any month by created date',
    zh: '下单日期为空；该订单已保留，但不会按下单日期计入任何月份',
  },
  // Checks
  deliveredBeforeCreated: {
    en: (p: { delivered: string; created: string }) => `delivered ${p.delivered} is before the created date ${p.created}`,
    zh: (p: { delivered: string; created: string }) => `交付日期 ${p.delivered} 早于下单日期 ${p.created}`,
  },
  negativeAmount: {
    en: (p: V) => `negative amount ${p.value}`,
    zh: (p: V) => `金额为负数：${p.value}`,
  },
  satisfactionOutOfScale: {
    en: (p: { value: number; scale: number }) => `satisfaction ${p.value} is outside the 0–${p.scale} scale; read as blank`,
    zh: (p: { value: number; scale: number }) => `满意度 ${p.value} 超出 0–${p.scale} 的评分范围，按空白处理`,
  },
  negativeResponseHours: {
    en: (p: V) => `response time ${p.value} h is negative; read as blank (left out of the response-time figures)`,
    zh: (p: V) => `响应时间 ${p.value} 小时为负数，按空白处理（不计入响应时间指标）`,
  },
  responseHoursOverTenYears: {
    en: (p: V) => `response time ${p.value} h is more than 10 years (87,600 h); read as blank (left out of the response-time figures)`,
    zh: (p: V) => `响应时间 ${p.value} 小时超过 10 年（87,600 小时），按空白处理（不计入响应时间指标）`,
  },
  // KPI (targets) sheet
  notAMonth: {
    en: (p: V) => `"${p.value}" is not a month (e.g. 2026-10 or 2026年10月); the row was left out`,
    zh: (p: V) => `“${p.value}”不是月份（例如 2026-10 或 2026年10月），该行已跳过`,
  },
  rateReadAsPercent: {
    en: (p: { value: number; read: number }) => `${p.value} read as ${p.value}% (${p.read})`,
    zh: (p: { value: number; read: number }) => `${p.value} 按 ${p.value}%（${p.read}）读取`,
  },
  missingKpiName: {
    en: (p: { row: number }) => `row ${p.row} has no KPI name; it was left out`,
    zh: (p: { row: number }) => `第 ${p.row} 行没有指标名称，已跳过`,
  },
  unknownKpi: {
    en: (p: V) => `"${p.value}" is not a known KPI; the row was left out`,
    zh: (p: V) => `无法识别指标“${p.value}”，该行已跳过`,
  },
  noTargetColumns: {
    en: 'no KPI columns found: expected month | team | owner | kpi | target | actual, or columns such as "on-time target"',
    zh: '没有找到指标列：应为 月份 | 团队 | 负责人 | 指标 | 目标 | 实际，或“准时率目标”这样的列',
  },
  // Files
  fileEmpty: {
    en: (p: { file: string }) => `${p.file} is empty (0 bytes)`,
    zh: (p: { file: string }) => `${p.file} 是空文件（0 字节）`,
  },
  fileIsWebPage: {
    en: (p: { file: string }) => `${p.file} is a web page (HTML), not a spreadsheet; open it in Excel and save it as .xlsx`,
    zh: (p: { file: string }) => `${p.file} 是网页（HTML），不是表格；请用 Excel 打开后另存为 .xlsx`,
  },
  fileNotSpreadsheet: {
    en: (p: { file: string; kind: string }) => `${p.file} is ${kind(p.kind, 'en')}, not a spreadsheet (.xlsx, .xls or .csv)`,
    zh: (p: { file: string; kind: string }) => `${p.file} 是${kind(p.kind, 'zh')}，不是表格文件（.xlsx、.xls 或 .csv）`,
  },
  fileCorrupt: {
    en: (p: { file: string }) => `${p.file} cannot be read: it is damaged, incomplete or not a spreadsheet`,
    zh: (p: { file: string }) => `无法读取 ${p.file}：文件已损坏、不完整或不是表格文件`,
  },
  fileCutShort: {
    en: (p: { file: string; bytes: number }) =>
      `${p.file} is incomplete: it ends after ${p.bytes.toLocaleString('en-US')} bytes, before its own contents do — it was probably cut off while downloading or copying; get the file again`,
    zh: (p: { file: string; bytes: number }) => `${p.file} 不完整：文件在 ${p.bytes} 字节处就结束了——可能在下载或复制时被截断；请重新获取该文件`,
  },
  fileDamagedPart: {
    en: (p: { file: string; part: string }) =>
      `${p.file} is damaged: ${p.part ? `the part "${p.part}" inside it` : 'its table of contents'} does not check out (a size, position or checksum is wrong), so its contents cannot be trusted; open it in Excel, which may offer to repair it, and save it again, or get a fresh copy`,
    zh: (p: { file: string; part: string }) =>
      `${p.file} 已损坏：其中的${p.part ? `“${p.part}”部分` : '目录'}校验不通过（大小、位置或校验值有误），内容不可信；请用 Excel 打开（Excel 可能会提示修复）后重新保存，或重新获取该文件`,
  },
  fileZipUnsupported: {
    en: (p: { file: string; feature: string; method: number }) => `${p.file} uses a zip feature this tool cannot read (${zipFeature(p, 'en')}); open it in Excel and save it again as .xlsx`,
    zh: (p: { file: string; feature: string; method: number }) => `${p.file} 使用了本工具无法读取的压缩格式（${zipFeature(p, 'zh')}）；请用 Excel 打开后另存为 .xlsx`,
  },
  fileZipNotWorkbook: {
    en: (p: NotWorkbook) =>
      p.looksLike === 'word'
        ? `${p.file} is a Word document, not a spreadsheet`
        : p.looksLike === 'powerpoint'
          ? `${p.file} is a PowerPoint presentation, not a spreadsheet`
          : `${p.file} is a zip archive, not a workbook (${p.holds ? `it holds ${p.holds}` : 'it is empty'}); unzip it and open the file inside`,
    zh: (p: NotWorkbook) =>
      p.looksLike === 'word'
        ? `${p.file} 是 Word 文档，不是表格文件`
        : p.looksLike === 'powerpoint'
          ? `${p.file} 是 PowerPoint 演示文稿，不是表格文件`
          : `${p.file} 是 ZIP 压缩包，不是工作簿（${p.holds ? `其中有 ${p.holds}` : '压缩包为空'}）；请解压后打开其中的文件`,
  },
  csvUnclosedQuote: {
    en: (p: { line: number; lines: number }) =>
      p.lines > 1
        ? `the quote that opens this cell (line ${p.line} of the file) is never closed, so the ${p.lines} lines from there to the end of the file were read into this one cell; close the quote or remove it`
        : `the quote that opens this cell (line ${p.line}, the last of the file) is never closed; close the quote or remove it`,
    zh: (p: { line: number; lines: number }) =>
      p.lines > 1
        ? `该单元格开头的引号（文件第 ${p.line} 行）没有闭合，从该行到文件末尾的 ${p.lines} 行都被读进了这一个单元格；请补上闭合引号或删除该引号`
        : `该单元格开头的引号（文件第 ${p.line} 行，即最后一行）没有闭合；请补上闭合引号或删除该引号`,
  },
  fileUnreadable: {
    en: (p: { file: string }) => `${p.file} cannot be read`,
    zh: (p: { file: string }) => `无法读取 ${p.file}`,
  },
  fileHasNoSheets: {
    en: (p: { file: string }) => `${p.file} has no sheets`,
    zh: (p: { file: string }) => `${p.file} 中没有工作表`,
  },
  fileHasNoData: {
    en: (p: { file: string }) => `${p.file} has no data: every sheet is empty`,
    zh: (p: { file: string }) => `${p.file} 中没有数据：所有工作表都是空的`,
  },
  fileReadAsGb18030: {
    en: (p: { file: string }) => `${p.file} is not UTF-8; it was read as Chinese (GBK/GB18030) text`,
    zh: (p: { file: string }) => `${p.file} 不是 UTF-8 编码，已按中文（GBK/GB18030）编码读取`,
  },
  largeSheet: {
    en: (p: { rows: number }) => `large sheet: ${p.rows.toLocaleString('en-US')} rows`,
    zh: (p: { rows: number }) => `大型工作表：${p.rows} 行`,
  },
});
