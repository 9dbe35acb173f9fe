"""The Signatures tab says when a signature was made: "signed offline, not yet time-stamped" until the PC syncs, then
"time-stamped by the central server at ..." (in Lao too), against a real server over HTTP."""

from __future__ import annotations

from pathlib import Path

from eoffice_desktop.ui.resources import install_translation
from eoffice_desktop.ui.signatures_panel import SignaturesPanel
from eoffice_desktop.ui.tasks import TaskRunner
from sync.client.session import sync_once
from sync.server.ca import ServerCA
from tests.sync.conftest import RunningServer
from tests.sync.test_client_trust import _certified_official, _office_pc, _signed_letter


def _shown(qtbot, panel: SignaturesPanel, letter_id: str) -> str:  # type: ignore[no-untyped-def]
    panel.show_letter(letter_id)
    qtbot.waitUntil(lambda: panel.current is not None, timeout=10000)
    return panel.list.item(0).text()


def test_signatures_tab_shows_offline_then_time_stamped(qtbot, app, central: RunningServer, tmp_path: Path):  # type: ignore[no-untyped-def]
    store, actor = _office_pc(central, tmp_path)
    ServerCA.create(central.blob_dir.parent, "ກະຊວງ CA")
    sync_once(store)
    identity = _certified_official(store, actor)
    letter_id = _signed_letter(store, actor, identity, tmp_path)
    runner = TaskRunner()
    panel = SignaturesPanel(store, runner)
    qtbot.addWidget(panel)
    panel.set_actor(actor)
    assert "not yet time-stamped" in _shown(qtbot, panel, letter_id)

    sync_once(store)
    text = _shown(qtbot, panel, letter_id)
    assert "Time-stamped by the central server at" in text and "not yet" not in text
    install_translation(app, "lo")
    try:
        assert "ປະທັບເວລາໂດຍເຊີບເວີສູນກາງ ເມື່ອ" in _shown(qtbot, panel, letter_id)
    finally:
        install_translation(app, "en")
    runner.wait()
    store.close()
