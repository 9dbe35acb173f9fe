"""A shared PC: the window locks itself after the idle time and opens again only for the same person's password;
"Switch user" hands the PC to someone else. At sign-in, a banner names the letters due today and the late ones."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from eoffice_desktop.core.people.accounts import LoginThrottle, create_user, viewer_of
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.routing.actions import Recipient, route
from eoffice_desktop.core.storage.models import User
from eoffice_desktop.ui import start_dialogs
from eoffice_desktop.ui.app import IdleWatch
from eoffice_desktop.ui.main_window import MainWindow


def _window(qtbot, store, username: str) -> MainWindow:  # type: ignore[no-untyped-def]
    with store.db.session() as s:
        user = s.scalars(select(User).where(User.username == username)).one()
        viewer = viewer_of(s, user.id)
    window = MainWindow(store, store.actor(user.id), viewer, user.display_name, throttle=LoginThrottle())
    qtbot.addWidget(window)
    window.show()
    return window


def test_idle_window_locks_and_opens_only_for_the_same_persons_password(qtbot, app, demo_store, monkeypatch):
    window = _window(qtbot, demo_store, "clerk")
    seen: list[tuple[bool, str, bool]] = []

    def type_passwords(dialog) -> int:  # type: ignore[no-untyped-def]
        # While locked the letters are hidden and the user name cannot be changed.
        seen.append((window.centralWidget().isVisible(), dialog.username.text(), dialog.username.isReadOnly()))
        dialog.password.setText("not-the-password")
        dialog.sign_in()
        assert dialog.viewer is None and dialog.error.text()
        assert not window.centralWidget().isVisible()
        dialog.password.setText("eoffice-demo")
        dialog.sign_in()
        return dialog.result()

    monkeypatch.setattr(start_dialogs.LoginDialog, "exec", type_passwords)
    watch = IdleWatch(window, 1)
    watch.timer.setInterval(50)  # instead of the configured minutes
    watch.timer.start()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen[0] == (False, "clerk", True)
    qtbot.waitUntil(lambda: window.centralWidget().isVisible(), timeout=5000)
    assert not window.switch_requested
    watch.timer.stop()


def test_switch_user_from_the_lock_closes_the_window_for_the_next_person(qtbot, app, demo_store, monkeypatch):
    window = _window(qtbot, demo_store, "clerk")
    monkeypatch.setattr(start_dialogs.LoginDialog, "exec", lambda dialog: 0)  # "Switch user" pressed
    window.lock()
    assert window.switch_requested
    assert not window.isVisible()


def test_reminder_banner_names_letters_due_today_and_late(qtbot, app, demo_store):
    store = demo_store
    with store.db.session() as s:
        clerk = s.scalars(select(User).where(User.username == "clerk")).one()
        admin = s.scalars(select(User).where(User.username == "admin")).one()
    official = create_user(store, store.actor(admin.id), "reminded", "ນາງ ມະນີວັນ", "eoffice-demo", ["official"])
    today = date.today()
    for due in (today, today + timedelta(days=3)):
        form = LetterForm(direction="in", register_date=today, sender_name="ແຂວງສາລະວັນ", subject="ຂໍຂໍ້ມູນດ່ວນ")
        letter_id = register_letter(store, store.actor(clerk.id), form, today=today).letter_id
        route(store, store.actor(clerk.id), letter_id, [Recipient(user_id=official, due=due)], today=today)
    window = _window(qtbot, store, "reminded")
    assert window.reminder.isVisible()
    text = window.reminder.text()
    assert text.startswith("Reminder: 1 letter(s) due today"), text
    assert "late" not in text  # no "and 0 late"
    quiet = _window(qtbot, store, "admin")
    assert not quiet.reminder.isVisible()


def test_the_letters_hide_at_once_while_the_readers_are_busy(qtbot, app, demo_store, monkeypatch):
    """The window locks while long reads hold the reader pool (a count or a search at a million letters on an old
    PC): the letters hide at once, not when the lock has read the person's name after those reads."""
    import threading

    from PySide6.QtCore import QTimer

    window = _window(qtbot, demo_store, "clerk")
    window.runner.readers.waitForDone(30_000)
    gate = threading.Event()
    for _ in range(window.runner.readers.maxThreadCount()):
        window.runner.run(lambda _job: gate.wait(60), write=False)
    shown_while_waiting: list[bool] = []

    def meanwhile() -> None:
        shown_while_waiting.append(window.centralWidget().isVisible())
        gate.set()

    QTimer.singleShot(0, meanwhile)
    monkeypatch.setattr(start_dialogs.LoginDialog, "exec", lambda dialog: 0)  # "Switch user" pressed
    window.lock()
    assert shown_while_waiting == [False]
    assert window.switch_requested
