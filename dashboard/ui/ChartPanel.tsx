import { useRef, type ReactNode } from 'react';
import { Button } from '@fluentui/react-components';
import type { View } from 'vega';
import type { ChartSpec } from '../../shared/charts/index';
import { messagesFor, type Lang } from '../../shared/messages/index';
import { downloadBlob, downloadUrl, fileNameOf } from '../export/download';
import { LiveChart } from './LiveChart';

export interface ChartPanelProps {
  id: string;
  title: string;
  spec: ChartSpec;
  lang: Lang;
  onSignal?: Record<string, (value: unknown) => void>;
  /** Controls above the chart (e.g. the heatmap's KPI). */
  tools?: ReactNode;
  wide?: boolean;
  renderer?: 'svg' | 'canvas';
  /** The chart's numbers as sentences (chartTexts), listed for screen readers. */
  texts?: readonly string[];
}

/** A chart with its PNG and SVG downloads (vega's own toImageURL / toSVG: what is on screen). */
export function ChartPanel({ id, title, spec, lang, onSignal, tools, wide, renderer, texts = [] }: ChartPanelProps) {
  const m = messagesFor(lang);
  const view = useRef<View | null>(null);
  const exportAs = async (format: 'png' | 'svg') => {
    if (!view.current) return;
    const name = fileNameOf(title, `.${format}`).replace(/ \./, '.');
    if (format === 'svg') downloadBlob(await view.current.toSVG(), name, 'image/svg+xml');
    else downloadUrl(await view.current.toImageURL('png', 2), name);
  };
  return (
    <figure className={`dash-chart${wide ? ' dash-chart-wide' : ''}`} data-testid={`chart-${id}`}>
      <div className="dash-chart-bar">
        <div className="dash-chart-tools">{tools}</div>
        <div className="no-print">
          <Button size="small" appearance="subtle" onClick={() => exportAs('png')} title={m.dash_exportChart({ title, format: 'PNG' })} data-testid={`export-png-${id}`}>
            {m.dash_exportPng}
          </Button>
          <Button size="small" appearance="subtle" onClick={() => exportAs('svg')} title={m.dash_exportChart({ title, format: 'SVG' })} data-testid={`export-svg-${id}`}>
            {m.dash_exportSvg}
          </Button>
        </div>
      </div>
      <LiveChart spec={spec} label={m.dash_chartLabel({ title })} onSignal={onSignal} onView={(v) => (view.current = v)} renderer={renderer} name={id} />
      {/* A chart inside role="img" (or on a canvas) has no marks a screen reader can reach. */}
      {texts.length > 0 && (
        <ul className="visually-hidden" aria-label={m.dash_chartAsText({ title })} data-testid={`chart-text-${id}`}>
          {texts.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      )}
    </figure>
  );
}
