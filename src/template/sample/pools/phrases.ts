/** Free-text phrases a sales team writes into the ledger and the follow-up log. */

const words = (text: string): readonly string[] => text.split(" ");

export const SOURCES = words(
  "官网留言 行业展会 老客户转介绍 电话陌拜 招投标平台 合作伙伴推荐 线上研讨会 公众号咨询",
);

export const CORE_NEEDS = words(
  "降低采购成本 提升生产效率 数字化转型 库存可视化 客户数据统一管理 合规与审计留痕 门店管理标准化 " +
    "缩短交付周期 提升服务响应速度 设备远程运维 供应链协同 降低人工依赖",
);

export const SUPPLIERS = words("本地集成商 某外资品牌 自研系统 暂无 同行竞品 多家供应商");

export const DECISION_CYCLES = words("1个月内 1-3个月 3-6个月 半年以上");

export const LOSS_REASONS = words(
  "价格超出预算 选择了竞争对手 项目搁置 决策人变动 需求变化 预算冻结 功能不匹配 长期无回应",
);

export const DELAY_REASONS = words(
  "客户负责人出差 内部审批流程延迟 等待技术参数确认 客户预算未批 节假日顺延 需求调整中",
);

/** Budget bands (万元): the first band whose upper bound is at least the amount names it. */
export const BUDGET_BANDS: readonly (readonly [number, string])[] = [
  [10, "5万-10万"],
  [20, "10万-20万"],
  [50, "20万-50万"],
  [100, "50万-100万"],
  [Infinity, "100万以上"],
];

/** What one contact was about, by the customer's stage at the time. */
export interface ContactScript {
  readonly summaries: readonly string[];
  readonly feedback: readonly string[];
  /** Objection handling; often there is none. */
  readonly objections: readonly string[];
  readonly nextActions: readonly string[];
}

export const SCRIPTS: Readonly<
  Record<"lead" | "prospect" | "opportunity" | "negotiation" | "won", ContactScript>
> = {
  lead: {
    summaries: words(
      "初次电话沟通,介绍公司与产品 展会现场交换名片 添加微信,发送公司介绍 电话确认联系人与需求方向",
    ),
    feedback: words("暂时了解一下 有兴趣,请先发资料 目前没有预算 需要请示领导"),
    objections: words("说明可先免费试用 强调同行业成功案例"),
    nextActions: words("发送产品资料 两周后电话回访 邀请参加线上研讨会"),
  },
  prospect: {
    summaries: words("需求调研,了解现有流程痛点 提交初步方案 线上演示产品功能 拜访信息中心负责人"),
    feedback: words("对方案感兴趣,需内部讨论 希望看到同行案例 关注数据安全 预算还在申请中"),
    objections: words("针对价格疑虑,说明分期付款方案 提供等保认证材料 安排同行客户参观"),
    nextActions: words("提交详细方案 安排技术交流 发送客户案例集"),
  },
  opportunity: {
    summaries: words("现场技术交流,演示系统功能 现场调研,梳理业务流程 提交需求匹配报告 与采购部沟通招标流程"),
    feedback: words("方案需补充技术参数 希望与现有系统对接 对实施周期有顾虑 基本认可方案"),
    objections: words("强调3年质保与本地化服务 提供对接接口文档 给出分阶段实施计划"),
    nextActions: words("提交技术参数补充说明 安排POC测试 准备报价单"),
  },
  negotiation: {
    summaries: words(
      "商务谈判,沟通价格与付款条款 提交基础版/标准版/定制版三套报价 法务审核合同条款 高层会面",
    ),
    feedback: words("希望再降价5% 付款周期希望延长到90天 认可定制版,等待审批 合同条款基本确认"),
    objections: words("以增值服务替代降价 说明标准付款条件 提供竞品对比表"),
    nextActions: words("发送合同草案 确认最终报价 安排签约"),
  },
  won: {
    summaries: words("回访系统使用情况 季度业务回顾 安排用户培训 沟通增购需求 处理售后问题"),
    feedback: words("整体满意 提出新增需求 希望加快响应速度 有续约意向 对售后响应不太满意"),
    objections: words("承诺24小时响应 安排专属客服"),
    nextActions: words("增购报价 安排二次培训 季度回访 提交续约方案"),
  },
};

/** The last contact with a customer who walked away. */
export const LOSS_CONTACT: ContactScript = {
  summaries: words("了解流失原因 电话回访,确认项目状态"),
  feedback: words("已选择其他供应商 项目暂停 预算被砍"),
  objections: [],
  nextActions: words("半年后再回访"),
};
