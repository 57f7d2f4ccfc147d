import { describe, expect, it } from 'vitest';
import { mapOrderHeaders } from '../../../shared/mapping/index';
import { headersByField } from './helpers';

describe('mapOrderHeaders: realistic exports map without help', () => {
  it('Northwind Orders', () => {
    const m = mapOrderHeaders(['OrderID', 'CustomerID', 'EmployeeID', 'OrderDate', 'RequiredDate', 'ShippedDate', 'ShipVia', 'Freight', 'ShipName', 'ShipCity']);
    expect(headersByField(m)).toEqual({
      order_id: 'OrderID',
      customer: 'CustomerID',
      owner: 'EmployeeID',
      created: 'OrderDate',
      due: 'RequiredDate',
      delivered: 'ShippedDate',
    });
    expect(m.missingRequired).toEqual([]);
    expect(m.unmappedHeaders).toEqual(['ShipVia', 'Freight', 'ShipName', 'ShipCity']);
  });

  it('a Chinese 跟单 sheet', () => {
    const m = mapOrderHeaders(['订单编号', '跟单员', '客户', '下单日期', '承诺交期', '实际交货日期', '金额', '是否出错', '满意度']);
    expect(headersByField(m)).toEqual({
      order_id: '订单编号',
      owner: '跟单员',
      customer: '客户',
      created: '下单日期',
      due: '承诺交期',
      delivered: '实际交货日期',
      amount: '金额',
      errors: '是否出错',
      satisfaction: '满意度',
    });
    for (const match of Object.values(m.mapping)) expect(match!.confidence).toBe(1);
  });

  it('a Zendesk/Freshdesk-like ticket export', () => {
    const m = mapOrderHeaders(['Ticket ID', 'Assignee', 'Group', 'Created at', 'Due date', 'Solved at', 'Status', 'Satisfaction Score', 'First reply time (hrs)', 'Resolved']);
    expect(headersByField(m)).toEqual({
      order_id: 'Ticket ID',
      owner: 'Assignee',
      team: 'Group',
      created: 'Created at',
      due: 'Due date',
      delivered: 'Solved at',
      status: 'Status',
      satisfaction: 'Satisfaction Score',
      response_hours: 'First reply time (hrs)',
      resolved: 'Resolved',
    });
  });

  it('an Olist-like marketplace export', () => {
    const m = mapOrderHeaders([
      'order_id', 'customer_id', 'seller_id', 'order_status', 'order_purchase_timestamp', 'order_approved_at',
      'order_delivered_carrier_date', 'order_delivered_customer_date', 'order_estimated_delivery_date', 'review_score',
    ]);
    expect(headersByField(m)).toEqual({
      order_id: 'order_id',
      customer: 'customer_id',
      supplier: 'seller_id',
      status: 'order_status',
      created: 'order_purchase_timestamp',
      delivered: 'order_delivered_customer_date',
      due: 'order_estimated_delivery_date',
      satisfaction: 'review_score',
    });
    expect(m.unmappedHeaders).toEqual(['order_approved_at', 'order_delivered_carrier_date']);
  });

  it('a Chinese ERP export', () => {
    const m = mapOrderHeaders([
      '单号', '业务员', '部门', '客户名称', '接单日期', '要求交货日期', '出货日期', '订单状态', '销售额(元)',
      '差错次数', '客户评分', '首次响应时间(小时)', '是否解决', '是否投诉',
    ]);
    expect(headersByField(m)).toEqual({
      order_id: '单号',
      owner: '业务员',
      team: '部门',
      customer: '客户名称',
      created: '接单日期',
      due: '要求交货日期',
      delivered: '出货日期',
      status: '订单状态',
      amount: '销售额(元)',
      errors: '差错次数',
      satisfaction: '客户评分',
      response_hours: '首次响应时间(小时)',
      resolved: '是否解决',
      complaint: '是否投诉',
    });
    expect(m.unmappedHeaders).toEqual([]);
  });

  it('headers with newlines, full-width brackets, units, UPPER CASE and snake_case', () => {
    const m = mapOrderHeaders(['ORDER_NO', '下单\n日期', '金额（元）', 'SALES_REP', 'Due Date', 'CSAT (1-5)', 'Amount ($)']);
    const byField = headersByField(m);
    expect(byField.order_id).toBe('ORDER_NO');
    expect(byField.created).toBe('下单\n日期');
    expect(byField.amount).toBe('金额（元）'); // leftmost of two equally good amounts
    expect(byField.owner).toBe('SALES_REP');
    expect(byField.due).toBe('Due Date');
    expect(m.unmappedHeaders).toContain('Amount ($)');
  });

  it('a sales sheet with a stage and a supplier factory', () => {
    const m = mapOrderHeaders(['PO Number', 'Sales Rep', 'Team', 'Client', 'Factory', 'Order Date', 'Ship Date', 'Stage', 'Order Value', 'Defects']);
    expect(headersByField(m)).toEqual({
      order_id: 'PO Number',
      owner: 'Sales Rep',
      team: 'Team',
      customer: 'Client',
      supplier: 'Factory',
      created: 'Order Date',
      delivered: 'Ship Date',
      stage: 'Stage',
      amount: 'Order Value',
      errors: 'Defects',
    });
  });
});

