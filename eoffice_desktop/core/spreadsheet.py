"""Reading a register kept in a spreadsheet: CSV (any common encoding and separator) or .xlsx, as rows of cells
with the line numbers a person sees in their spreadsheet program."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

Cell = str | int | float | date | None
ENCODINGS = ("utf-8-sig", "utf-16", "cp874", "cp1252")  # cp874: Thai/Lao legacy Windows PCs


class SpreadsheetError(ValueError):
    pass


@dataclass
class Table:
    headers: list[str]
    rows: list[list[Cell]]
    first_line: int  # spreadsheet line number of rows[0]

    def line_of(self, index: int) -> int:
        return self.first_line + index


def _decode(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    for encoding in ENCODINGS:
        if encoding == "utf-16":
            continue
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SpreadsheetError("The file's text encoding is not recognised; save it as CSV UTF-8.")


def _read_csv(path: Path) -> Table:
    text = _decode(path.read_bytes())
    sample = text[:20000]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    rows: list[list[Cell]] = [list(r) for r in reader]
    return _table(rows)


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise SpreadsheetError(f"The spreadsheet cannot be read: {exc}") from None
    try:
        sheet = book.worksheets[0]
        rows: list[list[Cell]] = []
        for values in sheet.iter_rows(values_only=True):
            rows.append([v.date() if isinstance(v, datetime) else v for v in values])
        return _table(rows)
    finally:
        book.close()


def _blank(row: list[Cell]) -> bool:
    return all(c is None or str(c).strip() == "" for c in row)


def _table(rows: list[list[Cell]]) -> Table:
    start = 0
    while start < len(rows) and _blank(rows[start]):
        start += 1
    if start >= len(rows):
        raise SpreadsheetError("The file is empty.")
    headers = ["" if c is None else str(c).strip() for c in rows[start]]
    body = rows[start + 1 :]
    while body and _blank(body[-1]):
        body.pop()
    width = len(headers)
    body = [(r + [None] * width)[: max(width, len(r))] for r in body]
    return Table(headers, body, first_line=start + 2)


def read_table(path: Path) -> Table:
    if not path.exists():
        raise SpreadsheetError(f"The file {path} does not exist.")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if path.suffix.lower() == ".xls":
        raise SpreadsheetError("Old .xls files cannot be read; save the register as .xlsx or CSV first.")
    return _read_csv(path)
