import { memo, useRef } from 'react';
import { Button, Select, Switch } from '@fluentui/react-components';
import { messagesFor, type Lang } from '../../shared/messages/index';
import type { OpenResult } from '../data/protocol';
import type { Theme } from '../state/view-state';

export interface HeaderProps {
  lang: Lang;
  theme: Theme;
  open: OpenResult | null;
  busy: boolean;
  onOpenFile: (file: File) => void;
  /** The user is reaching for a file (pointer over Open, Open pressed): get ready for it. */
  onOpenIntent: () => void;
  onOpenDemo: () => void;
  onShowData: () => void;
  onLang: (lang: Lang) => void;
  onTheme: (theme: Theme) => void;
}

/**
 * Which data is on screen, and the page's actions: open, demo, data & mapping, print, language,
 * theme. Memoised: it renders again only when its own props change (see use-stable-callback.ts).
 */
export const Header = memo(function Header({ lang, theme, open, busy, onOpenFile, onOpenIntent, onOpenDemo, onShowData, onLang, onTheme }: HeaderProps) {
  const m = messagesFor(lang);
  const input = useRef<HTMLInputElement>(null);
  const rows = open?.data ? open.data.rowCount.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US') : '';
  const source = open?.data ? (open.demo ? m.dash_sourceDemo({ rows }) : m.dash_sourceFile({ file: open.fileName, rows })) : '';
  return (
    <header className="dash-header">
      <div className="dash-brand">
        <h1>{m.dash_title}</h1>
        <span className="dash-subtitle">{m.dash_subtitle}</span>
        {source && (
          <span className="dash-source" data-testid="data-source">
            {source}
          </span>
        )}
      </div>
      <div className="dash-actions no-print">
        <input
          ref={input}
          type="file"
          className="visually-hidden"
          accept=".xlsx,.xlsm,.xls,.ods,.csv,.tsv,.txt"
          data-testid="open-file"
          aria-label={m.dash_openFileLabel}
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared so picking the same file again opens it again.
            e.target.value = '';
            if (file) onOpenFile(file);
          }}
        />
        <Button
          appearance="primary"
          disabled={busy}
          onPointerEnter={onOpenIntent}
          onFocus={onOpenIntent}
          onClick={() => {
            onOpenIntent();
            input.current?.click();
          }}
          title={m.dash_openFileLabel}
          data-testid="open-file-button"
        >
          {m.dash_openFile}
        </Button>
        <Button disabled={busy} onClick={onOpenDemo} data-testid="open-demo">
          {m.dash_useDemo}
        </Button>
        <Button onClick={onShowData} data-testid="show-data">
          {m.dash_dataButton}
        </Button>
        <Button onClick={() => window.print()}>{m.dash_print}</Button>
        <Select aria-label={m.dash_language} value={lang} onChange={(_, d) => onLang(d.value as Lang)} data-testid="lang" className="dash-lang">
          <option value="en">{m.dash_langEn}</option>
          <option value="zh">{m.dash_langZh}</option>
        </Select>
        <Switch label={m.dash_darkTheme} checked={theme === 'dark'} onChange={(_, d) => onTheme(d.checked ? 'dark' : 'light')} data-testid="theme" />
      </div>
    </header>
  );
});
