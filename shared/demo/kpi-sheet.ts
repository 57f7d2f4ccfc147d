import type { CellValue, SheetData } from '../schema/workbook';
import { DEMO_MONTHS } from './calendar';
import { DEMO_TEAMS, type DemoTeam } from './roster';

export const KPI_SHEET_NAME = 'KPI目标';
export const KPI_HEADERS = ['月份', '团队', '负责人', '指标', '目标值', '实际值'] as const;

/** KPI names as a manager types them. Rates are fractions: Excel stores "95%" as 0.95. */
const ON_TIME = '准时率';
const ERROR_RATE = '差错率';
const SATISFACTION = '满意度';
const RESPONSE = '平均响应时长';
const RESOLUTION = '解决率';
const COMPLAINT = '投诉率';

const FORMAT: Record<string, string> = {
  [ON_TIME]: '0%', [ERROR_RATE]: '0.0%', [SATISFACTION]: '0.0', [RESPONSE]: '0.0', [RESOLUTION]: '0%', [COMPLAINT]: '0.0%',
};

type TargetLine = [month: string, team: string, owner: string, kpi: string, target: number | '', actual: number | ''];

/**
 * The long-form KPI sheet: a company default row (blank month, team and owner), monthly team
 * targets that tighten in the second year, a few owner-specific rows (a relaxed target for the
 * new member), and a survey actual the orders sheet cannot supply.
 */
export function demoKpiSheet(): SheetData {
  const lines: TargetLine[] = [
    ['', '', '', ON_TIME, 0.95, ''],
    ['', '', '', ERROR_RATE, 0.02, ''],
    ['', '', '', SATISFACTION, 4.5, ''],
  ];
  DEMO_MONTHS.forEach((month, i) => {
    const secondYear = i >= 12;
    for (const team of DEMO_TEAMS) lines.push(...teamTargets(month, team, secondYear));
  });
  lines.push(
    ['', '跟单', '杨帆', ON_TIME, 0.85, ''],
    ['', '跟单', '杨帆', ERROR_RATE, 0.05, ''],
    ['', '跟单', '刘洋', ON_TIME, 0.98, ''],
    ['2026-10', '售后', '周杰', RESPONSE, 5, ''],
    // The group-buying team's customers answer a monthly survey: its result is the actual.
    ['2026-08', '团购', '', SATISFACTION, '', 4.6],
    ['2026-09', '团购', '', SATISFACTION, '', 4.3],
    ['2026-10', '团购', '', SATISFACTION, '', 4.5],
  );
  const values: CellValue[][] = [[...KPI_HEADERS], ...lines];
  const numberFormats = values.map((row, r) =>
    row.map((_, c) => (r > 0 && c >= 4 && row[c] !== '' ? (FORMAT[row[3] as string] ?? 'General') : 'General')),
  );
  return { name: KPI_SHEET_NAME, values, numberFormats };
}

function teamTargets(month: string, team: DemoTeam, secondYear: boolean): TargetLine[] {
  const slowerTeam = team === '外贸' || team === '售后';
  const onTime = slowerTeam ? (secondYear ? 0.9 : 0.88) : secondYear ? 0.94 : 0.92;
  const errorRate = team === '外贸' ? 0.04 : secondYear ? 0.025 : 0.03;
  const lines: TargetLine[] = [
    [month, team, '', ON_TIME, onTime, ''],
    [month, team, '', ERROR_RATE, errorRate, ''],
    [month, team, '', SATISFACTION, secondYear ? 4.5 : 4.4, ''],
  ];
  if (team === '售后') {
    lines.push(
      [month, team, '', RESPONSE, secondYear ? 3 : 4, ''],
      [month, team, '', RESOLUTION, 0.9, ''],
      [month, team, '', COMPLAINT, 0.03, ''],
    );
  }
  return lines;
}
