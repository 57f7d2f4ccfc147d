import { defineMessages } from './define';

/** Display names of the orders-sheet fields (the mapping editor, missing-field messages). */
const ORDER_FIELD_LABELS: Record<string, { en: string; zh: string }> = {
  order_id: { en: 'Order ID', zh: '订单号' },
  owner: { en: 'Owner', zh: '负责人' },
  team: { en: 'Team', zh: '团队' },
  customer: { en: 'Customer', zh: '客户' },
  supplier: { en: 'Supplier', zh: '供应商' },
  created: { en: 'Created (order date)', zh: '下单日期' },
  due: { en: 'Due (promised date)', zh: '承诺交期' },
  delivered: { en: 'Delivered (actual date)', zh: '实际交付日期' },
  status: { en: 'Status', zh: '状态' },
  stage: { en: 'Stage', zh: '阶段' },
  amount: { en: 'Amount', zh: '金额' },
  errors: { en: 'Errors', zh: '差错' },
  satisfaction: { en: 'Satisfaction', zh: '满意度' },
  response_hours: { en: 'First response (hours)', zh: '首次响应时间（小时）' },
  resolved: { en: 'Resolved', zh: '是否解决' },
  complaint: { en: 'Complaint', zh: '是否投诉' },
};

/** Display names of the KPI sheet's long-form columns. */
const TARGET_FIELD_LABELS: Record<string, { en: string; zh: string }> = {
  month: { en: 'Month', zh: '月份' },
  team: { en: 'Team', zh: '团队' },
  owner: { en: 'Owner', zh: '负责人' },
  kpi: { en: 'KPI', zh: '指标' },
  target: { en: 'Target', zh: '目标' },
  actual: { en: 'Actual', zh: '实际' },
};

const label = (field: string, lang: 'en' | 'zh') => ORDER_FIELD_LABELS[field]?.[lang] ?? field;
/** "created, due" → "Created (order date) [created], Due … [due]": the label and the --map name. */
const labelList = (fields: string, lang: 'en' | 'zh') =>
  fields
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '')
    .map((f) => `${label(f, lang)} [${f}]`)
    .join(lang === 'zh' ? '、' : ', ');

/** What a column holds instead of the field (column-contents.ts reasons), with an example value. */
const CONTENT_REASONS: Record<string, { en: (example: string) => string; zh: (example: string) => string }> = {
  onlyPlaceholders: { en: (e) => `holds nothing but "${e}"`, zh: (e) => `只有“${e}”` },
  yesNo: { en: (e) => `holds yes/no values (e.g. "${e}")`, zh: (e) => `存放的是“是/否”值（例如“${e}”）` },
  noDates: { en: (e) => `holds hardly any dates (e.g. "${e}")`, zh: (e) => `几乎没有日期（例如“${e}”）` },
  idLists: { en: (e) => `holds lists of ids joined by commas (e.g. "${e}")`, zh: (e) => `存放的是用逗号连接的编号列表（例如“${e}”）` },
  placeNames: { en: (e) => `holds place names (e.g. "${e}")`, zh: (e) => `存放的是地名（例如“${e}”）` },
};
const contentReason = (reason: string, example: string, lang: 'en' | 'zh') =>
  (CONTENT_REASONS[reason] ?? CONTENT_REASONS.noDates)[lang](example);

type Rejected = { field: string; header: string; reason: string; example: string; instead: string };

/** Messages of shared/mapping (and issues it raises, keyed by Issue.code). */
export const mappingMessages = defineMessages({
  mappingYesNoUnreadable: {
    en: (p: { field: string; header: string; column: string; count: number; example: string }) =>
      `column ${p.column} "${p.header}" looked like ${label(p.field, 'en')} [${p.field}] by its header, but none of its ${p.count} values is a yes/no (e.g. "${p.example}"); it was left unmapped. If it does say yes or no, map it by hand.`,
    zh: (p: { field: string; header: string; column: string; count: number; example: string }) =>
      `${p.column} 列“${p.header}”按表头像是“${label(p.field, 'zh')}”[${p.field}]，但其 ${p.count} 个值中没有一个是“是/否”（例如“${p.example}”），因此未对应该字段。如果它确实表示是或否，请手动对应。`,
  },
  mappingRejectedByContents: {
    en: (p: Rejected) =>
      `column "${p.header}" ${contentReason(p.reason, p.example, 'en')}, so it is not read as ${label(p.field, 'en')} [${p.field}]` +
      (p.instead
        ? `; "${p.instead}" is read instead`
        : `; if it is, map it by hand (CLI: --map ${p.field}=${p.header})`),
    zh: (p: Rejected) =>
      `“${p.header}”列${contentReason(p.reason, p.example, 'zh')}，因此不作为“${label(p.field, 'zh')}”[${p.field}]读取` +
      (p.instead ? `；改为读取“${p.instead}”列` : `；如果确实是，请手动对应（命令行：--map ${p.field}=${p.header}）`),
  },
  fieldLabel: {
    en: (p: { field: string }) => label(p.field, 'en'),
    zh: (p: { field: string }) => label(p.field, 'zh'),
  },
  targetFieldLabel: {
    en: (p: { field: string }) => TARGET_FIELD_LABELS[p.field]?.en ?? p.field,
    zh: (p: { field: string }) => TARGET_FIELD_LABELS[p.field]?.zh ?? p.field,
  },
  mappingMissingRequired: {
    en: (p: { missing: string; headers: string }) =>
      `required column not found: ${labelList(p.missing, 'en')}; headers found: ${p.headers || '(none)'}. Pick its column in the column mapping (CLI: --map FIELD=HEADER).`,
    zh: (p: { missing: string; headers: string }) =>
      `缺少必需的列：${labelList(p.missing, 'zh')}；找到的表头：${p.headers || '（无）'}。请在字段映射中选择对应的列（命令行：--map 字段=表头）。`,
  },
  mappingOverrideNotFound: {
    en: (p: { field: string; header: string; headers: string }) =>
      `--map ${p.field}=${p.header}: there is no header "${p.header}"; headers found: ${p.headers || '(none)'}`,
    zh: (p: { field: string; header: string; headers: string }) =>
      `--map ${p.field}=${p.header}：没有名为“${p.header}”的表头；找到的表头：${p.headers || '（无）'}`,
  },
  mappingOverrideAlreadyUsed: {
    en: (p: { field: string; header: string }) =>
      `--map ${p.field}=${p.header}: header "${p.header}" is already mapped to another field`,
    zh: (p: { field: string; header: string }) => `--map ${p.field}=${p.header}：表头“${p.header}”已对应其他字段`,
  },
  mappingDuplicateHeader: {
    en: (p: { header: string; renamed: string }) => `duplicate header "${p.header}", read as "${p.renamed}"`,
    zh: (p: { header: string; renamed: string }) => `表头“${p.header}”重复，按“${p.renamed}”读取`,
  },
  mappingBlankHeader: {
    en: (p: { renamed: string }) => `blank header, read as "${p.renamed}"`,
    zh: (p: { renamed: string }) => `表头为空，按“${p.renamed}”读取`,
  },
  mappingTwoRowHeader: {
    en: (p: { rows: string }) => `the header spans two rows (${p.rows}); their texts were combined`,
    zh: (p: { rows: string }) => `表头占两行（${p.rows}），已合并两行文字`,
  },
  mappingNoHeaderRow: {
    en: (p: { rows: number }) => `no header row found in the first ${p.rows} rows`,
    zh: (p: { rows: number }) => `前 ${p.rows} 行中没有找到表头行`,
  },
});
