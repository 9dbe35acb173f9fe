"""The letter selected in the register or in my inbox / sent by me, kept while the list is read again: selected again
where its row is when the new rows arrive (further down: when its page arrives), the pane emptied once it left."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, QObject
from PySide6.QtWidgets import QTableView

from eoffice_desktop.ui.inbox_model import InboxModel
from eoffice_desktop.ui.my_letters import MyLetters
from eoffice_desktop.ui.register_controller import RegisterController
from eoffice_desktop.ui.register_model import RegisterModel
from eoffice_desktop.ui.register_sidebar import LISTS, REGISTERS

if TYPE_CHECKING:
    from eoffice_desktop.ui.letter_view import LetterView


class KeptSelection(QObject):
    """The selection of the register's table and of my letters' table, and the letter pane beside them (`pane`, once
    the window has built it: until then nothing is shown). `on_screen` names the list on screen (the window's
    `view_name`), `selected` the letter of its selected row."""

    def __init__(
        self,
        register: RegisterController,
        mine: MyLetters,
        on_screen: Callable[[], str],
        selected: Callable[[], str | None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.register, self.mine = register, mine
        self._on_screen, self._selected = on_screen, selected
        self.pane: LetterView | None = None
        # The letter of the selected row: when the list read again arrives (its rows change in place, the selection
        # keeps only a row number), it is selected again where it is now. And a letter opened while the list is read
        # again: selected when it arrives there.
        self._chosen: str | None = None
        self._opening: str | None = None
        self._opened_further: str | None = None  # the letter awaited further down was opened, not selected there
        self._placing = False  # the window moves the selection itself (_place): not the clerk's choice
        self._pane_waits = False  # the selected row is a placeholder: the letter pane waits for its page
        model = register.model
        model.reloaded.connect(self._register_rows_arrived)
        model.dataChanged.connect(self._rows_filled)
        model.rowsRemoved.connect(lambda *_args: self._find_chosen())  # (the count came: fewer rows)
        mine.arrived.connect(self._rows_arrived)
        mine.table.selectionModel().selectionChanged.connect(self._selection_changed)
        register.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def forget(self) -> None:
        """Another list was chosen: the rows on screen until it arrives are the old list's, none selected."""
        self._chosen = self._opening = None
        self._place(self.register.table, None)
        self._place(self.mine.table, None)

    def show_selected(self) -> None:
        """The pane shows the letter of the selected row (or none)."""
        if self.pane is None:
            return
        self._chosen = self._selected()
        self.pane.show_letter(self._chosen)

    def select(self, letter_id: str) -> None:
        """Select the letter's row in the register or my letters on screen, and show it; not in the rows on screen:
        shown, no row selected, and selected if the list being read has it."""
        if self.pane is None:
            return
        lists = self._on_screen() in LISTS
        table, model = self._table_and_model(lists)
        row = model.row_of(letter_id)
        if row < 0:
            self._place(table, None)
            waiting = self.mine.waiting if lists else self.register.model.waiting()
            self._chosen, self._opening = None, letter_id if waiting else None
            self.pane.show_letter(letter_id)
            return
        table.selectRow(row)  # (the pane shows it: _selection_changed)
        table.scrollTo(model.index(row, 0))
        if self.pane.letter_id != letter_id:  # (its row was selected already)
            self._chosen, self._opening = letter_id, None
            self.pane.show_letter(letter_id)

    def _table_and_model(self, lists: bool) -> tuple[QTableView, InboxModel | RegisterModel]:
        return (self.mine.table, self.mine.model) if lists else (self.register.table, self.register.model)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        """The clerk chose a row (or none): the pane shows its letter. Chosen while the list is read again, the
        letter is selected again where it is when the new rows arrive (_rows_arrived)."""
        if self.pane is None or self._placing or self.register.model.replacing:
            return  # (rows removed under the selection by a reload: _rows_arrived puts it back)
        letter_id = self._selected()
        # A row whose page is on its way (the keyboard went there): its letter shows when the page arrives.
        self._pane_waits = letter_id is None and bool(self.register.table.selectionModel().selectedRows())
        self._chosen, self._opening = letter_id, None
        self.pane.show_letter(letter_id)

    def _rows_filled(self, top: QModelIndex, bottom: QModelIndex) -> None:
        model = self.register.model
        if not (self._pane_waits and self.pane is not None and self._on_screen() in REGISTERS) or model.replacing:
            self._find_chosen()
            return
        rows = self.register.table.selectionModel().selectedRows()
        if rows and top.row() <= rows[0].row() <= bottom.row() and model.row_at(rows[0].row()) is not None:
            self._pane_waits = False
            self._chosen = self._selected()
            self.pane.show_letter(self._chosen)

    def _register_rows_arrived(self) -> None:
        if self._on_screen() in REGISTERS:  # (not a register's late answer once another list is on screen)
            self._rows_arrived()

    def _rows_arrived(self) -> None:
        """The first page of the list on screen is there (its rows replaced the old ones in place): the letter of
        the selected row is selected again where it is now, and the pane shows it; a letter no longer in the list
        leaves no row selected and the pane empty. A letter opened while the list was read is selected if it is
        there (if not, the pane goes on showing it, with no row selected). A letter further down than the rows read
        so far stays in the pane and is selected when its row's page arrives (_find_chosen), unless the register
        says it left the list."""
        on_screen = self._on_screen()
        if self.pane is None or not (on_screen in REGISTERS or on_screen in LISTS):
            return  # (the window shows the selected letter once it has built the pane)
        opening, self._opening = self._opening, None
        letter_id = opening or self._chosen
        if letter_id is None:
            return  # nothing was selected (or a row whose page is on its way: the pane shows it when it comes)
        lists = on_screen in LISTS
        table, model = self._table_and_model(lists)
        row = model.row_of(letter_id)
        if row >= 0:
            self._chosen = letter_id
            self._place(table, row)
            table.scrollTo(model.index(row, 0))
        elif not lists and not self.register.model.all_read():  # perhaps further down: the pane keeps it meanwhile
            self._chosen, self._opened_further = letter_id, opening
            self._place(table, None)
            self.register.ask_holds(letter_id, self._still_listed(letter_id))
        else:
            self._chosen = None
            self._place(table, None)
            if opening is None:
                letter_id = None  # no longer in the list: not shown beside rows that are not it
            # (else: opened from elsewhere: the pane keeps it)
        if self.pane.letter_id != letter_id:
            self.pane.show_letter(letter_id)

    def _find_chosen(self) -> None:
        """A page of the register arrived (or its count, fewer rows): the letter awaited further down is selected
        if its row is there now, where it is, the scroll position left as the clerk has it; once every row is read
        and it is not among them, it left the list."""
        letter_id, model = self._chosen, self.register.model
        if self.pane is None or self._on_screen() not in REGISTERS or model.replacing or self._pane_waits:
            return
        if letter_id is None or self._selected() == letter_id:
            return
        row = model.row_of(letter_id)
        if row >= 0:
            self._place(self.register.table, row, scroll=False)
            if self.pane.letter_id != letter_id:
                self.pane.show_letter(letter_id)
        elif model.all_read():
            self._left_the_list(letter_id)

    def _still_listed(self, letter_id: str) -> Callable[[bool], None]:
        def answer(held: bool) -> None:
            if not held:
                self._left_the_list(letter_id)

        return answer

    def _left_the_list(self, letter_id: str) -> None:
        """The letter awaited further down is not in the list: the pane empties (as for a list read whole), unless
        it was opened from elsewhere."""
        if self.pane is None or self._chosen != letter_id or self._selected() == letter_id:
            return  # (another letter chosen since, or its row found meanwhile)
        if self._on_screen() not in REGISTERS:
            return  # (another list on screen)
        self._chosen = None
        if self._opened_further != letter_id and self.pane.letter_id == letter_id:
            self.pane.show_letter(None)

    def _place(self, table: QTableView, row: int | None, scroll: bool = True) -> None:
        """The window moves the selection itself (to `row`, None: none): no letter is asked for here; the caller
        makes the pane agree. Without `scroll` the table stays where the clerk scrolled it."""
        self._placing = True
        follows = table.hasAutoScroll()
        table.setAutoScroll(follows and scroll)  # (a new current row scrolls into view otherwise)
        try:
            if row is None:
                table.selectionModel().clear()
            else:
                table.selectRow(row)
        finally:
            table.setAutoScroll(follows)
            self._placing = False
