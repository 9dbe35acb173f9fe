"""A letter selected further down than the register's first page stays selected when the list is read again (after a
change or a sync): the table keeps its rows and scroll position until the new count arrives, the letter's row is
selected again when its page arrives, and the pane keeps showing it, or empties if the letter left the list."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.demo.build import generate_demo
from eoffice_desktop.core.office import OfficeStore, open_store
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter, void_letter
from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.ui.register_model import PAGE
from tests.ui.conftest import clerk_of, settle

FAR = PAGE + 150  # a row on the register's second page


@pytest.fixture(scope="module")
def many_letters(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("many") / "office"
    store = open_store(root)
    generate_demo(store, 900, attachment_share=0.0, routed=0)  # (about 500 incoming, all registered)
    store.close()
    return root


@pytest.fixture
def store(many_letters: Path, tmp_path: Path) -> Iterator[OfficeStore]:
    shutil.copytree(many_letters, tmp_path / "office")
    opened = open_store(tmp_path / "office")
    yield opened
    opened.close()


def _window_with_far_row_clicked(store: OfficeStore, qtbot: Any, status: str | None = None) -> tuple[MainWindow, str]:
    """The window on the incoming register (only the letters of `status`), scrolled down to FAR, whose row the clerk
    clicked."""
    actor, viewer, name = clerk_of(store)
    window = MainWindow(store, actor, viewer, name)
    qtbot.addWidget(window)
    window.show()
    settle(window)
    window.status.setCurrentIndex(window.status.findData(status))
    settle(window)
    model, table = window.model, window.table
    qtbot.waitUntil(lambda: model.rowCount() > FAR, timeout=10_000)  # the count: every row, most still unread
    table.scrollTo(model.index(FAR, 0), table.ScrollHint.PositionAtCenter)
    qtbot.waitUntil(lambda: model.row_at(FAR) is not None, timeout=10_000)
    rect = table.visualRect(model.index(FAR, 3))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(window)
    clicked = model.row_at(FAR).id  # type: ignore[union-attr]
    assert window.selected_letter() == clicked and _shown(window) == clicked
    return window, clicked


def _shown(window: MainWindow) -> str | None:
    detail = window.view.detail
    return detail.letter.id if detail is not None else None


def test_a_letter_selected_below_the_first_page_stays_selected_when_the_list_is_read_again(
    qtbot: Any, app: Any, store: OfficeStore
) -> None:
    """A letter registered elsewhere comes first: the clicked letter moves down one row, and once the rows on
    screen are read again (its page; the clerk scrolled up from its row) it is selected there, the pane still showing
    it and the table not scrolled."""
    window, clicked = _window_with_far_row_clicked(store, qtbot)
    table = window.table
    table.scrollTo(window.model.index(PAGE + 10, 0), table.ScrollHint.PositionAtTop)  # its page, not its row
    assert not table.viewport().rect().intersects(table.visualRect(window.model.index(FAR + 1, 0)))
    scrolled = table.verticalScrollBar().value()
    actor, _viewer, _name = clerk_of(store)
    form = LetterForm(register_date=date.today(), sender_name="ກະຊວງການເງິນ", subject="ມາຮອດລະຫວ່າງເຮັດວຽກ")
    new = register_letter(store, actor, form)
    window.apply_changes(new.changes)  # announced as a sync's would be: the list is read again
    settle(window)
    qtbot.waitUntil(lambda: window.selected_letter() == clicked, timeout=10_000)
    settle(window)
    assert window.model.row_of(new.letter_id) == 0 and window.model.row_of(clicked) == FAR + 1
    assert window.selected_letter() == clicked and _shown(window) == clicked
    assert table.verticalScrollBar().value() == scrolled


def test_a_letter_selected_below_the_first_page_that_left_the_list_leaves_the_pane_empty(
    qtbot: Any, app: Any, store: OfficeStore
) -> None:
    """Only registered letters are listed, and the selected one is made void (by another clerk, or a sync): when
    the list is read again no row is selected and the pane no longer shows it, as when a list read whole loses it,
    although most of the list is still unread."""
    window, kept = _window_with_far_row_clicked(store, qtbot, "registered")
    actor, _viewer, _name = clerk_of(store)
    window.apply_changes(void_letter(store, actor, kept, "ລົງທະບຽນຊ້ຳ"))
    settle(window)
    qtbot.waitUntil(lambda: _shown(window) is None, timeout=10_000)
    settle(window)
    assert not window.model.all_read() and window.model.row_of(kept) < 0
    assert window.selected_letter() is None and _shown(window) is None


def test_a_letter_selected_below_the_first_page_of_a_search_stays_selected_when_it_is_read_again(
    qtbot: Any, app: Any, store: OfficeStore
) -> None:
    """The same holds for a search's results (here every letter of both registers, from the search worker): a sync
    reads them again, and the letter clicked far down is selected again where the table still is."""
    actor, viewer, name = clerk_of(store)
    window = MainWindow(store, actor, viewer, name)
    qtbot.addWidget(window)
    window.show()
    settle(window)
    window.register.more_filters.both.setChecked(True)
    settle(window)
    model, table = window.model, window.table
    qtbot.waitUntil(lambda: model.rowCount() > FAR, timeout=10_000)
    assert window.results.active
    table.scrollTo(model.index(FAR, 0), table.ScrollHint.PositionAtCenter)
    qtbot.waitUntil(lambda: model.row_at(FAR) is not None, timeout=10_000)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(model.index(FAR, 3)).center())
    settle(window)
    clicked = model.row_at(FAR).id  # type: ignore[union-attr]
    scrolled = table.verticalScrollBar().value()
    window.apply_changes(Changes.from_elsewhere())  # a sync brought letters: the results are read again
    settle(window)
    qtbot.waitUntil(lambda: window.selected_letter() == clicked, timeout=10_000)
    settle(window)
    assert _shown(window) == clicked and table.verticalScrollBar().value() == scrolled
