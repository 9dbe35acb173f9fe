"""Run by test_screen_fit.py on an offscreen screen of 1366x728 (a 1366x768 screen less its taskbar), then of
1920x1040: every window and dialog the app opens, each as its menu item or button opens it, must keep all its buttons
on the screen. The last test fails when a dialog class of the app was opened by none of them (a new dialog is added
to a test here, not forgotten)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMenu,
    QWidget,
)

from eoffice_desktop.core.office import open_store
from eoffice_desktop.core.people.accounts import LoginThrottle
from eoffice_desktop.core.storage.models import Letter
from eoffice_desktop.ui.screen_fit import TITLE_BAR
from tests.ui.behind_windows import OPENED, open_windows_behind
from tests.ui.test_routing_walk import _sign_in

SKIPPED: set[str] = set()  # every dialog, the registration form included
SEEN: set[str] = set()  # the dialog classes opened by the tests of this file so far
SCREEN = tuple(int(n) for n in os.environ.get("EOFFICE_TEST_SCREEN", "1366x728").split("x"))


def _room() -> QRect:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    return screen.availableGeometry()


def _outside(window: QWidget) -> list[str]:
    """What of the window a person could not reach on the screen."""
    room = _room()
    name = type(window).__name__
    problems = []
    frame = window.geometry().adjusted(0, -TITLE_BAR, 0, 0)
    if frame.width() > room.width() or frame.height() > room.height():
        problems.append(f"{name} is {window.width()}x{window.height()} (+{TITLE_BAR} title bar)")
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or _in_scroll_area(button, window):
            continue
        where = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        if not window.rect().contains(where):
            problems.append(f"{name}: button {button.text()!r} at {where.getRect()} outside {window.rect().getRect()}")
    return problems


def _unnamed(window: QWidget) -> list[str]:
    """Controls a screen reader has no name for (its name comes from the control's own words, its label in a form,
    or an accessible name given to it); the keyboard tests find controls by these names too."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
        QTabWidget,
        QTextEdit,
    )

    kinds = (QAbstractItemView, QLineEdit, QComboBox, QAbstractButton, QTextEdit, QPlainTextEdit, QTabWidget)
    kinds += (QAbstractSpinBox,)
    missing = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, kinds) or isinstance(widget, QHeaderView) or not widget.isVisibleTo(window):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, (QLineEdit, QComboBox, QTabWidget, QAbstractItemView, QAbstractSpinBox)):
            continue  # (parts of a named control: a field's clear button, a box's list, a number's typing part)
        if type(parent).__name__ in ("QTabBar", "QCalendarWidget", "QCalendarView"):
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        said = face.text(QAccessible.Text.Name) if face is not None else ""
        if not said.replace("&", "").strip():
            where = parent.objectName() or type(parent).__name__ if parent is not None else ""
            missing.append(f"unnamed {type(widget).__name__} {widget.objectName()} in {where}")
    return missing


def _in_scroll_area(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, list[str]]]:
    """Every dialog opened with exec() or open() is shown, checked and closed (as Cancel would)."""
    seen: dict[str, list[str]] = {}

    def check(dialog: QDialog) -> int:
        name = type(dialog).__name__
        if name not in SKIPPED:
            dialog.show()
            QApplication.processEvents()
            seen[name] = _outside(dialog) + _unnamed(dialog)
            SEEN.add(name)
        dialog.reject()
        return 0

    for cls in (QDialog, QPrintDialog):
        monkeypatch.setattr(cls, "exec", check)
    monkeypatch.setattr(QDialog, "open", check)
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    yield seen


def test_screen_is_an_office_laptop(qapp):  # type: ignore[no-untyped-def]
    assert _room().size().toTuple() == SCREEN


def test_first_start_and_sign_in_fit(qtbot, app, tmp_path, demo_store, checked):  # type: ignore[no-untyped-def]
    from eoffice_desktop.ui.start_dialogs import FirstRunDialog, LoginDialog

    store = open_store(tmp_path / "new")
    try:
        for dialog in (FirstRunDialog(store), LoginDialog(demo_store, LoginThrottle())):
            qtbot.addWidget(dialog)
            dialog.exec()
    finally:
        store.close()
    from eoffice_desktop.ui.address_book import EntryDialog
    from eoffice_desktop.ui.people_dialogs import UserDialog
    from eoffice_desktop.ui.sync_problems import SyncProblemsDialog

    for other in (UserDialog(demo_store), EntryDialog("ທີ່ຢູ່", None), SyncProblemsDialog([])):
        qtbot.addWidget(other)
        other.exec()
    assert set(checked) == {"FirstRunDialog", "LoginDialog", "UserDialog", "EntryDialog", "SyncProblemsDialog"}
    assert [p for problems in checked.values() for p in problems] == []


