import { defineMessages } from './define';

type V = { value: string | number };

const FILE_KINDS: Record<string, { en: string; zh: string }> = {
  image: { en: 'an image', zh: '一张图片' },
  pdf: { en: 'a PDF document', zh: 'PDF 文档' },
  binary: { en: 'not a spreadsheet or text file', zh: '既不是表格也不是文本文件' },
};
const kind = (k: string, lang: 'en' | 'zh') => FILE_KINDS[k]?.[lang] ?? FILE_KINDS.binary[lang];

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
  lineItemRowSkipped: {
    en: (p: { row: number; first: string }) => `row ${p.row} is a further line of the order in ${p.first}; the order is counted once, from its first row`,
    zh: (p: { row: number; first: string }) => `第 ${p.row} 行是 ${p.first} 所在订单的另一条明细；该订单只按第一行计一次`,
  },
  missingOrderId: {
    en: 'order id is blank; the order is kept without one',
    zh: '订单号为空；该订单已保留，但没有订单号',
  },
  missingCreatedDate: {
    en: 'created date is blank; the order is kept but not counted in any month by created date',
    zh: '下单日期为空；该订单已保留，但不会按下单日期计入任何月份',
  },
  // Checks
  duplicateOrderId: {
    en: (p: { id: string; first: string }) => `order id "${p.id}" appears again (first in ${p.first})`,
    zh: (p: { id: string; first: string }) => `订单号“${p.id}”重复（首次出现在 ${p.first}）`,
  },
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
