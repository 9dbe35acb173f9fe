"""What the server answered, or a USB bundle brought, in English reaches the clerk as one Lao sentence saying what to
do; the English goes to the log (or the details) for IT staff. The real server over HTTP on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

from eoffice_desktop.core.office import open_store, setup_office
from eoffice_desktop.ui.tasks import TaskRunner
from sync.server.admin import add_office, new_enrolment_code
from tests.sync.conftest import RunningServer
from tests.ui.lao_told import IT_STAFF, told


def test_an_address_that_is_not_the_servers_api_is_told_in_lao(  # type: ignore[no-untyped-def]
    qtbot, lao, reasons, central: RunningServer, tmp_path: Path
):
    """The server's address was changed to one with a path after it: the server answers 404 "Not Found"."""
    from sqlalchemy import select

    from eoffice_desktop.core.people.accounts import viewer_of
    from eoffice_desktop.core.storage.models import User
    from eoffice_desktop.core.storage.settings import set_setting
    from eoffice_desktop.ui.main_window import MainWindow
    from eoffice_desktop.ui.sync_worker import SyncWorker
    from sync.client.backoff import Backoff
    from sync.client.session import enrol_pc

    with central.database.write() as s:
        add_office(s, "ຊສຖ", "ເມືອງໄຊເສດຖາ", "Xaysetha")
        code = new_enrolment_code(s, "ຊສຖ")
    store = open_store(tmp_path / "office")
    setup_office(store, "ຊສຖ", "ຫ້ອງການ", "Office", "admin", "Admin", "password-1")
    enrol_pc(store, central.url, code)
    with store.db.write() as s:
        set_setting(s, "sync.server_url", central.url + "/eoffice")
        admin = s.scalars(select(User).where(User.username == "admin")).one()
        viewer, name = viewer_of(s, admin.id), admin.display_name
    runner = TaskRunner()
    worker = SyncWorker(store, backoff=Backoff(base=0.2, cap=1.0), change_delay_ms=60_000)
    window = MainWindow(store, store.actor(admin.id), viewer, name, runner, sync_worker=worker)
    qtbot.addWidget(window)
    with qtbot.waitSignal(worker.failed, timeout=20_000):
        pass
    indicator = window.sync_indicator
    qtbot.waitUntil(lambda: indicator.error_text in indicator.detail.toolTip(), timeout=5000)
    told(indicator.error_text, IT_STAFF)
    assert "Not Found" in reasons.text and "not_found" in reasons.text  # the server's words, for IT staff
    window.close()
    runner.wait()
    store.close()


def test_a_change_refused_for_a_reason_this_version_does_not_know_is_told_in_lao(  # type: ignore[no-untyped-def]
    qtbot, lao, tmp_path: Path
):
    from datetime import date

    from eoffice_desktop.core.registry.letterform import LetterForm
    from eoffice_desktop.core.registry.register import register_letter
    from eoffice_desktop.core.replication import refuse_event
    from eoffice_desktop.core.storage.models import Event
    from eoffice_desktop.ui.sync_problems import SyncProblemsDialog
    from sync.client.status import local_status

    store = open_store(tmp_path / "office")
    actor = setup_office(store, "ຊສຖ", "ຫ້ອງການ", "Office", "admin", "Admin", "password-1")
    form = LetterForm(register_date=date.today(), sender_name="ກະຊວງ", subject="ເລື່ອງທີ່ຖືກປະຕິເສດ")
    letter = register_letter(store, actor, form).letter_id
    with store.db.write() as s:  # what the engine records when a newer server answers "rejected" with a new code
        event = s.query(Event).filter(Event.letter_id == letter).one()
        refuse_event(s, event.id, "quota_exceeded", "The office has used its yearly quota of changes.")
    dialog = SyncProblemsDialog(local_status(store).refusals)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    told(dialog.table.item(0, 2).text(), IT_STAFF)
    assert "yearly quota" in dialog.table.item(0, 2).toolTip()  # the server's own words stay for IT staff
    store.close()


