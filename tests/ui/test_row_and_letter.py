"""The row a clerk clicks and the letter pane beside it always agree, whatever order the reader pool answers in: the
list read again after a change, a sync or a search, and the letter's record asked for by the click. The reads are held
on the reader pool and let go in a chosen order, so each ordering is tried every time, not only under load."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.service import Office
from eoffice_desktop.ui.letter_view import LetterView
from eoffice_desktop.ui.main_window import VIEWS, MainWindow
from tests.ui.conftest import clerk_of, settle

SHOW_LETTER = LetterView.show_letter  # as it is, not as the autouse fixture waits for each answer


class Held:
    """The next read of an Office method that `picks` is done at once, but its answer waits until `release`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, name: str, picks: Callable[..., bool]) -> None:
        real = getattr(Office, name)
        self.read, self.released = threading.Event(), threading.Event()
        self._lock = threading.Lock()
        self.armed = True

        def read(office: Office, *args: Any, **kwargs: Any) -> Any:
            answer = real(office, *args, **kwargs)
            with self._lock:
                hold, self.armed = self.armed and picks(*args), self.armed and not picks(*args)
            if hold:
                self.read.set()
                assert self.released.wait(30), "the held read was never let go"
            return answer

        monkeypatch.setattr(Office, name, read)

    def release(self) -> None:
        self.released.set()


@contextmanager
def _held_reads(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, clicked: str, pane_first: bool
) -> Iterator[tuple[Held, Held]]:
    """The clicked letter's record (`pane`) and the list read again (`rows`) are held while the block sets both
    going, then let go one after the other, `pane` first or not; both are let go whatever happens."""
    pane = Held(monkeypatch, "letter_pane", lambda letter_id, _viewer: letter_id == clicked)
    rows = Held(monkeypatch, "register_page", lambda *_args: True)
    try:
        yield pane, rows
        first, second = (pane, rows) if pane_first else (rows, pane)
        first.release()
        qtbot.wait(50)
        second.release()
    finally:
        pane.release()
        rows.release()


def _window(store: Any, qtbot: Any) -> MainWindow:
    actor, viewer, name = clerk_of(store)
    window = MainWindow(store, actor, viewer, name)
    qtbot.addWidget(window)
    window.show()
    settle(window)
    return window


def _click(qtbot: Any, window: MainWindow, row: int) -> None:
    """The clerk clicks the row's subject."""
    rect = window.table.visualRect(window.model.index(row, 3))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _shown(window: MainWindow) -> str | None:
    detail = window.view.detail
    return detail.letter.id if detail is not None else None


def _agree(window: MainWindow) -> None:
    """The selected row's letter is the one in the pane, and the row shows that letter."""
    rows = window.table.selectionModel().selectedRows()
    selected = window.model.row_at(rows[0].row()).id if rows else None  # type: ignore[union-attr]
    assert (selected, _shown(window)) == (window.selected_letter(), selected)


@pytest.mark.parametrize("pane_first", [True, False], ids=["pane-answers-first", "rows-arrive-first"])
def test_a_change_announced_between_the_click_and_the_letters_record_leaves_the_clicked_letter_shown(
    qtbot: Any, app: Any, demo_store: Any, monkeypatch: pytest.MonkeyPatch, pane_first: bool
) -> None:
    """A sync's letters arrive (every letter may have changed) after the clerk clicked a row and before that letter's
    record is back: the pane reads again the letter clicked, not the one it showed before."""
    window = _window(demo_store, qtbot)
    monkeypatch.setattr(LetterView, "show_letter", SHOW_LETTER)
    _click(qtbot, window, 0)
    settle(window)
    before = window.selected_letter()
    assert before is not None and _shown(window) == before
    clicked = window.model.row_at(1).id  # type: ignore[union-attr]
    with _held_reads(qtbot, monkeypatch, clicked, pane_first) as (pane, rows):
        _click(qtbot, window, 1)
        assert pane.read.wait(10)  # the clicked letter's record is read, its answer held
        window.apply_changes(Changes.from_elsewhere())  # a sync brought letters: the list is read again
        assert rows.read.wait(10)
    settle(window)
    assert window.selected_letter() == clicked
    _agree(window)


