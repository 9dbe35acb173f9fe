from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from eoffice_desktop.core.office import open_store
from eoffice_desktop.core.people.accounts import LoginThrottle
from eoffice_desktop.ui.start_dialogs import FirstRunDialog, LoginDialog
from eoffice_shared.exits import BUSY
from tests.ui.conftest import type_text


def test_first_run_creates_the_office_and_administrator(qtbot, app, tmp_path: Path):
    store = open_store(tmp_path / "office")
    dialog = FirstRunDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name_lo, "ຫ້ອງການປົກຄອງເມືອງຫາດຊາຍຟອງ")
    dialog.name_en.setText("Hadxaifong District Office")
    type_text(dialog.code, "ຫຊຟ")
    type_text(dialog.full_name, "ທ່ານ ບຸນມີ")
    dialog.password.setText("short")
    dialog.password2.setText("short")
    dialog.create()
    assert dialog.error.isVisible() and not store.is_set_up()
    dialog.password.setText("long-enough-1")
    dialog.password2.setText("long-enough-1")
    dialog.create()
    assert store.is_set_up() and store.office().code == "ຫຊຟ"
    login = LoginDialog(store, LoginThrottle(), username="admin")
    qtbot.addWidget(login)
    login.show()
    login.password.setText("wrong-password")
    login.sign_in()
    assert login.viewer is None and login.error.isVisible()
    login.password.setText("long-enough-1")
    login.sign_in()
    assert login.viewer is not None and login.viewer.has("admin")
    store.close()


def test_app_opens_with_rows_and_a_second_copy_is_refused(tmp_path: Path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EOFFICE_MEASURE_STARTUP="1")
    command = [sys.executable, "-m", "eoffice_desktop", "--data-dir", str(tmp_path / "office"), "--demo"]
    first = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    assert "first_rows_ms=" in first.stdout and "rows=0" not in first.stdout
    from eoffice_desktop.core.storage.datadir import DataDir, DataDirLock

    with DataDirLock(DataDir(tmp_path / "office")):
        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert second.returncode == BUSY
    assert "ເປີດຢູ່ແລ້ວ" in second.stderr  # Lao is the default language of every message


# Loaded when first used (printing, signing, syncing, PDF and scans, the command line's own commands, migrations) or
# right after the first page is on screen (the letter pane, the other lists, menus, sync, the scan reader, the
# checks; SQLAlchemy, the models, the services and the event log), never before the window shows its rows: each costs
# a noticeable part of a second at start-up. The office is opened, its settings and the signed-in person read, and
# the first page read with plain sqlite3.
LATER = (
    "sqlalchemy",
    "eoffice_desktop.core.storage.models",
    "eoffice_desktop.core.storage.settings",
    "eoffice_desktop.core.storage.credential",
    "eoffice_desktop.core.storage.prepared",
    "eoffice_desktop.core.service",
    "eoffice_desktop.core.eventlog.events",
    "eoffice_desktop.core.people.accounts",
    "eoffice_desktop.core.people.viewer",
    "eoffice_desktop.core.people.permissions",
    "eoffice_desktop.core.registry.register_query",
    "eoffice_desktop.core.routing.inbox",
    "sync.protocol.events",
    "alembic",
    "requests",
    "pydantic",
    "asn1crypto",
    "cryptography",
    "pyhanko",
    "pypdfium2",
    "PIL",
    "icu",
    "segno",
    "PySide6.QtPrintSupport",
    "PySide6.QtPdf",
    "eoffice_desktop.commands",
    "eoffice_desktop.ui.printing",
    "eoffice_desktop.ui.letter_view",
    "eoffice_desktop.ui.letter_form",
    "eoffice_desktop.ui.arrived_page",
    "eoffice_desktop.ui.lost_page",
    "eoffice_desktop.ui.window_menus",
    "eoffice_desktop.ui.sync_worker",
    "eoffice_desktop.ui.sync_usb",
    "eoffice_desktop.ui.ocr_status",
    "eoffice_desktop.ui.check_notice",
    "eoffice_desktop.ui.start_dialogs",
    "eoffice_desktop.core.storage.backup",
    "eoffice_desktop.core.signing.letters",
    "sync.client",
    "sync.client.http",
)


