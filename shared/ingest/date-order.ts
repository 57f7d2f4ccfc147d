/*
 * The order of a column's year-last dates (05/06/2026: 5 June or May 6?), decided once for the
 * whole column from all its cells. Deciding cell by cell read 29-02-2016 as 29 February and the
 * 01-03-2016 beside it as 3 January. A cell only one order can read proves that order; a column
 * that proves neither follows the order the user stated, else the locale's, else the usual
 * reading (dotted dates day-first, slashed and dashed ones month-first) — and says so once.
 */

/** How dates are written, as the user states it (CLI --date-order, the mapping editor). */
export const DATE_ORDERS = ['dmy', 'mdy', 'ymd'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

export function isDateOrder(x: unknown): x is DateOrder {
  return x === 'dmy' || x === 'mdy' || x === 'ymd';
}

/** The order a locale writes numeric dates in: "en_GB.UTF-8" → dmy, "en-US" → mdy, "zh-CN" → ymd; null when unknown. */
export function dateOrderOfLocale(locale: string | null | undefined): DateOrder | null {
  // POSIX names ("en_GB.UTF-8", "de_DE@euro") become BCP 47 tags; C and POSIX say nothing.
  const tag = (locale ?? '').trim().replace(/[.@].*$/, '').replace(/_/g, '-');
  if (tag === '' || tag === 'C' || tag === 'POSIX') return null;
  try {
    // Intl falls back to its default locale for a tag it does not know: that would be a guess.
    if (Intl.DateTimeFormat.supportedLocalesOf(tag).length === 0) return null;
    const parts = new Intl.DateTimeFormat(tag, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).formatToParts(Date.UTC(2001, 1, 3));
    const order = parts
      .filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year')
      .map((p) => p.type[0])
      .join('');
    return isDateOrder(order) ? order : null;
  } catch {
    return null;
  }
}

/** What a column's year-last dates say about their order, counted over its cells (table rows). */
export interface DateOrderEvidence {
  /** Cells only day-first reads (29-02-2016), and the table row of the first (-1: none). */
  dayFirst: number;
  firstDayFirst: number;
  /** Cells only month-first reads (02/15/2016). */
  monthFirst: number;
  firstMonthFirst: number;
  /** Cells both orders read, as different dates (05/06/2026, 5.6.2026). */
  either: number;
  firstEither: number;
  /** Of those, the dotted ones (5.6.2026): the usual reading takes them day-first, the others month-first. */
  eitherDotted: number;
  firstEitherDotted: number;
}

export function noEvidence(): DateOrderEvidence {
  return { dayFirst: 0, firstDayFirst: -1, monthFirst: 0, firstMonthFirst: -1, either: 0, firstEither: -1, eitherDotted: 0, firstEitherDotted: -1 };
}

/**
 * How a column's year-last dates are read, and on what grounds:
 * - `data`: its cells prove one order; `conflict`: they prove both — the order of most of them
 *   is taken (a tie goes to the stated, locale or usual order) and the others cannot be read;
 * - `stated`, `locale`, `usual`: its cells prove neither;
 * - `none`: it has no year-last date whose order matters.
 * `order` null is the usual reading: dotted dates day-first, slashed and dashed ones month-first.
 */
export interface ColumnDateOrder {
  order: 'dmy' | 'mdy' | null;
  source: 'data' | 'conflict' | 'stated' | 'locale' | 'usual' | 'none';
  evidence: DateOrderEvidence;
}

/** The order for a column its cells cannot decide. A year-first statement says nothing of day and month. */
function fallbackOrder(stated: DateOrder | undefined, locale: DateOrder | undefined): Pick<ColumnDateOrder, 'order' | 'source'> {
  if (stated === 'dmy' || stated === 'mdy') return { order: stated, source: 'stated' };
  // Only a day-first locale changes the usual reading: no locale writes dotted dates month-first,
  // and year-first locales (zh, ja, ko) meet year-last dates in exports, which are month-first.
  if (locale === 'dmy') return { order: 'dmy', source: 'locale' };
  return { order: null, source: 'usual' };
}

export function decideDateOrder(evidence: DateOrderEvidence, stated?: DateOrder, locale?: DateOrder): ColumnDateOrder {
  const { dayFirst, monthFirst, either } = evidence;
  if (dayFirst > 0 && monthFirst === 0) return { order: 'dmy', source: 'data', evidence };
  if (monthFirst > 0 && dayFirst === 0) return { order: 'mdy', source: 'data', evidence };
  if (dayFirst > 0 && monthFirst > 0) {
    if (dayFirst !== monthFirst) return { order: dayFirst > monthFirst ? 'dmy' : 'mdy', source: 'conflict', evidence };
    // A tie: the usual reading is no order at all here, so month-first, as for slashed dates.
    return { order: fallbackOrder(stated, locale).order ?? 'mdy', source: 'conflict', evidence };
  }
  if (either === 0) return { order: null, source: 'none', evidence };
  return { ...fallbackOrder(stated, locale), evidence };
}
