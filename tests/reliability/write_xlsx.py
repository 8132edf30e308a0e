#!/usr/bin/env python3
"""Writes .xlsx files from JSON with openpyxl, so the reliability tests' inputs come from a writer
that is not ours.

    echo '[{"out": "a.xlsx", "sheets": [...]}]' | /usr/bin/python3 tests/reliability/write_xlsx.py

Each book: {"out": path, "sheets": [{"name": str, "rows": [[cell, ...], ...], "merges": ["A1:C1"]}]}.
A cell is null, a number, a boolean, a string (always stored as text, even "=1+1"),
{"error": "#N/A"}, {"formula": "=A1*2"} or {"number": 0.5, "format": "0%"}.
"""

import json
import sys

from openpyxl import Workbook
from openpyxl.cell.cell import ERROR_CODES


def put(cell, value):
    if value is None:
        return
    if isinstance(value, dict):
        if "error" in value:
            code = value["error"]
            cell.value = code if code in ERROR_CODES else "#N/A"
            cell.data_type = "e"
        elif "formula" in value:
            cell.value = value["formula"]
        else:
            cell.value = value["number"]
            cell.number_format = value.get("format", "General")
        return
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"


def write(book_spec):
    book = Workbook()
    book.remove(book.active)
    for sheet_spec in book_spec["sheets"]:
        sheet = book.create_sheet(sheet_spec["name"])
        for r, row in enumerate(sheet_spec["rows"], start=1):
            for c, value in enumerate(row, start=1):
                put(sheet.cell(row=r, column=c), value)
        for merge in sheet_spec.get("merges", []):
            sheet.merge_cells(merge)
    if not book.worksheets:
        book.create_sheet("Sheet1")
    book.save(book_spec["out"])


def main():
    for book_spec in json.load(sys.stdin):
        write(book_spec)


if __name__ == "__main__":
    main()
