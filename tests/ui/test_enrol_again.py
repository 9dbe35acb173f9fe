"""A PC whose data was restored (its credential did not come with it) says at start, in Lao, to enrol again."""

from __future__ import annotations

from pathlib import Path

from eoffice_desktop.core.office import open_store
from eoffice_desktop.core.storage.credential import credential_file, save_token
from eoffice_desktop.ui.resources import install_translation
from eoffice_desktop.ui.sync_words import error_message
from eoffice_desktop.ui.sync_worker import SyncWorker


def test_a_pc_without_its_credential_is_told_to_enrol_again(app, qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "office")
    with store.db.write() as s:
        save_token(store.data_dir, s, "token-of-this-pc")
    credential_file(store.data_dir).unlink()  # what a restore or a copy to another PC leaves
    worker = SyncWorker(store)
    install_translation(app, "lo")
    try:
        with qtbot.waitSignal(worker.failed, timeout=10000) as failed:
            worker.start()
        (exc,) = failed.args
        assert exc.code == "enrol_again"
        assert "ລົງທະບຽນຄອມພິວເຕີນີ້ຄືນໃໝ່" in error_message(exc)
    finally:
        install_translation(app, "en")
        worker.stop()
        store.close()
