import { parse, View, type Spec as VegaSpec } from 'vega';
import { compile } from 'vega-lite';
import type { ChartSpec } from './types';

export interface CompiledChart {
  vega: VegaSpec;
  /** Vega-Lite's warnings while compiling; a correct builder produces none. */
  warnings: string[];
}

/** Vega-Lite → Vega, collecting the compiler's warnings instead of printing them. */
export function compileChart(spec: ChartSpec): CompiledChart {
  const warnings: string[] = [];
  let level = 0;
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: readonly unknown[]) {
      throw new Error(args.map(String).join(' '));
    },
    warn(...args: readonly unknown[]) {
      warnings.push(args.map(String).join(' '));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  // The logger's overloaded `level` does not fit vega's LoggerInterface type exactly.
  const { spec: vega } = compile(spec, { logger: logger as never });
  return { vega, warnings };
}

export interface RenderOptions {
  /** Width used when the spec says 'container' (there is no container in Node). */
  width?: number;
}

/**
 * The chart as an SVG string, in Node (the report CLI's inline SVG) or the browser. Rendering
 * runs headless (`renderer: 'none'`), so nothing is drawn on screen and nothing is fetched.
 */
export async function renderSvg(spec: ChartSpec, opts: RenderOptions = {}): Promise<string> {
  const sized = 'width' in spec && spec.width === 'container' ? { ...spec, width: opts.width ?? 640 } : spec;
  const view = new View(parse(compileChart(sized as ChartSpec).vega), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
