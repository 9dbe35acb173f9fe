"""Screenshots of a clerk's and a head of office's day in Lao, for docs/usability.md: run on a 1366x768 X display
with a window manager (Xvfb and openbox, as an office PC has one), e.g.

    Xvfb :93 -screen 0 1366x768x24 & DISPLAY=:93 openbox &
    DISPLAY=:93 QT_QPA_PLATFORM=xcb python scripts/clerk_day_screens.py OUT_DIR

Each window is opened as a person would open it (menus, shortcuts, the letter's buttons) on a fresh demo office,
and the whole screen is taken with ImageMagick's `import -window root`."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QCalendarWidget, QDialog, QFileDialog, QMessageBox

from eoffice_desktop.core.demo.build import generate_demo
from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.office import open_store
from eoffice_desktop.core.people.accounts import LoginThrottle
from eoffice_desktop.core.registry.register import ActionRefused, add_attachments
from eoffice_desktop.core.storage.models import Letter, User
from eoffice_desktop.ui import core_messages
from eoffice_desktop.ui.app import make_app
from eoffice_desktop.ui.main_window import VIEWS, MainWindow
from eoffice_desktop.ui.sign_dialog import SignDialog
from eoffice_desktop.ui.start_dialogs import LoginDialog
from eoffice_shared.signing.keys import KeyStore, UnlockedKeys

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "screens")


def pause(ms: int) -> None:
    """Let the window work for `ms` (its own event loop: QTest.qWait would keep the reader threads from running)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shot(name: str) -> None:
    pause(700)  # (the window manager maps and draws the window)
    subprocess.run(["import", "-window", "root", str(OUT / f"{name}.png")], check=True)
    print(OUT / f"{name}.png", flush=True)


def wait_for(condition: Callable[[], bool], timeout: float = 15) -> None:
    waited = 0.0
    while not condition() and waited < timeout:
        pause(100)
        waited += 0.1


def half_filled_then_closed(form: QDialog) -> None:
    """The form as it opens; then a subject typed and the form closed: it asks first (the real question)."""
    form.subject.setText("ຂໍເຊີນເຂົ້າຮ່ວມກອງປະຊຸມ")  # type: ignore[attr-defined]

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, look)
            return
        shot("05-close-form-question")
        box.button(QMessageBox.StandardButton.Discard).click()

    QTimer.singleShot(0, look)
    form.reject()


def calendar_on_date(form: QDialog) -> None:
    """The letter's date typed, then the calendar opened from its button (closed by Escape)."""
    field = form.letter_date  # type: ignore[attr-defined]
    field.edit.setText("15/09/2026")

    def look() -> None:
        calendar = field.button.menu().findChild(QCalendarWidget)
        if calendar is None or not calendar.isVisible():
            QTimer.singleShot(50, look)
            return
        shot("15-calendar")
        field.button.menu().close()
        form.done(0)

    QTimer.singleShot(300, look)
    field.button.showMenu()