@pytest.mark.parametrize("selected_before", [False, True], ids=["nothing-selected-before", "a-letter-selected"])
@pytest.mark.parametrize("pane_first", [True, False], ids=["pane-answers-first", "rows-arrive-first"])
def test_a_row_clicked_while_the_list_is_read_again_stays_on_its_letter_when_the_new_rows_arrive(
    qtbot: Any, app: Any, demo_store: Any, monkeypatch: pytest.MonkeyPatch, pane_first: bool, selected_before: bool
) -> None:
    """A letter registered elsewhere comes first in the list: the clerk's row moves down one place when the list read
    again arrives, and the selection moves with its letter (the pane keeps showing it)."""
    window = _window(demo_store, qtbot)
    monkeypatch.setattr(LetterView, "show_letter", SHOW_LETTER)
    if selected_before:
        _click(qtbot, window, 3)
        settle(window)
    clicked = window.model.row_at(0).id  # type: ignore[union-attr]
    actor, _viewer, _name = clerk_of(demo_store)
    form = LetterForm(register_date=date.today(), sender_name="ກະຊວງການເງິນ", subject="ມາຮອດລະຫວ່າງເຮັດວຽກ")
    new = register_letter(demo_store, actor, form)
    with _held_reads(qtbot, monkeypatch, clicked, pane_first) as (pane, rows):
        window.apply_changes(new.changes)  # announced as a sync's would be: the list is read again
        assert rows.read.wait(10)
        _click(qtbot, window, 0)  # the old rows are still on screen: the clerk clicks the first one
        assert pane.read.wait(10)
    settle(window)
    assert window.model.row_of(new.letter_id) == 0 and window.model.row_of(clicked) == 1
    assert window.selected_letter() == clicked
    _agree(window)


def test_a_letter_no_longer_in_the_list_leaves_no_row_selected_and_the_pane_empty(
    qtbot: Any, app: Any, demo_store: Any
) -> None:
    """A filter chosen after a letter was selected: a letter still in the list stays selected (where it is now); one
    no longer in it is not shown beside rows that are not it."""
    window = _window(demo_store, qtbot)
    statuses = {window.model.row_at(r).status: r for r in range(window.model.rowCount())}  # type: ignore[union-attr]
    assert {"registered", "in_progress"} <= set(statuses)
    _click(qtbot, window, statuses["in_progress"])
    settle(window)
    kept = window.selected_letter()
    window.status.setCurrentIndex(window.status.findData("in_progress"))
    settle(window)
    assert window.selected_letter() == kept and _shown(window) == kept
    _agree(window)

    window.status.setCurrentIndex(window.status.findData("registered"))
    settle(window)
    assert window.model.row_of(kept) < 0  # type: ignore[arg-type]
    assert window.selected_letter() is None and _shown(window) is None
    _agree(window)


def test_another_register_chosen_shows_no_letter_of_the_one_before(qtbot: Any, app: Any, demo_store: Any) -> None:
    window = _window(demo_store, qtbot)
    _click(qtbot, window, 0)
    settle(window)
    assert window.selected_letter() is not None
    window.sidebar.setCurrentRow(VIEWS.index("out"))
    settle(window)
    assert window.selected_letter() is None and _shown(window) is None
    _agree(window)


def test_a_letter_opened_from_another_register_is_selected_there_when_its_rows_arrive(
    qtbot: Any, app: Any, demo_store: Any
) -> None:
    """A letter opened from elsewhere (a signature's code, a link) while another letter is selected: its register is
    read, and its row is selected and shown, not the letter selected before."""
    window = _window(demo_store, qtbot)
    _click(qtbot, window, 0)
    settle(window)
    with demo_store.db.session() as s:
        from sqlalchemy import select

        from eoffice_desktop.core.storage.models import Letter

        sent = s.scalars(select(Letter.id).where(Letter.direction == "out", Letter.status != "void").limit(1)).one()
    window.open_from_anywhere(sent)
    settle(window)
    assert window.view_name == "out"
    assert window.selected_letter() == sent
    _agree(window)