def test_the_window_shows_its_rows_before_the_slow_modules_load(tmp_path: Path):
    office = tmp_path / "office"
    command = [sys.executable, "-m", "eoffice_desktop", "--data-dir", str(office), "--demo"]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EOFFICE_MEASURE_STARTUP="1")
    subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=True)  # makes the office
    # -X importtime writes each import to stderr as it ends; the start-up report is flushed to the same pipe.
    run = subprocess.run(
        [sys.executable, "-X", "importtime", *command[1:]],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout[-2000:]
    before, _, after = run.stdout.partition("first_rows_ms=")
    assert after and "rows=0" not in after
    loaded = {line.rsplit("|", 1)[-1].strip() for line in before.splitlines() if line.startswith("import time:")}
    assert "eoffice_desktop.ui.main_window" in loaded
    assert loaded.isdisjoint(LATER), sorted(loaded & set(LATER))


def test_the_window_paints_its_first_page_then_builds_the_rest(qtbot, app, demo_store):
    from eoffice_desktop.ui.main_window import MainWindow
    from tests.ui.conftest import clerk_of

    actor, viewer, name = clerk_of(demo_store)
    window = MainWindow(demo_store, actor, viewer, name, rest_later=True)
    qtbot.addWidget(window)
    assert not window.built and not hasattr(window, "view")  # the register only, until it is on screen
    with qtbot.waitSignal(window.first_rows_painted, timeout=10_000):
        window.show()
    assert window.model.row_at(0) is not None
    qtbot.waitUntil(lambda: window.built, timeout=10_000)  # then the letter pane, the menus, sync...
    window.table.selectRow(0)
    assert window.model.row_at(0).registry_number in window.view.title.text().replace("\u200b", "")
    window.close()
    window.runner.wait()


def test_a_large_register_is_counted_after_its_first_rows_are_on_screen(qtbot, app, tmp_path: Path):
    """More letters than a page: the count is asked when the first rows are painted (its code loads then), and the
    label then says the register's count."""
    from eoffice_desktop.core.demo.build import generate_demo
    from eoffice_desktop.core.registry.register_rows import RegisterFilter
    from eoffice_desktop.core.service import Office
    from eoffice_desktop.ui.main_window import MainWindow
    from eoffice_desktop.ui.register_model import PAGE
    from tests.ui.conftest import clerk_of

    store = open_store(tmp_path / "office")
    generate_demo(store, 2 * PAGE + 100, attachment_share=0.0, routed=0, seed=5)
    try:
        actor, viewer, name = clerk_of(store)
        counted: list[int] = []  # (off the GUI thread, as the window counts)
        f = RegisterFilter(direction="in", office_id=store.office_id)
        reader = threading.Thread(target=lambda: counted.append(Office(store).register_count(f, viewer)))
        reader.start()
        reader.join()
        total = counted[0]
        assert total > PAGE
        window = MainWindow(store, actor, viewer, name, rest_later=True)
        qtbot.addWidget(window)
        held_at_paint: list[bool] = []
        window.first_rows_painted.connect(lambda: held_at_paint.append(bool(window.register._held)))
        with qtbot.waitSignal(window.first_rows_painted, timeout=10_000):
            window.show()
        assert held_at_paint == [True]  # the count waited for the first rows
        qtbot.waitUntil(lambda: window.count_label.text() == f"{total} letters", timeout=10_000)
        assert window.model.rowCount() == total
        window.close()
        window.runner.wait()
    finally:
        store.close()


def test_first_run_keeps_the_data_in_the_folder_it_staff_chose(qtbot, app, tmp_path: Path, monkeypatch):
    from eoffice_desktop.core.storage.datadir import default_data_dir, location_file
    from eoffice_desktop.ui import start_dialogs

    store = open_store(tmp_path / "default")
    dialog = FirstRunDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.folder.text() == str(tmp_path / "default")
    disk = tmp_path / "D" / "office-data"
    disk.mkdir(parents=True)
    (disk / "notes.txt").write_text("IT staff's notes")  # not empty: eOffice makes its own subfolder
    monkeypatch.setattr(start_dialogs.QFileDialog, "getExistingDirectory", lambda *a: str(disk))
    dialog._choose_folder()
    assert dialog.folder.text() == str(disk / "eOffice")
    type_text(dialog.name_lo, "ຫ້ອງການເມືອງ")
    type_text(dialog.code, "ຫມ")
    type_text(dialog.full_name, "ທ່ານ ບຸນມີ")
    dialog.password.setText("long-enough-1")
    dialog.password2.setText("long-enough-1")
    dialog.create()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert dialog.store.data_dir.root == disk / "eOffice" and dialog.store.is_set_up()
    assert not store.is_set_up()  # the default folder was left empty
    assert default_data_dir() == (disk / "eOffice").resolve()
    dialog.store.close()

    # The next first run on another account pointed at that folder finds the office and uses it as it is.
    fresh = open_store(tmp_path / "other-default")
    again = FirstRunDialog(fresh)
    qtbot.addWidget(again)
    monkeypatch.setattr(start_dialogs.QFileDialog, "getExistingDirectory", lambda *a: str(disk / "eOffice"))
    monkeypatch.setattr(start_dialogs.QMessageBox, "information", lambda *a: None)
    again._choose_folder()
    again.create()
    assert again.result() == FirstRunDialog.DialogCode.Accepted and again.store.office().code == "ຫມ"
    again.store.close()
    location_file().unlink()


def test_choosing_the_language_switches_the_first_run_window_at_once(qtbot, app, tmp_path: Path):
    store = open_store(tmp_path / "office")
    dialog = FirstRunDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "en"  # what the windows show now (these tests run in English)
    dialog.show()
    dialog.language.setCurrentIndex(dialog.language.findData("lo"))
    qtbot.wait(20)  # Qt's own reaction to the new language comes as an event
    lao = (dialog.windowTitle(), dialog.ok_button.text(), dialog.labels["name_lo"].text(), dialog.intro.text())
    assert "ສ້າງ" in lao[1] and all(text for text in lao)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.wait(20)
    assert dialog.ok_button.text() == "Create the office"
    assert dialog.labels["name_lo"].text() == "Office name (Lao)"
    assert dialog.cancel_button.text() == "Cancel"
    dialog.language.setCurrentIndex(dialog.language.findData("lo"))
    qtbot.wait(20)
    assert (dialog.windowTitle(), dialog.ok_button.text(), dialog.labels["name_lo"].text(), dialog.intro.text()) == lao
    type_text(dialog.name_lo, "ຫ້ອງການເມືອງນາຊາຍທອງ")
    type_text(dialog.code, "ນຊທ")
    type_text(dialog.full_name, "ທ່ານ ບຸນມີ")
    dialog.password.setText("long-enough-1")
    dialog.password2.setText("long-enough-1")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.create()
    with store.db.session() as s:
        from eoffice_desktop.core.storage.settings import get_setting

        assert get_setting(s, "ui.language", "lo") == "en"  # the main window then opens in English
    store.close()


def test_enter_in_the_first_start_window_creates_the_office(qtbot, app, tmp_path: Path, monkeypatch):
    from PySide6.QtCore import Qt

    from eoffice_desktop.ui.enrol_dialog import EnrolDialog

    monkeypatch.setattr(EnrolDialog, "exec", lambda self: 0)  # (had Enter joined, the server's window is left)
    store = open_store(tmp_path / "office")
    dialog = FirstRunDialog(store)
    qtbot.addWidget(dialog)
    dialog.name_lo.setText("ຫ້ອງການປົກຄອງເມືອງຫາດຊາຍຟອງ")
    dialog.code.setText("ຫຊຟ")
    dialog.full_name.setText("ທ່ານ ບຸນມີ")
    dialog.password.setText("long-enough-1")
    dialog.password2.setText("long-enough-1")
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.name_lo  # the first thing to type, not the join button
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert store.is_set_up() and not dialog.joined
    store.close()
