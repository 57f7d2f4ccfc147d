import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar } from '@fluentui/react-components';
import { formatIssue, issueText, messagesFor, type Lang } from '../../shared/messages/index';
import { ENGINE_TIMEOUT, type LoadStep } from '../data/protocol';
import type { FailedOpen, Loading } from '../app/use-dataset';

const STEP_MESSAGE: Record<LoadStep, 'dash_stepEngine' | 'dash_stepRead' | 'dash_stepParse' | 'dash_stepIngest' | 'dash_stepLoad' | 'dash_stepTargets' | 'dash_stepSummary'> = {
  engine: 'dash_stepEngine',
  read: 'dash_stepRead',
  parse: 'dash_stepParse',
  ingest: 'dash_stepIngest',
  load: 'dash_stepLoad',
  targets: 'dash_stepTargets',
  summary: 'dash_stepSummary',
};

/**
 * The progress bar while a file is read in the worker (the page stays usable meanwhile), and
 * Cancel: a file that takes too long — damaged in a way no check foresaw, or just huge — is
 * given up without reloading the page.
 */
export function LoadProgress({ lang, loading, onCancel }: { lang: Lang; loading: Loading; onCancel: () => void }) {
  const m = messagesFor(lang);
  return (
    <div className="dash-progress no-print" data-testid="load-progress" role="status">
      <span>
        {loading.fileName} — {m[STEP_MESSAGE[loading.step]]}
      </span>
      <ProgressBar value={Math.max(0.02, Math.min(1, loading.fraction))} thickness="large" />
      <Button size="small" onClick={onCancel} data-testid="cancel-load">
        {m.dash_cancelLoad}
      </Button>
    </div>
  );
}

/** Why a file could not be used, in the user's words, with the cells involved. */
export function LoadError({ lang, failed, keptPrevious, onShowData, onDismiss }: { lang: Lang; failed: FailedOpen; keptPrevious: boolean; onShowData: () => void; onDismiss: () => void }) {
  const m = messagesFor(lang);
  const errors = failed.open?.issues.filter((i) => i.severity === 'error') ?? [];
  const canMap = (failed.open?.headers.length ?? 0) > 0;
  return (
    <MessageBar intent="error" layout="multiline" className="dash-error no-print" data-testid="load-error">
      <MessageBarBody>
        <MessageBarTitle>{m.dash_loadFailed({ file: failed.fileName })}</MessageBarTitle>
        {errors.slice(0, 5).map((issue, i) => (
          // A problem with the file itself needs no "file: " in front of it: the title names it.
          <div key={i}>{issue.sheet === failed.fileName && !issue.cell ? issueText(issue, lang) : formatIssue(issue, lang)}</div>
        ))}
        {failed.error && <div>{failed.error === ENGINE_TIMEOUT ? m.dash_engineTimeout : m.dash_unexpected({ reason: failed.error })}</div>}
        {canMap && <div>{m.dash_fixMapping}</div>}
        {keptPrevious && <div>{m.dash_keptPrevious}</div>}
      </MessageBarBody>
      <MessageBarActions>
        {canMap && <Button onClick={onShowData}>{m.dash_dataButton}</Button>}
        <Button onClick={onDismiss} data-testid="dismiss-error">
          {m.dash_dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
