import { useState } from 'react';
import { Badge, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Issue } from '../schema/issues';
import { issueText, messagesFor, type Lang } from '../messages/index';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
  },
  where: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'nowrap' },
  text: { overflowWrap: 'anywhere' },
  plain: { display: 'flex', gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
});

const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;
const PAGE = 100;

export interface IssueListProps {
  issues: readonly Issue[];
  lang: Lang;
  /** Clicking an issue with a cell: e.g. the add-in selects that cell in Excel. */
  onSelect?: (issue: Issue) => void;
}

/** Issues with their sheet and cell; those with a cell are buttons when `onSelect` is given. */
export function IssueList({ issues, lang, onSelect }: IssueListProps) {
  const styles = useStyles();
  const m = messagesFor(lang);
  const [shown, setShown] = useState(PAGE);
  if (issues.length === 0) return <Caption1>{m.uiNoIssues}</Caption1>;
  const severity = { error: m.uiSeverityError, warning: m.uiSeverityWarning, info: m.uiSeverityInfo };
  return (
    <div data-testid="issue-list">
      <ul className={styles.list}>
        {issues.slice(0, shown).map((issue, i) => {
          const where = issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet;
          const body = (
            <>
              <Badge size="small" appearance="tint" color={BADGE_COLOR[issue.severity]}>
                {severity[issue.severity]}
              </Badge>
              <span>
                {where && <span className={styles.where}>{where}</span>}
                {where && ': '}
                <span className={styles.text}>{issueText(issue, lang)}</span>
              </span>
            </>
          );
          return (
            <li key={i} data-testid="issue" data-cell={where}>
              {onSelect && issue.cell ? (
                <Button appearance="subtle" className={styles.item} onClick={() => onSelect(issue)} title={m.uiGoToCell({ where })}>
                  {body}
                </Button>
              ) : (
                <div className={styles.plain}>{body}</div>
              )}
            </li>
          );
        })}
      </ul>
      {issues.length > shown && (
        <>
          <Caption1>{m.uiIssuesMore({ shown, total: issues.length })}</Caption1>{' '}
          <Button size="small" appearance="transparent" onClick={() => setShown(shown + PAGE)}>
            {m.uiShowMore}
          </Button>
        </>
      )}
    </div>
  );
}