def test_changes_a_usb_bundle_brings_that_this_pc_refuses_are_told_in_lao(  # type: ignore[no-untyped-def]
    qtbot, lao, app, quiet_message_boxes, tmp_path: Path
):
    """A PC put back from an old copy makes its next change under a number it had already used: the PC that holds
    the first change refuses the second one, and says so in Lao; why exactly goes to the log for IT staff."""
    import shutil
    from datetime import date

    from sqlalchemy import select

    from eoffice_desktop.core.registry.letterform import LetterForm
    from eoffice_desktop.core.registry.register import register_letter
    from eoffice_desktop.core.storage.models import User
    from eoffice_desktop.ui.main_window import MainWindow
    from eoffice_desktop.ui.sync_worker import SyncWorker
    from sync.client.bundles import export_bundle, import_bundle

    def letter(store, actor, subject: str) -> None:  # type: ignore[no-untyped-def]
        register_letter(store, actor, LetterForm(register_date=date.today(), sender_name="ກະຊວງ", subject=subject))

    first = open_store(tmp_path / "pc1")
    actor = setup_office(first, "ຊສຖ", "ຫ້ອງການ", "Office", "admin", "Admin", "password-1")
    letter(first, actor, "ກ່ອນ")
    export_bundle(first, tmp_path / "snapshot.eob", everything=True)
    second = open_store(tmp_path / "pc2")  # a second PC of the office, started from the snapshot
    import_bundle(second, tmp_path / "snapshot.eob")
    first.close()
    shutil.copytree(tmp_path / "pc1", tmp_path / "old-copy")
    first = open_store(tmp_path / "pc1")
    letter(first, actor, "ຫຼັງສຳເນົາ")
    export_bundle(first, tmp_path / "one.eob")
    import_bundle(second, tmp_path / "one.eob")
    first.close()
    put_back = open_store(tmp_path / "old-copy")  # the old copy, put back: its next change reuses the number
    letter(put_back, actor, "ອີກເລື່ອງໜຶ່ງ")
    export_bundle(put_back, tmp_path / "two.eob")
    put_back.close()

    with second.db.session() as s:
        admin = s.scalars(select(User).where(User.username == "admin")).one()
        from eoffice_desktop.core.people.accounts import viewer_of

        viewer = viewer_of(s, admin.id)
    runner = TaskRunner()
    window = MainWindow(
        second, second.actor(admin.id), viewer, admin.display_name, runner, sync_worker=SyncWorker(second)
    )
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.usb.changed, timeout=10_000):
        window.usb.load_from(tmp_path / "two.eob")
    _title, text = quiet_message_boxes[-1]
    refused = text.split("\n")[-1]
    told(refused, IT_STAFF)
    window.close()
    runner.wait()
    second.close()


def test_a_change_larger_than_the_server_takes_is_told_in_lao(qtbot, lao, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    """A server set up to take smaller requests than this PC sends (413 "too_large"): the change is kept on this PC and
    listed with its own words, not "a reason this version does not know"."""
    import os
    from datetime import date

    import sync.server.app
    from eoffice_desktop.core.registry.letterform import LetterForm
    from eoffice_desktop.core.registry.register import register_letter
    from eoffice_desktop.ui.sync_problems import SyncProblemsDialog
    from eoffice_desktop.ui.sync_words import refusal_reason
    from sync.client.session import enrol_pc, sync_once
    from sync.client.status import local_status
    from sync.server.database import ServerDatabase
    from tests.sync.conftest import _free_port
    from tests.ui.test_sync_window import _serve

    monkeypatch.setattr(sync.server.app, "MAX_PUSH_BYTES", 4096)
    database = ServerDatabase(f"sqlite:///{tmp_path / 'server.sqlite'}")
    database.migrate()
    port = _free_port()
    server = _serve(sync.server.app.create_app(database, tmp_path / "server-blobs"), port)
    with database.write() as s:
        add_office(s, "ຊສຖ", "ເມືອງໄຊເສດຖາ", "Xaysetha")
        code = new_enrolment_code(s, "ຊສຖ")
    store = open_store(tmp_path / "office")
    actor = setup_office(store, "ຊສຖ", "ຫ້ອງການ", "Office", "admin", "Admin", "password-1")
    enrol_pc(store, f"http://127.0.0.1:{port}", code)
    summary = os.urandom(6000).hex()  # (random: it does not shrink when compressed)
    form = LetterForm(register_date=date.today(), sender_name="ກະຊວງ", subject="ໃຫຍ່", summary=summary)
    register_letter(store, actor, form)
    assert sync_once(store).refused == 1
    dialog = SyncProblemsDialog(local_status(store).refusals)
    qtbot.addWidget(dialog)
    shown = dialog.table.item(0, 2).text()
    told(shown, IT_STAFF)
    assert shown != refusal_reason("a_code_of_a_newer_server", "") and "too_large" in dialog.table.item(0, 2).toolTip()
    store.close()
    server.should_exit = True
    database.dispose()