def test_a_row_of_my_letters_clicked_while_they_are_read_again_is_selected_when_they_arrive(
    qtbot: Any, app: Any, demo_store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The list of letters sent by me is read again whole (new rows, no selection): the row clicked meanwhile is
    selected again in the new rows, beside its letter."""
    window = _window(demo_store, qtbot)
    window.sidebar.setCurrentRow(VIEWS.index("sent"))
    settle(window)
    assert window.inbox_model.rowCount() >= 2
    rows = Held(monkeypatch, "my_letters", lambda *_args: True)
    try:
        window.refresh()
        assert rows.read.wait(10)
        rect = window.inbox_table.visualRect(window.inbox_model.index(1, 1))
        qtbot.mouseClick(window.inbox_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        clicked = window.selected_letter()
        assert clicked is not None
    finally:
        rows.release()
    settle(window)
    assert window.selected_letter() == clicked and _shown(window) == clicked


def test_the_letters_steps_wait_for_the_letter_clicked_and_then_act_on_it(
    qtbot: Any, app: Any, demo_store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between the click on another row and the arrival of that letter's record, the pane still shows the letter
    before: its steps, prints and changes are greyed (a press, or a shortcut, does nothing), and once the letter
    clicked is shown they act on it."""
    from sqlalchemy import select

    from eoffice_desktop.core.storage.models import Event
    from eoffice_desktop.ui import letter_view

    window = _window(demo_store, qtbot)
    monkeypatch.setattr(LetterView, "show_letter", SHOW_LETTER)
    rows = [r for r in range(window.model.rowCount()) if window.model.row_at(r).status != "void"]  # type: ignore[union-attr]
    _click(qtbot, window, rows[0])
    settle(window)
    before = window.selected_letter()
    view = window.view
    assert before is not None and _shown(window) == before and view.route_buttons["comment"].isEnabled()
    asked: list[str | None] = []

    def comment_on(*_args: Any) -> str:
        asked.append(view.letter_id)
        return "ກວດແລ້ວ"

    monkeypatch.setattr(letter_view, "ask_text", comment_on)
    clicked = window.model.row_at(rows[1]).id  # type: ignore[union-attr]
    pane = Held(monkeypatch, "letter_pane", lambda letter_id, _viewer: letter_id == clicked)
    try:
        _click(qtbot, window, rows[1])
        assert pane.read.wait(10)  # the letter clicked is on its way; the one before is still shown
        assert _shown(window) == before
        shown = [b for b in view.route_buttons.values() if b.isVisibleTo(view)]
        assert shown and not any(b.isEnabled() for b in shown)
        assert not any(b.isEnabled() for b in (view.correct_button, view.void_button, view.print_button))
        assert not any(a.isEnabled() for a in view.step_actions.values())
        assert not view.add_attachment_button.isEnabled() and not view.signatures.sign_button.isEnabled()
        qtbot.mouseClick(view.route_buttons["comment"], Qt.MouseButton.LeftButton)
        view.step_actions["comment"].trigger()
        assert asked == []
    finally:
        pane.release()
    settle(window)
    qtbot.waitUntil(lambda: not view.waiting(), timeout=10_000)
    assert _shown(window) == clicked and view.route_buttons["comment"].isEnabled()
    assert view.print_button.isEnabled() and view.signatures.isEnabled()
    qtbot.mouseClick(view.route_buttons["comment"], Qt.MouseButton.LeftButton)
    window.runner.wait()
    assert asked == [clicked]
    with demo_store.db.session() as s:
        commented = s.scalars(
            select(Event.letter_id).where(Event.payload.contains("ກວດແລ້ວ"), Event.letter_id.is_not(None))
        ).all()
    assert commented == [clicked]  # on the letter clicked, not on the one shown before
