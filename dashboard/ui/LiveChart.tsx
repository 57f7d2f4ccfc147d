import { useEffect, useRef, useState } from 'react';
import { parse, View, type Spec as VegaSpec } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { compileChart, type ChartSpec } from '../../shared/charts/index';
import { queueChartWork } from './chart-queue';
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
  /**
   * 'canvas' for charts of many marks (the heatmap): one element instead of hundreds, so a
   * redraw costs the page no layout; 'svg' (default) keeps marks in the DOM.
   */
  renderer?: 'svg' | 'canvas';
  /** Registers the view as window.__dashViews[name], for the tests and the benchmark. */
  name?: string;
}

declare global {
  interface Window {
    __dashViews?: Record<string, View>;
  }
}

type Datasets = Record<string, unknown[]>;

/**
 * The spec without its rows and its height: two specs with the same shape differ only in data
 * and in how tall they are (a chart with one row per member grows with the team), both of
 * which a live view takes without being rebuilt.
 */
function shapeOf(spec: ChartSpec): string {
  const { datasets: _rows, height: _height, ...shape } = spec as ChartSpec & { datasets?: Datasets; height?: unknown };
  return JSON.stringify(shape);
}

/** A fixed height in pixels, the one size a live view is told rather than compiled with. */
function heightOf(spec: ChartSpec): number | null {
  const height = (spec as { height?: unknown }).height;
  return typeof height === 'number' ? height : null;
}

/*
 * Compiled shapes, kept: filters go back and forth (a team, all teams, the team again), and
 * compiling Vega-Lite is the costly part of building a chart. Compiled without rows; the rows
 * are put in before the first run.
 */
const compiled = new Map<string, VegaSpec>();
const COMPILED_KEPT = 24;

function compiledShape(spec: ChartSpec, shape: string): VegaSpec {
  let vega = compiled.get(shape);
  if (!vega) {
    const datasets = (spec as ChartSpec & { datasets?: Datasets }).datasets ?? {};
    const empty = { ...spec, datasets: Object.fromEntries(Object.keys(datasets).map((name) => [name, []])) } as ChartSpec;
    vega = compileChart(empty).vega;
    if (compiled.size >= COMPILED_KEPT) compiled.delete(compiled.keys().next().value!);
    compiled.set(shape, vega);
  }
  return vega;
}

/**
 * A Vega-Lite chart that stays alive across filter changes: when only the rows change it swaps
 * the datasets in place (cheap, and a selection made in the chart survives); a new shape
 * (other months, other members) builds a new view. Updates are queued one task per chart
 * (chart-queue.ts). Expressions run in vega's interpreter: the page's CSP has no 'unsafe-eval'.
 */
export function LiveChart({ spec, label, onSignal, onView, className, renderer = 'svg', name }: LiveChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const view = useRef<View | null>(null);
  const shape = useRef('');
  const latest = useRef(spec);
  const handlers = useRef(onSignal);
  handlers.current = onSignal;
  const viewCallback = useRef(onView);
  viewCallback.current = onView;
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    latest.current = spec;
    const draw = async () => {
      const element = container.current;
      // A newer spec arrived while this one waited: only the newest is drawn.
      if (!element || latest.current !== spec) return;
      const nextShape = shapeOf(spec);
      const datasets = (spec as ChartSpec & { datasets?: Datasets }).datasets ?? {};
      const height = heightOf(spec);
      if (view.current && shape.current === nextShape) {
        for (const [name, rows] of Object.entries(datasets)) view.current.data(name, rows);
        if (height !== null && view.current.height() !== height) view.current.height(height);
        await view.current.runAsync();
        return;
      }
      view.current?.finalize();
      const runtime = parse(compiledShape(spec, nextShape), undefined, { ast: true });
      const v = new View(runtime, { expr: expressionInterpreter, renderer, container: element, hover: true });
      for (const [name, rows] of Object.entries(datasets)) v.data(name, rows);
      // The compiled shape may be another spec's (same shape, other height).
      if (height !== null) v.height(height);
      view.current = v;
      if (name) (window.__dashViews ??= {})[name] = v;
      shape.current = nextShape;
      viewCallback.current?.(v);
      await v.runAsync();
      // Listen only after the first run: a new view starting with an empty selection is not
      // the user clearing one (the page keeps the pick across a rebuilt chart).
      for (const name of Object.keys(handlers.current ?? {})) {
        v.addSignalListener(name, (_, value) => handlers.current?.[name]?.(value));
      }
    };
    trackRender(
      queueChartWork(() =>
        draw().then(
          () => setError(null),
          (e: unknown) => setError(String(e)),
        ),
      ),
    );
  }, [spec]);

  useEffect(
    () => () => {
      viewCallback.current?.(null);
      view.current?.finalize();
      view.current = null;
    },
    [],
  );

  return (
    <div role="img" aria-label={label} className={className}>
      <div ref={container} />
      {error && <div className="chart-error">{error}</div>}
    </div>
  );
}
