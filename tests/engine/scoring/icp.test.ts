import fc from "fast-check";
import type { IcpConfig } from "../../../src/engine/config/types";
import { fitIcp } from "../../../src/engine/scoring/icp";
import { arbitraryCustomer } from "./arbitraries";
import { makeCustomer } from "./customer";

const EMPTY: IcpConfig = { industries: [], employees: null, revenue: null, regions: [] };

/** Seed 000's example profile: 制造业, 500–2000 people, revenue 1–5 亿元 (10000–50000 万). */
const SEED_PROFILE: IcpConfig = {
  industries: ["制造业"],
  employees: { min: 500, max: 2000 },
  revenue: { min: 10_000, max: 50_000 },
  regions: [],
};

describe("fitIcp: unset", () => {
  it("is unset when no criterion is set", () => {
    expect(fitIcp(makeCustomer(), EMPTY)).toEqual({ status: "unset", unmet: [] });
  });

  it("does not count a range with both ends open as a criterion", () => {
    expect(fitIcp(makeCustomer(), { ...EMPTY, employees: { min: null, max: null } }).status).toBe("unset");
  });
});

describe("fitIcp: the seed 000 example profile", () => {
  it("fits a 制造业 customer of 1000 people and 2 亿元", () => {
    const customer = makeCustomer({ industry: "制造业-汽车零部件", employees: 1000, revenue: 20_000 });
    expect(fitIcp(customer, SEED_PROFILE)).toEqual({ status: "fit", unmet: [] });
  });

  it("partly fits when two of three criteria are met", () => {
    const customer = makeCustomer({ industry: "制造业-汽车零部件", employees: 3000, revenue: 20_000 });
    expect(fitIcp(customer, SEED_PROFILE)).toEqual({ status: "partial", unmet: ["employees"] });
  });

  it("does not fit when only one of three is met, naming the unmet in order", () => {
    const customer = makeCustomer({ industry: "医疗-器械", employees: 3000, revenue: 20_000 });
    expect(fitIcp(customer, SEED_PROFILE)).toEqual({ status: "none", unmet: ["industry", "employees"] });
  });
});

describe("fitIcp: ranges are inclusive", () => {
  const employees = (value: number | null) =>
    fitIcp(makeCustomer({ employees: value }), { ...EMPTY, employees: { min: 500, max: 2000 } }).status;

  it.each([
    [499, "none"],
    [500, "fit"],
    [2000, "fit"],
    [2001, "none"],
    [null, "none"],
  ])("employees %p → %s", (value, status) => {
    expect(employees(value)).toBe(status);
  });

  it("allows open ends", () => {
    const atLeast = { ...EMPTY, revenue: { min: 10_000, max: null } };
    const atMost = { ...EMPTY, revenue: { min: null, max: 100 } };
    expect(fitIcp(makeCustomer({ revenue: 1e9 }), atLeast).status).toBe("fit");
    expect(fitIcp(makeCustomer({ revenue: 9_999 }), atLeast).status).toBe("none");
    expect(fitIcp(makeCustomer({ revenue: 0 }), atMost).status).toBe("fit");
    expect(fitIcp(makeCustomer({ revenue: 100.01 }), atMost).status).toBe("none");
  });
});

describe("fitIcp: industries", () => {
  const industry = (value: string | null, targets: string[]) =>
    fitIcp(makeCustomer({ industry: value }), { ...EMPTY, industries: targets }).status;

  it("matches a 大类 criterion by the row's 大类", () => {
    expect(industry("制造业-汽车零部件", ["制造业"])).toBe("fit");
    expect(industry("制造业", ["制造业"])).toBe("fit");
    expect(industry("制造业务-外包", ["制造业"])).toBe("none");
  });

  it("matches a 大类-细分 criterion only exactly", () => {
    expect(industry("制造业-汽车零部件", ["制造业-汽车零部件"])).toBe("fit");
    expect(industry("制造业-电子", ["制造业-汽车零部件"])).toBe("none");
    expect(industry("制造业", ["制造业-汽车零部件"])).toBe("none");
  });

  it("meets the criterion when any listed industry matches", () => {
    expect(industry("医疗-器械", ["制造业", "医疗"])).toBe("fit");
  });

  it("does not meet it with a blank industry", () => {
    expect(industry(null, ["制造业"])).toBe("none");
  });
});

describe("fitIcp: regions", () => {
  const region = (value: string | null, targets: string[]) =>
    fitIcp(makeCustomer({ region: value }), { ...EMPTY, regions: targets }).status;

  it.each([
    ["广东", ["广东"], "fit"],
    ["广东深圳", ["广东"], "fit"],
    ["广东省深圳市", ["广东省"], "fit"],
    ["广东", ["广东省"], "fit"],
    ["北京", ["北京市"], "fit"],
    ["广西南宁", ["广西壮族自治区"], "fit"],
    ["内蒙古呼和浩特", ["内蒙古自治区"], "fit"],
    ["广东深圳", ["深圳"], "fit"],
    ["广东", ["广东深圳"], "none"],
    ["江苏南京", ["广东", "浙江"], "none"],
    ["Guangdong Shenzhen", ["guangdong"], "fit"],
    [null, ["广东"], "none"],
  ] as const)("row %p against %p → %s", (value, targets, status) => {
    expect(region(value, [...targets])).toBe(status);
  });
});

describe("fitIcp: half or more met is partial", () => {
  const profile: IcpConfig = {
    industries: ["制造业"],
    employees: { min: 500, max: null },
    revenue: { min: 10_000, max: null },
    regions: ["广东"],
  };

  it.each([
    [4, "fit"],
    [3, "partial"],
    [2, "partial"],
    [1, "none"],
    [0, "none"],
  ] as const)("%i of 4 met → %s", (met, status) => {
    const values = [
      { industry: "制造业-电子" },
      { employees: 600 },
      { revenue: 20_000 },
      { region: "广东深圳" },
    ].slice(0, met);
    const customer = makeCustomer({
      industry: "医疗",
      employees: 10,
      revenue: 1,
      region: "上海",
      ...Object.assign({}, ...values),
    });
    expect(fitIcp(customer, profile).status).toBe(status);
    expect(fitIcp(customer, profile).unmet).toHaveLength(4 - met);
  });

  it("with one criterion, unmet is none", () => {
    expect(fitIcp(makeCustomer({ region: "上海" }), { ...EMPTY, regions: ["广东"] })).toEqual({
      status: "none",
      unmet: ["region"],
    });
  });
});

describe("fitIcp: properties", () => {
  it("is fit exactly when nothing is unmet, and partial only when at least half is met", () => {
    fc.assert(
      fc.property(arbitraryCustomer(), (customer) => {
        const result = fitIcp(customer, { ...SEED_PROFILE, regions: ["广东"] });
        const met = 4 - result.unmet.length;
        if (result.status === "fit") return result.unmet.length === 0;
        if (result.status === "partial") return met >= 2 && result.unmet.length > 0;
        return result.status === "none" && met < 2;
      }),
      { numRuns: 300 },
    );
  });
});
