import { CURRENCY_CHARS, CURRENCY_WORDS } from './number-text';
import { FORMULA_ERRORS, PLACEHOLDERS } from './placeholder';
import { MONTHS, NO_YEAR, WEEKDAYS, ZONE } from './date-text';
import { NO_RATING } from './score-text';
import { MAX_SERIAL_1900, MAX_SERIAL_1904, excelSerialToEpochMs } from './excel-serial';
import { NO, YES } from './yes-no-text';
import { SPACE_CHARACTERS, SPACE_IN_CLASS, TRIM_CHARACTERS, sqlCharIn, sqlIn, sqlText } from './sql-text';

/*
 * The per-cell rules of typing, as DuckDB macros over the raw text table (raw-csv.ts): each
 * cell of a number, date or yes/no column becomes its value or NULL in SQL, and a cell that
 * holds something but types to NULL is an issue (typing-issues.ts). The lists and shapes are
 * those of the TypeScript rules (placeholder.ts, number-text.ts, date-text.ts, yes-no-text.ts),
 * imported, so each is stated once. Dates are wall-clock epoch milliseconds (DOUBLE), as
 * DateColumn holds them. RE2 has no back-references: "the same separator twice" is two captured
 * separators compared.
 */

const S = `[${SPACE_IN_CLASS}]`;

/**
 * A text that may be blank, a placeholder, an error value or a plain number, or need trimming
 * (column-source.ts's mayBeSpecial, and digits): placeholders and errors start with one of
 * these characters, in either case.
 */
const MAYBE_SPECIAL_FIRST = [...'nN#(<uU?？—–－0123456789-', ...SPACE_CHARACTERS];

/**
 * `x` starts or ends with a space (RE2's `^[\s…]|[\s…]$`), by comparing its first and last
 * characters with a list: an RE2 search on every cell cost more than the rest of the typing.
 */
const edgeSpace = (x: string) => `(${sqlCharIn(`substr(${x}, 1, 1)`, SPACE_CHARACTERS)} OR ${sqlCharIn(`substr(${x}, -1, 1)`, SPACE_CHARACTERS)})`;

/**
 * The ISO date and date-time most exports write, read by DuckDB's own cast when it is exactly
 * that shape (iso-date-text.ts's fast path; the same value date-text.ts gives, milliseconds at
 * most, year 1000 on, hours to 23): every other text goes the whole way.
 */
export const ISO_DATE_TIME = String.raw`^[1-9]\d{3}-\d{2}-\d{2}(?:[ T](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?)?$`;

/** How CSV writes a plain number Excel would type as a number (delimited-text.ts). */
export const CSV_PLAIN_NUMBER = String.raw`^-?(?:0|[1-9]\d{0,14})(?:\.\d+)?$`;

const NUMBER_PLAIN = String.raw`^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$`;
const NUMBER_GROUPED = String.raw`^[+-]?\d{1,3}(?:[, \x{a0}\x{202f}\x{2009}']\d{3})+(?:\.\d*)?$`;
const GROUP_MARKS = String.raw`[, \x{a0}\x{202f}\x{2009}\t\x{3000}']`;

/**
 * `body` with `name` bound to the value of `expr`, computed once: a macro's argument is pasted
 * in wherever the macro names it, so a rule that looks at its text five times, nested five
 * deep, would otherwise grow the expression (and its binding time) exponentially.
 */
function bound(name: string, expr: string, body: string): string {
  return `list_transform([${expr}], lambda ${name}: ${body})[1]`;
}

