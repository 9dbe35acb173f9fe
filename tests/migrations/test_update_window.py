"""The window shown while an older office's data is checked, copied and updated at opening: its stages and progress,
the office opening normally after it, and its Cancel: during the copy nothing of the copy is left and the database is
byte-identical; during the update the migrations' one transaction is rolled back, so the database stays at its whole
old revisions and a later start updates it. The app then ends with one sentence. A start with nothing to do shows no
window. The stop is asked with the window's own buttons while the opening waits in its report for the click (no
sleeps, no timing)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from eoffice_desktop.core.office import OfficeStore, open_store
from eoffice_desktop.core.storage import migration_copy, migration_progress
from eoffice_desktop.core.storage.db import head_revisions
from eoffice_desktop.core.storage.integrity import needs_check
from eoffice_desktop.core.storage.opening_progress import (
    COPYING,
    SAVING,
    UPDATING,
    OpeningProgress,
    Step,
    UpdateStopped,
)
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_desktop.ui.update_progress import UpdateProgress
from eoffice_shared.exits import REFUSED
from tests.migrations.test_migration_copy import NAME, OLD, REVISIONS, ROOT, _digest, _lao, _revisions
from tests.migrations.test_old_offices import unpack


def _pending() -> int:
    """The revisions an office of the old head gets at its update (one step each in the window)."""
    from alembic.script import ScriptDirectory

    from eoffice_desktop.core.storage.db import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    return len(list(script.iterate_revisions("heads", tuple(REVISIONS))))


STOPPED = (
    "The update of the office's data was stopped. Nothing was changed. Start eOffice again when you have time for it."
)


def _seen(update: UpdateProgress) -> list[tuple[bool, str, str, int, int]]:
    """What the window shows after each step: shown, title, the stage's line, the bar's maximum and value."""
    seen: list[tuple[bool, str, str, int, int]] = []

    def look(_step: Step) -> None:
        window = update.window
        assert window is not None
        seen.append(
            (window.isVisible(), window.windowTitle(), window.stage.text(), window.bar.maximum(), window.bar.value())
        )

    update.moved.connect(look)  # (after the window's own slot: it is made and shows the step first)
    return seen


def stop_at(update: UpdateProgress, when: Callable[[Step], bool]) -> None:
    """At the first step `when` picks, the opening waits in its report while the GUI thread clicks Cancel, then
    "Stop the update" in the question it asks."""
    clicked = threading.Event()
    tell = update.opening.listener

    def told(step: Step) -> None:  # (on the writer thread)
        tell(step)
        if when(step) and not clicked.is_set():
            assert clicked.wait(120)

    def click(step: Step) -> None:  # (on the GUI thread)
        window = update.window
        if window is None or clicked.is_set() or not when(step):
            return
        try:
            window.cancel.click()
            box = window.question
            assert box is not None and box.isVisible()
            [stop] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole]
            stop.click()
            shown = window.stage.text().replace("\u200b", "")  # (Lao lines wrap at the marks ui/lao_wrap.py adds)
            assert shown == window.tr("Stopping the update…") and not window.cancel.isEnabled()
        finally:
            clicked.set()  # (the opening goes on: stopped, or not when a check here failed)

    update.opening.listener = told
    update.moved.connect(click)


def _open(root: Path, update: UpdateProgress) -> OfficeStore:
    """As the app opens its data folder (ui/app.py, run_gui)."""
    runner = TaskRunner()
    try:
        return update.open_store(runner, root)
    finally:
        runner.wait()


def test_the_window_shows_the_copy_and_the_update_then_the_office_opens(tmp_path: Path, qapp, monkeypatch):
    monkeypatch.setattr(migration_copy, "CHUNK_PAGES", 32)  # (the 540 kB office in several parts)
    root = unpack(OLD, tmp_path / "office")
    update = UpdateProgress()
    seen = _seen(update)
    cancel: list[tuple[str, bool]] = []
    update.moved.connect(lambda step: cancel.append((step.stage, update.window.cancel.isEnabled())))

    store = _open(root, update)
    store.close()
    assert cancel[0] == ("checking", False)  # (SQLite's check cannot be stopped: it only reads)
    assert {stage for stage, _ in cancel[1:-1]} == {"copying", "updating"} and all(on for _, on in cancel[1:-1])
    assert cancel[-1] == ("saving", False)  # (the commit is not stopped once it has begun)
    assert set(_revisions(root / "eoffice.sqlite")) == head_revisions()
    assert update.window is None  # (closed when the opening ended)
    assert all(title == "Updating eOffice" for _shown, title, *_ in seen)
    assert all(shown for shown, _title, line, *_ in seen if not line.startswith("Checking"))  # (a check: if it lasts)
    lines = [line for _shown, _title, line, _max, _value in seen]
    assert lines[0] == "Checking the office's data…"  # (a file from elsewhere: not as this app closed it)
    copying = [(line, value) for _s, _t, line, maximum, value in seen if line.startswith("Keeping a copy")]
    assert copying[0] == ("Keeping a copy of the data before the update (0 of 1 MB)…", 0)
    assert copying[-1][1] == 1000 and len(copying) >= 4
    assert [value for _line, value in copying] == sorted({value for _line, value in copying})  # (it only grows)
    steps = len([line for line in lines if line.startswith("Updating")])
    pending = _pending()
    assert lines[-steps - 1] == f"Updating the office's data (step 1 of {pending})…"
    assert lines[-2] == f"Updating the office's data (step {pending} of {pending})…"
    assert seen[-2][3:] == (pending * 1000, pending * 1000)  # (every revision applied: the bar full)
    assert lines[-1] == "Saving the changes…" and seen[-1][3] == 0  # (then busy until the commit returns)
    [copy] = (root / "backups").iterdir()
    assert copy.name.startswith(NAME + "-") and _revisions(copy) == REVISIONS


def test_a_stop_during_the_copy_leaves_the_database_as_it_was_and_no_copy(tmp_path: Path, qapp, monkeypatch):
    monkeypatch.setattr(migration_copy, "CHUNK_PAGES", 32)
    root = unpack(OLD, tmp_path / "office")
    database = root / "eoffice.sqlite"
    before = _digest(database)
    update = UpdateProgress()
    stop_at(update, lambda step: step.stage == COPYING and 0 < step.done < step.total)  # (half copied)

    with pytest.raises(UpdateStopped) as stopped:
        _open(root, update)
    assert stopped.value.code == "update_stopped" and str(stopped.value) == STOPPED
    assert _lao(qapp, stopped.value) == ("ການອັບເດດຂໍ້ມູນຂອງຫ້ອງການຖືກຢຸດແລ້ວ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ. ກະລຸນາເປີດ eOffice ໃໝ່ເມື່ອທ່ານມີເວລາ.")
    assert sorted(p.name for p in root.glob("eoffice.sqlite*")) == ["eoffice.sqlite", "eoffice.sqlite.closed"]
    assert _digest(database) == before and _revisions(database) == REVISIONS
    assert list((root / "backups").iterdir()) == []  # (not even the part copied)


def test_a_stop_during_the_update_leaves_whole_revisions_and_a_later_start_updates(tmp_path: Path, qapp):
    root = unpack(OLD, tmp_path / "office")
    database = root / "eoffice.sqlite"
    update = UpdateProgress()
    stop_at(update, lambda step: step.stage == UPDATING and step.step == 3)  # (3 applied in the transaction)

    with pytest.raises(UpdateStopped):
        _open(root, update)
    assert not needs_check(database)  # (closed as it was: the next start need not check it again)
    assert _revisions(database) == REVISIONS  # (the migrations' one transaction rolled back: the old revisions)
    assert list((root / "backups").iterdir()) == []  # (the database did not change: its copy is not needed)

    open_store(root).close()  # a later start, with time for it
    assert set(_revisions(database)) == head_revisions()
    [copy] = (root / "backups").iterdir()
    assert _revisions(copy) == REVISIONS


def test_once_the_update_is_being_saved_it_is_not_stopped(tmp_path: Path, qapp):
    """The question asked at the last revision is closed when the saving begins, without a stop: the update is
    committed and the office opens at the new revisions. (The writer thread waits in its report of the last revision
    until the question is open, so the saving begins while it is.)"""
    root = unpack(OLD, tmp_path / "office")
    update = UpdateProgress()
    pending = _pending()
    asked = threading.Event()
    tell = update.opening.listener
    at_saving: list[tuple[bool, bool, str, int, bool]] = []

    def told(step: Step) -> None:  # (on the writer thread)
        tell(step)
        if step.stage == UPDATING and step.step == pending:
            assert asked.wait(120)

    def ask(step: Step) -> None:  # (on the GUI thread)
        window = update.window
        assert window is not None
        if step.stage == UPDATING and step.step == pending:
            try:
                window.cancel.click()
                assert window.question is not None and window.question.isVisible()
            finally:
                asked.set()
        elif step.stage == SAVING:
            at_saving.append(
                (
                    window.question is None,
                    window.cancel.isEnabled(),
                    window.stage.text(),
                    window.bar.maximum(),
                    update.opening.stop(),  # (as a click on "Stop the update" just before would)
                )
            )

    update.opening.listener = told
    update.moved.connect(ask)
    store = _open(root, update)
    store.close()
    assert at_saving == [(True, False, "Saving the changes…", 0, False)]
    assert not update.opening.stopped
    assert set(_revisions(root / "eoffice.sqlite")) == head_revisions()
    [copy] = (root / "backups").iterdir()
    assert _revisions(copy) == REVISIONS


def test_a_stop_interrupts_the_statement_a_migration_is_running(tmp_path: Path):
    """A migration's long statement (an index rebuilt at a million letters) ends at once when stopped."""
    opening = OpeningProgress(lambda _step: None)
    connection = sqlite3.connect(tmp_path / "db.sqlite")
    with opening.watching(connection):
        connection.execute("CREATE TABLE t (n)")
        opening.stop()
        with pytest.raises(sqlite3.OperationalError, match="interrupted"):
            connection.execute("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c) SELECT max(n) FROM c")
    assert connection.execute("SELECT 1").fetchone() == (1,)  # (no longer watched)
    connection.close()


