"""The pandas peer: the same parse, validation, RFM+V priority, opportunity scorecard and funnel as
the Sales Radar engine (SPEC 3, 4, 6, 8, 9), written the way a pandas user would, over the same
data exported as CSV. Prints one line `PEER_RESULT {json}` with its timings and peak memory, and
writes per-row scores and the funnel in the engine's comparison format.

    python3 bench/peer/peer.py --ledger L.csv --followups F.csv --as-of 2026-11-16 --today 2026-11-16 --out DIR
"""
import argparse
import calendar
import datetime
import json
import os
import warnings
import resource
import sys
import time

import numpy as np
import pandas as pd

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cells  # noqa: E402

STAGES = ["lead", "prospect", "opportunity", "negotiation", "won", "lost"]
STAGE_NAMES = {}
for key, zh, en, short in zip(STAGES, ["潜在客户", "意向客户", "商机客户", "谈判阶段", "成交客户", "流失客户"],
                              ["Lead", "Prospect", "Opportunity", "Negotiation", "Won", "Lost"],
                              ["潜在", "意向", "商机", "谈判", "成交", "流失"]):
    STAGE_NAMES.update({zh: key, en.upper(): key, short: key})
OPEN = {"prospect", "opportunity", "negotiation"}
ID_PATTERN = r"[A-Z]{2}-[A-Z]{2}-[A-Z]{2}-\d{3,}"

# The engine's default code lists (代码表).
LISTS = {
    "企业规模": ["大型", "中型", "小型", "个体"], "需求等级": ["A", "B", "C"],
    "战略价值": ["行业标杆", "区域龙头", "潜力行业", "普通"], "跟进成本": ["低", "中", "高"],
    "紧急程度": ["高", "中", "低"], "生命周期": ["成长期", "稳定期", "衰退期"],
    "跟进方式": ["电话", "拜访", "面谈", "邮件", "行业活动", "微信"], "完成状态": ["进行中", "已完成", "已延期"],
}
TEXT = ["客户名称", "所属行业", "区域", "流失原因", "负责人", "信息来源", "决策人", "职务", "核心需求", "预算范围",
        "当前供应商", "决策周期"]
AMOUNTS = ["年营收(万元)", "预估采购金额(万元)", "累计成交金额(万元)"]
INTEGERS = ["员工人数", "回款周期(天)", "购买次数", "投诉次数"]
DATES = ["录入日期", "资料更新日期", "首次购买日期", "最近购买日期", "成交日期"]
REQUIRED = ["客户编号", "客户名称", "所属行业", "客户阶段", "负责人", "录入日期"]


def day_number(text):
    return (datetime.date.fromisoformat(text) - datetime.date(1970, 1, 1)).days


