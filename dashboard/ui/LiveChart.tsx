import { useEffect, useRef, useState } from 'react';
import { parse, View } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { compileChart, type ChartSpec } from '../../shared/charts/index';
import { trackRender } from './render-tracker';

export interface LiveChartProps {
  spec: ChartSpec;
  /** What the chart shows, for screen readers. */
  label: string;
  /** Selection params to listen to (e.g. PICK_MONTH), with their handlers. */
  onSignal?: Record<string, (value: unknown) => void>;
  /** The live view, for exports (toSVG / toImageURL). */
  onView?: (view: View | null) => void;
  className?: string;
  testId?: string;
}

type Datasets = Record<string, unknown[]>;

/** The spec without its rows: two specs with the same shape differ only in data. */
function shapeOf(spec: ChartSpec): string {
  const { datasets: _rows, ...shape } = spec as ChartSpec & { datasets?: Datasets };
  return JSON.stringify(shape);
}

/**
 * A Vega-Lite chart that stays alive across filter changes: when only the rows change it swaps
 * the datasets in place (a few ms, and a selection made in the chart survives); a new shape
 * (other months, other members) builds a new view. Expressions run in vega's interpreter — the
 * page's CSP has no 'unsafe-eval'.
 */
export function LiveChart({ spec, label, onSignal, onView, className, testId }: LiveChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const view = useRef<View | null>(null);
  const shape = useRef('');
  const handlers = useRef(onSignal);
  handlers.current = onSignal;
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const nextShape = shapeOf(spec);
    const datasets = (spec as ChartSpec & { datasets?: Datasets }).datasets ?? {};
    try {
      if (view.current && shape.current === nextShape) {
        const v = view.current;
        for (const [name, rows] of Object.entries(datasets)) {
          v.change(name, v.changeset().remove(() => true).insert(rows));
        }
        trackRender(v.runAsync());
        return;
      }
      view.current?.finalize();
      const runtime = parse(compileChart(spec).vega, undefined, { ast: true });
      const v = new View(runtime, { expr: expressionInterpreter, renderer: 'svg', container: element, hover: true });
      for (const name of Object.keys(handlers.current ?? {})) {
        v.addSignalListener(name, (_, value) => handlers.current?.[name]?.(value));
      }
      view.current = v;
      shape.current = nextShape;
      trackRender(v.runAsync().catch((e: unknown) => setError(String(e))));
      setError(null);
      onView?.(v);
    } catch (e) {
      setError(String(e));
    }
  }, [spec]);

  useEffect(
    () => () => {
      onView?.(null);
      view.current?.finalize();
      view.current = null;
    },
    [],
  );

  return (
    <div role="img" aria-label={label} className={className} data-testid={testId}>
      <div ref={container} />
      {error && <div className="chart-error">{error}</div>}
    </div>
  );
}
