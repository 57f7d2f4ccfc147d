import type { ChartUnit } from './types';

/*
 * d3-format strings per unit. Axis labels trim trailing zeros ("~") so narrow rate ranges
 * (90%–91%) still read distinctly; tooltips show fixed precision so months compare digit by digit.
 */
const AXIS_FORMAT: Record<ChartUnit, string> = {
  rate: '~%',
  score: '~r',
  count: ',~r',
  days: '~r',
  hours: '~r',
  currency: ',~r',
};

const VALUE_FORMAT: Record<ChartUnit, string> = {
  rate: '.1%',
  score: '.2f',
  count: ',d',
  days: '.1f',
  hours: '.1f',
  currency: ',.0f',
};

export function axisFormat(unit: ChartUnit): string {
  return AXIS_FORMAT[unit];
}

export function valueFormat(unit: ChartUnit): string {
  return VALUE_FORMAT[unit];
}

/**
 * Axis labels in Chinese count money and big numbers in 万 (10⁴) and 亿 (10⁸), as readers there
 * do; elsewhere the d3 format of the unit. A Vega expression over `datum.value`.
 */
export function axisLabelExpr(unit: ChartUnit, lang: 'en' | 'zh'): string | undefined {
  if (lang !== 'zh' || (unit !== 'currency' && unit !== 'count')) return undefined;
  return "abs(datum.value) >= 1e8 ? format(datum.value / 1e8, '~r') + '亿' : abs(datum.value) >= 1e4 ? format(datum.value / 1e4, '~r') + '万' : format(datum.value, ',~r')";
}
