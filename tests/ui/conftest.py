"""GUI tests run real widgets offscreen on real data folders; modal message boxes are answered automatically."""

from __future__ import annotations

import contextlib
import functools
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QMessageBox  # noqa: E402

from eoffice_desktop.core.demo.build import generate_demo  # noqa: E402
from eoffice_desktop.core.office import OfficeStore, open_store  # noqa: E402
from eoffice_desktop.core.people.accounts import viewer_of  # noqa: E402
from eoffice_desktop.ui import pyside_compat  # noqa: E402, F401

if TYPE_CHECKING:
    from tests.sync.conftest import RunningServer


@pytest.fixture(autouse=True)
def quiet_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def record(_parent: object, title: str, text: str, *args: object, **kwargs: object) -> int:
        shown.append((title, text))
        return int(QMessageBox.StandardButton.Ok)

    for name in ("information", "warning", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))

    def decline(_parent: object, title: str, text: str, *args: object, **kwargs: object) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Cancel  # the safe answer; a test that wants another patches it

    monkeypatch.setattr(QMessageBox, "question", staticmethod(decline))
    return shown


# (the longest window test takes about 30 s on this machine under load; tests/ui/test_stuck_window.py sets it lower)
STUCK_AFTER_S = float(os.environ.get("EOFFICE_TEST_STUCK_AFTER_S", "180"))


@pytest.fixture(autouse=True)
def no_window_left_waiting(qapp: object) -> Iterator[None]:
    """A window left running its own loop (a dialog or a message the test never answers, a key that never came) is
    closed after STUCK_AFTER_S, so the test fails naming it instead of waiting for ever."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    started = time.monotonic()
    closed: list[str] = []

    def look() -> None:
        if time.monotonic() - started < STUCK_AFTER_S:
            return
        for _ in range(10):
            window = QApplication.activePopupWidget() or QApplication.activeModalWidget()
            if window is None:
                return
            closed.append(f"{type(window).__name__} {window.windowTitle()!r}")
            if isinstance(window, QDialog):
                window.done(0)
            else:
                window.close()

    watch = QTimer()
    watch.timeout.connect(look)
    watch.start(1000)
    yield
    watch.stop()
    assert not closed, f"left waiting for an answer for {STUCK_AFTER_S:.0f} s, closed: {closed}"


@pytest.fixture(autouse=True)
def no_database_write_on_the_gui_thread(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every change the window makes runs on the writer thread (ui/ops.py); see write_guard.py."""
    from eoffice_desktop.core.storage.db import Database
    from tests.ui.write_guard import gui_thread_writer

    original = Database._writing  # what both write and write_plain (a registration) go through
    found: list[str] = []

    def guarded(self: Database, transaction):  # type: ignore[no-untyped-def]
        writer = gui_thread_writer()
        if writer is not None:
            found.append(writer)
        return original(self, transaction)

    monkeypatch.setattr(Database, "_writing", guarded)
    yield
    record = os.environ.get("EOFFICE_WRITE_GUARD_RECORD")
    if record:
        with open(record, "a") as out:
            out.writelines(f"{name}\n" for name in found)
        return
    assert not found, f"database writes on the GUI thread from: {sorted(set(found))}"


