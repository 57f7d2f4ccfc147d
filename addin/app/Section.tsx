import type { ReactNode } from 'react';
import { makeStyles, Subtitle2, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
    minWidth: 0,
  },
  title: { margin: 0 },
});

/** A titled block of a tab. */
export function Section({ title, children, testId, data }: { title?: string; children: ReactNode; testId?: string; data?: Record<string, string> }) {
  const styles = useStyles();
  const attributes = Object.fromEntries(Object.entries(data ?? {}).map(([k, v]) => [`data-${k}`, v]));
  return (
    <section className={styles.section} data-testid={testId} aria-label={title} {...attributes}>
      {title && (
        <Subtitle2 as="h2" className={styles.title}>
          {title}
        </Subtitle2>
      )}
      {children}
    </section>
  );
}
