"""The log says what the app did (data folder opened, import, backup, restore, migration) in ids, counts and outcomes,
and never a letter's contents or a password."""

from __future__ import annotations

import logging
from pathlib import Path

from eoffice_desktop.core.office import open_store, setup_office
from eoffice_desktop.core.registry.importer import guess_mapping, import_register
from eoffice_desktop.core.registry.spreadsheet import read_table
from eoffice_desktop.core.storage.backup import list_snapshots, make_backup, restore
from eoffice_desktop.core.support.logs import LOG_FILE, setup_logging

SUBJECT = "ແຈ້ງການລັບກ່ຽວກັບງົບປະມານປ້ອງກັນຊາດ"
PASSWORD = "Planted-Password-77"


def test_key_moments_are_logged_without_contents_or_passwords(tmp_path: Path) -> None:
    logs = setup_logging(tmp_path / "logs")
    try:
        store = open_store(tmp_path / "office")
        admin = setup_office(store, "ກຕສ", "ກະຊວງ", "Ministry", "admin", "ທ່ານ ສົມສັກ", PASSWORD)
        csv = tmp_path / "register.csv"
        csv.write_text(f"ເລກທີ,ວັນທີໄດ້ຮັບ,ຈາກ,ເລື່ອງ\n0001/ກຕສ,03/01/2025,ກະຊວງການເງິນ,{SUBJECT}\n", encoding="utf-8")
        table = read_table(csv)
        report = import_register(store, admin, table, guess_mapping(table.headers))
        assert report.imported == 1, report.errors
        make_backup(store.data_dir, tmp_path / "usb")
        store.close()
        restore(list_snapshots(tmp_path / "usb")[0], store.data_dir)
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "_eoffice", False)]:
            handler.close()
            root.removeHandler(handler)
    text = (logs / LOG_FILE).read_text(encoding="utf-8")
    for moment in (
        "data folder opened",
        "import of a register (in): 1 rows, 1 imported, 0 problems",
        "manual backup made",
        "restored into",
    ):
        assert moment in text, (moment, text)
    assert SUBJECT not in text and PASSWORD not in text
