from __future__ import annotations

import base64
import logging
import zipfile
from pathlib import Path

from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.storage.credential import save_token
from eoffice_desktop.core.storage.datadir import DataDir
from eoffice_desktop.core.storage.settings import set_setting
from eoffice_desktop.core.support.diagnostics import write_diagnostics
from eoffice_desktop.core.support.logs import setup_logging


def test_diagnostics_zip_has_no_secrets_and_no_letter_contents(store, clerk, tmp_path: Path):
    planted_token = "tok-5f1c9e0a7b3d"
    planted_key = bytes(range(100, 132))  # the office's key of its PCs' USB bundles, kept with the token
    planted_pass = "Passphrase-Planted-42"
    subject = "ແຈ້ງການລັບສະເພາະກ່ຽວກັບງົບປະມານປ້ອງກັນຊາດ"
    register_letter(
        store, clerk, LetterForm(register_date=__import__("datetime").date.today(), sender_name="ກງ", subject=subject)
    )
    with store.db.write() as s:
        save_token(store.data_dir, s, planted_token, {1: planted_key})  # where enrolment really keeps the credential
        set_setting(s, "sync.device_token", planted_token + "-old")
        set_setting(s, "signing.key_passphrase", planted_pass)
    log_dir = setup_logging(tmp_path / "logs")
    logging.getLogger("eoffice.test").info("login failed for user=noy password=%s", planted_pass)
    for handler in logging.getLogger().handlers:
        handler.flush()
    target = write_diagnostics(DataDir(store.data_dir.root), log_dir, tmp_path / "diag.zip")
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        blob = b"".join(archive.read(name) for name in names)
    assert {"versions.json", "settings.json", "check.txt", "logs/eoffice.log"} <= set(names)
    for secret in (planted_token, planted_pass, subject):
        assert secret.encode() not in blob
    assert planted_key not in blob and base64.b64encode(planted_key) not in blob
    assert b"(hidden)" in blob