/** One pass of number-text.ts's stripCurrency over `s`: a currency char or word off either end. */
function currencyPass(s: string): string {
  const v = '_c';
  const words = CURRENCY_WORDS.map((w) => {
    const [prefix, suffix] = [`starts_with(lower(${v}), ${sqlText(w)})`, `ends_with(lower(${v}), ${sqlText(w)})`];
    return `WHEN ${prefix} OR ${suffix} THEN CASE WHEN ${prefix} THEN substr(${v}, ${w.length + 1}) ELSE substr(${v}, 1, length(${v}) - ${w.length}) END`;
  });
  const body = `CASE WHEN ${v} = '' THEN ${v} WHEN ${sqlIn(`substr(${v}, 1, 1)`, CURRENCY_CHARS)} THEN substr(${v}, 2) WHEN ${sqlIn(`substr(${v}, -1, 1)`, CURRENCY_CHARS)} THEN substr(${v}, 1, length(${v}) - 1) ${words.join(' ')} ELSE ${v} END`;
  return bound(v, s, body);
}

const weekdayPrefixes = WEEKDAYS.flatMap((d) => Array.from({ length: d.length - 2 }, (_, k) => d.slice(0, d.length - k)));
const MONTH_CASES = Object.entries(MONTHS)
  .map(([name, month]) => `WHEN ${sqlText(name)} THEN ${month}`)
  .join(' ');
const TIME = String.raw`(?i)^(?:${S}*t|${S}+(?:at${S}+)?|${S}*[,，]${S}*)?${S}*(上午|下午)?${S}*(\d{1,2})${S}*[:：时]${S}*(\d{1,2})${S}*(?:[:：分]${S}*(\d{1,2})${S}*(?:秒|[.,](\d{1,9}))?)?${S}*(am|pm|a\.m\.|p\.m\.)?${S}*(?:${ZONE.replaceAll(String.raw`\s`, S)})?(?:${S}*\([^()]*\))?$`;
const YEAR_FIRST = String.raw`^(\d{4})([-/.])(\d{1,2})([-/.])(\d{1,2})(.*)$`;
const CHINESE = String.raw`^(\d{4})${S}*年${S}*(\d{1,2})${S}*月${S}*(\d{1,2})${S}*[日号]?(.*)$`;
const YEAR_LAST = String.raw`^(\d{1,2})([-/.])(\d{1,2})([-/.])(\d{4}|\d{2})(.*)$`;
const COMPACT = String.raw`^(\d{4})(\d{2})(\d{2})$`;
const DAY_MONTH_NAME = String.raw`(?i)^(\d{1,2})[-${SPACE_IN_CLASS}]([a-z]{3,9})\.?[-${SPACE_IN_CLASS},]+(\d{4}|\d{2})(.*)$`;
const MONTH_NAME_DAY = String.raw`(?i)^([a-z]{3,9})\.?${S}+(\d{1,2})(?:st|nd|rd|th)?,?${S}+(\d{4})(.*)$`;
const TIME_PART = String.raw`\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:${S}*(?:am|pm))?(?:${S}*(?:${ZONE.replaceAll(String.raw`\s`, S)}))?`;
const MONTH_NAME_DAY_TIME_YEAR = String.raw`(?i)^([a-z]{3,9})\.?${S}+(\d{1,2})${S}+(${TIME_PART})${S}+(\d{4})$`;

/** A JavaScript pattern of the TypeScript rules for RE2: its flags inline, `\s` as wide as JavaScript's. */
function re2(re: RegExp): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < re.source.length; i++) {
    const ch = re.source[i];
    if (ch === '\\') {
      const next = re.source[i + 1];
      out += next === 's' ? (inClass ? SPACE_IN_CLASS : S) : ch + next;
      i++;
    } else {
      if (ch === '[') inClass = true;
      else if (ch === ']') inClass = false;
      out += ch;
    }
  }
  return re.flags.includes('i') ? `(?i)${out}` : out;
}

const extract = (s: string, pattern: string, groups: string[]) => `regexp_extract(${s}, ${sqlText(pattern)}, [${groups.map(sqlText).join(', ')}])`;

