"""Screenshots of a clerk's and a head of office's day in Lao, for docs/usability.md: run on a 1366x768 X display
with a window manager (Xvfb and openbox, as an office PC has one), e.g.

    Xvfb :93 -screen 0 1366x768x24 & DISPLAY=:93 openbox &
    DISPLAY=:93 QT_QPA_PLATFORM=xcb python scripts/clerk_day_screens.py OUT_DIR

Each window is opened as a person would open it (menus, shortcuts, the letter's buttons) on a fresh demo office,
and the whole screen is taken with ImageMagick's `import -window root`."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from eoffice_desktop.core.demo.build import generate_demo
from eoffice_desktop.core.office import open_store
from eoffice_desktop.core.people.accounts import LoginThrottle
from eoffice_desktop.core.storage.models import User
from eoffice_desktop.ui.app import make_app
from eoffice_desktop.ui.main_window import VIEWS, MainWindow
from eoffice_desktop.ui.start_dialogs import LoginDialog

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "screens")


def shot(name: str) -> None:
    QTest.qWait(700)  # (the window manager maps and draws the window)
    subprocess.run(["import", "-window", "root", str(OUT / f"{name}.png")], check=True)
    print(OUT / f"{name}.png", flush=True)


def when_modal(name: str, then: Callable[[QDialog], None] | None = None) -> None:
    """Take the screen once the window an action is about to open is up, then close it (or hand it to `then`)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(50, look)
            return
        shot(name)
        if then is not None:
            then(dialog)
        else:
            dialog.done(0)  # (closed as it is: nothing typed is kept)

    QTimer.singleShot(50, look)


def sign_in(store, username: str) -> MainWindow:  # type: ignore[no-untyped-def]
    login = LoginDialog(store, LoginThrottle(), username=username)
    login.password.setText("eoffice-demo")
    login.sign_in()
    assert login.viewer is not None
    with store.db.session() as s:
        name = s.get(User, login.viewer.user_id).display_name
    window = MainWindow(store, store.actor(login.viewer.user_id), login.viewer, name)
    window.showMaximized()
    QTest.qWait(1500)
    return window


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    make_app("lo")
    store = open_store(Path(tempfile.mkdtemp()) / "office")
    generate_demo(store, 150, attachment_share=0.3, routed=30)

    clerk = sign_in(store, "clerk")
    clerk.sidebar.setCurrentRow(VIEWS.index("in"))
    QTest.qWait(500)
    first = clerk.model.index(0, 0)
    clerk.table.setCurrentIndex(first)
    clerk.table.selectRow(0)
    QTest.qWait(800)
    shot("01-register")
    width_register = clerk.view.width()
    clerk.sidebar.setCurrentRow(VIEWS.index("inbox"))
    QTest.qWait(800)
    shot("02-inbox")
    print("letter panel width: register", width_register, "inbox", clerk.view.width(), flush=True)

    when_modal("03-registration-form")
    clerk.new_letter("in")

    clerk.sidebar.setCurrentRow(VIEWS.index("in"))
    QTest.qWait(500)
    clerk.table.setCurrentIndex(clerk.model.index(1, 0))
    clerk.table.selectRow(1)
    QTest.qWait(800)
    when_modal("04-send")
    clerk.view.route_buttons["route"].click()

    when_modal("05-close-form-question", lambda d: d.done(int(QMessageBox.StandardButton.Cancel)))
    QMessageBox.question(
        clerk,
        QApplication.translate("LetterFormDialog", "Close the form?"),
        QApplication.translate(
            "LetterFormDialog", "What you filled in will be lost. Close the form without registering the letter?"
        ),
    )

    clerk.search.setText("ປະຊຸມ")
    QTest.qWait(1500)
    shot("06-search")
    clerk.search.clear()

    clerk.table.setCurrentIndex(clerk.model.index(0, 0))
    clerk.table.selectRow(0)
    QTest.qWait(800)
    clerk.view.print_slip.trigger()
    QTest.qWait(1500)
    shot("07-print-preview")
    clerk.view.print_preview.reject()

    when_modal("08-settings")
    clerk.menus.open_settings()
    clerk.close()

    head = sign_in(store, "head")
    QTest.qWait(800)
    head.inbox_table.setCurrentIndex(head.inbox_model.index(0, 0))
    head.inbox_table.selectRow(0)
    QTest.qWait(800)
    shot("09-head-inbox")
    print("letter panel width: head's inbox", head.view.width(), flush=True)
    action = head.view.step_actions.get("acknowledge")
    if action is not None and action.isEnabled():
        action.trigger()
        QTest.qWait(1000)
        shot("10-received")
    when_modal("11-complete")
    head.view.step_actions["complete"].trigger()
    when_modal("12-overview")
    head.menus.dashboard()
    head.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main()
