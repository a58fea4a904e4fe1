"""Reads a workbook written by dues back with openpyxl (Debian python3-openpyxl).

Usage: /usr/bin/python3 report_xlsx_dump.py FILE.xlsx [SHEET ROW]

Prints each sheet's name, frozen cell and first column width; with SHEET and ROW, the
cells of that row as value|number format, so a test sees real numbers and their formats.
"""
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
if len(sys.argv) > 3:
    sheet = book[sys.argv[2]]
    for cell in sheet[int(sys.argv[3])]:
        if cell.value is not None:
            print(f"{type(cell.value).__name__} {cell.value!r} | {cell.number_format}")
    sys.exit(0)
for sheet in book.worksheets:
    width = sheet.column_dimensions["A"].width
    print(f"{sheet.title}: {sheet.max_row} rows, frozen at {sheet.freeze_panes}, column A {width:.0f} wide")