@pytest.fixture(autouse=True)
def no_list_read_on_the_gui_thread(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The main window's lists read on the reader pool (ui/ops.py); see read_guard.py."""
    from eoffice_desktop.core.service import Office
    from tests.ui.read_guard import LIST_READS, gui_thread_reader

    found: list[str] = []

    def guarded(name: str):  # type: ignore[no-untyped-def]
        original = getattr(Office, name)

        def read(self: Office, *args, **kwargs):  # type: ignore[no-untyped-def]
            reader = gui_thread_reader()
            if reader is not None:
                found.append(f"{name} (from {reader})")
            return original(self, *args, **kwargs)

        return read

    for name in LIST_READS:
        monkeypatch.setattr(Office, name, guarded(name))
    yield
    assert not found, f"list reads on the GUI thread: {sorted(set(found))}"


def settle(window, timeout_ms: int = 10_000) -> None:  # type: ignore[no-untyped-def]
    """Wait until what the window asked the reader pool for has arrived (its lists, counts, reminders)."""
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QThread

    deadline = QDeadlineTimer(timeout_ms)
    readers = window.runner.readers
    while not deadline.hasExpired():
        QCoreApplication.processEvents()
        if readers.activeThreadCount() == 0 and not _waiting(window):
            QCoreApplication.processEvents()  # (answers queued just now)
            if readers.activeThreadCount() == 0 and not _waiting(window):
                return
        QThread.msleep(2)
    raise AssertionError("the window's reads did not arrive")


def _waiting(window) -> bool:  # type: ignore[no-untyped-def]
    view = getattr(window, "view", None)
    return bool(window.model.waiting() or (view is not None and hasattr(view, "waiting") and view.waiting()))


_SPINNING = [0]  # how many of the waits below are turning the event loop now, one inside another


@contextlib.contextmanager
def _turning() -> Iterator[None]:
    _SPINNING[0] += 1
    try:
        yield
    finally:
        _SPINNING[0] -= 1


def letter_arrived(view, timeout_ms: int = 10_000) -> None:  # type: ignore[no-untyped-def]
    """Wait until the letter the pane asked the reader pool for has arrived and is shown."""
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QThread

    deadline = QDeadlineTimer(timeout_ms)
    with _turning():
        while view.waiting():
            if deadline.hasExpired():
                raise AssertionError("the letter did not arrive")
            QCoreApplication.processEvents()
            QThread.msleep(2)


@pytest.fixture(autouse=True)
def letters_open_with_their_record(monkeypatch: pytest.MonkeyPatch) -> None:
    """A letter chosen in a test is looked at once its record has arrived from the reader pool, as a clerk sees it."""
    from eoffice_desktop.ui.letter_view import LetterView

    original = LetterView.show_letter

    def shown(self, letter_id):  # type: ignore[no-untyped-def]
        original(self, letter_id)
        if not _SPINNING[0]:  # (asked by a slot while a wait turns the loop: no loop within a loop)
            letter_arrived(self)

    monkeypatch.setattr(LetterView, "show_letter", shown)


def reads_arrived(dialog, timeout_ms: int = 10_000) -> None:  # type: ignore[no-untyped-def]
    """Wait until what a dialog asked the reader pool for (`dialog.waiting()`) has arrived and is shown."""
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QThread

    deadline = QDeadlineTimer(timeout_ms)
    with _turning():
        while dialog.waiting():
            if deadline.hasExpired():
                raise AssertionError(f"the reads of {type(dialog).__name__} did not arrive")
            QCoreApplication.processEvents()
            QThread.msleep(2)


@pytest.fixture(autouse=True)
def dialogs_are_used_once_their_reads_arrived(monkeypatch: pytest.MonkeyPatch) -> None:
    """My signing key, the trusted authorities and enrolment read on the reader pool and show a placeholder until
    the answer arrives; a test looks at them, as a clerk does, once it has."""
    from eoffice_desktop.ui.enrol_dialog import EnrolDialog
    from eoffice_desktop.ui.key_dialog import SigningKeyDialog
    from eoffice_desktop.ui.key_trust import TrustDialog

    for cls, name in ((SigningKeyDialog, "refresh"), (TrustDialog, "refresh"), (EnrolDialog, "__init__")):
        original = getattr(cls, name)

        @functools.wraps(original)  # (`__wrapped__`: a test of the placeholder itself puts the original back)
        def waited(self, *args, _original=original, **kwargs):  # type: ignore[no-untyped-def]
            _original(self, *args, **kwargs)
            reads_arrived(self)

        monkeypatch.setattr(cls, name, waited)


@pytest.fixture(autouse=True)
def windows_open_with_their_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window made in a test is used once its first rows have arrived from the reader pool, as a clerk sees it."""
    from eoffice_desktop.ui.main_window import MainWindow

    original = MainWindow.__init__

    def made(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        original(self, *args, **kwargs)
        settle(self)

    monkeypatch.setattr(MainWindow, "__init__", made)


@pytest.fixture
def app(qapp):  # type: ignore[no-untyped-def]
    from eoffice_desktop.ui.app import make_app

    return make_app("en")


@pytest.fixture
def lao(app) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The window in Lao for the test, English again after it."""
    from eoffice_desktop.ui.resources import install_translation

    assert install_translation(app, "lo")
    yield
    install_translation(app, "en")


@pytest.fixture
def reasons(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """The window's log, where a failure's technical reason goes (ui/failure_log.py)."""
    caplog.set_level(logging.WARNING, logger="eoffice.ui")
    return caplog


@pytest.fixture
def demo_store(tmp_path: Path) -> Iterator[OfficeStore]:
    store = open_store(tmp_path / "office")
    generate_demo(store, 60, attachment_share=0.3, routed=20)
    yield store
    store.close()


def clerk_of(store: OfficeStore):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from eoffice_desktop.core.storage.models import User

    with store.db.session() as s:
        user = s.scalars(select(User).where(User.username == "clerk")).one()
        return store.actor(user.id), viewer_of(s, user.id), user.display_name


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type text as a keyboard with a Lao layout would: one key event per character (QTest's keyClicks only knows
    ASCII keys)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def central(tmp_path: Path) -> Iterator[RunningServer]:
    """The real central server over HTTP on 127.0.0.1 (SQLite), for windows that talk to it."""
    from tests.sync.conftest import serving

    yield from serving(f"sqlite:///{tmp_path / 'server.sqlite'}", tmp_path, "sqlite")
