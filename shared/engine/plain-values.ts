import { DataType, Precision, TimeUnit, Type, util, type Vector } from 'apache-arrow';

/**
 * Arrow values → plain JS, as the UI, the KPI rows and JSON output want them: BIGINT and
 * DECIMAL → number, DATE → 'YYYY-MM-DD', TIMESTAMP → 'YYYY-MM-DD HH:MM:SS' (wall clock: the
 * epoch value is read as UTC, never shifted to a local zone). Types are checked by typeId,
 * not instanceof, because the vectors come from duckdb-wasm's own copy of apache-arrow.
 */
export type ToPlain = (value: unknown) => unknown;

export interface PlainOptions {
  /**
   * Integers beyond ±2^53 (BIGINT, HUGEINT, DECIMAL) as their exact decimal text instead of
   * the nearest double: user SQL results keep an id or a sum exactly as DuckDB computed it.
   */
  exactIntegers?: boolean;
}

export function plainConverter(type: DataType, options: PlainOptions = {}): ToPlain {
  const exact = options.exactIntegers === true;
  if (DataType.isInt(type)) return type.bitWidth === 64 ? (exact ? exactBigint : bigintToNumber) : identity;
  if (DataType.isDecimal(type)) {
    return exact
      ? (v) => exactDecimal(util.bigNumToBigInt(v as Parameters<typeof util.bigNumToBigInt>[0]), type.scale)
      : (v) => util.bigNumToNumber(v as Parameters<typeof util.bigNumToNumber>[0], type.scale);
  }
  if (DataType.isDate(type)) return (v) => formatDate(v as number);
  if (DataType.isTimestamp(type)) return (v) => formatTimestamp(v as number);
  if (DataType.isTime(type)) return (v) => formatTime(v as number | bigint, type.unit);
  if (DataType.isList(type) || DataType.isFixedSizeList(type)) {
    const child = type.children[0].type;
    const item = plainConverter(child, options);
    // Lists of plain numbers (the dashboard's per-cell values: a million in all) are copied
    // out of Arrow's buffer in one go; iterating a Vector costs a call per value.
    const flat = (DataType.isFloat(child) && child.precision !== Precision.HALF) || (DataType.isInt(child) && child.bitWidth < 64);
    return (v) => {
      const vector = v as Vector;
      return flat && vector.nullCount === 0 ? Array.from(vector.toArray() as ArrayLike<number>) : Array.from(vector, item);
    };
  }
  if (DataType.isStruct(type)) {
    const fields = type.children.map((f) => [f.name, plainConverter(f.type, options)] as const);
    return (v) => {
      const row = v as Record<string, unknown>;
      return Object.fromEntries(fields.map(([name, convert]) => [name, convertOrNull(convert, row[name])]));
    };
  }
  if (type.typeId === Type.Interval || type.typeId === Type.Duration) return (v) => String(v);
  return identity;
}

export function convertOrNull(convert: ToPlain, value: unknown): unknown {
  return value === null || value === undefined ? null : convert(value);
}

function identity(value: unknown): unknown {
  return value;
}

/** Beyond ±2^53 a number loses precision; ids and counts in this product stay far below. */
function bigintToNumber(value: unknown): unknown {
  return typeof value === 'bigint' ? Number(value) : value;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** A number when exact as a double, else the exact decimal text. */
function exactBigint(value: unknown): unknown {
  if (typeof value !== 'bigint') return value;
  return value > SAFE || value < -SAFE ? value.toString() : Number(value);
}

/** An unscaled DECIMAL integer: a number when exact as a double, else its exact decimal text. */
function exactDecimal(unscaled: bigint, scale: number): number | string {
  if (unscaled <= SAFE && unscaled >= -SAFE) return Number(unscaled) / 10 ** scale;
  if (scale === 0) return unscaled.toString();
  const digits = (unscaled < 0n ? -unscaled : unscaled).toString().padStart(scale + 1, '0');
  return `${unscaled < 0n ? '-' : ''}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/** 'YYYY-MM-DDTHH:MM:SS.sssZ' for years 0–9999; other years keep the raw number. */
function isoText(epochMs: number): string | null {
  const date = new Date(epochMs);
  const year = date.getUTCFullYear();
  return Number.isNaN(year) || year < 0 || year > 9999 ? null : date.toISOString();
}

export function formatDate(epochMs: number): string | number {
  return isoText(epochMs)?.slice(0, 10) ?? epochMs;
}

/** Milliseconds are shown only when present, so whole-second values read naturally. */
export function formatTimestamp(epochMs: number): string | number {
  const iso = isoText(Math.floor(epochMs));
  if (iso === null) return epochMs;
  const seconds = `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  const fraction = epochMs - Math.floor(epochMs / 1000) * 1000;
  return fraction === 0 ? seconds : `${seconds}.${iso.slice(20, 23)}`;
}

const TIME_UNITS_PER_MS: Record<TimeUnit, number> = {
  [TimeUnit.SECOND]: 1 / 1000,
  [TimeUnit.MILLISECOND]: 1,
  [TimeUnit.MICROSECOND]: 1000,
  [TimeUnit.NANOSECOND]: 1_000_000,
};

export function formatTime(value: number | bigint, unit: TimeUnit): string {
  const ms = Number(value) / TIME_UNITS_PER_MS[unit];
  return new Date(ms).toISOString().slice(11, ms % 1000 === 0 ? 19 : 23);
}
