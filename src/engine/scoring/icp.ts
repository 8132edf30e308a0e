/**
 * Ideal-customer fit (SPEC 4.1): how many of the configured target-profile criteria a customer
 * meets. Only criteria the manager set count; a blank cell never meets a criterion.
 */
import type { IcpConfig, NumberRange } from "../config/types";
import type { CustomerRecord } from "../schema/records";
import type { IcpFit } from "./types";

type Criterion = IcpFit["unmet"][number];

/** The one result every customer shares while no criterion is set (the default). */
const UNSET: IcpFit = Object.freeze({ status: "unset", unmet: Object.freeze([]) });

/** fit = every set criterion met; partial = at least half met; none otherwise; unset = none set. */
export function fitIcp(customer: CustomerRecord, cfg: IcpConfig): IcpFit {
  const checks: [Criterion, boolean][] = [];
  if (cfg.industries.length > 0)
    checks.push(["industry", industryMatches(customer.industry, cfg.industries)]);
  if (isSetRange(cfg.employees)) checks.push(["employees", inRange(customer.employees, cfg.employees)]);
  if (isSetRange(cfg.revenue)) checks.push(["revenue", inRange(customer.revenue, cfg.revenue)]);
  if (cfg.regions.length > 0) checks.push(["region", regionMatches(customer.region, cfg.regions)]);

  if (checks.length === 0) return UNSET;
  const unmet = checks.filter(([, met]) => !met).map(([criterion]) => criterion);
  const met = checks.length - unmet.length;
  if (unmet.length === 0) return { status: "fit", unmet };
  return { status: met * 2 >= checks.length ? "partial" : "none", unmet };
}

/**
 * `fitIcp` for many customers under one configuration: with no criterion set (the default) every
 * customer gets the shared result, without a list of checks built per customer.
 */
export function createIcpFitter(cfg: IcpConfig): (customer: CustomerRecord) => IcpFit {
  const anySet =
    cfg.industries.length > 0 ||
    isSetRange(cfg.employees) ||
    isSetRange(cfg.revenue) ||
    cfg.regions.length > 0;
  return anySet ? (customer) => fitIcp(customer, cfg) : () => UNSET;
}

/** A range with neither end set says nothing about the customer, so it is not a criterion. */
function isSetRange(range: NumberRange | null): range is NumberRange {
  return range !== null && (range.min !== null || range.max !== null);
}

/** Both ends inclusive; a missing end is open. */
function inRange(value: number | null, range: NumberRange): boolean {
  if (value === null) return false;
  return (range.min === null || value >= range.min) && (range.max === null || value <= range.max);
}

function comparable(text: string): string {
  return text.trim().toLowerCase();
}

/**
 * A 大类 criterion (no "-") matches every `大类-细分` of that 大类 and the bare 大类; a
 * `大类-细分` criterion matches only that exact value (a row saying just the 大类 is too vague).
 */
function industryMatches(industry: string | null, targets: readonly string[]): boolean {
  if (industry === null) return false;
  const value = comparable(industry);
  const major = value.split("-")[0]?.trim() ?? value;
  return targets.some((target) => {
    const wanted = comparable(target);
    return wanted.includes("-") ? wanted === value : wanted === major;
  });
}

/**
 * Administrative suffixes dropped before comparing, so 广东省 and 广东, 北京市 and 北京, 广西壮族自治区
 * and 广西 are the same place. Longest first: 壮族自治区 must win over 自治区.
 */
const REGION_SUFFIXES = [
  "维吾尔自治区",
  "壮族自治区",
  "回族自治区",
  "特别行政区",
  "自治区",
  "省",
  "市",
] as const;

function regionCore(text: string): string {
  const value = comparable(text);
  const suffix = REGION_SUFFIXES.find((s) => value.endsWith(s) && value.length > s.length);
  return suffix === undefined ? value : value.slice(0, -suffix.length);
}

/**
 * The row's region meets a listed region when it names it, alone or with more detail: 广东 matches
 * 广东, 广东省 and 广东深圳; the reverse does not hold (a row saying 广东 may not be in 深圳).
 */
function regionMatches(region: string | null, targets: readonly string[]): boolean {
  if (region === null) return false;
  const value = comparable(region);
  return targets.some((target) => {
    const wanted = regionCore(target);
    return wanted !== "" && value.includes(wanted);
  });
}
