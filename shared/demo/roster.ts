/**
 * The demo's people: five teams with different work (and so different KPI profiles) and 30
 * members who differ the way real members do — a few consistently late or error-prone, a few
 * excellent, one new member who starts weak and improves.
 */
export const DEMO_TEAMS = ['跟单', '售后', '外贸', '团购', '销售'] as const;
export type DemoTeam = (typeof DEMO_TEAMS)[number];

export interface TeamProfile {
  team: DemoTeam;
  /** Share of all orders. */
  share: number;
  /** Promised lead time in days (created → due), min and max. */
  leadDays: [number, number];
  /** How far past due a late order usually lands, in days. */
  typicalDaysLate: number;
  lateRate: number;
  errorRate: number;
  cancelRate: number;
  /** Median order value (yuan) and the spread of its log; null: the team's rows have no amount. */
  amount: { median: number; spread: number } | null;
  /** After-sales tickets: first response time, resolved and complaint are recorded. */
  service: boolean;
}

export const TEAM_PROFILES: Record<DemoTeam, TeamProfile> = {
  跟单: { team: '跟单', share: 0.3, leadDays: [10, 25], typicalDaysLate: 3, lateRate: 0.08, errorRate: 0.03, cancelRate: 0.012, amount: { median: 18_000, spread: 0.8 }, service: false },
  售后: { team: '售后', share: 0.2, leadDays: [1, 3], typicalDaysLate: 2, lateRate: 0.1, errorRate: 0.02, cancelRate: 0.005, amount: null, service: true },
  外贸: { team: '外贸', share: 0.1, leadDays: [30, 60], typicalDaysLate: 7, lateRate: 0.12, errorRate: 0.04, cancelRate: 0.03, amount: { median: 80_000, spread: 0.9 }, service: false },
  团购: { team: '团购', share: 0.18, leadDays: [2, 6], typicalDaysLate: 2, lateRate: 0.07, errorRate: 0.025, cancelRate: 0.015, amount: { median: 2_500, spread: 0.7 }, service: false },
  销售: { team: '销售', share: 0.22, leadDays: [5, 15], typicalDaysLate: 3, lateRate: 0.06, errorRate: 0.03, cancelRate: 0.01, amount: { median: 9_000, spread: 0.8 }, service: false },
};

export interface Member {
  name: string;
  team: DemoTeam;
  /** Relative share of the team's orders. */
  weight: number;
  /** Multipliers on the team's late and error rates; 1 = typical. */
  lateness: number;
  errors: number;
  /** Added to the satisfaction score (customers like some people more). */
  rapport: number;
  /** Multiplier on first-response hours (after-sales). */
  responseSpeed: number;
  /** A new member: no orders before this date; starts `rampFactor` times worse, improves over `rampDays`. */
  joined?: string;
  rampFactor?: number;
  rampDays?: number;
}

const typical = { weight: 1, lateness: 1, errors: 1, rapport: 0, responseSpeed: 1 };

export const DEMO_MEMBERS: readonly Member[] = [
  { ...typical, name: '王芳', team: '跟单', weight: 1.2 },
  { ...typical, name: '李娜', team: '跟单', lateness: 2.6, rapport: -0.1 },
  { ...typical, name: '张伟', team: '跟单' },
  { ...typical, name: '刘洋', team: '跟单', weight: 1.3, lateness: 0.3, errors: 0.4, rapport: 0.15 },
  { ...typical, name: '陈静', team: '跟单', weight: 0.9 },
  { ...typical, name: '杨帆', team: '跟单', weight: 0.8, joined: '2025-09-01', rampFactor: 4, rampDays: 270 },
  { ...typical, name: '赵磊', team: '跟单', errors: 3 },
  { ...typical, name: '黄丽', team: '售后', weight: 1.2 },
  { ...typical, name: '周杰', team: '售后', responseSpeed: 2.2, rapport: -0.15 },
  { ...typical, name: '吴婷', team: '售后', lateness: 0.4, errors: 0.5, rapport: 0.2, responseSpeed: 0.6 },
  { ...typical, name: '徐强', team: '售后' },
  { ...typical, name: '孙悦', team: '售后', weight: 0.9 },
  { ...typical, name: '胡斌', team: '售后', errors: 2.5, lateness: 1.5 },
  { ...typical, name: '朱琳', team: '外贸', weight: 1.3, lateness: 0.4, errors: 0.5, rapport: 0.1 },
  { ...typical, name: '高鹏', team: '外贸' },
  { ...typical, name: '林晓', team: '外贸', lateness: 2.2 },
  { ...typical, name: '何敏', team: '外贸', weight: 0.8 },
  { ...typical, name: '郭涛', team: '外贸' },
  { ...typical, name: '马丽', team: '团购', weight: 1.2 },
  { ...typical, name: '罗军', team: '团购' },
  { ...typical, name: '梁静', team: '团购', errors: 3.2, rapport: -0.1 },
  { ...typical, name: '宋佳', team: '团购', lateness: 0.5, rapport: 0.1 },
  { ...typical, name: '郑浩', team: '团购', weight: 0.9 },
  { ...typical, name: '谢娟', team: '销售', weight: 1.1 },
  { ...typical, name: '韩雪', team: '销售', weight: 1.2, lateness: 0.5, errors: 0.5, rapport: 0.25 },
  { ...typical, name: '唐宁', team: '销售' },
  { ...typical, name: '冯磊', team: '销售', lateness: 2.4 },
  { ...typical, name: '于洋', team: '销售', weight: 0.9 },
  { ...typical, name: '董丹', team: '销售' },
  { ...typical, name: '许文', team: '销售', weight: 0.8, errors: 1.8 },
];

export function membersOf(team: DemoTeam): Member[] {
  return DEMO_MEMBERS.filter((m) => m.team === team);
}