@pytest.mark.parametrize("username", ["admin", "head"])
def test_every_window_from_the_menus_and_the_letter_fits(qtbot, app, demo_store, checked, username):  # type: ignore[no-untyped-def]
    window = _sign_in(qtbot, demo_store, username)
    window.show()  # (app.py shows it maximised, which an offscreen screen does not do: sized here as it would be)
    window.setGeometry(_room().adjusted(0, TITLE_BAR, 0, 0))
    qtbot.waitUntil(lambda: window.isVisible())
    assert _outside(window) == []
    assert window.minimumSizeHint().height() + TITLE_BAR <= _room().height()
    assert _unnamed(window) == []
    assert window.statusBar().isVisible()
    with demo_store.db.session() as s:
        letter = s.query(Letter).filter(Letter.direction == "in").first()
        assert letter is not None
        letter_id = letter.id
    window.select_letter(letter_id)
    view = window.view
    for slot in (view._correct, view._route, view._redirect, view._forward, view._complete, view._void):
        slot()
    view._print_slip()  # (the preview of the pages, before printing)
    view._print_signed()
    left_alone = {window.tr("Quit"), window.tr("Lock"), window.tr("Switch user…"), window.tr("Sync now")}
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.isVisible() and action.text() and action.text() not in left_alone:
                action.trigger()
    window.lock()
    window.runner.wait()
    expected = {"RouteDialog", "CompleteDialog", "VoidDialog", "CorrectFieldDialog", "DashboardDialog"}
    expected |= {"SettingsDialog", "AddressBookDialog", "RegisterBookDialog", "LoginDialog", "DelegateDialog"}
    expected |= {"PrintPreview"}
    assert expected <= set(checked), sorted(checked)
    assert {name: problems for name, problems in checked.items() if problems} == {}


def test_the_windows_behind_other_windows_fit(qtbot, app, tmp_path, demo_store, checked):  # type: ignore[no-untyped-def]
    """The dialogs a menu item does not open itself: the address book's merge and link, the signing windows (asked
    from the Signatures tab and My signing key), the package check (after its file is chosen)."""
    window = _sign_in(qtbot, demo_store, "head")
    window.show()
    window.setGeometry(_room().adjusted(0, TITLE_BAR, 0, 0))
    open_windows_behind(window, demo_store, tmp_path)
    assert set(checked) >= OPENED
    assert {name: problems for name, problems in checked.items() if problems} == {}


def test_the_delivery_on_paper_window_fits(qtbot, app, demo_store, checked):  # type: ignore[no-untyped-def]
    """Opened from the Journey of a letter carried on paper (not from a menu): two offices with long names."""
    from eoffice_desktop.core.journey.timeline import OfficeJourney
    from eoffice_desktop.ui.paper_delivery_dialog import PaperDeliveryDialog

    window = _sign_in(qtbot, demo_store, "head")
    window.show()
    window.setGeometry(_room().adjusted(0, TITLE_BAR, 0, 0))
    view = window.view
    assert view.actor is not None
    offices = [
        OfficeJourney("", "ບ້ານ ຫ້ວຍຊາຍ ເມືອງ ນ້ຳບາກ ແຂວງ ຫຼວງພະບາງ", paper=True, org_id="org_a"),
        OfficeJourney("", "ຫ້ອງການ ສຶກສາທິການ ແລະ ກິລາ ເມືອງ ປາກເຊ ແຂວງ ຈຳປາສັກ", paper=True, org_id="org_b"),
    ]
    PaperDeliveryDialog(view.ops, view.actor, "letter", offices, "org_b", window).open()
    assert checked == {"PaperDeliveryDialog": []}


def test_the_register_gives_the_subject_room_and_dates_their_year(qtbot, app, demo_store):  # type: ignore[no-untyped-def]
    """In Lao (the longer words), the window as large as the screen: the subject, what a clerk reads, is the widest
    column and at least SUBJECT_MIN pixels; every column is in sight; every date shows its year, whole."""
    from eoffice_desktop.ui.main_window import VIEWS
    from eoffice_desktop.ui.register_columns import DATE, DUE, SUBJECT, SUBJECT_MIN
    from eoffice_desktop.ui.resources import install_translation

    assert install_translation(app, "lo")
    try:
        window = _sign_in(qtbot, demo_store, "clerk")
        window.show()
        window.setGeometry(_room().adjusted(0, TITLE_BAR, 0, 0))
        window.sidebar.setCurrentRow(VIEWS.index("in"))
        table, model = window.table, window.model
        qtbot.waitUntil(lambda: model.rowCount() > 20 and model.row_at(0) is not None, timeout=10000)
        window.select_letter(model.row_at(0).id)  # (the letter panel at its width beside the register)
        qtbot.wait(50)
        widths = [table.columnWidth(c) for c in range(model.columnCount())]
        assert widths[SUBJECT] >= SUBJECT_MIN, widths
        assert widths[SUBJECT] == max(widths), widths
        assert sum(widths) <= table.viewport().width(), (widths, table.viewport().width())  # no column out of sight
        if SCREEN[0] >= 1920:
            assert widths[SUBJECT] >= 2 * SUBJECT_MIN, widths  # a larger screen widens what is read
        metrics = table.fontMetrics()
        for row in range(min(model.rowCount(), 60)):
            for column in (DATE, DUE):
                text = model.index(row, column).data()
                assert not text or (len(text) == 10 and text[-4:].isdigit()), text
                assert metrics.horizontalAdvance(text) + 8 <= widths[column], (text, widths[column])
    finally:
        install_translation(app, "en")