/** Name → CREATE MACRO body, in the order they must be made (a macro uses those before it). */
const MACROS: [string, string][] = [
  // Only a text that starts or ends with a space needs trimming (most do not; trim with a set of characters is slow).
  ['kpi_trim(x)', `CASE WHEN ${edgeSpace('x')} THEN trim(x, ${sqlText(TRIM_CHARACTERS)}) ELSE x END`],
  // placeholder.ts: blank, or a way of writing "no value".
  // Most cells are plain names, numbers and dates: one cheap pattern sends them past every list.
  ['kpi_maybe_special(x)', `x = '' OR ${sqlCharIn('substr(x, 1, 1)', MAYBE_SPECIAL_FIRST)} OR ${sqlCharIn('substr(x, -1, 1)', SPACE_CHARACTERS)}`],
  ['kpi_blank(x)', `x IS NULL OR (kpi_maybe_special(x) AND ${sqlIn('lower(kpi_trim(x))', ['', ...PLACEHOLDERS])})`],
  ['kpi_error_value(x)', `contains(x, '#') AND ${sqlIn('lower(kpi_trim(x))', FORMULA_ERRORS)}`],
  // delimited-text.ts types "12.50" as the number 12.5: a text field then holds "12.5".
  [
    'kpi_text(x)',
    `CASE WHEN NOT kpi_maybe_special(x) THEN x WHEN kpi_blank(x) OR kpi_error_value(x) THEN NULL WHEN regexp_full_match(x, ${sqlText(CSV_PLAIN_NUMBER)}) THEN CASE WHEN x::DOUBLE = 0 THEN '0' WHEN contains(x, '.') THEN rtrim(rtrim(x, '0'), '.') ELSE x END ELSE kpi_trim(x) END`,
  ],
  ['kpi_yes_no(x)', `CASE WHEN ${sqlIn('lower(kpi_trim(x))', YES)} THEN 1 WHEN ${sqlIn('lower(kpi_trim(x))', NO)} THEN 0 END`],
  // number-text.ts, step by step: (accounting negative), percent, sign, currency ×2, sign, digits.
  ['kpi_num_digits(s)', bound('_d', 's', `CASE WHEN regexp_full_match(_d, ${sqlText(NUMBER_PLAIN)}) THEN try_cast(_d AS DOUBLE) WHEN regexp_full_match(_d, ${sqlText(NUMBER_GROUPED)}) THEN try_cast(regexp_replace(_d, ${sqlText(GROUP_MARKS)}, '', 'g') AS DOUBLE) END`)],
  ['kpi_num_signed(s, neg)', bound('_g', 's', `CASE WHEN substr(_g, 1, 1) IN ('-', '−') THEN -1 ELSE 1 END * kpi_num_digits(CASE WHEN substr(_g, 1, 1) IN ('-', '−') THEN kpi_trim(substr(_g, 2)) ELSE _g END) * CASE WHEN neg THEN -1 ELSE 1 END`)],
  ['kpi_num_currency(s)', currencyPass('s')],
  ['kpi_num_after_sign(s, neg)', `kpi_num_signed(kpi_trim(kpi_num_currency(kpi_trim(kpi_num_currency(kpi_trim(s))))), neg)`],
  [
    'kpi_num_after_percent(s, neg)',
    // One call whose arguments are chosen, not one call per case: each call site is bound anew.
    bound('_p', 's', `kpi_num_after_sign(CASE WHEN substr(_p, 1, 1) IN ('-', '+', '−') THEN substr(_p, 2) ELSE _p END, CASE WHEN substr(_p, 1, 1) IN ('-', '−') THEN NOT neg ELSE neg END)`),
  ],
  [
    'kpi_num_scaled(s, neg)',
    // 12% → 0.12 as number-text.ts does: to 15 significant digits, not 0.12000000000000001.
    bound('_q', 's', bound('_pc', `ends_with(_q, '%') OR ends_with(_q, '％')`, bound('_v', `kpi_num_after_percent(CASE WHEN _pc THEN kpi_trim(substr(_q, 1, length(_q) - 1)) ELSE _q END, neg)`, `CASE WHEN _pc THEN CAST(printf('%.14e', _v * 0.01) AS DOUBLE) ELSE _v END`))),
  ],
  [
    'kpi_number_text(x)',
    bound('_t', 'kpi_trim(x)', bound('_n', `starts_with(_t, '(') AND ends_with(_t, ')')`, `CASE WHEN _t = '' THEN NULL ELSE kpi_num_scaled(CASE WHEN _n THEN kpi_trim(substr(_t, 2, length(_t) - 2)) ELSE _t END, _n) END`)),
  ],
  // score-text.ts: "8分", "4 stars" read as the number; "Not offered" is blank (kpi_no_rating).
  ['kpi_score_text(x)', `kpi_number_text(coalesce(nullif(regexp_extract(kpi_trim(x), ${sqlText(String.raw`(?i)^([+-]?\d+(?:\.\d+)?)${S}*(?:分|星|points?|pts?|stars?)$`)}, 1), ''), x))`],
  // date-text.ts: the time of day after a date; 0 for none, NULL for text that is not a time.
  [
    'kpi_time_parts(t)',
    bound('_tp', 't', `CASE WHEN _tp.hour IS NULL THEN NULL ELSE ((CASE WHEN _tp.half = '' THEN _tp.hour ELSE _tp.hour % 12 + CASE WHEN starts_with(_tp.half, 'p') OR _tp.half = '下午' THEN 12 ELSE 0 END END * 60 + _tp.minute) * 60 + _tp.second) * 1000 + _tp.ms END`),
  ],
  [
    'kpi_time_ms(rest)',
    `CASE WHEN kpi_trim(rest) = '' THEN 0 ELSE kpi_time_parts(kpi_time_checked(${extract('rest', TIME, ['cn', 'h', 'm', 's', 'f', 'half'])})) END`,
  ],
  ['kpi_build_ms(y, m, d, rest)', bound('_y', 'y', `CASE WHEN _y >= 1000 THEN (try(make_date(_y, m, d)) - DATE '1970-01-01') * 86400000.0 + kpi_time_ms(rest) END`)],
  ['kpi_full_year(y)', bound('_fy', 'y', `CASE WHEN length(_fy) = 4 THEN _fy::INTEGER WHEN _fy::INTEGER < 50 THEN 2000 + _fy::INTEGER ELSE 1900 + _fy::INTEGER END`)],
  ['kpi_month_named(name)', `CASE lower(name) ${MONTH_CASES} END`],
  ['kpi_without_weekday(s)', `regexp_replace(s, ${sqlText(`(?i)^(?:${weekdayPrefixes.join('|')})\\.?,?${S}+`)}, '')`],
  // A year-last date (05/06/2026) read day-first or month-first.
  ['kpi_year_last_ms(p, day_first)', bound('_yl', 'p', `CASE WHEN day_first THEN kpi_build_ms(kpi_full_year(_yl.y), _yl.b::INTEGER, _yl.a::INTEGER, _yl.rest) ELSE kpi_build_ms(kpi_full_year(_yl.y), _yl.a::INTEGER, _yl.b::INTEGER, _yl.rest) END`)],
  [
    'kpi_year_last_first(p, ord)',
    bound('_yf', 'p', `CASE WHEN ord IN ('dmy', 'mdy') THEN ord = 'dmy' WHEN _yf.a::INTEGER > 12 AND _yf.b::INTEGER <= 12 THEN true WHEN _yf.b::INTEGER > 12 AND _yf.a::INTEGER <= 12 THEN false ELSE _yf.s1 = '.' END`),
  ],
  ['kpi_short_year_first(p)', bound('_sy', 'p', `CASE WHEN length(_sy.a) = 2 AND length(_sy.y) = 2 THEN kpi_build_ms(kpi_full_year(_sy.a), _sy.b::INTEGER, _sy.y::INTEGER, _sy.rest) END`)],
  ['kpi_year_last(s)', extract('s', YEAR_LAST, ['a', 's1', 'b', 's2', 'y', 'rest'])],
  ['kpi_is_year_last(p)', bound('_iy', 'p', `_iy.a <> '' AND _iy.s1 = _iy.s2`)],
  [
    'kpi_date_shape_ms(s, ord)',
    bound('_s', 's', bound('_yl', 'kpi_year_last(_s)', `CASE WHEN length(_s) < 6 THEN NULL
      WHEN regexp_matches(_s, ${sqlText(YEAR_FIRST)}) THEN kpi_year_first_ms(${extract('_s', YEAR_FIRST, ['y', 's1', 'm', 's2', 'd', 'rest'])})
      WHEN regexp_matches(_s, ${sqlText(CHINESE)}) THEN kpi_chinese_ms(${extract('_s', CHINESE, ['y', 'm', 'd', 'rest'])})
      WHEN ord = 'ymd' AND kpi_is_year_last(_yl) AND kpi_short_year_first(_yl) IS NOT NULL THEN kpi_short_year_first(_yl)
      WHEN kpi_is_year_last(_yl) THEN kpi_year_last_ms(_yl, kpi_year_last_first(_yl, ord))
      WHEN regexp_matches(_s, ${sqlText(COMPACT)}) THEN kpi_build_ms(substr(_s, 1, 4)::INTEGER, substr(_s, 5, 2)::INTEGER, substr(_s, 7, 2)::INTEGER, '')
      WHEN regexp_matches(_s, ${sqlText(DAY_MONTH_NAME)}) THEN kpi_day_month_name_ms(${extract('_s', DAY_MONTH_NAME, ['d', 'name', 'y', 'rest'])})
      WHEN regexp_matches(_s, ${sqlText(MONTH_NAME_DAY)}) THEN kpi_month_name_day_ms(${extract('_s', MONTH_NAME_DAY, ['name', 'd', 'y', 'rest'])})
      WHEN regexp_matches(_s, ${sqlText(MONTH_NAME_DAY_TIME_YEAR)}) THEN kpi_month_name_time_year_ms(${extract('_s', MONTH_NAME_DAY_TIME_YEAR, ['name', 'd', 'time', 'y'])})
    END`)),
  ],
  ['kpi_date_text_ms(x, ord)', `kpi_date_shape_ms(kpi_without_weekday(kpi_trim(x)), ord)`],
  // date-text.ts's yearLastReadings: a year-last date whose order matters, read both ways.
  [
    'kpi_year_last_readings(x, ord)',
    bound('_r', 'kpi_year_last(kpi_without_weekday(kpi_trim(x)))', `CASE WHEN kpi_is_year_last(_r) AND _r.a::INTEGER <> _r.b::INTEGER AND NOT (ord = 'ymd' AND kpi_short_year_first(_r) IS NOT NULL) AND (kpi_year_last_ms(_r, true) IS NOT NULL OR kpi_year_last_ms(_r, false) IS NOT NULL) THEN {'day_first': kpi_year_last_ms(_r, true), 'month_first': kpi_year_last_ms(_r, false), 'dotted': _r.s1 = '.'} END`),
  ],
  // A date written without its year ("10月5日", "10/5"): said so, not guessed.
  ['kpi_date_without_year(x)', `(${NO_YEAR.map((re) => `regexp_matches(kpi_trim(x), ${sqlText(re2(re))})`).join(' OR ')}) AND kpi_date_text_ms(x, '') IS NULL`],
  ['kpi_no_rating(x)', sqlIn('lower(kpi_trim(x))', NO_RATING)],
];

