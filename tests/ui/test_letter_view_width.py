"""The letter pane is never narrower than its tabs: an outgoing signed letter's fifth tab (Journey) and its counts
widen the pane beside the register, in Lao too, rather than the window cutting off the last tab and the Signatures
tab's "Show details" at a 1366-wide screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QPushButton, QSplitter, QTableView
from sqlalchemy import select

from eoffice_desktop.core.people.accounts import viewer_of
from eoffice_desktop.core.signing.tables import Signature
from eoffice_desktop.core.storage.models import Letter, User
from eoffice_desktop.ui.letter_view import LetterView
from eoffice_desktop.ui.tasks import TaskRunner
from tests.ui.conftest import clerk_of


def _signatures_beside_the_register(qtbot, store, actor, viewer, letter_id: str) -> tuple[QSplitter, LetterView]:  # type: ignore[no-untyped-def]
    """The letter pane beside a list as in the window on a 1366x768 screen, the letter's Signatures tab in front
    (checked)."""
    split = QSplitter(Qt.Orientation.Horizontal)  # the register beside the pane, as in the window
    split.addWidget(QTableView())
    view = LetterView(store, TaskRunner())
    split.addWidget(view)
    split.setStretchFactor(0, 1)
    split.resize(1127, 632)  # what the window gives them on a 1366x768 screen
    qtbot.addWidget(split)
    split.show()
    view.set_user(actor, viewer)
    view.show_letter(letter_id)
    view.tabs.setCurrentWidget(view.signatures)
    qtbot.waitUntil(lambda: view.signatures.current is not None, timeout=10_000)
    return split, view


def test_an_outgoing_signed_letters_tabs_and_buttons_stay_inside_the_pane(qtbot, lao, demo_store) -> None:  # type: ignore[no-untyped-def]
    actor, viewer, _ = clerk_of(demo_store)
    with demo_store.db.session() as s:
        letter_id = s.scalars(select(Signature.letter_id).order_by(Signature.signed_at)).first()
    _split, view = _signatures_beside_the_register(qtbot, demo_store, actor, viewer, letter_id)
    view.signatures.details_button.click()
    qtbot.waitUntil(lambda: view.tabs.isTabVisible(view.tabs.indexOf(view.journey)))
    qtbot.wait(50)  # (the splitter places the pane at its new minimum)
    tabs = QRect(view.tabs.mapTo(view, QPoint(0, 0)), view.tabs.size())
    assert view.rect().contains(tabs), (tabs.getRect(), view.rect().getRect())
    for button in (view.signatures.details_button, view.signatures.export_button):
        where = QRect(button.mapTo(view, QPoint(0, 0)), button.size())
        assert view.rect().contains(where), (button.text(), where.getRect(), view.rect().getRect())
    view.runner.wait()


def test_every_button_of_the_signatures_tab_shows_its_whole_lao_words_at_1366_wide(qtbot, lao, demo_store) -> None:  # type: ignore[no-untyped-def]
    with demo_store.db.session() as s:
        head = s.scalars(select(User.id).where(User.username == "head")).one()
        actor, viewer = demo_store.actor(head), viewer_of(s, head)  # (who may sign)
        signed = select(Signature.letter_id)
        unsigned = select(Letter.id).where(Letter.direction == "out", Letter.id.not_in(signed))
        letter_id = s.scalars(unsigned.order_by(Letter.registry_number)).first()  # (Sign… shown beside the others)
    split, view = _signatures_beside_the_register(qtbot, demo_store, actor, viewer, letter_id)
    split.setSizes([split.width(), 0])  # the pane at its narrowest (as wide as its tabs need): no narrower here
    qtbot.waitUntil(lambda: view.width() == view.minimumWidth())
    shown = [b for b in view.signatures.findChildren(QPushButton) if b.isVisibleTo(view)]
    panel = view.signatures
    assert {panel.sign_button, panel.export_button, panel.details_button} <= set(shown)
    for button in shown:
        assert button.width() >= button.sizeHint().width(), (button.text(), button.width(), button.sizeHint().width())
    view.runner.wait()
