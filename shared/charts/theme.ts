import type { Config } from 'vega-lite';
import type { ChartTheme } from './types';

/** Windows (add-in), macOS and Linux fonts, each with CJK glyphs, so Chinese labels never box. */
export const CHART_FONT = '"Segoe UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif';

/** Colours per theme. Met/missed are blue/orange, which colour-blind readers can tell apart. */
export interface ChartPalette {
  background: string;
  text: string;
  mutedText: string;
  grid: string;
  domain: string;
  series: string;
  target: string;
  met: string;
  missed: string;
  /** The faint ends of met and missed: just met, just missed (the heatmap shades by distance). */
  metFaint: string;
  missedFaint: string;
  noTarget: string;
  noValue: string;
  overdue: string;
  dueSoon: string;
  /** Categorical colours for several groups on one trend. */
  categories: string[];
}

// Close to Fluent UI v9's neutral and brand tokens, so the charts sit well in the task pane.
const PALETTES: Record<ChartTheme, ChartPalette> = {
  light: {
    background: '#ffffff',
    text: '#242424',
    mutedText: '#616161',
    grid: '#e0e0e0',
    domain: '#8a8a8a',
    series: '#0f6cbd',
    target: '#616161',
    met: '#2166ac',
    missed: '#e66101',
    metFaint: '#d1e5f0',
    missedFaint: '#fee0b6',
    noTarget: '#d6d6d6',
    noValue: '#f0f0f0',
    overdue: '#e66101',
    dueSoon: '#fdb863',
    categories: ['#0f6cbd', '#e66101', '#5e3c99', '#1b9e77', '#b2182b', '#8c6d31', '#666666', '#d01c8b'],
  },
  dark: {
    background: '#1f1f1f',
    text: '#f0f0f0',
    mutedText: '#adadad',
    grid: '#3d3d3d',
    domain: '#8a8a8a',
    series: '#479ef5',
    target: '#c8c8c8',
    met: '#4393c3',
    missed: '#f4a261',
    metFaint: '#1d3447',
    missedFaint: '#4a3320',
    noTarget: '#525252',
    noValue: '#383838',
    overdue: '#f4a261',
    dueSoon: '#8c6d31',
    categories: ['#479ef5', '#f4a261', '#b2abd2', '#66c2a5', '#f46d6d', '#dfc27d', '#bdbdbd', '#f1b6da'],
  },
};

export function chartPalette(theme: ChartTheme = 'light'): ChartPalette {
  return PALETTES[theme];
}

/** The Vega-Lite config shared by every chart: fonts, colours, quiet axes. */
export function chartConfig(theme: ChartTheme = 'light'): Config {
  const p = chartPalette(theme);
  return {
    font: CHART_FONT,
    background: p.background,
    view: { stroke: null },
    title: { color: p.text, subtitleColor: p.mutedText, fontSize: 14, fontWeight: 600, anchor: 'start', offset: 8 },
    axis: {
      labelColor: p.mutedText,
      titleColor: p.text,
      gridColor: p.grid,
      domainColor: p.domain,
      tickColor: p.domain,
      labelFontSize: 11,
      titleFontSize: 12,
      titleFontWeight: 'normal',
    },
    legend: { labelColor: p.text, titleColor: p.text, labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal' },
    header: { labelColor: p.text, titleColor: p.text, labelFontSize: 12 },
    range: { category: p.categories },
  };
}
