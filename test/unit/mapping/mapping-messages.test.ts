import { describe, expect, it } from 'vitest';
import { mapOrderHeaders, mappingIssues } from '../../../shared/mapping/index';
import { formatIssue, mappingMessages } from '../../../shared/messages/index';
import { ORDER_FIELD_KEYS, TARGET_FIELD_KEYS } from '../../../shared/schema/index';

describe('mapping issues and messages', () => {
  it('a missing required field names the field and lists the headers found, in both languages', () => {
    const headers = ['Order ID', 'Owner', 'Amount'];
    const issues = mappingIssues(mapOrderHeaders(headers), 'Orders', headers);
    expect(issues).toEqual([
      { sheet: 'Orders', cell: '', severity: 'error', code: 'mappingMissingRequired', params: { missing: 'created', headers: 'Order ID, Owner, Amount' } },
    ]);
    expect(formatIssue(issues[0], 'en')).toBe(
      'Orders: required column not found: Created (order date) [created]; headers found: Order ID, Owner, Amount. Pick its column in the column mapping (CLI: --map FIELD=HEADER).',
    );
    expect(formatIssue(issues[0], 'zh')).toBe(
      'Orders: 缺少必需的列：下单日期 [created]；找到的表头：Order ID, Owner, Amount。请在字段映射中选择对应的列（命令行：--map 字段=表头）。',
    );
  });

  it('an override whose header is not there is an issue', () => {
    const headers = ['Order ID', 'Order Date'];
    const issues = mappingIssues(mapOrderHeaders(headers, { due: 'Promised' }), 'Orders', headers);
    expect(issues.map((i) => i.code)).toEqual(['mappingOverrideNotFound']);
    expect(formatIssue(issues[0], 'en')).toBe('Orders: --map due=Promised: there is no header "Promised"; headers found: Order ID, Order Date');
  });

  it('no issues when the mapping is complete', () => {
    expect(mappingIssues(mapOrderHeaders(['Order ID', 'Order Date']), 'Orders', [])).toEqual([]);
  });

  it('every field has a label in both languages', () => {
    for (const field of ORDER_FIELD_KEYS) {
      expect(mappingMessages.fieldLabel.en({ field })).not.toBe(field);
      expect(mappingMessages.fieldLabel.zh({ field })).toMatch(/\p{Script=Han}/u);
    }
    for (const field of TARGET_FIELD_KEYS) {
      expect(mappingMessages.targetFieldLabel.zh({ field })).toMatch(/\p{Script=Han}/u);
    }
    expect(mappingMessages.fieldLabel.zh({ field: 'due' })).toBe('承诺交期');
  });

  it('the duplicate-header issue reads well', () => {
    expect(formatIssue({ sheet: 'S', cell: 'C1', severity: 'warning', code: 'mappingDuplicateHeader', params: { header: '日期', renamed: '日期 (2)' } }, 'zh'))
      .toBe('S!C1: 表头“日期”重复，按“日期 (2)”读取');
  });
});
