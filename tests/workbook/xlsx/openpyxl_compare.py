#!/usr/bin/env python3
"""Compares a workbook before and after a refresh with openpyxl, an independent reader.

    python3 openpyxl_compare.py BEFORE.xlsx AFTER.xlsx SPEC.json

SPEC names the owned block ({"sheet", "firstRow", "lastRow", "firstColumn", "lastColumn"}, 1-based
columns) and the owned sheets. Every cell outside them must keep its value, type, formula and
look; prints a JSON report: {"differences": [...], "owned": {cell: value}, "sheets": [...]}.
"""

import json
import sys

import openpyxl


def look(cell):
    return [
        cell.number_format,
        repr(cell.font),
        repr(cell.fill),
        repr(cell.border),
        repr(cell.alignment),
        repr(cell.protection),
    ]


def describe(cell):
    return {"value": repr(cell.value), "type": cell.data_type, "look": look(cell)}


def sheet_extras(ws):
    return {
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "validations": sorted(str(v.sqref) for v in ws.data_validations.dataValidation),
        "conditional": sorted(str(r.sqref) for r in ws.conditional_formatting),
        "comments": sorted((c.coordinate, c.comment.text) for row in ws.iter_rows() for c in row if c.comment),
        "images": len(ws._images),
        "charts": len(ws._charts),
        "freeze": ws.freeze_panes,
        "widths": sorted((k, v.width) for k, v in ws.column_dimensions.items() if v.width),
    }


def main():
    before_path, after_path, spec_path = sys.argv[1:4]
    with open(spec_path, encoding="utf-8") as handle:
        spec = json.load(handle)
    block = spec["block"]
    before = openpyxl.load_workbook(before_path)
    after = openpyxl.load_workbook(after_path)
    differences = []

    def in_block(sheet, cell):
        return (
            block is not None
            and sheet == block["sheet"]
            and block["firstRow"] <= cell.row <= block["lastRow"]
            and block["firstColumn"] <= cell.column <= block["lastColumn"]
        )

    for name in before.sheetnames:
        if name in spec["ownedSheets"]:
            continue
        if name not in after.sheetnames:
            differences.append(f"sheet {name} is gone")
            continue
        old, new = before[name], after[name]
        cells = {}
        for row in old.iter_rows():
            for cell in row:
                cells[cell.coordinate] = cell
        for row in new.iter_rows():
            for cell in row:
                cells.setdefault(cell.coordinate, cell)
        for coordinate, cell in cells.items():
            if in_block(name, cell):
                continue
            a, b = describe(old[coordinate]), describe(new[coordinate])
            if a != b:
                differences.append(f"{name}!{coordinate}: {a} -> {b}")
        if sheet_extras(old) != sheet_extras(new):
            differences.append(f"{name}: {sheet_extras(old)} -> {sheet_extras(new)}")
    def names(workbook):
        return sorted((d.name, d.localSheetId, d.attr_text) for d in workbook.defined_names.definedName)

    if names(before) != names(after):
        differences.append(f"defined names: {names(before)} -> {names(after)}")

    owned = {}
    if block is not None:
        ws = after[block["sheet"]]
        for row in ws.iter_rows(min_row=block["firstRow"], max_row=block["lastRow"], min_col=block["firstColumn"], max_col=block["lastColumn"]):
            for cell in row:
                if cell.value is not None:
                    owned[cell.coordinate] = {"value": cell.value if not hasattr(cell.value, "isoformat") else cell.value.isoformat(), "type": cell.data_type}
    report = {
        "differences": differences,
        "owned": owned,
        "sheets": after.sheetnames,
        "ownedSheets": {
            name: {
                "A1": after[name]["A1"].value,
                "charts": len(after[name]._charts),
                "freeze": after[name].freeze_panes,
            }
            for name in spec["ownedSheets"]
            if name in after.sheetnames
        },
    }
    json.dump(report, sys.stdout, ensure_ascii=False, default=str)


if __name__ == "__main__":
    main()
