/*
 * Test kit for chart specs: the Vega-Lite JSON schema validator and small readers of the SVG
 * that vega renders (mark groups are named `<layer name>_marks`; axis labels are <text>s).
 */
import Ajv from 'ajv';
import { parse, View } from 'vega';
import schema from 'vega-lite/vega-lite-schema.json' with { type: 'json' };
import { compileChart, renderSvg, type ChartSpec } from '../../../shared/charts/index';

// The schema is draft-07 with custom keywords and formats that ajv cannot check.
const ajv = new Ajv({ strict: false, allowUnionTypes: true, validateFormats: false });
const validateSchema = ajv.compile(schema);

/** Schema errors of a spec, as readable lines (empty when valid). */
export function schemaErrors(spec: unknown): string[] {
  if (validateSchema(spec)) return [];
  return (validateSchema.errors ?? []).slice(0, 5).map((e) => `${e.instancePath} ${e.message}`);
}

/** Checks every chart must pass; returns the rendered SVG. */
export async function checkedSvg(spec: ChartSpec): Promise<string> {
  const errors = schemaErrors(spec);
  if (errors.length) throw new Error(`spec does not match the Vega-Lite schema:\n${errors.join('\n')}`);
  const { warnings } = compileChart(spec);
  if (warnings.length) throw new Error(`Vega-Lite warned:\n${warnings.join('\n')}`);
  return renderSvg(spec);
}

/** The contents of each rendered group of the named layer (several when faceted). */
export function markGroups(svg: string, layerName: string): string[] {
  // An empty group is written self-closing: <g class="…"/>.
  const re = new RegExp(`<g class="mark-\\w+ role-mark ${layerName}_marks"[^>]*?(?:/>|>([\\s\\S]*?)</g>)`, 'g');
  return [...svg.matchAll(re)].map((match) => match[1] ?? '');
}

/** How many marks (vega draws symbols, rects and lines as <path>, text as <text>). */
export function countMarks(fragment: string, tag: 'path' | 'text' = 'path'): number {
  return (fragment.match(new RegExp(`<${tag}[ >]`, 'g')) ?? []).length;
}

export function texts(fragment: string): string[] {
  return [...fragment.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => unescapeXml(match[1]));
}

/** The labels of each axis, in drawing order (top to bottom, left to right). */
export function axisLabels(svg: string): string[][] {
  return [...svg.matchAll(/<g class="mark-text role-axis-label"[^>]*>([\s\S]*?)<\/g>/g)].map((match) => texts(match[1]));
}

export const MONTH_LIKE = /^\d{4}-\d{2}$/;

/** The labels of the axis that is not the month axis. */
export function valueAxisLabels(svg: string): string[] {
  return axisLabels(svg).find((labels) => labels.length > 0 && !labels.every((l) => MONTH_LIKE.test(l))) ?? [];
}

/** aria-label of each mark in a fragment: vega writes the tooltip fields there, formatted. */
export function ariaLabels(fragment: string): string[] {
  return [...fragment.matchAll(/aria-label="([^"]*)"/g)].map((match) => unescapeXml(match[1]));
}

/** The value of a top-level signal of the running chart (vega throws when there is no such signal). */
export async function signalValue(spec: ChartSpec, name: string): Promise<unknown> {
  const view = new View(parse(compileChart(spec).vega), { renderer: 'none' });
  try {
    await view.runAsync();
    return view.signal(name);
  } finally {
    view.finalize();
  }
}

function unescapeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
