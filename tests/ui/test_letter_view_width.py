"""The letter pane is never narrower than its tabs: an outgoing signed letter's fifth tab (Journey) and its counts
widen the pane beside the register, in Lao too, rather than the window cutting off the last tab and the Signatures
tab's "Show details" at a 1366-wide screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QSplitter, QTableView
from sqlalchemy import select

from eoffice_desktop.core.signing.tables import Signature
from eoffice_desktop.ui.letter_view import LetterView
from eoffice_desktop.ui.tasks import TaskRunner
from tests.ui.conftest import clerk_of


def test_an_outgoing_signed_letters_tabs_and_buttons_stay_inside_the_pane(qtbot, lao, demo_store) -> None:  # type: ignore[no-untyped-def]
    actor, viewer, _ = clerk_of(demo_store)
    with demo_store.db.session() as s:
        letter_id = s.scalars(select(Signature.letter_id).order_by(Signature.signed_at)).first()
    runner = TaskRunner()
    split = QSplitter(Qt.Orientation.Horizontal)  # the register beside the pane, as in the window
    split.addWidget(QTableView())
    view = LetterView(demo_store, runner)
    split.addWidget(view)
    split.setStretchFactor(0, 1)
    split.resize(1127, 632)  # what the window gives them on a 1366x768 screen
    qtbot.addWidget(split)
    split.show()
    view.set_user(actor, viewer)
    view.show_letter(letter_id)
    view.tabs.setCurrentWidget(view.signatures)
    qtbot.waitUntil(lambda: view.signatures.current is not None, timeout=10_000)
    view.signatures.details_button.click()
    qtbot.waitUntil(lambda: view.tabs.isTabVisible(view.tabs.indexOf(view.journey)))
    qtbot.wait(50)  # (the splitter places the pane at its new minimum)
    tabs = QRect(view.tabs.mapTo(view, QPoint(0, 0)), view.tabs.size())
    assert view.rect().contains(tabs), (tabs.getRect(), view.rect().getRect())
    for button in (view.signatures.details_button, view.signatures.export_button):
        where = QRect(button.mapTo(view, QPoint(0, 0)), button.size())
        assert view.rect().contains(where), (button.text(), where.getRect(), view.rect().getRect())
    runner.wait()