def add_months(day, months):
    """Calendar months back or forth; a day past the month's end clamps to its last day."""
    d = datetime.date(1970, 1, 1) + datetime.timedelta(days=day)
    total = d.year * 12 + d.month - 1 + months
    year, month = divmod(total, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return day_number(datetime.date(year, month + 1, min(d.day, last)).isoformat())


def used_rows(frame, columns):
    """Rows with content in any known column; entirely blank rows are skipped (SPEC 9)."""
    def content(raw):
        return cells.by_unique(raw, lambda u: (u, u.str.strip(cells.JS_TRIM) != ""))[1]
    return pd.concat([content(frame[c]) for c in columns], axis=1).any(axis=1)


def validate_ledger(led):
    parsed, error = {}, pd.Series(False, index=led.index)

    def take(column, result):
        nonlocal error
        parsed[column], column_error = result
        error = error | column_error

    take("客户编号", cells.parse_text(led["客户编号"]))
    for column in TEXT:
        take(column, cells.parse_text(led[column]))
    for column, options in LISTS.items():
        if column in led:
            take(column, cells.parse_options(led[column], options))
    for column in ["客户阶段", "流失前阶段"]:
        take(column, cells.parse_stage(led[column], STAGE_NAMES))
    for column in AMOUNTS:
        take(column, cells.parse_amount(led[column]))
    take("成交概率", cells.parse_percent(led["成交概率"]))
    for column in INTEGERS:
        take(column, cells.parse_integer(led[column]))
    take("满意度", cells.parse_satisfaction(led["满意度"]))
    for column in DATES:
        take(column, cells.parse_date(led[column], allow_time=False))

    used = used_rows(led, [c for c in led.columns if c != "备注"])
    for column in REQUIRED:
        error |= cells.is_blank(led[column])
    ids = parsed["客户编号"]
    error |= ids.notna() & ~ids.fillna("").str.fullmatch(ID_PATTERN)
    error |= ids.notna() & used & ids.where(used).duplicated(keep=False)
    error |= parsed["流失前阶段"] == "lost"
    error |= np.floor(parsed["最近购买日期"]) < np.floor(parsed["首次购买日期"])
    return parsed, used, ~error & used


def validate_followups(fol, known_ids, today):
    customer = cells.parse_text(fol["客户编号"])[0]
    contacted, error = cells.parse_date(fol["跟进时间"], allow_time=True)
    error = error | cells.parse_date(fol["下一步时间"], allow_time=True)[1]
    for column in ["跟进方式", "完成状态"]:
        error |= cells.parse_options(fol[column], LISTS[column])[1]
    error |= customer.isna() | contacted.isna()
    error |= customer.notna() & ~customer.isin(known_ids)
    error |= np.floor(contacted) > today
    used = used_rows(fol, list(fol.columns))
    return customer, contacted, ~error & used


def band_points(value, bounds, points, otherwise):
    """First bound reached (≥, within float noise) gives its points; blank or below all gives `otherwise`."""
    result = pd.Series(float(otherwise), index=value.index)
    for bound, score in reversed(list(zip(bounds, points))):
        result = result.where(~(value >= bound - 1e-9 * max(1.0, abs(bound))), float(score))
    return result


def tier(score):
    return np.where(score >= 80 - 1e-9, "high", np.where(score >= 60 - 1e-9, "medium", "low"))


def analyse(led, fol, as_of, today):
    parsed, used, valid = validate_ledger(led)
    known = set(parsed["客户编号"][used].dropna())
    customer, contacted, f_valid = validate_followups(fol, known, today)

    day = np.floor(contacted)
    counted = f_valid & (day <= as_of)
    window_start = add_months(as_of, -3)
    contacts = pd.DataFrame({"id": customer[counted], "at": contacted[counted], "day": day[counted]})
    contacts["in_window"] = contacts["day"] >= window_start
    per_customer = contacts.groupby("id").agg(last=("at", "max"), in_window=("in_window", "sum"))

    c = pd.DataFrame({k: parsed[k][valid] for k in ["客户编号", "客户阶段", "流失前阶段", "预估采购金额(万元)", "成交概率",
                                                    "战略价值", "跟进成本", "回款周期(天)"]})
    c = c.join(per_customer, on="客户编号")
    last_day = np.floor(c["last"])
    r = np.where(last_day >= add_months(as_of, -3), 30, np.where(last_day >= add_months(as_of, -6), 20, 10))
    f = band_points(c["in_window"].fillna(0) / 3, [3, 1], [30, 20], 10)
    m = band_points(c["预估采购金额(万元)"], [50, 20], [30, 20], 10)
    v = c["战略价值"].map({"行业标杆": 10, "区域龙头": 5}).fillna(0)
    priority = (r + f + m + v).where(c["客户阶段"] != "lost")

    amount = band_points(c["预估采购金额(万元)"], [100, 50, 10, 5], [5, 4, 3, 2], 1)
    probability = band_points(c["成交概率"], [0.8, 0.6, 0.4, 0.2], [5, 4, 3, 2], 1)
    strategic = c["战略价值"].map({"行业标杆": 5, "潜力行业": 3, "区域龙头": 3, "普通": 1}).fillna(1)
    cost = c["跟进成本"].map({"低": 5, "中": 3, "高": 1}).fillna(3)
    days = c["回款周期(天)"]
    payment = np.where(days.isna(), 3, np.where(days <= 30, 5, np.where(days <= 60, 3, 1)))
    weighted = 30 * amount + 25 * probability + 20 * strategic + 15 * cost + 10 * payment
    opportunity = (np.floor(weighted / 5 * 10 + 0.5) / 10).where(c["客户阶段"].isin(OPEN))

    stage_index = c["客户阶段"].map({s: i for i, s in enumerate(STAGES[:5])})
    before_index = c["流失前阶段"].map({s: i for i, s in enumerate(STAGES[:5])}).fillna(0)
    lost = c["客户阶段"] == "lost"
    ended = stage_index.where(~lost, before_index).astype(int)
    ended_counts = np.bincount(ended, minlength=5)
    funnel = pd.DataFrame({
        "stage": STAGES[:5],
        "reached": ended_counts[::-1].cumsum()[::-1],
        "current": np.bincount(ended[~lost], minlength=5),
        "dropped": np.bincount(ended[lost], minlength=5),
    })
    scores = pd.DataFrame({"row": used[used].index + 2, "valid": valid[used].astype(int)})
    scores["priority"] = priority.reindex(scores.index)
    scores["priority_tier"] = pd.Series(tier(priority), index=priority.index).where(priority.notna()).reindex(scores.index)
    scores["opportunity"] = opportunity.reindex(scores.index)
    scores["opportunity_tier"] = pd.Series(tier(opportunity), index=opportunity.index).where(
        opportunity.notna()).reindex(scores.index)
    return scores, funnel, int(valid.sum()), int(f_valid.sum())


def main():
    # pd.to_datetime warns on the NaN rows it is handed on purpose (blank and unreadable dates).
    warnings.simplefilter("ignore", RuntimeWarning)
    parser = argparse.ArgumentParser()
    for name in ["ledger", "followups", "as-of", "today", "out"]:
        parser.add_argument(f"--{name}", required=True)
    args = parser.parse_args()
    started = time.perf_counter()
    read = dict(dtype=str, keep_default_na=False, na_filter=False)
    led = pd.read_csv(args.ledger, **read)
    fol = pd.read_csv(args.followups, **read)
    loaded = time.perf_counter()
    scores, funnel, valid_customers, valid_followups = analyse(led, fol, day_number(args.as_of), day_number(args.today))
    computed = time.perf_counter()
    scores.to_csv(os.path.join(args.out, "peer-scores.csv"), index=False, float_format="%.10g")
    funnel.to_csv(os.path.join(args.out, "peer-funnel.csv"), index=False)
    print("PEER_RESULT " + json.dumps({
        "readMs": (loaded - started) * 1000,
        "computeMs": (computed - loaded) * 1000,
        "peakRssMb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "validCustomers": valid_customers,
        "validFollowups": valid_followups,
        "pandas": pd.__version__,
    }))


if __name__ == "__main__":
    main()
