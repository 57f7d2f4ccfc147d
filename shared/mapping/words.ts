/**
 * Word lists that shape matching but belong to no field. Written as users write them; they go
 * through the same tokenizer as headers, so plural/case/width differences do not matter.
 */

/**
 * Words that carry no meaning for matching: units in parentheses ("Amount ($)", "金额（元）",
 * "First reply time (hrs)"), articles, and yes/no prefixes ("是否出错" means the same as
 * "出错"). They are dropped from headers and phrases before comparing.
 */
export const NEUTRAL_WORDS = [
  'the', 'of', 'a', 'an', 'in', 'per', 'is', 'has', 'was', 'if', 'whether',
  'hrs', 'hr', 'hours', 'hour', 'h', 'mins', 'min', 'minutes', 'days', 'd',
  'usd', 'rmb', 'cny', 'eur', 'yuan', 'pct', 'percent',
  '元', '万元', '小时', '天', '分钟', '是否', '有无', '有没有', '单位',
];

/**
 * Words that make a header a date or time. A header holding one of these is never mapped to
 * a non-date field unless the matched phrase itself contains the word ("response time").
 */
export const DATE_WORDS = ['date', 'time', 'timestamp', 'datetime', 'dt', 'at', '日期', '时间', '日', '时刻'];

/**
 * Words that make a header something other than a date: "Delivery Status", "Created by",
 * "Order No". A date field never takes a header holding one of these (outside its phrase).
 */
export const NOT_A_DATE_WORDS = [
  'status', 'state', 'id', 'no', 'number', 'by', 'name', 'type', 'method', 'address', 'count',
  'mode', 'carrier', 'city', 'country', 'region', 'note', 'notes', 'comment', 'reason', 'person',
  '状态', '编号', '号', '人', '名称', '类型', '方式', '地址', '次数', '备注', '原因', '员',
];

/** "target" and "actual" markers of a wide KPI sheet column ("满意度目标", "on-time target"). */
export const TARGET_WORDS = ['target', 'goal', 'tgt', 'objective', '目标', '目标值', '考核目标', '指标值'];
export const ACTUAL_WORDS = ['actual', 'act', 'achieved', 'result', '实际', '实际值', '实绩', '达成值', '完成值'];
