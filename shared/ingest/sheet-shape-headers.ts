/*
 * Headers that tell what a repeated order id means (order-lines.ts): a column naming a line's
 * product or position says "one row per order line"; a modification count or an updated-at
 * time says "one row per change" (a history, an audit log). Neither is an order field, so they
 * are read only from columns no field was mapped to.
 */

function compact(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(/[\s_\-.:：()（）#/]+/g, '');
}

/** Product, SKU, quantity, line number: what only an order line has. */
const LINE_WORDS = [
  'line', 'lineitem', 'item', 'itemid', 'sku', 'product', 'productid', 'productname', 'qty', 'quantity', 'article',
  'partno', 'partnumber', 'material', 'unitprice', 'orderitemid', 'itemno', 'itemnumber', 'linenumber', 'lineno',
  '行号', '明细', '商品', '商品名称', '商品编码', '产品', '产品名称', '品名', '数量', '物料', '物料编码', '货号', '规格', '单价', '型号', '款号',
];
const LINE_PREFIXES = ['lineitem', 'product', 'item', 'sku', '商品', '产品', '物料'];

/** Modification counters and updated-at times: what orders the rows of one ticket's history. */
const CHANGE_WORDS = [
  'sysmodcount', 'modcount', 'modificationcount', 'version', 'revision', 'updated', 'updatedat', 'updatedon',
  'updatedtime', 'sysupdatedon', 'lastupdated', 'lastupdate', 'lastmodified', 'lastmodifiedat', 'lastmodifieddate',
  'modified', 'modifiedat', 'modifiedon', 'modifieddate', 'updatetime', 'changedat', 'changedon', 'changetime',
  'eventtime', 'audittime', 'sequence', 'seq',
  '更新时间', '修改时间', '变更时间', '最后更新', '最后更新时间', '最后修改时间', '操作时间', '版本', '版本号', '修改次数', '变更次数',
];

const LINE_SET = new Set(LINE_WORDS);
const CHANGE_SET = new Set(CHANGE_WORDS);

export function isLineHeader(header: string): boolean {
  const h = compact(header);
  return LINE_SET.has(h) || LINE_PREFIXES.some((p) => h.startsWith(p) && h.length > p.length);
}

export function isChangeOrderHeader(header: string): boolean {
  return CHANGE_SET.has(compact(header));
}

/** Columns (not mapped to a field) whose header passes `test`, in sheet order. */
export function unmappedColumnsWhere(headers: readonly string[], mapped: ReadonlySet<number>, test: (header: string) => boolean): number[] {
  const out: number[] = [];
  headers.forEach((h, c) => {
    if (!mapped.has(c) && h && test(h)) out.push(c);
  });
  return out;
}