def test_a_start_with_nothing_to_update_shows_no_window(tmp_path: Path, qapp):
    for root in (tmp_path / "new", unpack(OLD, tmp_path / "old")):
        open_store(root).close()  # made, or updated, and closed cleanly
        update = UpdateProgress()
        seen = _seen(update)
        _open(root, update).close()
        assert seen == [] and update.window is None


def test_a_file_not_closed_cleanly_is_checked_without_a_cancel(tmp_path: Path, qapp):
    """The check of a file a power cut left (nothing to update): its window only if it lasts, and no Cancel (the
    check cannot be stopped, and it changes nothing)."""
    root = tmp_path / "office"
    open_store(root).close()
    (root / "eoffice.sqlite.closed").unlink()  # (as after a power cut)
    update = UpdateProgress()
    stages: list[tuple[str, bool]] = []
    update.moved.connect(lambda step: stages.append((step.stage, update.window.cancel.isEnabled())))
    _open(root, update).close()
    assert stages == [("checking", False)] and update.window is None


def test_a_stop_while_it_staff_open_an_older_office_in_the_first_start_window_ends_it(tmp_path: Path, qapp, qtbot):
    """The first start's window opening a folder that holds an older office (copied from an old PC): the same window,
    and after a stop the first start ends with the sentence (ui/app.py), the chosen office as it was."""
    from eoffice_desktop.ui.start_dialogs import FirstRunDialog

    root = unpack(OLD, tmp_path / "old-pc")
    before = _digest(root / "eoffice.sqlite")
    store = open_store(tmp_path / "default")
    dialog = FirstRunDialog(store)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(root))
    # The writer thread is held until the test listens to the window the dialog makes for the opening.
    held = threading.Event()
    dialog.runner.run(lambda _job: held.wait(120), write=True)

    def listen() -> None:
        update = dialog.findChild(UpdateProgress)
        if update is None:
            QTimer.singleShot(0, listen)
            return
        stop_at(update, lambda step: step.stage == COPYING)
        held.set()

    QTimer.singleShot(0, listen)
    dialog.create()
    assert dialog.result() == FirstRunDialog.DialogCode.Rejected and dialog.stopped == STOPPED
    assert dialog.store is store and dialog.isEnabled()
    assert _digest(root / "eoffice.sqlite") == before and list((root / "backups").iterdir()) == []
    dialog.runner.wait()
    store.close()


