import { useEffect, useRef, useState } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { parse, View } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { compileChart, type ChartSpec } from '../charts/index';

const useStyles = makeStyles({
  chart: { width: '100%', minHeight: '40px' },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

export interface VegaChartProps {
  spec: ChartSpec;
  /** What the chart shows, for screen readers. */
  label: string;
  /** Called when a named signal (e.g. a selection param) changes. */
  onSignal?: { name: string; handler: (value: unknown) => void }[];
  /** Called with the live view (for exports: view.toSVG(), view.toImageURL('png')). */
  onView?: (view: View | null) => void;
  /** Called once the chart has been drawn (for a spec, each time it changes). */
  onRendered?: () => void;
}

function datasetsOf(spec: ChartSpec): Record<string, unknown[]> {
  return ((spec as { datasets?: Record<string, unknown[]> }).datasets ?? {}) as Record<string, unknown[]>;
}

/** Everything of the spec but its rows: two specs of one shape differ only in data. */
function shapeOf(spec: ChartSpec): string {
  return JSON.stringify({ ...spec, datasets: Object.keys(datasetsOf(spec)) });
}

/**
 * Renders a Vega-Lite spec from shared/charts as SVG with vega's View. Expressions run in
 * vega's interpreter (vega-interpreter), not compiled with `new Function`: the pages' CSP has
 * no 'unsafe-eval'.
 */
export function VegaChart({ spec, label, onSignal, onView, onRendered }: VegaChartProps) {
  const styles = useStyles();
  const container = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);

  const live = useRef<{ view: View; shape: string; rows: string } | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const shape = shapeOf(spec);
    const done = () => onRendered?.();
    const fail = (e: unknown) => setError(String(e));
    // Only the rows changed (a filter): swap them into the live view instead of building a new
    // one, which is much faster and keeps listeners and hover state.
    const rows = JSON.stringify(datasetsOf(spec));
    if (live.current && live.current.shape === shape) {
      const { view } = live.current;
      // Same rows (another filter gave the same numbers): nothing to redraw.
      if (live.current.rows === rows) {
        done();
        return;
      }
      live.current.rows = rows;
      for (const [name, values] of Object.entries(datasetsOf(spec))) view.data(name, values as object[]);
      view.runAsync().then(done, fail);
      return;
    }
    live.current?.view.finalize();
    live.current = null;
    try {
      const runtime = parse(compileChart(spec).vega, undefined, { ast: true });
      const view = new View(runtime, { expr: expressionInterpreter, renderer: 'svg', container: element, hover: true });
      for (const { name, handler } of onSignal ?? []) view.addSignalListener(name, (_, value) => handler(value));
      live.current = { view, shape, rows };
      view.runAsync().then(done, fail);
      setError(null);
      onView?.(view);
    } catch (e) {
      fail(e);
    }
    // The spec is the chart; handlers are read when it is (re)built.
  }, [spec]);

  useEffect(
    () => () => {
      onView?.(null);
      live.current?.view.finalize();
      live.current = null;
    },
    [],
  );

  return (
    <div role="img" aria-label={label}>
      <div ref={container} className={styles.chart} />
      {error && <div className={styles.error}>{error}</div>}
    </div>
  );
}
