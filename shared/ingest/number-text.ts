/*
 * Number text → number (NaN when it is not one). Accepts what people and exports write:
 * "1,234.50", "¥1,234", "$ 12", "￥12", "12元", "RMB 12", "1 234", "(12)" (accounting
 * negative), "-$12", "12%" (→ 0.12), "+3", "1.2e3". A comma is a thousands separator only
 * between groups of exactly three digits, so "12,5" (a European decimal) is refused, not
 * silently read as 125.
 */

export const CURRENCY_WORDS = ['rmb', 'cny', 'usd', 'eur', 'hkd', 'gbp', 'jpy', 'us$', 'hk$', 'a$', 'c$'];
export const CURRENCY_CHARS: ReadonlySet<string> = new Set(['$', '¥', '￥', '€', '£', '₩', '₹', '元', '円', '＄']);
const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(?:[, \u00a0\u202f\u2009']\d{3})+(?:\.\d*)?$/;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x3000;
}

function stripCurrency(s: string): string {
  let t = s;
  for (let pass = 0; pass < 2; pass++) {
    t = t.trim();
    if (t.length === 0) return t;
    if (CURRENCY_CHARS.has(t[0])) t = t.slice(1);
    else if (CURRENCY_CHARS.has(t[t.length - 1])) t = t.slice(0, -1);
    else {
      const lower = t.toLowerCase();
      const word = CURRENCY_WORDS.find((w) => lower.startsWith(w) || lower.endsWith(w));
      if (!word) break;
      t = lower.startsWith(word) ? t.slice(word.length) : t.slice(0, -word.length);
    }
  }
  return t.trim();
}

export function numberTextToValue(text: string): number {
  let s = text.trim();
  if (s.length === 0) return NaN;
  let negative = false;
  if (s[0] === '(' && s[s.length - 1] === ')') {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  let scale = 1;
  if (s.endsWith('%') || s.endsWith('％')) {
    scale = 0.01;
    s = s.slice(0, -1).trim();
  }
  // A sign may sit before the currency symbol: "-$12".
  if (s[0] === '-' || s[0] === '+' || s[0] === '−') {
    if (s[0] !== '+') negative = !negative;
    s = s.slice(1);
  }
  s = stripCurrency(s);
  if (s[0] === '-' || s[0] === '−') {
    negative = !negative;
    s = s.slice(1).trim();
  }
  let value: number;
  if (PLAIN.test(s)) value = Number(s);
  else if (GROUPED.test(s)) {
    let digits = '';
    for (let i = 0; i < s.length; i++) {
      const code = s.charCodeAt(i);
      if (code !== 44 /* , */ && code !== 39 /* ' */ && !isSpace(code)) digits += s[i];
    }
    value = Number(digits);
  } else return NaN;
  if (!Number.isFinite(value)) return NaN;
  const signed = negative ? -value : value;
  // 12% → 0.12 without the 0.12000000000000001 of a plain multiplication.
  return scale === 1 ? signed : Number((signed * scale).toPrecision(15));
}