_STOPPING_APP = """
import sys, threading
from pathlib import Path
from PySide6.QtWidgets import QMessageBox
from eoffice_desktop.core.storage.opening_progress import COPYING
from eoffice_desktop.ui.app import make_app, run_gui
from eoffice_desktop.ui.update_progress import UpdateProgress
from tests.migrations.test_update_window import stop_at

app = make_app("lo")
update = UpdateProgress(app)
stop_at(update, lambda step: step.stage == COPYING)
sys.exit(run_gui(Path(sys.argv[1]), update=update))
"""


def test_the_app_ends_with_one_sentence_after_a_stop(tmp_path: Path):
    """The app itself (its window the user clicks): it ends saying the update was stopped, without a traceback."""
    root = unpack(OLD, tmp_path / "office")
    before = _digest(root / "eoffice.sqlite")
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", EOFFICE_LOG_DIR=str(tmp_path))
    started = subprocess.run(
        [sys.executable, "-c", _STOPPING_APP, str(root)], cwd=ROOT, env=env, capture_output=True, timeout=300
    )
    said = started.stderr.decode("utf-8")
    assert started.returncode == REFUSED, said
    assert "Traceback" not in said
    assert "eoffice: ການອັບເດດຂໍ້ມູນຂອງຫ້ອງການຖືກຢຸດແລ້ວ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ." in said
    assert _digest(root / "eoffice.sqlite") == before and list((root / "backups").iterdir()) == []