/** Helpers the list above uses, made before (DuckDB binds a macro's body when it is made): last first. */
const FIRST: [string, string][] = [
  ['kpi_time_checked(t)', bound('_tc', 't', `CASE WHEN _tc.h = '' THEN {'hour': NULL, 'minute': 0, 'second': 0, 'ms': 0, 'half': ''} ELSE kpi_time_valid({'hour': _tc.h::INTEGER, 'minute': _tc.m::INTEGER, 'second': coalesce(nullif(_tc.s, '')::INTEGER, 0), 'ms': CASE WHEN _tc.f = '' THEN 0 ELSE round(('0.' || _tc.f)::DOUBLE * 1000)::INTEGER END, 'half': lower(coalesce(nullif(_tc.half, ''), _tc.cn))}) END`)],
  ['kpi_time_valid(t)', bound('_tv', 't', `CASE WHEN (_tv.half <> '' AND (_tv.hour < 1 OR _tv.hour > 12)) OR _tv.minute > 59 OR _tv.second > 59 OR (_tv.half = '' AND _tv.hour > 23) THEN {'hour': NULL, 'minute': 0, 'second': 0, 'ms': 0, 'half': ''} ELSE _tv END`)],
];

/** Made just before kpi_date_shape_ms, which uses them. */
const LATER: [string, string][] = [
  ['kpi_year_first_ms(p)', bound('_p1', 'p', `CASE WHEN _p1.s1 = _p1.s2 THEN kpi_build_ms(_p1.y::INTEGER, _p1.m::INTEGER, _p1.d::INTEGER, _p1.rest) END`)],
  ['kpi_chinese_ms(p)', bound('_p2', 'p', `kpi_build_ms(_p2.y::INTEGER, _p2.m::INTEGER, _p2.d::INTEGER, _p2.rest)`)],
  ['kpi_day_month_name_ms(p)', bound('_p3', 'p', `kpi_build_ms(kpi_full_year(_p3.y), kpi_month_named(_p3.name), _p3.d::INTEGER, _p3.rest)`)],
  ['kpi_month_name_day_ms(p)', bound('_p4', 'p', `kpi_build_ms(_p4.y::INTEGER, kpi_month_named(_p4.name), _p4.d::INTEGER, _p4.rest)`)],
  ['kpi_month_name_time_year_ms(p)', bound('_p5', 'p', `kpi_build_ms(_p5.y::INTEGER, kpi_month_named(_p5.name), _p5.d::INTEGER, ' ' || _p5.time)`)],
];

