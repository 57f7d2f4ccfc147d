/**
 * The orders-sheet data model of DESIGN.md, as data. A field's `kind` decides how a cell is
 * parsed (shared/ingest) and which DuckDB type its column gets (shared/engine).
 */
export const FIELD_KINDS = ['text', 'date', 'number', 'bool'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export const ORDER_FIELDS = {
  order_id: { kind: 'text', required: true },
  owner: { kind: 'text', required: false },
  team: { kind: 'text', required: false },
  customer: { kind: 'text', required: false },
  supplier: { kind: 'text', required: false },
  created: { kind: 'date', required: true },
  due: { kind: 'date', required: false },
  delivered: { kind: 'date', required: false },
  status: { kind: 'text', required: false },
  stage: { kind: 'text', required: false },
  amount: { kind: 'number', required: false },
  // errors: a count, or yes/no (yes → 1, no → 0)
  errors: { kind: 'number', required: false },
  satisfaction: { kind: 'number', required: false },
  response_hours: { kind: 'number', required: false },
  resolved: { kind: 'bool', required: false },
  complaint: { kind: 'bool', required: false },
} as const satisfies Record<string, { kind: FieldKind; required: boolean }>;

export type OrderField = keyof typeof ORDER_FIELDS;
export const ORDER_FIELD_KEYS = Object.keys(ORDER_FIELDS) as OrderField[];
export const REQUIRED_ORDER_FIELDS = ORDER_FIELD_KEYS.filter((f) => ORDER_FIELDS[f].required);

export function isOrderField(name: string): name is OrderField {
  return Object.prototype.hasOwnProperty.call(ORDER_FIELDS, name);
}

/** KPI (targets) sheet, long form: month | team | owner | kpi | target | actual. */
export const TARGET_FIELDS = {
  month: { kind: 'text', required: false },
  team: { kind: 'text', required: false },
  owner: { kind: 'text', required: false },
  kpi: { kind: 'text', required: true },
  target: { kind: 'number', required: false },
  actual: { kind: 'number', required: false },
} as const satisfies Record<string, { kind: FieldKind; required: boolean }>;

export type TargetField = keyof typeof TARGET_FIELDS;
export const TARGET_FIELD_KEYS = Object.keys(TARGET_FIELDS) as TargetField[];
