import { Badge, Caption1, makeStyles, Select, tokens } from '@fluentui/react-components';
import { ORDER_FIELD_KEYS, ORDER_FIELDS, type OrderField } from '../schema/fields';
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
}

const NONE = '\u0000none';

/** Every orders field with the column it reads, the match confidence, and a picker to change it. */
export function MappingEditor({ headers, mapping, overrides, lang, onChange }: MappingEditorProps) {
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
    </div>
  );
}
