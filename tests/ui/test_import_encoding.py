"""The register import says, beside the file's rows, how a CSV file's text was read (UTF-8, UTF-16 or an old Windows
code page), so a clerk whose old register shows garbled letters sees why and what to do; an .xlsx file has no such
choice and says nothing of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.import_register import TITLES, import_dialog, previewed

ROWS = "0012/ADM,03/01/2024,{sender},Meeting,normal,2"


@pytest.mark.parametrize(
    "encoding,sender,said",
    [
        ("utf-8", "ກະຊວງພາຍໃນ", "register.csv: 1 rows, read as UTF-8."),
        ("utf-8-sig", "ກະຊວງພາຍໃນ", "register.csv: 1 rows, read as UTF-8."),
        ("utf-16", "ກະຊວງພາຍໃນ", "register.csv: 1 rows, read as UTF-16 (Excel's Unicode text)."),
        ("cp1252", "Société Générale", "register.csv: 1 rows, read as Windows Western (code page 1252). If the"),
        ("cp874", "กระทรวงการต่างประเทศ", "register.csv: 1 rows, read as Windows Thai (code page 874, which has no"),
    ],
)
def test_a_csv_register_says_how_its_text_was_read(qtbot, app, demo_store, tmp_path: Path, encoding, sender, said):  # type: ignore[no-untyped-def]
    path = tmp_path / "register.csv"
    path.write_bytes(("\r\n".join([TITLES, ROWS.format(sender=sender)]) + "\r\n").encode(encoding))
    dialog, runner = import_dialog(qtbot, demo_store)
    dialog.show()
    previewed(qtbot, dialog, path)
    assert dialog.file_label.text().startswith(said), dialog.file_label.text()
    assert ("save the file in Excel as 'CSV UTF-8'" in dialog.file_label.text()) == encoding.startswith("cp")
    assert dialog.preview.text(0, 3) == sender  # (read right: the sender as it was written)
    runner.wait()


def test_the_lao_window_says_it_in_lao(qtbot, lao, demo_store, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "register.csv"
    path.write_bytes(("\n".join([TITLES, ROWS.format(sender="Société Générale")]) + "\n").encode("cp1252"))
    dialog, runner = import_dialog(qtbot, demo_store)
    previewed(qtbot, dialog, path)
    assert dialog.file_label.text().startswith("register.csv: 1 ແຖວ, ອ່ານເປັນ Windows ພາສາຕາເວັນຕົກ (code page 1252)")
    assert "'CSV UTF-8'" in dialog.file_label.text()
    runner.wait()


def test_an_xlsx_register_says_only_its_rows(qtbot, app, demo_store, tmp_path: Path):  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(TITLES.split(","))
    sheet.append(ROWS.format(sender="ກະຊວງພາຍໃນ").split(","))
    path = tmp_path / "register.xlsx"
    book.save(path)
    dialog, runner = import_dialog(qtbot, demo_store)
    previewed(qtbot, dialog, path)
    assert dialog.file_label.text() == "register.xlsx: 1 rows"
    runner.wait()
