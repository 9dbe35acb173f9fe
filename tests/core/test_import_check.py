"""The preview of a register before its import: every row of a real CSV file checked as the import will, the rows
and the rows with problems counted, the first of each kept, and the work stopped when a newer preview is asked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eoffice_desktop.core.registry.import_check import check_rows, read_register
from eoffice_desktop.core.registry.importer import ImportCancelled, Mapping, import_register
from eoffice_desktop.core.registry.spreadsheet import SpreadsheetError

TODAY = date(2025, 6, 1)


def _register(path: Path, count: int, bad_every: int) -> Path:
    rows = [
        f"{n:04d}/ກຕສ,{'31/02/2025' if n % bad_every == 0 else '03/01/2025'},ກະຊວງການເງິນ,ແຈ້ງການ {n}"
        for n in range(1, count + 1)
    ]
    path.write_text("\n".join(["ເລກທີ,ວັນທີໄດ້ຮັບ,ຈາກ,ເລື່ອງ", *rows]) + "\n", encoding="utf-8")
    return path


def test_every_row_is_checked_and_the_first_of_each_kind_kept(store, clerk, tmp_path: Path):
    read = read_register(_register(tmp_path / "register.csv", 250, bad_every=10), "in", shown=20, today=TODAY)
    checked = read.checked
    assert (checked.rows, checked.bad) == (250, 25)
    assert [row.line for row in checked.first] == list(range(2, 22))
    assert [row.line for row in checked.first_bad] == [n + 1 for n in range(10, 201, 10)]
    assert checked.mapping.columns["register_date"] == "ວັນທີໄດ້ຮັບ" and checked.mapping.direction == "in"
    report = import_register(store, clerk, read.table, checked.mapping, dry_run=True, today=TODAY)
    assert report.bad_lines == [row.line for row in check_rows(read.table, checked.mapping, 250, today=TODAY).first_bad]


def test_a_preview_no_longer_wanted_stops(tmp_path: Path):
    table = read_register(_register(tmp_path / "register.csv", 1000, bad_every=10), "in", shown=5).table
    asked: list[int] = []

    def stopped() -> bool:
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(ImportCancelled):
        check_rows(table, Mapping({"subject": "ເລື່ອງ"}), 5, stopped)
    assert len(asked) == 3  # (asked every few hundred rows, not once per row)


def test_a_file_the_system_cannot_read_is_refused_in_words(tmp_path: Path):
    folder = tmp_path / "register.csv"
    folder.mkdir()
    with pytest.raises(SpreadsheetError) as refused:
        read_register(folder, "in", shown=5)
    assert refused.value.code == "file_unreadable" and refused.value.params["file"] == str(folder)