def when_modal(
    name: str, then: Callable[[QDialog], None] | None = None, wait: bool = True, kind: type = QDialog
) -> None:
    """Take the screen once the window an action is about to open is up, then close it (or hand it to `then`,
    which takes it itself when `wait` is False)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(50, look)
            return
        if then is not None and not wait:
            then(dialog)
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
    pause(1500)
    return window


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    make_app(os.environ.get("EOFFICE_SCREENS_LANGUAGE", "lo"))  # (en: the English guide's pictures)
    store = open_store(Path(tempfile.mkdtemp()) / "office")
    generate_demo(store, 150, attachment_share=0.3, routed=30)

    clerk = sign_in(store, "clerk")
    clerk.sidebar.setCurrentRow(VIEWS.index("in"))
    pause(500)
    first = clerk.model.index(0, 0)
    clerk.table.setCurrentIndex(first)
    clerk.table.selectRow(0)
    pause(800)
    shot("01-register")
    width_register = clerk.view.width()
    clerk.sidebar.setCurrentRow(VIEWS.index("inbox"))
    pause(800)
    shot("02-inbox")
    print("letter panel width: register", width_register, "inbox", clerk.view.width(), flush=True)

    when_modal("03-registration-form", half_filled_then_closed)
    clerk.new_letter("in")

    clerk.sidebar.setCurrentRow(VIEWS.index("in"))
    pause(500)
    clerk.table.setCurrentIndex(clerk.model.index(1, 0))
    clerk.table.selectRow(1)
    pause(800)
    when_modal("04-send")
    clerk.view.route_buttons["route"].click()

    clerk.search.setText("ປະຊຸມ")
    pause(1500)
    shot("06-search")
    clerk.search.clear()

    clerk.table.setCurrentIndex(clerk.model.index(0, 0))
    clerk.table.selectRow(0)
    pause(800)
    clerk.view.print_slip.trigger()
    pause(1500)
    shot("07-print-preview")
    when_modal("20-print-dialog", kind=QPrintDialog)  # (Qt's own print dialog, in Lao)
    clerk.view.print_preview.print_pages()
    clerk.view.print_preview.reject()

    when_modal("21-file-dialog", kind=QFileDialog)  # (Qt's own file chooser, in Lao)
    clerk.view._add_attachment()
    when_modal("22-guide")
    clerk.menus.guide()

    when_modal("08-settings")
    clerk.menus.open_settings()

    # A letter's scan: the page as wide as the panel, then on the whole screen; a long file name shortened.
    letter_id = clerk.model.row_at(0).id
    scan = Path(tempfile.mkdtemp()) / "ໜັງສືແຈ້ງການກ່ຽວກັບກອງປະຊຸມປະຈຳປີ-ສະແກນ-2026-11-28.pdf"
    scan.write_bytes(demo_pdf("Annual meeting notice - scan"))
    add_attachments(store, clerk.actor, letter_id, [scan])
    clerk.select_letter(letter_id)
    pause(800)
    clerk.view.tabs.setCurrentWidget(clerk.view.attachments_tab)
    wait_for(lambda: not clerk.view.preview.image.pixmap().isNull())
    shot("13-attachments")
    when_modal(
        "14-attachment-large",
        then=lambda d: (
            wait_for(lambda: not d.preview.image.pixmap().isNull()),
            shot("14-attachment-large"),
            d.done(0),
        ),
        wait=False,
    )
    clerk.view.attachments_tab.enlarge()
    pause(300)
    wait_for(lambda: QApplication.activeModalWidget() is None)

    # The calendar of a date field opens on the date in the field.
    when_modal("15-calendar", then=calendar_on_date, wait=False)
    clerk.new_letter("in")

    when_modal("16-void")
    clerk.view._void()

    when_modal("17-registered-message", lambda d: d.done(0))
    QMessageBox.information(
        clerk,
        QApplication.translate("LetterFormDialog", "Registered"),
        QApplication.translate(
            "LetterFormDialog", "The letter is registered with number {number}.\nWrite this number on the paper letter."
        ).format(number="0151/ຊສຖ"),
    )
    when_modal("18-refusal-message", lambda d: d.done(0))
    QMessageBox.warning(
        clerk,
        QApplication.translate("LetterView", "Not done"),
        core_messages.text(ActionRefused(code="letter_void_unchangeable")),
    )
    clerk.close()

    head = sign_in(store, "head")
    pause(800)
    head.inbox_table.setCurrentIndex(head.inbox_model.index(0, 0))
    head.inbox_table.selectRow(0)
    pause(800)
    shot("09-head-inbox")
    print("letter panel width: head's inbox", head.view.width(), flush=True)
    action = head.view.step_actions.get("acknowledge")
    if action is not None and action.isEnabled():
        action.trigger()
        pause(1000)
        shot("10-received")
    when_modal("11-complete")
    head.view.step_actions["complete"].trigger()
    when_modal("12-overview")
    head.menus.dashboard()

    # The signing window after a wrong passphrase.
    keys = KeyStore(Path(tempfile.mkdtemp()))
    keys.create(head.viewer.user_id, "ຂ້ອຍລົງນາມ 2026 ເອກະສານ")
    with store.db.session() as s:
        out = s.query(Letter).filter(Letter.direction == "out", Letter.status != "void").first()
        assert out is not None
        out_id = out.id
    sign = SignDialog(store, head.runner, head.actor, out_id, keys, UnlockedKeys(0), ["signed"], True, head)
    sign.open()
    pause(500)
    sign.fields["current"].setText("wrong passphrase")
    sign.ok_button.click()  # type: ignore[attr-defined]
    wait_for(lambda: sign.isVisible() and bool(sign.error.text()), timeout=20)
    pause(300)
    shot("19-sign-wrong-passphrase")
    sign.done(0)
    head.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main()
