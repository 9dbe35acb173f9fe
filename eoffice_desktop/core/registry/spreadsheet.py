"""Reading a register kept in a spreadsheet: CSV (any common encoding and separator) or .xlsx, as rows of cells
with the line numbers a person sees in their spreadsheet program."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from eoffice_desktop.core.registry.import_values import Cell
from eoffice_shared.refusals import Refusal

__all__ = ["Cell", "SpreadsheetError", "Table", "read_table", "decode_csv"]


class SpreadsheetError(Refusal, ValueError):
    pass


@dataclass
class Table:
    headers: list[str]
    rows: list[list[Cell]]
    first_line: int  # spreadsheet line number of rows[0]
    lines: list[int] = field(default_factory=list)  # the line of each row (blank lines are left out)
    encoding: str = ""  # what a CSV file was read as, to show in the preview; "" for .xlsx

    def line_of(self, index: int) -> int:
        return self.lines[index] if self.lines else self.first_line + index


def _legacy(raw: bytes) -> str:
    """Not UTF-8: Windows 'ANSI' text, Thai code page 874 on PCs set up for Thai (common in Laos; Lao letters cannot
    be written in it, Thai and English can) or 1252 on Western PCs. Thai letters come in runs of high bytes, accents
    alone between plain letters."""
    high = [i for i, b in enumerate(raw) if b >= 0x80]
    in_runs = sum(1 for i in high if (i > 0 and raw[i - 1] >= 0x80) or (i + 1 < len(raw) and raw[i + 1] >= 0x80))
    order = ("cp874", "cp1252") if in_runs * 2 >= len(high) else ("cp1252", "cp874")
    for encoding in order:
        try:
            raw.decode(encoding)
            return encoding
        except UnicodeDecodeError:
            continue
    raise SpreadsheetError(
        "The file's text encoding is not recognised; save it as 'CSV UTF-8' and try again.", code="csv_encoding_unknown"
    )


def decode_csv(raw: bytes) -> tuple[str, str]:
    """(text, encoding name) of a CSV file's bytes."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text"
        return raw.decode("utf-16"), "utf-16"
    sample = raw[:4000]
    if sample and sample.count(0) * 4 >= len(sample):  # UTF-16 without a BOM: every other byte is 0 for ASCII
        encoding = "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
        return raw.decode(encoding), encoding
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        encoding = _legacy(raw)
        return raw.decode(encoding), encoding


def _read_csv(path: Path) -> Table:
    try:
        raw = path.read_bytes()
    except OSError as exc:  # a USB stick taken out, a share gone, no permission, a folder
        raise SpreadsheetError(
            "The file {file} cannot be opened: {reason}",
            code="file_unreadable",
            file=str(path),
            reason=str(exc.strerror or exc),
        ) from None
    try:
        text, encoding = decode_csv(raw)
    except UnicodeDecodeError:
        raise SpreadsheetError(
            "The file's text is damaged or in an unknown encoding; save it again as 'CSV UTF-8'.",
            code="csv_text_damaged",
        ) from None
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:20000], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        # One record is one spreadsheet line, even when a quoted cell holds several lines of text.
        rows: list[list[Cell]] = [list(r) for r in csv.reader(io.StringIO(text, newline=""), dialect)]
    except csv.Error as exc:
        raise SpreadsheetError(
            "The CSV file cannot be read: {reason}", code="csv_unreadable", reason=str(exc)
        ) from None
    table = _table(rows)
    table.encoding = encoding
    return table


def _read_xlsx(path: Path, sheet_name: str | None) -> Table:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or encrypted file
        raise SpreadsheetError(
            "The spreadsheet cannot be read: {reason}", code="spreadsheet_unreadable", reason=str(exc)
        ) from None
    try:
        if sheet_name is not None and sheet_name not in book.sheetnames:
            raise SpreadsheetError(
                "The spreadsheet has no sheet '{sheet}' (it has: {sheets}).",
                code="sheet_missing",
                sheet=sheet_name,
                sheets=", ".join(book.sheetnames),
            )
        sheet = book[sheet_name] if sheet_name is not None else book.worksheets[0]
        # Files written by other programs often state wrong sheet dimensions; read what is really there.
        sheet.reset_dimensions()  # type: ignore[union-attr]
        rows: list[list[Cell]] = []
        try:
            for values in sheet.iter_rows(values_only=True):
                rows.append([v.date() if isinstance(v, datetime) else v for v in values])  # type: ignore[misc]
        except Exception as exc:  # a sheet damaged inside a whole file: as many kinds as for the file itself
            raise SpreadsheetError(
                "The spreadsheet cannot be read: {reason}", code="spreadsheet_unreadable", reason=str(exc)
            ) from None
        return _table(rows)
    finally:
        book.close()


def _blank(row: list[Cell]) -> bool:
    return all(c is None or str(c).strip() == "" for c in row)


def _titles(cells: list[Cell], width: int) -> list[str]:
    """Column titles, each one unique so a mapping can name it: an empty title becomes 'Column 3', a repeated one
    'Date (2)'."""
    titles: list[str] = []
    for position in range(width):
        cell = cells[position] if position < len(cells) else None
        title = " ".join(str(cell).split()) if cell is not None else ""
        title = title or f"Column {position + 1}"
        base, n = title, 1
        while title in titles:
            n += 1
            title = f"{base} ({n})"
        titles.append(title)
    return titles


def _table(rows: list[list[Cell]]) -> Table:
    start = 0
    while start < len(rows) and _blank(rows[start]):
        start += 1
    if start >= len(rows):
        raise SpreadsheetError("The file is empty.", code="file_empty")
    body = [(start + 2 + i, row) for i, row in enumerate(rows[start + 1 :]) if not _blank(row)]
    width = 0
    for row in [rows[start]] + [r for _, r in body]:
        filled = [i for i, c in enumerate(row) if c is not None and str(c).strip() != ""]
        width = max(width, filled[-1] + 1 if filled else 0)
    headers = _titles(rows[start], width)
    cells = [(list(r) + [None] * width)[:width] for _, r in body]
    lines = [line for line, _ in body]
    return Table(headers, cells, first_line=lines[0] if lines else start + 2, lines=lines)


def read_table(path: Path, sheet: str | None = None) -> Table:
    """The first sheet of an .xlsx (or `sheet`), or a CSV file; the first non-empty row holds the titles."""
    if not path.exists():
        raise SpreadsheetError("The file {file} does not exist.", code="file_missing", file=str(path))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, sheet)
    if suffix in (".xls", ".ods"):
        raise SpreadsheetError(
            "{suffix} files cannot be read; save the register as .xlsx or CSV UTF-8 first.",
            code="file_type_unreadable",
            suffix=suffix,
        )
    return _read_csv(path)
