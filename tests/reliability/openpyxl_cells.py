#!/usr/bin/env python3
"""Prints every cell of an .xlsx file as openpyxl reads it, as JSON lines, for the data-safety tests.

    /usr/bin/python3 tests/reliability/openpyxl_cells.py FILE.xlsx

openpyxl is a reader independent of ours, and it exposes what ours does not: the formula text and
the number format of each cell. One line per cell that holds anything (a value, a formula, or a
number format other than General):
    [sheet, row, column (0-based), kind, value, formula or null, number format]
kind is the type of the value (of the cached result for a formula): "s" text, "n" number,
"b" boolean, "e" error, "d" date, "_" none.
"""

import datetime as dt
import json
import sys

from openpyxl import load_workbook


def plain(value):
    if isinstance(value, (dt.datetime, dt.date, dt.time, dt.timedelta)):
        return value.isoformat() if hasattr(value, "isoformat") else str(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def kind_of(cell):
    if cell.value is None:
        return "_"
    if isinstance(cell.value, (dt.datetime, dt.date, dt.time, dt.timedelta)):
        return "d"
    return cell.data_type


def main(path):
    formulas = load_workbook(path, data_only=False)
    # The second load reads each formula's cached result instead of its text.
    values = load_workbook(path, data_only=True)
    out = sys.stdout
    for sheet in formulas.worksheets:
        cached = values[sheet.title]
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is None and cell.number_format == "General":
                    continue
                formula = cell.value if cell.data_type == "f" else None
                shown = cached.cell(row=cell.row, column=cell.column) if formula is not None else cell
                record = [sheet.title, cell.row, cell.column - 1, kind_of(shown), plain(shown.value), formula, cell.number_format]
                out.write(json.dumps(record, ensure_ascii=False, default=str))
                out.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
