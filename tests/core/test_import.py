"""Importing registers kept in real spreadsheet files: CSV in several encodings and .xlsx made with openpyxl."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from eoffice_desktop.cli import main
from eoffice_desktop.core.registry.export import export_csv
from eoffice_desktop.core.registry.import_values import parse_pages, parse_word
from eoffice_desktop.core.registry.importer import (
    ImportCancelled,
    Mapping,
    MappingError,
    guess_mapping,
    import_register,
    parse_date,
    preview,
)
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.registry.register_query import RegisterFilter
from eoffice_desktop.core.registry.spreadsheet import SpreadsheetError, read_table
from eoffice_desktop.core.storage.models import Letter, Organisation
from eoffice_shared.exits import BUSY

HEADER = "ເລກທີ,ວັນທີໄດ້ຮັບ,ຈາກ,ເລກທີໜັງສື,ລົງວັນທີ,ເລື່ອງ,ຄວາມດ່ວນ,ຄວາມລັບ,ຈຳນວນໜ້າ\n"
ROWS = [
    "0001/ກຕສ,03/01/2025,ກະຊວງການເງິນ,0123/ກງ,2 ມັງກອນ 2025,ແຈ້ງການກ່ຽວກັບການປະຊຸມທົບທວນແຜນງົບປະມານ,ດ່ວນ,,3\n",
    "0002/ກຕສ,2025-01-05,Ministry of Health,45/MOH,04.01.2025,Request for data on district health facilities,,ລັບ,\n",
    "0003/ກຕສ,06-01-2025,ຫ້ອງການປົກຄອງແຂວງຫຼວງພະບາງ,,,ບົດລາຍງານສະພາບໄພນ້ຳຖ້ວມ,ດ່ວນທີ່ສຸດ,,12\n",
]


def _csv(path: Path, rows: list[str], header: str = HEADER) -> Path:
    path.write_bytes(("\ufeff" + header + "".join(rows)).encode("utf-8"))
    return path


def _count(store, model=Letter) -> int:
    with store.db.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_lao_csv_with_bom_imports_with_historic_numbers_kept(store, clerk, tmp_path: Path):
    table = read_table(_csv(tmp_path / "register.csv", ROWS))
    assert table.encoding == "utf-8-sig" and table.lines == [2, 3, 4]
    mapping = guess_mapping(table.headers)
    assert mapping.columns == {
        "registry_number": "ເລກທີ",
        "register_date": "ວັນທີໄດ້ຮັບ",
        "sender": "ຈາກ",
        "sender_ref": "ເລກທີໜັງສື",
        "letter_date": "ລົງວັນທີ",
        "subject": "ເລື່ອງ",
        "urgency": "ຄວາມດ່ວນ",
        "confidentiality": "ຄວາມລັບ",
        "pages": "ຈຳນວນໜ້າ",
    }
    shown = preview(table, mapping, 2)
    assert [r.line for r in shown] == [2, 3] and not any(r.errors for r in shown)
    assert shown[0].form.register_date == date(2025, 1, 3) and shown[0].sender == "ກະຊວງການເງິນ"
    orgs_before = _count(store, Organisation)
    report = import_register(store, clerk, table, mapping)
    assert report.ok and report.imported == 3 and report.organisations_added == 3
    assert _count(store, Organisation) == orgs_before + 3  # unknown senders joined the address book
    with store.db.session() as s:
        rows = {x.registry_number: x for x in s.scalars(select(Letter))}
    assert rows["0001/ກຕສ"].letter_date == date(2025, 1, 2)
    assert rows["0001/ກຕສ"].sender_ref == "0123/ກງ"
    assert rows["0001/ກຕສ"].urgency == "urgent" and rows["0001/ກຕສ"].pages == 3
    assert rows["0002/ກຕສ"].confidentiality == "confidential" and rows["0002/ກຕສ"].sender_name == "Ministry of Health"
    assert rows["0003/ກຕສ"].urgency == "very_urgent" and rows["0003/ກຕສ"].pages == 12
    assert {r.registry_year for r in rows.values()} == {2025}


def test_new_numbers_continue_after_the_imported_ones(store, clerk, tmp_path: Path):
    day = date(date.today().year, 1, 1).strftime("%d/%m/%Y")
    rows = [f"{n:04d}/ກຕສ,{day},ກະຊວງການເງິນ,,,ໜັງສືເກົ່າ {n},,,\n" for n in (1, 2, 7)]
    table = read_table(_csv(tmp_path / "this-year.csv", rows))
    assert import_register(store, clerk, table, guess_mapping(table.headers)).imported == 3
    form = LetterForm(register_date=date.today(), sender_name="ກະຊວງການເງິນ", subject="ໜັງສືໃໝ່")
    assert register_letter(store, clerk, form).registry_number == "0008/ກຕສ"


def test_bad_rows_are_all_reported_with_line_numbers_and_nothing_is_imported(store, clerk, tmp_path: Path):
    bad = ROWS + [
        "0004/ກຕສ,31/02/2025,ກະຊວງພາຍໃນ,,,ເລື່ອງບໍ່ມີວັນທີທີ່ຖືກຕ້ອງ,,,\n",
        "0005/ກຕສ,07/01/2025,,,,,ດ່ວນຫຼາຍໆ,,ສາມ\n",
        "\n",  # a blank line is skipped, but it still counts in the line numbers
        "0001/ກຕສ,08/01/2025,ກະຊວງພາຍໃນ,,,ເລກທີຊ້ຳ,,,\n",
        ",09/01/2025,ກະຊວງພາຍໃນ,,,ບໍ່ມີເລກທີ,,,\n",
        "0009/ກຕສ,09/01/2099,New Sender Co,,,ວັນທີໃນອະນາຄົດ,,,\n",
    ]
    table = read_table(_csv(tmp_path / "bad.csv", bad))
    orgs_before = _count(store, Organisation)
    report = import_register(store, clerk, table, guess_mapping(table.headers))
    assert report.bad_lines == [5, 6, 8, 9, 10] and report.imported == 0
    reasons = {line: " | ".join(r for n, r in report.errors if n == line) for line in report.bad_lines}
    assert reasons[5] == "register date: '31/02/2025' is not a valid date"
    assert "subject: Enter the subject." in reasons[6] and "urgency: 'ດ່ວນຫຼາຍໆ'" in reasons[6]
    assert "pages: 'ສາມ'" in reasons[6] and "sender: " in reasons[6]
    assert reasons[8] == "registry number: The registry number 0001/ກຕສ is already used."  # found in the database
    assert reasons[9].startswith("registry number: empty")
    assert reasons[10] == "register date: The date cannot be in the future."
    assert _count(store) == 0
    assert _count(store, Organisation) == orgs_before  # senders added while checking were rolled back too


def test_dry_run_checks_against_the_register_and_keeps_nothing(store, clerk, tmp_path: Path):
    table = read_table(_csv(tmp_path / "r.csv", ROWS))
    report = import_register(store, clerk, table, guess_mapping(table.headers), dry_run=True)
    assert report.ok and report.imported == 0 and report.checked_only and _count(store) == 0
    register_letter(
        store,
        clerk,
        LetterForm(register_date=date(2025, 1, 6), sender_name="x", subject="y", registry_number="0002/ກຕສ"),
    )
    report = import_register(store, clerk, table, guess_mapping(table.headers), dry_run=True)
    assert report.errors == [(3, "registry number: The registry number 0002/ກຕສ is already used.")]


def test_cancel_midway_imports_nothing(store, clerk, tmp_path: Path):
    table = read_table(_csv(tmp_path / "r.csv", ROWS * 1 + [r.replace("000", "010") for r in ROWS]))
    seen: list[tuple[int, int]] = []
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 4  # 1 check before reading, then between rows: stops after three rows were registered

    with pytest.raises(ImportCancelled):
        import_register(
            store, clerk, table, guess_mapping(table.headers), cancelled=cancelled, progress=lambda d, t: seen.append(d)
        )
    assert _count(store) == 0 and _count(store, Organisation) == 0
    assert import_register(store, clerk, table, guess_mapping(table.headers)).imported == 6  # nothing was left behind


def test_xlsx_with_excel_dates_outgoing_recipients_and_a_mapping_file(store, clerk, tmp_path: Path):
    book = Workbook()
    sheet = book.active
    sheet.append([])  # a blank line above the titles
    sheet.append(["No.", "Received", "To", "Title", "Signed by", None, "Pages"])
    sheet.append(
        ["12/ກຕສ", date(2024, 12, 30), "ກະຊວງການເງິນ; ກະຊວງພາຍໃນ", "ຕອບໜັງສືກ່ຽວກັບງົບປະມານ", "ທ່ານ ລັດຖະມົນຕີ", None, 4]
    )
    sheet.append([])
    sheet.append([13, 45660, "UNDP Lao PDR\nກະຊວງການເງິນ", "Reply on the workshop", "", None, "2 ໜ້າ"])
    book.save(tmp_path / "out.xlsx")
    mapping = Mapping(
        {
            "registry_number": "No.",
            "register_date": "Received",
            "recipients": "To",
            "subject": "Title",
            "signatory": "Signed by",
            "pages": "Pages",
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
    assert code == BUSY  # the data folder is open in this test: the command refuses, politely
    table = read_table(tmp_path / "out.xlsx")
    assert table.first_line == 3 and table.lines == [3, 5] and table.encoding == ""
    assert table.headers == ["No.", "Received", "To", "Title", "Signed by", "Column 6", "Pages"]
    report = import_register(store, clerk, table, Mapping.from_json(mapping.to_json()))
    assert report.ok, report.errors
    with store.db.session() as s:
        first = s.scalars(select(Letter).where(Letter.registry_number == "12/ກຕສ")).one()
        second = s.scalars(select(Letter).where(Letter.registry_number == "13")).one()
        names = set(s.scalars(select(Organisation.name_lo)))
    assert first.direction == "out" and first.recipients_text == "ກະຊວງການເງິນ; ກະຊວງພາຍໃນ"
    assert first.register_date == date(2024, 12, 30) and first.pages == 4 and first.signatory == "ທ່ານ ລັດຖະມົນຕີ"
    assert second.register_date == date(2025, 1, 3) and second.recipients_text == "UNDP Lao PDR; ກະຊວງການເງິນ"
    assert second.pages == 2
    assert {"ກະຊວງການເງິນ", "ກະຊວງພາຍໃນ", "UNDP Lao PDR"} <= names  # one organisation per name, reused


def test_legacy_and_utf16_csv_files(tmp_path: Path):
    thai = tmp_path / "thai.csv"
    thai.write_bytes("No;Date;From;Subject\n1;02/01/2025;กระทรวงการคลัง;Meeting notice\n".encode("cp874"))
    table = read_table(thai)
    assert table.encoding == "cp874" and table.rows[0][2] == "กระทรวงการคลัง"
    western = tmp_path / "western.csv"
    western.write_bytes("No,Date,From,Subject\n1,02/01/2025,Ambassade de France,Réunion à Vientiane\n".encode("cp1252"))
    table = read_table(western)
    assert table.encoding == "cp1252" and table.rows[0][3] == "Réunion à Vientiane"
    unicode_text = tmp_path / "unicode.txt"
    unicode_text.write_bytes('ເລກທີ\tວັນທີ\tເລື່ອງ\n1\t02/01/2025\t"ສອງ\nແຖວ"\n2\t03/01/2025\tສາມ\n'.encode("utf-16"))
    table = read_table(unicode_text)
    assert table.encoding == "utf-16" and table.headers == ["ເລກທີ", "ວັນທີ", "ເລື່ອງ"]
    assert table.lines == [2, 3] and table.rows[0][2] == "ສອງ\nແຖວ"  # a cell of two lines is one spreadsheet line
    plain = tmp_path / "plain.csv"
    plain.write_text("Date,Date,,Subject\n2025-01-02,x,y,z\n", encoding="utf-8")
    table = read_table(plain)
    assert table.encoding == "utf-8" and table.headers == ["Date", "Date (2)", "Column 3", "Subject"]
    for name, content, message in (
        ("old.xls", b"\xd0\xcf", "save the register as .xlsx"),
        ("empty.csv", b"\n\n", "empty"),
        ("broken.xlsx", b"not a zip", "cannot be read"),
    ):
        (tmp_path / name).write_bytes(content)
        with pytest.raises(SpreadsheetError, match=message):
            read_table(tmp_path / name)


def test_exported_register_imports_back_into_another_office(store, clerk, tmp_path: Path):
    out = LetterForm(direction="out", register_date=date(2025, 3, 2), subject="ຕອບ", signatory="ທ່ານ ກ")
    with store.db.write() as s:
        from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation

        out.recipients = [add_organisation(s, store.log, clerk, EntryFields("ກະຊວງພາຍໃນ")).id]
    register_letter(store, clerk, out)
    exported = tmp_path / "out.csv"
    with store.db.session() as s:
        assert export_csv(s, exported, RegisterFilter(direction="out")) == 1
    table = read_table(exported)
    mapping = guess_mapping(table.headers, "in")  # the file's Direction column says "out"
    assert mapping.columns["direction"] == "Direction" and mapping.columns["recipients"] == "Sender / recipients"
    rows = preview(table, mapping)
    assert rows[0].form.direction == "out" and rows[0].recipients == ["ກະຊວງພາຍໃນ"] and not rows[0].errors


def test_dates_and_words_in_the_forms_offices_write():
    assert parse_date("26 ກຸມພາ 2016") == date(2016, 2, 26)
    assert parse_date("ວັນທີ ໒໖ ກຸມພາ ໒໐໑໖") == date(2016, 2, 26)
    assert parse_date("ວັນທີ 5 ເດືອນ ທັນວາ ປີ 2019") == date(2019, 12, 5)
    assert parse_date("26/02/2016") == parse_date("2016-02-26") == parse_date("26.02.2016") == date(2016, 2, 26)
    assert parse_date("26-02-2016") == parse_date("2016-02-26 00:00:00") == parse_date(42426) == date(2016, 2, 26)
    assert parse_date("3 July 2020") == date(2020, 7, 3)
    assert parse_date("") is None and parse_date(None) is None
    for bad, reason in (
        ("ມື້ອື່ນ", "is not a date"),
        ("31/04/2020", "is not a valid date"),
        ("12/25/2020", "read as day/month/year"),
        ("26/02/2559", "Buddhist-era"),
        ("7", "is not a date"),
    ):
        with pytest.raises(ValueError, match=reason):
            parse_date(bad)
    assert parse_word("urgency", "ດ່ວນ") == "urgent" and parse_word("urgency", "ດ່ວນທີ່ສຸດ") == "very_urgent"
    assert parse_word("urgency", "Very urgent") == parse_word("urgency", "very_urgent") == "very_urgent"
    assert parse_word("urgency", "") == "normal"
    assert parse_word("confidentiality", "ລັບ") == "confidential"
    assert parse_word("confidentiality", "ລັບສຸດຍອດ") == "secret"
    # ໜ typed as one letter or as ຫ + ນ, ຳ as one sign or two: the same word
    assert parse_word("doc_type", "ໜັງສືເຊີນ") == parse_word("doc_type", "ຫນັງສືເຊີນ") == "invitation"
    assert parse_word("doc_type", "ດໍາລັດ") == "decree" and parse_word("delivery_mode", "ໄປສະນີ") == "post"
    assert parse_word("delivery_mode", "E-mail") == "email" and parse_word("direction", "ຂາອອກ") == "out"
    with pytest.raises(ValueError, match="not a known word"):
        parse_word("urgency", "tomorrow")
    assert parse_pages("໑໒") == 12 and parse_pages("3 ໜ້າ") == 3 and parse_pages(4.0) == 4 and parse_pages("") is None


def test_guessing_lao_and_english_titles():
    lao = guess_mapping(["ລ/ດ", "ເລກທີ", "ລົງວັນທີ", "ຈາກ", "ເລື່ອງ", "ຫມາຍເຫດ"])
    # one date column titled "dated" is the register's date; unknown titles stay unmapped
    assert lao.columns == {"registry_number": "ເລກທີ", "register_date": "ລົງວັນທີ", "sender": "ຈາກ", "subject": "ເລື່ອງ"}
    english = guess_mapping(["No.", "Date", "From", "Ref.", "Subject", "Urgency", "To"], "out")
    assert english.direction == "out" and english.columns["sender_ref"] == "Ref."
    assert set(english.columns) == {
        "registry_number",
        "register_date",
        "sender",
        "sender_ref",
        "subject",
        "urgency",
        "recipients",
    }
    with pytest.raises(MappingError, match="Unknown fields"):
        Mapping.from_json('{"columns": {"colour": "A"}}')
    with pytest.raises(MappingError, match="direction"):
        Mapping.from_json('{"direction": "sideways", "columns": {}}')
    with pytest.raises(MappingError, match="not valid JSON"):
        Mapping.from_json("{columns")
    assert json.loads(english.to_json())["version"] == 1


def test_cli_import_dry_run_then_import_then_again(tmp_path: Path, capsys):
    data = tmp_path / "office"
    assert main(["demo", "--data-dir", str(data), "--letters", "3", "--attachments", "0"]) == 0
    register = _csv(tmp_path / "r.csv", ROWS)
    capsys.readouterr()
    assert main(["import", "--data-dir", str(data), str(register), "--write-mapping"]) == 0
    mapping_file = tmp_path / "map.json"
    mapping_file.write_text(capsys.readouterr().out, encoding="utf-8")
    assert json.loads(mapping_file.read_text(encoding="utf-8"))["columns"]["subject"] == "ເລື່ອງ"
    assert main(["import", "--data-dir", str(data), str(register), "--dry-run"]) == 0
    assert "nothing was imported" in capsys.readouterr().out
    assert main(["import", "--data-dir", str(data), str(register), "--mapping", str(mapping_file)]) == 0
    assert "3 letters imported" in capsys.readouterr().out
    assert main(["import", "--data-dir", str(data), str(register)]) == 1  # the same numbers again
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        f"line {n}: registry number: The registry number 000{n - 1}/ກຕສ is already used." for n in (2, 3, 4)
    ]
    assert "Nothing was imported: 3 row(s)" in captured.err
    assert main(["import", "--data-dir", str(data), str(register), "--dry-run"]) == 1
    mapping_file.write_text('{"columns": {"subject": "Nope"}}', encoding="utf-8")
    assert main(["import", "--data-dir", str(data), str(register), "--mapping", str(mapping_file)]) == 1
    assert "no column named Nope" in capsys.readouterr().err
    assert main(["import", "--data-dir", str(data), str(tmp_path / "missing.csv")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_one_register_for_both_directions_with_a_from_to_column(store, clerk, tmp_path: Path):
    """A paper register kept in Excel: one "from/to" column and a direction column; every row imports in one pass
    and lands in its own register with the other side filled where that register keeps it."""
    mixed = _csv(
        tmp_path / "mixed.csv",
        [
            "0001/ກຕສ,2025-01-05,ກະຊວງການເງິນ,ແຈ້ງການ ກອງປະຊຸມ,ຂາເຂົ້າ\n",
            "0001/ກຕສ,2025-01-06,ກະຊວງສຶກສາທິການ; ແຂວງຫຼວງພະບາງ,ໜັງສືຕອບ,ຂາອອກ\n",
            "0002/ກຕສ,2025-01-07,Ministry of Health,Reply on data,out\n",
        ],
        header="ເລກທີ,ວັນທີ,ຈາກ/ເຖິງ,ເລື່ອງ,ຂາເຂົ້າ/ຂາອອກ\n",
    )
    table = read_table(mixed)
    mapping = guess_mapping(table.headers)
    assert mapping.correspondent and mapping.columns["direction"] == "ຂາເຂົ້າ/ຂາອອກ"
    report = import_register(store, clerk, table, mapping)
    assert report.errors == [] and report.imported == 3
    with store.db.session() as s:
        letters = {(x.direction, x.registry_number): x for x in s.scalars(select(Letter))}
    incoming = letters[("in", "0001/ກຕສ")]
    assert incoming.sender_name == "ກະຊວງການເງິນ" and incoming.recipients_text == ""
    outgoing = letters[("out", "0001/ກຕສ")]
    assert outgoing.recipients_text == "ກະຊວງສຶກສາທິການ; ແຂວງຫຼວງພະບາງ" and not outgoing.sender_name
    assert letters[("out", "0002/ກຕສ")].recipients_text == "Ministry of Health"
    assert guess_mapping(["No", "Date", "From / To", "Subject", "In/out"]).correspondent


def test_a_file_whose_columns_match_nothing_is_refused_once(store, clerk, tmp_path: Path, capsys):
    unknown = tmp_path / "unknown.csv"
    unknown.write_text("Foo,Bar\n1,2\n3,4\n", encoding="utf-8")
    data = str(store.data_dir.root)
    store.close()
    assert main(["import", "--data-dir", data, str(unknown)]) == 1
    err = capsys.readouterr().err
    assert err.count("no column of the file was recognised") == 1 and "Foo, Bar" in err
    assert "Enter the date" not in err
    subject_only = tmp_path / "subject-only.csv"
    subject_only.write_text("Subject,Remarks\nA,B\nC,D\n", encoding="utf-8")
    assert main(["import", "--data-dir", data, str(subject_only)]) == 1
    assert "no column was recognised as register date" in capsys.readouterr().err
