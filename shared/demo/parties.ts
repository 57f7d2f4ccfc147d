import type { DemoTeam } from './roster';

/** Customers and suppliers of the demo. All names are made up. */
const DOMESTIC_CUSTOMERS = [
  '上海恒通贸易有限公司', '北京华信科技有限公司', '广州美嘉家居有限公司', '深圳智联电子有限公司',
  '杭州佳禾服饰有限公司', '苏州博远机械有限公司', '宁波海润进出口有限公司', '成都天府食品有限公司',
  '武汉长江汽配有限公司', '南京金陵包装有限公司', '青岛海悦电器有限公司', '厦门鹭岛百货有限公司',
  '天津滨海物流有限公司', '重庆山城五金有限公司', '东莞宏达塑胶有限公司', '佛山美居陶瓷有限公司',
] as const;

const GROUP_BUYERS = [
  '绿城花园业主群', '金色家园团购群', '滨江一号业主群', '城南中学家委会', '明珠科技工会',
  '春晓幼儿园家长群', '东湖社区团', '翠苑小区团', '阳光新城邻里群', '汇丰大厦行政部',
] as const;

const FOREIGN_CUSTOMERS = [
  'Nordic Home AB', 'Pacific Trading LLC', 'Berlin Living GmbH', 'Maple Leaf Imports Inc.',
  'Sakura Shoji Co., Ltd.', 'Sydney Outdoor Pty Ltd', 'Milano Casa S.r.l.', 'Lyon Déco SARL',
  'Gulf Star General Trading', 'Han River Mart Co.',
] as const;

export const CUSTOMERS_BY_TEAM: Record<DemoTeam, readonly string[]> = {
  跟单: DOMESTIC_CUSTOMERS,
  售后: [...DOMESTIC_CUSTOMERS.slice(0, 10), ...GROUP_BUYERS.slice(0, 5)],
  外贸: FOREIGN_CUSTOMERS,
  团购: GROUP_BUYERS,
  销售: DOMESTIC_CUSTOMERS,
};

export const SUPPLIERS = [
  '义乌华丰工艺品厂', '东莞精诚五金制品厂', '温州瓯江鞋业有限公司', '泉州晋江纺织厂',
  '中山古镇灯饰厂', '常州武进电机厂', '台州黄岩模具厂', '潮州瓷都陶瓷厂',
  '永康五金工具厂', '慈溪小家电厂', '澄海玩具厂', '顺德家具制造厂',
] as const;

export const STATUS = { done: '已完成', open: '进行中', cancelled: '已取消' } as const;

/** The stages of DESIGN.md in the words the teams use. */
export const STAGES = ['询盘', '报价', '确认订单', '生产', '物流', '售后'] as const;

export const YES = '是';
export const NO = '否';
