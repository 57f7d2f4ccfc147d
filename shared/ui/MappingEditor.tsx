import { Badge, Caption1, makeStyles, Select, tokens } from '@fluentui/react-components';
import { ORDER_FIELD_KEYS, ORDER_FIELDS, type OrderField } from '../schema/fields';
import { isDateOrder, type DateOrder } from '../ingest/date-order';
import { messagesFor, type Lang } from '../messages/index';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(70px, 1fr) minmax(0, 1.6fr) auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  head: { color: tokens.colorNeutralForeground3 },
  field: { overflow: 'hidden', textOverflow: 'ellipsis' },
  select: { minWidth: 0 },
  badge: { justifySelf: 'end' },
});

/** A field's column and how sure the detection was (1 = exact, or set by the user). */
export interface MappedColumn {
  header: string;
  confidence: number;
}

export interface MappingEditorProps {
  /** The header row as found, in column order. */
  headers: readonly string[];
  /** The mapping in effect. */
  mapping: Partial<Record<OrderField, MappedColumn>>;
  /** Fields the user set ("" = leave unmapped). */
  overrides: Partial<Record<OrderField, string>>;
  lang: Lang;
  onChange: (overrides: Partial<Record<OrderField, string>>) => void;
  /** The date order the user chose for columns whose dates do not show it; undefined = automatic. */
  dateOrder?: DateOrder;
  /** Given: the editor ends with a "Date order" choice. */
  onDateOrderChange?: (dateOrder: DateOrder | undefined) => void;
}

const NONE = '\u0000none';
const AUTOMATIC = 'auto';

/** Automatic (each column from its own dates, else the locale's order), or the order the user states. */
function DateOrderChoice({ lang, dateOrder, onChange }: { lang: Lang; dateOrder: DateOrder | undefined; onChange: (d: DateOrder | undefined) => void }) {
  const styles = useStyles();
  const m = messagesFor(lang);
  const labels: Record<DateOrder, string> = { dmy: m.uiDateOrderDmy, mdy: m.uiDateOrderMdy, ymd: m.uiDateOrderYmd };
  return (
    <div style={{ display: 'contents' }} data-testid="mapping-date-order">
      <label htmlFor="mapping-date-order" className={styles.field} title={m.uiDateOrderHint}>
        {m.uiDateOrder}
      </label>
      <Select
        id="mapping-date-order"
        size="small"
        className={styles.select}
        title={m.uiDateOrderHint}
        value={dateOrder ?? AUTOMATIC}
        onChange={(_, data) => onChange(isDateOrder(data.value) ? data.value : undefined)}
      >
        <option value={AUTOMATIC}>{m.uiDateOrderAuto}</option>
        {(Object.keys(labels) as DateOrder[]).map((order) => (
          <option key={order} value={order}>
            {labels[order]}
          </option>
        ))}
      </Select>
      <span />
    </div>
  );
}

/** Every orders field with the column it reads, the match confidence, and a picker to change it. */
export function MappingEditor({ headers, mapping, overrides, lang, onChange, dateOrder, onDateOrderChange }: MappingEditorProps) {
  const styles = useStyles();
  const m = messagesFor(lang);
  const choices = [...new Set(headers.filter((h) => h.trim() !== ''))];
  return (
    <div className={styles.grid} data-testid="mapping-editor">
      <Caption1 className={styles.head}>{m.uiMappingField}</Caption1>
      <Caption1 className={styles.head}>{m.uiMappingColumn}</Caption1>
      <Caption1 className={styles.head}>{m.uiMappingConfidence}</Caption1>
      {ORDER_FIELD_KEYS.map((field) => {
        const current = mapping[field];
        const set = overrides[field] !== undefined;
        const label = m.fieldLabel({ field });
        const id = `mapping-${field}`;
        return (
          <div key={field} style={{ display: 'contents' }} data-testid={id}>
            <label htmlFor={id} className={styles.field} title={field}>
              {label}
              {ORDER_FIELDS[field].required && <Caption1> ({m.uiMappingRequired})</Caption1>}
            </label>
            <Select
              id={id}
              size="small"
              className={styles.select}
              value={current ? current.header : NONE}
              onChange={(_, data) => onChange({ ...overrides, [field]: data.value === NONE ? '' : data.value })}
            >
              <option value={NONE}>{m.uiMappingNone}</option>
              {choices.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </Select>
            <span className={styles.badge}>
              {current && (
                <Badge size="small" appearance="tint" color={set ? 'informative' : current.confidence >= 0.9 ? 'success' : current.confidence >= 0.7 ? 'brand' : 'warning'}>
                  {set ? m.uiMappingOverride : `${Math.round(current.confidence * 100)}%`}
                </Badge>
              )}
            </span>
          </div>
        );
      })}
      {onDateOrderChange && <DateOrderChoice lang={lang} dateOrder={dateOrder} onChange={onDateOrderChange} />}
    </div>
  );
}
