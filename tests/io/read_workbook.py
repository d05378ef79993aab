"""Reads a risk register workbook with openpyxl, a reader independent of the one that wrote it,
and prints what a client's spreadsheet would find, as JSON, for the workbook tests in tests/io.

Usage: /usr/bin/python3 read_workbook.py WORKBOOK.xlsx          the register's report
       /usr/bin/python3 read_workbook.py --cells WORKBOOK.xlsx  every cell of every sheet, with its look
"""
import datetime
import json
import sys

import openpyxl


def describe(cell):
    """A cell's value and how the file types it: 's' text, 'n' number or date, 'f' formula."""
    value = cell.value
    if isinstance(value, datetime.datetime):
        value = value.isoformat()
    return {
        "value": value,
        "data_type": cell.data_type,
        "is_date": cell.is_date,
        "python_type": type(cell.value).__name__,
        "number_format": cell.number_format,
    }


def table(sheet):
    """The header row, and each data row keyed by header."""
    header = [cell.value for cell in sheet[1]]
    rows = []
    for cells in sheet.iter_rows(min_row=2):
        rows.append({header[i]: describe(cell) for i, cell in enumerate(cells) if header[i] is not None})
    return header, rows


def main(path):
    book = openpyxl.load_workbook(path)
    register = book["Risk register"]
    register_header, register_rows = table(register)
    _, integrations = table(book["Integrations"])
    _, systems = table(book["Systems"])
    severity_column = register_header.index("Severity") + 1
    print(json.dumps({
        "sheets": book.sheetnames,
        "title": book.properties.title,
        "created": book.properties.created.isoformat(),
        "register": {
            "header": register_header,
            "ids": [row["ID"]["value"] for row in register_rows],
            "freeze_panes": register.freeze_panes,
            "auto_filter": register.auto_filter.ref,
            "validations": [
                {"sqref": str(v.sqref), "type": v.type, "formula1": v.formula1}
                for v in register.data_validations.dataValidation
            ],
            "first_severity": {
                "value": register.cell(row=2, column=severity_column).value,
                "fill": register.cell(row=2, column=severity_column).fill.fgColor.rgb,
            },
        },
        "integrations": {row["ID"]["value"]: row for row in integrations},
        "systems": {row["ID"]["value"]: row for row in systems},
        "formulas": sum(
            1 for sheet in book.worksheets for cells in sheet.iter_rows() for cell in cells if cell.data_type == "f"
        ),
    }))


def look(cell):
    """What a cell shows besides its value: fill, font and format."""
    fill = cell.fill.fgColor.rgb if cell.fill.fill_type == "solid" else None
    return {
        "fill": fill,
        "bold": bool(cell.font.b),
        "size": cell.font.sz,
        "color": cell.font.color.rgb if cell.font.color is not None else None,
        "number_format": cell.number_format,
        "wrap": bool(cell.alignment.wrap_text),
        "vertical": cell.alignment.vertical,
    }


def cells(path):
    """Every sheet: its name, and each cell with a value or a fill (by reference), with its value and look."""
    book = openpyxl.load_workbook(path)
    sheets = []
    for sheet in book.worksheets:
        found = {}
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is None and cell.fill.fill_type != "solid":
                    continue
                entry = describe(cell)
                entry.update(look(cell))
                found[cell.coordinate] = entry
        sheets.append({
            "name": sheet.title,
            "cells": found,
            "print_title_rows": sheet.print_title_rows,
            "auto_filter": sheet.auto_filter.ref,
            "freeze_panes": sheet.freeze_panes,
        })
    print(json.dumps({"sheets": sheets}))


if __name__ == "__main__":
    if sys.argv[1] == "--cells":
        cells(sys.argv[2])
    else:
        main(sys.argv[1])
