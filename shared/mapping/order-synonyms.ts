import type { OrderField } from '../schema/fields';
import type { FieldSynonyms } from './synonym';

/**
 * Header phrases of each orders-sheet field: DESIGN.md's field table, extended with what real
 * exports say (Northwind, Olist, Zendesk/Freshdesk, Chinese ERP and 跟单 sheets).
 * Weights below 1 mark a phrase that only suggests the field; weighted phrases effectively
 * match only when they are the whole header, because a longer header lowers the score.
 */
export const ORDER_SYNONYMS: Record<OrderField, FieldSynonyms> = {
  order_id: {
    phrases: [
      'order id', 'order no', 'order number', 'order num', 'order code', 'order ref', 'order reference',
      'ticket', 'ticket id', 'ticket no', 'ticket number', 'case id', 'case number', 'case no',
      'work order', 'work order no', 'wo no', 'po', 'po no', 'po number', 'so no', 'so number',
      'sales order', 'sales order no', 'job no', 'job number', 'request id', 'issue id', 'incident id',
      ['order', 0.75], ['id', 0.6], ['no', 0.55], ['number', 0.55], ['ref', 0.55],
      '订单 号', '订单 编号', '单号', '工单 号', '工单 编号', '工单', '单据 编号', '销售 单号', '合同 号',
      '合同 编号', '流水 号', '订单 号码', '采购 单号', ['订单', 0.75], ['编号', 0.6], ['序号', 0.5],
    ],
    veto: ['customer', 'client', 'product', 'item', 'sku', 'seller', 'employee', 'line', '客户', '产品', '商品'],
  },
  owner: {
    phrases: [
      'owner', 'assignee', 'assigned to', 'merchandiser', 'sales rep', 'sales representative', 'salesperson',
      'salesman', 'sales person', 'rep', 'agent', 'agent name', 'employee', 'employee name', ['employee id', 0.9],
      'staff', 'handler', 'account manager', 'account owner', 'person in charge', 'pic', 'responsible',
      'responsible person', 'member', 'order owner', 'ticket owner', 'handled by', 'follow up by', 'buyer rep',
      // No bare "name": in an order export it is the order's name (Shopify's "#1001") or the
      // customer's far more often than the member's.
      ['created by', 0.7], ['operator', 0.8], ['user', 0.6],
      '负责 人', '跟单 员', '跟单', '业务 员', '客服', '客服 人员', '销售 员', '销售 代表', '经办 人', '处理 人',
      '责任 人', '员工', '员工 姓名', '姓名', '成员', '跟进 人', '业务 员 姓名', '操作 员', ['制单 人', 0.7],
      '跟单 人', '业务 经理', '客户 经理', '处理 客服',
    ],
    veto: ['count', 'rate', '率', '数'],
  },
  team: {
    phrases: [
      'team', 'team name', 'department', 'dept', ['group', 0.85], 'squad', 'division', 'unit', 'business unit',
      'sales team', 'support group', 'assignee group',
      '团队', '部门', '小组', '组别', '班组', '所属 部门', '所属 团队', '部门 名称', '事业部', ['组', 0.8],
    ],
    veto: ['customer', 'client', 'product', '客户', '产品'],
  },
  customer: {
    phrases: [
      'customer', 'customer name', 'client', 'client name', 'buyer', 'buyer name', 'account', 'account name',
      'purchaser', 'consignee', 'company', 'company name', 'requester', 'end customer', 'billing name',
      ['customer id', 0.9], ['client id', 0.9], ['customer code', 0.9], ['customer no', 0.9], ['buyer id', 0.9],
      ['customer unique id', 0.85], ['requester id', 0.85],
      '客户', '客户 名称', '客户 名', '客户 全称', '买家', '采购 商', '客商', '公司 名称', '收货 人', '购买 方',
      ['客户 编号', 0.9], ['客户 代码', 0.9], ['客户 id', 0.9],
    ],
    veto: ['score', 'rating', 'satisfaction', 'service', 'type', 'segment', 'city', 'state', 'zip', 'address',
      'country', 'region', 'group', 'manager', 'rep',
      '评分', '满意度', '评价', '类型', '地址', '城市', '经理', '投诉'],
  },
  supplier: {
    phrases: [
      'supplier', 'supplier name', 'vendor', 'vendor name', 'factory', 'factory name', 'seller', 'seller name',
      'manufacturer', 'maker', 'mill', ['supplier id', 0.9], ['vendor id', 0.9], ['seller id', 0.9],
      '供应 商', '供应 商 名称', '工厂', '厂家', '供货 商', '卖家', '生产 厂', '加工 厂', '厂商', '工厂 名称',
      ['供应 商 编号', 0.9],
    ],
    veto: ['city', 'state', 'zip', 'address', 'country', 'region', '地址', '城市'],
  },
  created: {
    phrases: [
      'created', 'created at', 'created on', 'created date', 'created time', 'creation date', 'create date',
      'create time', 'date created', 'order date', 'order time', 'order datetime', 'date ordered', 'ordered at',
      'ordered on', 'purchase date', 'purchase time', 'purchase timestamp', 'order purchase timestamp',
      'purchased at', 'opened', 'opened at', 'open date', 'date opened', 'submitted at', 'submit date',
      'submitted date', 'received date', 'received at', 'placed at', 'placed on', 'order placed', 'booking date',
      'booked at', 'entry date', 'request date', 'ticket created', 'reported at', 'issue date',
      ['purchase', 0.85], ['purchased', 0.85], ['start date', 0.75], ['date', 0.55],
      '下单 日期', '下单 时间', '下单', '创建 日期', '创建 时间', '接单 日期', '接单 时间', '订单 日期', '订单 时间',
      '开单 日期', '受理 时间', '受理 日期', '提交 时间', '提交 日期', '录入 日期', '建单 时间', '建单 日期',
      '登记 日期', '签单 日期', '询盘 日期', '报修 时间', '进线 时间', ['日期', 0.55],
    ],
  },
  due: {
    phrases: [
      'due', 'due date', 'due at', 'due by', 'due on', 'deadline', 'promised', 'promised date', 'promise date',
      'required', 'requested',
      'promised delivery date', 'required date', 'required by', 'requested date', 'required delivery date',
      'requested delivery date', 'request delivery date', 'estimated delivery', 'estimated delivery date',
      'expected delivery', 'expected delivery date', 'eta', 'planned delivery date', 'planned date',
      'target date', 'target delivery date', 'delivery deadline', 'ship by', 'ship by date', 'sla',
      'sla due', 'commit date', 'committed date', 'need by', 'need by date', 'scheduled delivery date',
      'customer required date', 'promised ship date', 'delivery due',
      '交期', '承诺 交期', '要求 交货 日期', '要求 交期', '交货 期', '约定 交期', '计划 交期', '预计 交期',
      '预计 交货 日期', '计划 交货 日期', '计划 完成 日期', '截止 日期', '截止 时间', '要求 完成 日期',
      '客户 交期', '合同 交期', '到期 日', '到期 日期', '回复 交期', '承诺 日期', '承诺 交货 日期',
      '应 交货 日期', '最晚 交货 日期', '期限', '时限',
      // E-commerce: the promised ship time (淘宝 48-hour rule) is the due date of a shop order.
      '承诺 发货 时间', '承诺 发货 日期', '最晚 发货 时间', '最晚 发货 日期', '要求 发货 日期', '计划 发货 日期',
    ],
    veto: ['actual', 'actually', '实际'],
  },
  delivered: {
    phrases: [
      'delivered', 'delivered at', 'delivered on', 'delivered date', 'date delivered', ['delivery date', 0.8],
      'actual delivery date', 'actual delivered date', 'actual delivery', 'actual ship date', 'actual date',
      'shipped', 'shipped date', 'shipped at', 'shipped on', 'ship date', 'date shipped', ['shipping date', 0.85],
      'completed', 'completed at', 'completed on', 'completed date', 'completion date', 'date completed',
      'closed', 'closed at', 'closed on', 'closed date', 'close date', 'date closed', 'solved at',
      'solved date', 'resolved at', 'resolved on', 'resolution date', 'resolved date', 'finished at',
      'finish date', 'done date', 'fulfilled at', 'fulfillment date', 'received by customer', ['actual', 0.8],
      'delivered customer date', 'end date', 'completion time', 'close time',
      '实际 交期', '实际 交货 日期', '实际 交货', '实际 交付 日期', '出货 日期', '出货 时间', '发货 日期',
      '发货 时间', '完成 日期', '完成 时间', '结案 日期', '结案 时间', '实际 完成 日期', '关闭 时间',
      '关闭 日期', '解决 时间', '解决 日期', '送达 日期', '签收 日期', '签收 时间', '到货 日期',
      '交付 日期', '实际 出货 日期', '实际 发货 日期', ['交货 日期', 0.8], ['交货', 0.75], ['出货', 0.75],
    ],
    veto: [
      'estimated', 'expected', 'planned', 'plan', 'promised', 'required', 'requested', 'target', 'scheduled',
      'due', 'carrier', 'approved', 'estimate',
      '要求', '承诺', '预计', '计划', '约定', '应', '最晚',
    ],
  },
  status: {
    phrases: [
      'status', 'order status', 'ticket status', 'case status', 'current status', ['state', 0.7],
      'order state', 'ticket state', 'fulfillment status',
      '状态', '订单 状态', '处理 状态', '工单 状态', '当前 状态', '单据 状态', '执行 状态', '进度 状态',
    ],
    veto: ['payment', 'paid', 'invoice', '付款', '支付', '发票'],
  },
  stage: {
    phrases: [
      'stage', 'step', 'phase', 'order stage', 'pipeline stage', 'process stage', 'current stage', 'milestone',
      '阶段', '环节', '订单 阶段', '当前 阶段', '流程 阶段', '节点', '当前 环节', ['进度', 0.8],
    ],
  },
  amount: {
    phrases: [
      'amount', 'order amount', 'total amount', 'order value', ['value', 0.8], 'revenue', 'sales',
      'sales amount', 'total', 'order total', 'total price', ['price', 0.8], 'gmv', 'payment value',
      'invoice amount', 'net amount', 'gross amount', ['subtotal', 0.9], 'turnover', 'contract amount', 'total sales',
      '金额', '销售额', '订单 金额', '总 金额', '合同 金额', '货值', ['价格', 0.8], '总价', '营业额', '收入',
      '成交 金额', '实收 金额', '销售 金额', '应收 金额', '含税 金额', '订单 总额', '总额', '货款',
    ],
    veto: ['rep', 'person', 'team', 'manager', 'channel', 'region', 'count', 'rate', 'tax',
      '员', '团队', '经理', '渠道', '率', '税额'],
  },
  errors: {
    phrases: [
      'errors', 'error', 'error count', 'errors count', 'number of errors', 'has error', 'defect', 'defects',
      'defective', 'mistake', 'mistakes', 'rework', 'error flag', 'order error', 'quality issue',
      'quality issues', 'nonconformance',
      '差错', '出错', '差错 次数', '出错 次数', '错误', '错误 次数', '差错 数', '返工', '不良', '质量 问题',
      '有误', '差错 单', '异常', ['问题', 0.7],
    ],
    veto: ['rate', 'type', 'reason', 'description', 'note', '率', '类型', '原因', '描述', '说明'],
  },
  satisfaction: {
    phrases: [
      'satisfaction', 'satisfaction score', 'satisfaction rating', 'customer satisfaction', 'csat',
      'csat score', 'rating', 'customer rating', 'review score', 'review rating', ['score', 0.7], ['nps', 0.8],
      'feedback score', 'survey score', 'stars',
      '满意度', '客户 满意度', '满意度 评分', '评分', '客户 评分', '评价', '评价 分', '打分', '顾客 评分',
      '满意度 分', '服务 评分', '星级',
    ],
    veto: ['comment', 'comments', 'text', 'date', 'id', '评论', '内容', '时间'],
  },
  response_hours: {
    phrases: [
      'response', 'response time', 'first response', 'first response time', 'first reply', 'first reply time',
      'reply time', 'time to first response', 'time to first reply', 'response hours', 'first response hours',
      'response duration', 'frt',
      '响应 时间', '首次 响应 时间', '响应 时长', '首 响 时间', '首次 回复 时间', '回复 时间', '首次 响应',
      '响应', '首 响', '响应 时效', '回复 时长', '首次 回复 时长',
    ],
  },
  resolved: {
    phrases: [
      'resolved', 'solved', 'is resolved', 'issue resolved', 'problem solved', 'fixed', 'resolution status',
      'first contact resolution', 'fcr',
      '解决', '已 解决', '问题 解决', '问题 是否 解决', '处理 结果', ['结果', 0.6],
    ],
    veto: ['rate', 'by', 'count', '率', '人', '次数'],
  },
  complaint: {
    phrases: [
      'complaint', 'complaints', 'complained', 'has complaint', 'customer complaint', ['escalated', 0.75],
      '投诉', '客诉', '客户 投诉', '有 投诉', '投诉 记录',
    ],
    veto: ['rate', 'reason', 'type', 'content', 'date', '率', '原因', '类型', '内容', '时间'],
  },
};
