import { describe, expect, it } from 'vitest';
import { headerTokens, meaningfulTokens, ORDER_SYNONYMS, KPI_SYNONYMS } from '../../../shared/mapping/index';

describe('headerTokens', () => {
  it('splits camelCase, snake_case, spaces and punctuation, ignoring case', () => {
    expect(headerTokens('OrderDate')).toEqual(['order', 'date']);
    expect(headerTokens('CustomerID')).toEqual(['customer', 'id']);
    expect(headerTokens('order_purchase_timestamp')).toEqual(['order', 'purchase', 'timestamp']);
    expect(headerTokens('  ORDER   DATE ')).toEqual(['order', 'date']);
    expect(headerTokens('Order-Date.')).toEqual(['order', 'date']);
    expect(headerTokens('firstReplyTime')).toEqual(['first', 'reply', 'time']);
  });

  it('drops a plural s but keeps words like status', () => {
    expect(headerTokens('Errors')).toEqual(['error']);
    expect(headerTokens('Status')).toEqual(['status']);
    expect(headerTokens('KPIs')).toEqual(['kpi']);
  });

  it('folds full-width characters and cuts Chinese into known words', () => {
    expect(headerTokens('金额（元）')).toEqual(['金额', '元']);
    expect(headerTokens('ＯｒｄｅｒＩＤ')).toEqual(['order', 'id']);
    expect(headerTokens('实际交货日期')).toEqual(['实际', '交货', '日期']);
    expect(headerTokens('首次响应时间(小时)')).toEqual(['首次', '响应', '时间', '小时']);
    expect(headerTokens('下单\n日期')).toEqual(['下单', '日期']);
  });

  it('keeps an unknown Chinese character as a token of its own', () => {
    expect(headerTokens('甲乙订单号')).toEqual(['甲', '乙', '订单', '号']);
  });

  it('meaningfulTokens drops units and yes/no words', () => {
    expect(meaningfulTokens('Amount ($)')).toEqual(['amount']);
    expect(meaningfulTokens('First reply time (hrs)')).toEqual(['first', 'reply', 'time']);
    expect(meaningfulTokens('是否出错')).toEqual(['出错']);
    expect(meaningfulTokens('(元)')).toEqual(['元']);
  });

  // A Chinese phrase written with spaces must cut the same way when written without them,
  // or a header spelled exactly like the phrase would not match it.
  it('every Chinese synonym tokenizes the same with and without its spaces', () => {
    const phrases = [
      ...Object.values(ORDER_SYNONYMS).flatMap((f) => f.phrases.map((p) => (typeof p === 'string' ? p : p[0]))),
      ...Object.values(KPI_SYNONYMS).flat(),
    ].filter((p) => /^[\p{Script=Han} ]+$/u.test(p));
    expect(phrases.length).toBeGreaterThan(100);
    const mismatched = phrases.filter((p) => headerTokens(p).join('|') !== headerTokens(p.replace(/ /g, '')).join('|'));
    expect(mismatched).toEqual([]);
  });
});
