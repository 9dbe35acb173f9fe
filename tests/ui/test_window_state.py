"""The main window opens maximised, at sign-in and again after *Switch user* on a shared PC: a 1366x768 window
before its title bar hid the status bar (and the sync state in it) below the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from eoffice_desktop.core.people.accounts import viewer_of
from eoffice_desktop.ui import app as app_module
from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.ui.tasks import TaskRunner
from tests.ui.test_routing_walk import _user_id


def test_the_window_opens_maximised_and_again_after_switch_user(qtbot, app, demo_store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    people = iter(["clerk", "head"])

    def sign_in(_app, store, _throttle, _demo, _username):  # type: ignore[no-untyped-def]
        with store.db.session() as s:
            return viewer_of(s, _user_id(store, next(people)))

    seen: list[tuple[str, bool]] = []

    def work() -> int:  # (the app's event loop: the person works, then the first one switches user)
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen.append((window.viewer.user_id, bool(window.windowState() & Qt.WindowState.WindowMaximized)))
        if len(seen) == 1:
            window.switch_user()  # (the app deletes this window itself once the next person has signed in)
        else:
            qtbot.addWidget(window)
            window.close()
        window.runner.wait()
        return 0

    monkeypatch.setattr(app_module, "_sign_in", sign_in)
    monkeypatch.setattr(app, "exec", work)
    runner = TaskRunner()
    try:
        assert app_module._signed_in_loop(app, demo_store, runner, demo=True) == 0
    finally:
        runner.wait()
    assert [maximised for _user, maximised in seen] == [True, True]
    assert [user for user, _ in seen] == [_user_id(demo_store, "clerk"), _user_id(demo_store, "head")]


def test_the_first_sign_in_after_making_the_office_holds_the_administrators_name(qtbot, app, demo_store, monkeypatch):  # type: ignore[no-untyped-def]
    from eoffice_desktop.ui import start_dialogs

    asked: list[str] = []

    def leave(dialog: start_dialogs.LoginDialog) -> int:  # (the person closes the sign-in window)
        asked.append(dialog.username.text())
        return 0

    monkeypatch.setattr(start_dialogs.LoginDialog, "exec", leave)
    runner = TaskRunner()
    try:
        assert app_module._signed_in_loop(app, demo_store, runner, demo=False, first_user="admin") == 1
        assert app_module._signed_in_loop(app, demo_store, runner, demo=False) == 1  # any later start: empty
    finally:
        runner.wait()
    assert asked == ["admin", ""]
