import { STAGE_LABELS } from "../../src/engine/config/stages";
import { DEFAULT_CONFIG } from "../../src/engine/config/defaults";
import {
  cadenceLabel,
  checkLabel,
  churnLabel,
  groupKeyLabel,
  icpLabel,
  profileLabel,
  SEGMENT_LABELS,
  SEGMENT_ORDER,
  segmentLabel,
  severityLabel,
  stageLabel,
  tierLabel,
} from "../../src/engine/labels";

describe("names", () => {
  it("names tiers, stages and severities in both languages", () => {
    expect((["high", "medium", "low"] as const).map((t) => tierLabel(t, "zh"))).toEqual(["高", "中", "低"]);
    expect(tierLabel("medium", "en")).toBe("Medium");
    expect(stageLabel("negotiation", "zh")).toBe(STAGE_LABELS.negotiation.zh);
    expect(stageLabel("won", "en")).toBe("Won");
    expect(severityLabel("warning", "zh")).toBe("警告");
  });

  it("names every segment the configuration can produce, in SPEC order, others last", () => {
    expect(SEGMENT_ORDER).toEqual([...DEFAULT_CONFIG.segments.rules.map((rule) => rule.key), "others"]);
    expect(SEGMENT_ORDER.map((s) => segmentLabel(s, "zh"))).toEqual([
      "重要价值",
      "忠诚客户",
      "潜力客户",
      "新客户",
      "有希望",
      "需要关注",
      "即将沉睡",
      "流失风险",
      "不能失去",
      "已流失",
      "其他",
    ]);
    expect(SEGMENT_LABELS.cant_lose.en).toBe("Can't Lose Them");
    expect(segmentLabel("potential", "en")).toBe("Potential Loyalist");
  });

  it("labels blank grouping keys", () => {
    expect(groupKeyLabel("", "zh")).toBe("(未填写)");
    expect(groupKeyLabel("  ", "en")).toBe("(blank)");
    expect(groupKeyLabel(null, "en")).toBe("(blank)");
    expect(groupKeyLabel("华东", "zh")).toBe("华东");
  });
});

describe("cadenceLabel", () => {
  it("says how many days overdue, singular at one", () => {
    expect(cadenceLabel({ status: "ok", daysOverdue: 0 }, "zh")).toBe("正常");
    expect(cadenceLabel({ status: "due-soon", daysOverdue: 0 }, "zh")).toBe("即将到期");
    expect(cadenceLabel({ status: "overdue", daysOverdue: 5 }, "zh")).toBe("已逾期 5 天");
    expect(cadenceLabel({ status: "overdue", daysOverdue: 1 }, "en")).toBe("Overdue 1 day");
    expect(cadenceLabel({ status: "overdue", daysOverdue: 2 }, "en")).toBe("Overdue 2 days");
  });
});

describe("icpLabel", () => {
  it("names the unmet criteria of a partial or failed fit", () => {
    expect(icpLabel({ status: "unset", unmet: [] }, "zh")).toBe("未设置");
    expect(icpLabel({ status: "fit", unmet: [] }, "zh")).toBe("符合");
    expect(icpLabel({ status: "partial", unmet: ["revenue"] }, "zh")).toBe("部分符合 (未满足: 年营收)");
    expect(icpLabel({ status: "none", unmet: ["industry", "employees", "region"] }, "en")).toBe(
      "No fit (unmet: industry, employees, region)",
    );
  });
});

describe("churnLabel", () => {
  it("is blank without signals and names them otherwise", () => {
    expect(churnLabel({ level: null, signals: [] }, "zh")).toBeNull();
    expect(churnLabel({ level: "medium", signals: ["complaints"] }, "zh")).toBe("中 (投诉多)");
    expect(churnLabel({ level: "high", signals: ["contact-gap", "low-satisfaction"] }, "en")).toBe(
      "High (no recent contact, low satisfaction)",
    );
  });
});

describe("profileLabel", () => {
  it("says stale with the age, incomplete, both, or 正常", () => {
    const base = { stale: false, ageDays: 10, incomplete: false };
    expect(profileLabel(base, "zh")).toBe("正常");
    expect(profileLabel({ ...base, stale: true, ageDays: 45 }, "zh")).toBe("过期 45 天");
    expect(profileLabel({ ...base, incomplete: true }, "zh")).toBe("不完整");
    expect(profileLabel({ stale: true, ageDays: 45, incomplete: true }, "en")).toBe(
      "Stale 45 days, Incomplete",
    );
    expect(profileLabel({ stale: true, ageDays: null, incomplete: false }, "zh")).toBe("过期");
  });
});

describe("checkLabel", () => {
  it("is 正常, 警告 n, or the first error with how many more", () => {
    expect(checkLabel({ status: "ok" }, "zh")).toBe("正常");
    expect(checkLabel({ status: "warning", warnings: 3 }, "zh")).toBe("警告 3");
    expect(checkLabel({ status: "warning", warnings: 1 }, "en")).toBe("1 warning");
    expect(checkLabel({ status: "warning", warnings: 2 }, "en")).toBe("2 warnings");
    expect(checkLabel({ status: "error", message: "日期无效", moreErrors: 0 }, "zh")).toBe("错误: 日期无效");
    expect(checkLabel({ status: "error", message: "日期无效", moreErrors: 1 }, "zh")).toBe(
      "错误: 日期无效 (+1)",
    );
    expect(checkLabel({ status: "error", message: null, moreErrors: 0 }, "en")).toBe("Error");
  });
});