def test_an_attachment_is_seen_large_and_long_names_keep_their_end(qtbot, app, tmp_path, demo_store, checked):  # type: ignore[no-untyped-def]
    from eoffice_desktop.core.demo.files import demo_pdf
    from eoffice_desktop.core.registry.register import add_attachments
    from eoffice_desktop.ui.attachment_window import AttachmentWindow
    from eoffice_desktop.ui.file_list import FULL_NAME

    window = _sign_in(qtbot, demo_store, "clerk")
    window.show()
    window.setGeometry(_room().adjusted(0, TITLE_BAR, 0, 0))
    with demo_store.db.session() as s:
        letter = s.query(Letter).filter(Letter.direction == "in").first()
        assert letter is not None
        letter_id = letter.id
    long_name = tmp_path / "ໜັງສືແຈ້ງການກ່ຽວກັບກອງປະຊຸມປະຈຳປີ-ສະແກນ-2026-11-28-ໜ້າທີ່ໜຶ່ງເຖິງສາມ.pdf"
    long_name.write_bytes(demo_pdf("A scan with a long name"))
    add_attachments(demo_store, window.actor, letter_id, [long_name])
    window.select_letter(letter_id)
    view = window.view
    view.tabs.setCurrentWidget(view.attachments_tab)
    qtbot.waitUntil(lambda: view.attachments.count() >= 1 and not view.preview.image.pixmap().isNull(), timeout=10000)
    assert view.preview.image.pixmap().width() >= view.preview.scroll.viewport().width() - 10  # as wide as the panel
    items = [view.attachments.item(row) for row in range(view.attachments.count())]
    item = next(i for i in items if i.data(FULL_NAME).startswith(long_name.name))
    full = item.data(FULL_NAME)
    assert item.text() != full and "…" in item.text(), item.text()  # shortened ...
    assert item.text().endswith(".pdf  (1 KB)") or item.text().endswith("KB)"), item.text()  # ... in its middle
    assert item.toolTip() == full
    assert view.attachments.fontMetrics().horizontalAdvance(item.text()) <= view.attachments.viewport().width()

    view.attachments.setCurrentItem(item)
    QTest.keyClick(view.attachments, Qt.Key.Key_Return)  # Enter on the file: the page on the whole screen
    assert "AttachmentWindow" in checked and checked["AttachmentWindow"] == []
    large = AttachmentWindow(demo_store, window.runner, [item.data(Qt.ItemDataRole.UserRole)], 0, lambda: "", window)
    qtbot.addWidget(large)
    large.show()
    qtbot.waitUntil(lambda: not large.preview.image.pixmap().isNull(), timeout=10000)
    assert _outside(large) == []
    assert large.preview.image.pixmap().width() >= SCREEN[0] * 0.6  # the page across most of the screen
    large.whole.click()  # the whole page in sight
    assert large.preview.image.pixmap().height() <= large.preview.scroll.viewport().height()
    assert large.preview.image.pixmap().width() >= SCREEN[1] * 0.5
    assert large.files.item(0).toolTip() == full
    window.runner.wait()


def test_the_update_window_fits(qtbot, app, checked):  # type: ignore[no-untyped-def]
    """The window shown while an office's data is copied and updated at opening (before any other window)."""
    from eoffice_desktop.core.storage.opening_progress import COPYING, OpeningProgress, Step
    from eoffice_desktop.ui.update_window import UpdateWindow

    window = UpdateWindow(OpeningProgress(lambda _step: None))
    qtbot.addWidget(window)
    window.show_step(Step(COPYING, 1_200_000_000, 2_900_000_000))
    window.exec()
    window.finish()
    assert checked == {"UpdateWindow": []}


def _dialog_classes() -> set[str]:
    """Every dialog class of the app's windows (each module of eoffice_desktop/ui imported)."""
    import importlib
    import pkgutil

    import eoffice_desktop.ui as ui

    for module in pkgutil.iter_modules(ui.__path__):
        importlib.import_module(f"eoffice_desktop.ui.{module.name}")
    found: set[str] = set()
    todo = list(QDialog.__subclasses__())
    while todo:
        cls = todo.pop()
        todo += cls.__subclasses__()
        if cls.__module__.startswith("eoffice_desktop.ui.") and not cls.__name__.startswith("_"):
            found.add(cls.__name__)
    return found


def test_every_dialog_of_the_app_was_opened_above() -> None:
    """(Runs last.) A dialog class no test here opens would never be checked: add it to a test above."""
    if "SettingsDialog" not in SEEN:
        pytest.skip("(only when the whole file ran: -k left the tests that open the dialogs out)")
    missing = _dialog_classes() - SEEN
    assert not missing, f"dialogs no test opened at {SCREEN}: {sorted(missing)}"
