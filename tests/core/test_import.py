from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from eoffice_desktop.cli import main
from eoffice_desktop.core.importer import (
    ImportCancelled,
    Mapping,
    guess_mapping,
    import_register,
    parse_date,
)
from eoffice_desktop.core.letterform import LetterForm
from eoffice_desktop.core.models import Letter
from eoffice_desktop.core.registry import register_letter
from eoffice_desktop.core.spreadsheet import read_table

HEADER = "ເລກທີ,ວັນທີໄດ້ຮັບ,ຈາກ,ເລກທີໜັງສື,ລົງວັນທີ,ເລື່ອງ,ຄວາມດ່ວນ,ຄວາມລັບ,ຈຳນວນໜ້າ\n"
ROWS = [
    "0001/ກຕສ,03/01/2025,ກະຊວງການເງິນ,0123/ກງ,2 ມັງກອນ 2025,ແຈ້ງການກ່ຽວກັບການປະຊຸມທົບທວນແຜນງົບປະມານ,ດ່ວນ,,3\n",
    "0002/ກຕສ,2025-01-05,Ministry of Health,45/MOH,04.01.2025,Request for data on district health facilities,,ລັບ,\n",
    "0003/ກຕສ,06-01-2025,ຫ້ອງການປົກຄອງແຂວງຫຼວງພະບາງ,,,ບົດລາຍງານສະພາບໄພນ້ຳຖ້ວມ,ດ່ວນທີ່ສຸດ,,12\n",
]


def _csv(path: Path, rows: list[str]) -> Path:
    path.write_bytes(("\ufeff" + HEADER + "".join(rows)).encode("utf-8"))
    return path


def _count(store) -> int:
    with store.db.session() as s:
        return s.scalar(select(func.count()).select_from(Letter)) or 0


def test_lao_csv_with_bom_imports_with_historic_numbers_kept(store, clerk, tmp_path: Path):
    table = read_table(_csv(tmp_path / "register.csv", ROWS))
    mapping = guess_mapping(table.headers)
    assert {
        "registry_number",
        "register_date",
        "sender",
        "sender_ref",
        "letter_date",
        "subject",
        "urgency",
        "confidentiality",
        "pages",
    } <= set(mapping.columns)
    report = import_register(store, clerk, table, mapping)
    assert report.ok and report.imported == 3
    with store.db.session() as s:
        rows = {x.registry_number: x for x in s.scalars(select(Letter))}
    assert rows["0001/ກຕສ"].letter_date == date(2025, 1, 2)
    assert rows["0001/ກຕສ"].urgency == "urgent"
    assert rows["0002/ກຕສ"].confidentiality == "confidential"
    assert rows["0003/ກຕສ"].urgency == "very_urgent" and rows["0003/ກຕສ"].pages == 12
    # a letter registered today continues its own series; the 2025 numbers stay as they were
    new = register_letter(store, clerk, LetterForm(register_date=date.today(), sender_name="x", subject="ໃໝ່"))
    assert new.registry_number.endswith("/ກຕສ")


def test_bad_rows_are_all_reported_with_line_numbers_and_nothing_is_imported(store, clerk, tmp_path: Path):
    bad = ROWS + [
        "0004/ກຕສ,31/02/2025,ກະຊວງພາຍໃນ,,,ເລື່ອງບໍ່ມີວັນທີທີ່ຖືກຕ້ອງ,,,\n",
        "0005/ກຕສ,07/01/2025,,,,,ດ່ວນຫຼາຍໆ,,ສາມ\n",
        "0001/ກຕສ,08/01/2025,ກະຊວງພາຍໃນ,,,ເລກທີຊ້ຳ,,,\n",
    ]
    table = read_table(_csv(tmp_path / "bad.csv", bad))
    report = import_register(store, clerk, table, guess_mapping(table.headers))
    lines = {line for line, _ in report.errors}
    assert lines == {5, 6}  # checked before anything is written: both bad lines, every reason
    reasons = " ".join(reason for line, reason in report.errors if line == 6)
    assert "subject" in reasons.lower() and "urgency" in reasons and "pages" in reasons
    assert _count(store) == 0
    table = read_table(_csv(tmp_path / "dup.csv", ROWS + [bad[-1]]))
    report = import_register(store, clerk, table, guess_mapping(table.headers))
    assert [line for line, _ in report.errors] == [5]  # the duplicate number, found while importing
    assert _count(store) == 0  # ... and the rows before it were rolled back


