import { describe, expect, it } from 'vitest';
import { hashFromView, viewFromHash } from '../../../dashboard/state/url-hash';
import { DEFAULT_VIEW, type ViewState } from '../../../dashboard/state/view-state';

describe('the view state in the URL hash', () => {
  it('writes nothing for the default view and reads an empty hash as the default', () => {
    expect(hashFromView(DEFAULT_VIEW)).toBe('');
    expect(viewFromHash('')).toEqual(DEFAULT_VIEW);
    expect(viewFromHash('#')).toEqual(DEFAULT_VIEW);
  });

  it('round-trips every part of the state, Chinese names and commas included', () => {
    const view: ViewState = {
      from: '2025-01',
      to: '2026-10',
      teams: ['售后', 'A, B'],
      owners: ['刘洋'],
      basis: 'due',
      pickMonth: '2026-03',
      pickMember: '周杰',
      lang: 'zh',
      theme: 'dark',
      asOf: '2026-10-31',
      heatKpi: 'error_rate',
      behind: { kpi: 'on_time_rate', month: '2026-03', member: '刘洋' },
      period: '2026-W43',
      riskDays: 14,
    };
    const hash = hashFromView(view);
    expect(hash.startsWith('#from=2025-01&to=2026-10&team=')).toBe(true);
    expect(viewFromHash(hash)).toEqual(view);
  });

  it('reads the review period: #period=all, a month, a week, the weekly default; anything else is the default month', () => {
    expect(viewFromHash('#period=all').period).toBe('all');
    expect(viewFromHash('#period=2026-10').period).toBe('2026-10');
    expect(viewFromHash('#period=week').period).toBe('week');
    expect(viewFromHash('#period=2026-W99').period).toBeNull();
    expect(viewFromHash('#risk=-3').riskDays).toBe(7);
    expect(hashFromView({ ...DEFAULT_VIEW, period: 'all' })).toBe('#period=all');
  });

  it('reads a hand-edited link leniently: unknown values fall back, reversed months are put in order', () => {
    const view = viewFromHash('#from=2026-10&to=2025-01&basis=weekly&lang=fr&theme=pink&asof=2026-02-30&heat=nope&month=13-2026&behind=orders');
    expect(view.from).toBe('2025-01');
    expect(view.to).toBe('2026-10');
    expect(view.basis).toBe('natural');
    expect(view.lang).toBeNull();
    expect(view.theme).toBe('light');
    expect(view.asOf).toBeNull(); // 30 February is not a date
    expect(view.heatKpi).toBe('on_time_rate');
    expect(view.pickMonth).toBeNull();
    expect(view.behind).toEqual({ kpi: 'orders', month: 'all', member: null });
  });
});