/** The Excel serial (an unquoted plain number in a date column) as parse-cells.ts reads it. */
export function serialMsSql(x: string, date1904: boolean): string {
  const max = date1904 ? MAX_SERIAL_1904 : MAX_SERIAL_1900;
  const fastMin = date1904 ? 1 : 61;
  const msAtZero = excelSerialToEpochMs(100, date1904) - 100 * 86_400_000;
  const v = `${x}::DOUBLE`;
  // Math.round: half up, also below zero (DuckDB's round goes half away from zero).
  const slow = date1904
    ? `floor((${v} - 24107) * 86400000 + 0.5)`
    : `floor((${v} - CASE WHEN ${v} < 60 THEN 25568 ELSE 25569 END) * 86400000 + 0.5)`;
  return `CASE WHEN ${v} >= ${fastMin} AND ${v} <= ${max} THEN floor(${msAtZero} + ${v} * 86400000 + 0.5) WHEN ${v} >= 1 AND ${v} <= ${max} THEN ${slow} WHEN ${v} = floor(${v}) AND ${v} >= 10000101 AND ${v} <= 99991231 THEN kpi_date_text_ms(${x}, '') END`;
}

/** Every CREATE MACRO statement of the typing rules, to run once on a connection before typing. */
export function typingMacros(): string[] {
  const shape = MACROS.findIndex(([head]) => head.startsWith('kpi_date_shape_ms('));
  return [...FIRST.toReversed(), ...MACROS.slice(0, shape), ...LATER, ...MACROS.slice(shape)].map(([head, body]) => `CREATE OR REPLACE TEMP MACRO ${head} AS ${body}`);
}