describe('mapOrderHeaders: traps', () => {
  it('"Order Date" is created and "Order ID" is the id, though both say "order"', () => {
    expect(headersByField(mapOrderHeaders(['Order Date', 'Order ID']))).toEqual({ created: 'Order Date', order_id: 'Order ID' });
  });

  it('"Customer Name" is preferred over "Customer ID", and only one of them is mapped', () => {
    const m = mapOrderHeaders(['Customer ID', 'Order ID', 'Customer Name', 'Order Date']);
    expect(m.mapping.customer?.header).toBe('Customer Name');
    expect(m.unmappedHeaders).toEqual(['Customer ID']);
    // the same whatever the column order
    expect(mapOrderHeaders(['Customer Name', 'Customer ID']).mapping.customer?.header).toBe('Customer Name');
  });

  it('"Customer ID" is never taken as the order id', () => {
    const m = mapOrderHeaders(['Customer ID', 'Order Date']);
    expect(m.mapping.order_id).toBeUndefined();
    expect(m.mapping.customer?.header).toBe('Customer ID');
    expect(m.missingRequired).toEqual(['order_id']);
  });

  it('"Delivery Status" is a status, not the delivered date', () => {
    const m = mapOrderHeaders(['Order ID', 'Order Date', 'Delivery Status']);
    expect(m.mapping.status?.header).toBe('Delivery Status');
    expect(m.mapping.delivered).toBeUndefined();
  });

  it('"Estimated delivery date" is due and "Actual delivery date" is delivered', () => {
    const m = mapOrderHeaders(['Actual delivery date', 'Estimated delivery date']);
    expect(headersByField(m)).toEqual({ delivered: 'Actual delivery date', due: 'Estimated delivery date' });
  });

  it('"Created by" is a person, never the created date', () => {
    const m = mapOrderHeaders(['Ticket', 'Created by', 'Created']);
    expect(m.mapping.created?.header).toBe('Created');
    expect(m.mapping.owner?.header).toBe('Created by');
    // with a real owner column, "Created by" is left alone
    const withOwner = mapOrderHeaders(['Ticket', 'Created by', 'Assignee', 'Created']);
    expect(withOwner.mapping.owner?.header).toBe('Assignee');
    expect(withOwner.unmappedHeaders).toEqual(['Created by']);
  });

  it('"Response" is the response time and "Resolved" the resolved flag', () => {
    expect(headersByField(mapOrderHeaders(['Resolved', 'Response']))).toEqual({ resolved: 'Resolved', response_hours: 'Response' });
    // "Resolution time" names neither (a time is not a yes/no)
    expect(mapOrderHeaders(['Resolution time']).mapping.resolved).toBeUndefined();
  });

  it('"Sales Rep" is the owner while "Sales" is the amount', () => {
    expect(headersByField(mapOrderHeaders(['Sales', 'Sales Rep']))).toEqual({ amount: 'Sales', owner: 'Sales Rep' });
  });

  it('"客户评分" is satisfaction while "客户名称" is the customer', () => {
    expect(headersByField(mapOrderHeaders(['客户评分', '客户名称']))).toEqual({ satisfaction: '客户评分', customer: '客户名称' });
  });

  it('"要求交货日期" is due and "交货日期" beside it is delivered', () => {
    expect(headersByField(mapOrderHeaders(['交货日期', '要求交货日期']))).toEqual({ delivered: '交货日期', due: '要求交货日期' });
  });

  it('junk headers map to nothing', () => {
    const m = mapOrderHeaders(['foo', 'bar', 'Column1', '备注', '']);
    expect(m.mapping).toEqual({});
    expect(m.missingRequired).toEqual(['order_id', 'created']);
    expect(m.unmappedHeaders).toEqual(['foo', 'bar', 'Column1', '备注']);
  });
});

