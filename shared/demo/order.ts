import type { CellValue } from '../schema/workbook';
import { serialOfIsoDate, weekdayOfSerial } from './calendar';
import { CUSTOMERS_BY_TEAM, NO, STAGES, STATUS, SUPPLIERS, YES } from './parties';
import type { Random } from './prng';
import type { Member, TeamProfile } from './roster';

/** The orders sheet's columns, as a Chinese team's export names them. */
export const ORDER_HEADERS = [
  '订单编号', '团队', '跟单员', '客户', '供应商', '下单日期', '承诺交期', '实际交货日期',
  '状态', '阶段', '金额', '是否出错', '满意度', '响应时间(小时)', '是否解决', '是否投诉',
] as const;

/** Column positions in ORDER_HEADERS. */
export const COL = {
  id: 0, team: 1, owner: 2, customer: 3, supplier: 4, created: 5, due: 6, delivered: 7,
  status: 8, stage: 9, amount: 10, errors: 11, satisfaction: 12, response: 13, resolved: 14, complaint: 15,
} as const;

const MINUTE = 1 / 1440;

/** What decides one order before its outcome is drawn. */
export interface OrderStart {
  profile: TeamProfile;
  member: Member;
  /** Excel serial, with the time of day as its fraction when one was recorded. */
  created: number;
  /** How busy the team was that day (1 = usual): busy days make late and wrong orders. */
  load: number;
}

/**
 * Play one order out and return its row as Excel's range.values gives it (order id left ""):
 * serial dates, "" for blank cells, 是/否 for yes/no. Orders whose delivery would fall after
 * the as-of day are still open; some of those are already past due.
 */
export function simulateOrder(rng: Random, start: OrderStart, asOfDay: number): CellValue[] {
  const { profile, member, created, load } = start;
  const createdDay = Math.floor(created);
  const lead = rng.int(profile.leadDays[0], profile.leadDays[1]);
  const due = createdDay + lead;
  const row: CellValue[] = [
    '', profile.team, member.name, rng.pick(CUSTOMERS_BY_TEAM[profile.team]), rng.pick(SUPPLIERS),
    created, due, '', '', '', orderAmount(rng, profile), '', '', '', '', '',
  ];
  const ramp = rampOf(member, created);
  if (profile.service) row[COL.response] = responseHours(rng, member, ramp, created);
  if (rng.chance(profile.cancelRate)) {
    row[COL.status] = STATUS.cancelled;
    row[COL.stage] = profile.service ? '售后' : STAGES[rng.int(0, 2)];
    return row;
  }
  const pLate = Math.min(0.9, profile.lateRate * member.lateness * ramp * (0.5 + 0.5 * load));
  const late = rng.chance(pLate);
  const deliveredDay = late
    ? due + 1 + Math.floor(-Math.log(1 - rng.next()) * profile.typicalDaysLate)
    : createdDay + Math.floor(lead * (0.5 + 0.5 * rng.next()) + 0.5);
  // A few recent late orders are stuck (a supplier problem, a customs hold): still open, past due.
  const stuck = late && asOfDay - createdDay < 90 && rng.chance(0.3);
  if (stuck || deliveredDay > asOfDay) {
    row[COL.status] = STATUS.open;
    row[COL.stage] = openStage(profile, (asOfDay - createdDay) / lead);
    return row;
  }
  let delivered = rng.chance(0.6) ? deliveredDay + rng.int(9 * 60, 20 * 60) * MINUTE : deliveredDay;
  if (delivered <= created) delivered = created + rng.int(30, 240) * MINUTE;
  const erroneous = rng.chance(Math.min(0.9, profile.errorRate * member.errors * ramp * (0.7 + 0.3 * load)));
  const resolved = profile.service ? rng.chance(late || erroneous ? 0.7 : 0.94) : true;
  row[COL.delivered] = delivered;
  row[COL.status] = STATUS.done;
  row[COL.stage] = profile.service ? '售后' : '物流';
  row[COL.errors] = erroneous ? YES : NO;
  // Not every customer leaves a score.
  if (!rng.chance(0.18)) {
    const daysLate = late ? deliveredDay - due : 0;
    row[COL.satisfaction] = satisfactionScore(rng, member, ramp, daysLate, erroneous, resolved);
  }
  if (profile.service) {
    row[COL.resolved] = resolved ? YES : NO;
    const pComplaint = 0.01 + (late ? 0.08 : 0) + (erroneous ? 0.1 : 0) + (resolved ? 0 : 0.25);
    row[COL.complaint] = rng.chance(pComplaint) ? YES : NO;
  }
  return row;
}

/** A time of day for a new order: office hours, to the minute; some exports keep only the date. */
export function createdTime(rng: Random, profile: TeamProfile): number {
  if (!profile.service && rng.chance(0.35)) return 0;
  return rng.int(8 * 60 + 30, 18 * 60 + 30) * MINUTE;
}

/** A new member starts `rampFactor` times worse and reaches their usual level after `rampDays`. */
function rampOf(member: Member, created: number): number {
  if (!member.joined || !member.rampFactor || !member.rampDays) return 1;
  const days = created - serialOfIsoDate(member.joined);
  const left = Math.max(0, 1 - days / member.rampDays);
  return 1 + (member.rampFactor - 1) * left;
}

function orderAmount(rng: Random, profile: TeamProfile): CellValue {
  if (!profile.amount) return '';
  const value = profile.amount.median * Math.exp(profile.amount.spread * rng.gauss());
  return Math.round(Math.max(50, value) * 100) / 100;
}

function responseHours(rng: Random, member: Member, ramp: number, created: number): number {
  const weekday = weekdayOfSerial(created);
  const weekend = weekday === 0 || weekday === 6 ? 1.8 : 1;
  const hours = 2.5 * member.responseSpeed * Math.sqrt(ramp) * weekend * Math.exp(0.8 * rng.gauss());
  return Math.round(Math.min(96, Math.max(0.1, hours)) * 10) / 10;
}

function satisfactionScore(
  rng: Random, member: Member, ramp: number, daysLate: number, erroneous: boolean, resolved: boolean,
): number {
  let mean = 4.55 + member.rapport - (ramp - 1) * 0.1;
  if (daysLate > 0) mean -= 0.9 + 0.08 * Math.min(daysLate, 10);
  if (erroneous) mean -= 1.2;
  if (!resolved) mean -= 1.3;
  const score = Math.round(mean + 0.55 * rng.gauss());
  return Math.min(5, Math.max(1, score));
}

function openStage(profile: TeamProfile, progress: number): string {
  if (profile.service) return '售后';
  if (progress < 0.1 && (profile.team === '外贸' || profile.team === '销售')) return '报价';
  if (progress < 0.3) return '确认订单';
  if (progress < 0.75) return '生产';
  return '物流';
}