def test_a_migrations_own_report_moves_the_bar_and_esc_asks_before_stopping(qapp):
    """A long migration says how far it is within itself (core/storage/migration_progress.py); Esc, as Cancel, asks
    first, and going on stops nothing."""
    update = UpdateProgress()
    update.opening.updating(4)
    update.opening.applied()  # (one revision applied)
    with migration_progress.listening(update.opening.within):
        migration_progress.report(250, 1000)
    migration_progress.report(500, 1000)  # (nobody listens now: nothing happens)
    window = update.window
    assert window is not None and window.isVisible()
    assert window.stage.text() == "Updating the office's data (step 2 of 4)…"
    assert (window.bar.maximum(), window.bar.value()) == (4000, 1250)

    QTest.keyClick(window, Qt.Key.Key_Escape)
    box = window.question
    assert box is not None and box.isVisible() and window.isVisible()
    assert box.text() == "Stop the update? eOffice will close and nothing will be changed."
    [go_on] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole]
    go_on.click()
    assert window.question is None and not update.opening.stopped and window.cancel.isEnabled()
    update.close()


def test_the_window_has_a_title_and_a_close_button_and_keeps_its_size(qapp):
    """Nothing to minimise or make larger while the data changes: no such buttons asked for, and a fixed size, which
    even a window manager that gives every dialog those buttons (openbox) does not let be maximised or resized; its
    width stays as its lines change."""
    from eoffice_desktop.ui.update_window import UpdateWindow

    window = UpdateWindow(OpeningProgress(lambda _step: None))
    flags = window.windowFlags()
    assert flags & Qt.WindowType.WindowType_Mask == Qt.WindowType.Dialog
    for wanted in (
        Qt.WindowType.CustomizeWindowHint,
        Qt.WindowType.WindowTitleHint,
        Qt.WindowType.WindowCloseButtonHint,
    ):
        assert flags & wanted == wanted
    for unwanted in (
        Qt.WindowType.WindowMinimizeButtonHint,
        Qt.WindowType.WindowMaximizeButtonHint,
        Qt.WindowType.WindowFullscreenButtonHint,
        Qt.WindowType.WindowContextHelpButtonHint,
    ):
        assert not flags & unwanted
    window.show()
    sizes = []
    for step in (Step(COPYING, 0, 1_000_000), Step(COPYING, 1_200_000_000, 2_900_000_000), Step(UPDATING, 0, 0, 3, 12)):
        window.show_step(step)
        window.layout().activate()
        sizes.append((window.minimumSize(), window.maximumSize()))
    assert all(smallest == largest for smallest, largest in sizes)
    assert {smallest.width() for smallest, _largest in sizes} == {480}
    window.finish()