describe('mapOrderHeaders: confidence and uniqueness', () => {
  it('an exact synonym scores 1, a header with extra words less', () => {
    const m = mapOrderHeaders(['Order ID', 'Order purchase date (local)']);
    expect(m.mapping.order_id?.confidence).toBe(1);
    const created = m.mapping.created!.confidence;
    expect(created).toBeGreaterThan(0.5);
    expect(created).toBeLessThan(1);
  });

  it('never maps one header to two fields nor two headers to one field', () => {
    const headers = ['Date', 'Order Date', 'Created', 'Order', 'Order No', 'Status', 'State', 'Amount', 'Total', 'Value'];
    const m = mapOrderHeaders(headers);
    const columns = Object.values(m.mapping).map((x) => x!.column);
    expect(new Set(columns).size).toBe(columns.length);
    expect(m.mapping.order_id?.header).toBe('Order No');
    expect(m.mapping.created?.header).toBe('Order Date'); // the leftmost of the exact matches
    expect(m.mapping.status?.header).toBe('Status');
    expect(m.mapping.amount?.header).toBe('Amount');
    expect(m.unmappedHeaders).toEqual(['Date', 'Created', 'Order', 'State', 'Total', 'Value']);
  });

  it('two equally good headers: the leftmost wins', () => {
    expect(mapOrderHeaders(['金额', '销售额']).mapping.amount?.header).toBe('金额');
    expect(mapOrderHeaders(['销售额', '金额']).mapping.amount?.header).toBe('销售额');
  });
});

describe('mapOrderHeaders: overrides', () => {
  it('an override wins and its header is taken out of the pool', () => {
    const m = mapOrderHeaders(['Ref', 'Order ID', 'Order Date', 'Ship Date'], { order_id: 'Ref', delivered: 'Order Date', created: 'Ship Date' });
    expect(headersByField(m)).toEqual({ order_id: 'Ref', delivered: 'Order Date', created: 'Ship Date' });
    expect(m.mapping.order_id?.confidence).toBe(1);
    expect(m.unmappedHeaders).toEqual(['Order ID']);
  });

  it('an override matches the header loosely (case, width, spaces)', () => {
    const m = mapOrderHeaders(['编号', 'Start'], { order_id: ' 编号 ', created: 'START' });
    expect(headersByField(m)).toEqual({ order_id: '编号', created: 'Start' });
  });

  it('an override naming a missing header is reported and the field is left out', () => {
    const m = mapOrderHeaders(['Order ID', 'Order Date'], { due: 'Promised' });
    expect(m.unmappedOverrides).toEqual([{ field: 'due', header: 'Promised', reason: 'notFound' }]);
    expect(m.mapping.due).toBeUndefined();
  });

  it('two overrides naming one header: the second is reported as already used', () => {
    const m = mapOrderHeaders(['Order ID', 'Date'], { created: 'Date', due: 'Date' });
    expect(m.mapping.created?.header).toBe('Date');
    expect(m.unmappedOverrides).toEqual([{ field: 'due', header: 'Date', reason: 'alreadyUsed' }]);
  });

  it('an empty override leaves the field unmapped', () => {
    const m = mapOrderHeaders(['Order ID', 'Order Date', 'Status'], { status: '' });
    expect(m.mapping.status).toBeUndefined();
    expect(m.unmappedHeaders).toEqual(['Status']);
  });
});