def test_cancel_midway_imports_nothing(store, clerk, tmp_path: Path):
    table = read_table(_csv(tmp_path / "r.csv", ROWS))
    calls = iter([False, True])
    with pytest.raises(ImportCancelled):
        import_register(store, clerk, table, guess_mapping(table.headers), cancelled=lambda: next(calls))
    assert _count(store) == 0


def test_xlsx_with_excel_dates_and_a_mapping_file(store, clerk, tmp_path: Path):
    book = Workbook()
    sheet = book.active
    sheet.append([])
    sheet.append(["No.", "Received", "To", "Title", "Signed by"])
    sheet.append(["12/ກຕສ", date(2024, 12, 30), "ກະຊວງການເງິນ; ກະຊວງພາຍໃນ", "ຕອບໜັງສືກ່ຽວກັບງົບປະມານ", "ທ່ານ ລັດຖະມົນຕີ"])
    sheet.append(["13/ກຕສ", 45660, "UNDP Lao PDR", "Reply on the workshop", ""])
    book.save(tmp_path / "out.xlsx")
    mapping = Mapping(
        {
            "registry_number": "No.",
            "register_date": "Received",
            "recipients": "To",
            "subject": "Title",
            "signatory": "Signed by",
        },
        direction="out",
    )
    (tmp_path / "map.json").write_text(mapping.to_json(), encoding="utf-8")
    code = main(
        [
            "import",
            "--data-dir",
            str(store.data_dir.root),
            str(tmp_path / "out.xlsx"),
            "--mapping",
            str(tmp_path / "map.json"),
        ]
    )
    assert code == 2  # the data folder is open in this test: the command refuses, politely
    table = read_table(tmp_path / "out.xlsx")
    assert table.first_line == 3
    report = import_register(store, clerk, table, Mapping.from_json(mapping.to_json()))
    assert report.ok, report.errors
    with store.db.session() as s:
        first = s.scalars(select(Letter).where(Letter.registry_number == "12/ກຕສ")).one()
        second = s.scalars(select(Letter).where(Letter.registry_number == "13/ກຕສ")).one()
    assert first.recipients_text == "ກະຊວງການເງິນ; ກະຊວງພາຍໃນ"
    assert second.register_date == date(2025, 1, 3)


def test_dates_in_the_forms_offices_write():
    assert parse_date("26 ກຸມພາ 2016") == date(2016, 2, 26)
    assert parse_date("ວັນທີ ໒໖ ກຸມພາ ໒໐໑໖") == date(2016, 2, 26)
    assert parse_date("26/02/2016") == parse_date("2016-02-26") == parse_date("26.02.2016") == date(2016, 2, 26)
    assert parse_date("") is None
    with pytest.raises(ValueError):
        parse_date("ມື້ອື່ນ")


def test_cli_import_dry_run_then_import(tmp_path: Path, capsys):
    data = tmp_path / "office"
    assert main(["demo", "--data-dir", str(data), "--letters", "3", "--attachments", "0"]) == 0
    register = _csv(tmp_path / "r.csv", ROWS)
    assert main(["import", "--data-dir", str(data), str(register), "--dry-run"]) == 0
    assert "nothing was imported" in capsys.readouterr().out
    assert main(["import", "--data-dir", str(data), str(register)]) == 0
    assert "3 letters imported" in capsys.readouterr().out
    assert main(["import", "--data-dir", str(data), str(register)]) == 1  # the same numbers again
    out = capsys.readouterr().out
    assert "line 2:" in out and "already used" in out
