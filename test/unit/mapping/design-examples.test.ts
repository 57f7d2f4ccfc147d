import { describe, expect, it } from 'vitest';
import { mapOrderHeaders } from '../../../shared/mapping/index';
import type { OrderField } from '../../../shared/schema/index';

/** DESIGN.md's field table: every header example there, alone, maps to its field. */
const EXAMPLES: Record<OrderField, string[]> = {
  order_id: ['order id', 'order no', 'ticket', '订单号', '订单编号', '单号', '工单号'],
  owner: ['owner', 'assignee', 'merchandiser', 'sales rep', 'agent', 'employee', '负责人', '跟单员', '业务员', '客服'],
  team: ['team', 'department', 'group', '团队', '部门', '小组'],
  customer: ['customer', 'client', 'buyer', '客户'],
  supplier: ['supplier', 'vendor', 'factory', 'seller', '供应商', '工厂'],
  created: ['order date', 'created', 'purchase', 'opened', '下单日期', '创建日期', '接单日期'],
  due: ['due', 'promised', 'required', 'estimated delivery', 'ETA', 'deadline', '交期', '承诺交期', '要求交货日期'],
  delivered: ['delivered', 'shipped', 'completed', 'closed', 'actual', '实际交期', '出货日期', '完成日期', '结案日期'],
  status: ['status', '状态'],
  stage: ['stage', 'step', '阶段', '环节'],
  amount: ['amount', 'value', 'revenue', 'sales', 'price', '金额', '销售额'],
  errors: ['error', 'defect', 'mistake', '差错', '出错', '是否出错'],
  satisfaction: ['satisfaction', 'csat', 'rating', 'review score', '满意度', '评分'],
  response_hours: ['response', 'first response', '响应时间'],
  resolved: ['resolved', 'solved', '是否解决', '已解决'],
  complaint: ['complaint', '投诉'],
};

describe('DESIGN.md header examples', () => {
  for (const [field, headers] of Object.entries(EXAMPLES)) {
    it(field, () => {
      for (const header of headers) {
        const m = mapOrderHeaders([header]);
        expect(Object.keys(m.mapping), header).toEqual([field]);
      }
    });
  }
});
