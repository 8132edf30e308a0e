/**
 * Value pools for the benchmark ledger. Small on purpose: the point is a believable mix of cell
 * shapes at Excel's row limit, not believable companies (the sample workbook does that).
 */

/** 细分 per 大类; the 大类 are the keys of the default industry code table. */
export const INDUSTRIES: Readonly<Record<string, readonly string[]>> = {
  医疗: ["医疗器械", "民营医院", "体外诊断"],
  制造业: ["汽车零部件", "精密机械", "电子元器件", "食品加工"],
  零售业: ["连锁超市", "便利店", "服装零售"],
  金融: ["城商行", "保险代理", "融资租赁"],
  教育: ["职业培训", "民办高校"],
  互联网: ["电商平台", "SaaS服务", "本地生活"],
  物流: ["冷链物流", "仓储服务"],
  能源: ["光伏", "燃气", "储能"],
  建筑: ["装配式建筑", "工程设计"],
  政府: ["街道办", "事业单位"],
};

export const CITIES: readonly string[] =
  "北京 上海 广州 深圳 杭州 苏州 南京 成都 重庆 武汉 西安 天津 长沙 郑州 青岛 宁波 厦门 合肥 济南 福州 昆明 沈阳 大连 无锡 佛山 东莞 南昌 贵阳 太原 石家庄".split(
    " ",
  );

/** Characters brands are made of; three of them give ~200k brands, so names rarely collide. */
export const BRAND_CHARS: readonly string[] =
  "恒 达 华 信 盛 通 联 创 兴 宏 鑫 瑞 康 泰 安 顺 利 明 德 中 天 海 新 金 长 远 博 嘉 锦 晨 宇 卓 越 正 和 美 捷 汇 丰 源 祥 宁 鼎 亿 凯 弘 坤 启 航 星 立 昌 隆 润 永 辉 鸿 腾 飞".split(
    " ",
  );

export const COMPANY_SUFFIXES: readonly string[] = [
  "有限公司",
  "股份有限公司",
  "科技有限公司",
  "集团有限公司",
];

export const OWNERS: readonly string[] =
  "王磊 李娜 张伟 刘洋 陈静 杨帆 赵敏 黄勇 周杰 吴涛 徐明 孙超 胡慧 朱华 高强 林芳 何军 郭艳 马丽 罗浩然 梁欣怡 宋宇轩 郑建华 谢立新 韩春梅 唐国栋 冯丹 于鹏 董婷 程思远".split(
    " ",
  );

export const CONTACTS: readonly string[] = "王总 李经理 张主任 刘工 陈总监 杨处长 赵老师 黄厂长".split(" ");

export const TITLES: readonly string[] =
  "总经理 采购总监 采购经理 IT经理 信息中心主任 财务总监 技术总监".split(" ");

export const SOURCES: readonly string[] = "展会 官网咨询 老客户推荐 电话营销 行业协会 招投标 渠道伙伴".split(
  " ",
);

export const NEEDS: readonly string[] = "降本增效 数字化转型 合规审计 产能扩张 供应链协同 客户服务升级".split(
  " ",
);

export const BUDGETS: readonly string[] = ["10万以下", "10-50万", "50-100万", "100-300万", "300万以上"];

export const SUPPLIERS: readonly string[] = "用友 金蝶 SAP 浪潮 自研系统 无".split(" ");

export const DECISION_CYCLES: readonly string[] = ["1个月内", "1-3个月", "3-6个月", "半年以上"];

export const LOSS_REASONS: readonly string[] =
  "价格过高 选择竞品 预算取消 需求变化 决策人变动 服务不满意".split(" ");

export const SUMMARIES: readonly string[] = [
  "介绍产品方案",
  "演示系统功能",
  "沟通合同条款",
  "回访使用情况",
  "确认需求细节",
  "报价说明",
  "邀请参加行业活动",
];

export const FEEDBACK: readonly string[] = [
  "有兴趣,需内部讨论",
  "价格偏高",
  "希望看到案例",
  "认可方案",
  "暂无需求",
  "",
];

export const NEXT_ACTIONS: readonly string[] = [
  "发送报价单",
  "安排技术交流",
  "提交方案书",
  "约见决策人",
  "寄送样品",
];

export const PLACEHOLDERS: readonly string[] = ["待确认", "待定", "未知", "TBD", "N/A", "-"];

export const EXCEL_ERRORS: readonly string[] = ["#N/A", "#VALUE!", "#REF!", "#DIV/0!"];
