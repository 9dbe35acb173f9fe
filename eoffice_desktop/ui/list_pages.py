"""The list beside the letter pane, one page each: a register with its filters, my inbox or sent by me, the letters
arrived from other offices, those not registered by the other office; which is on screen, its letter, reading it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from eoffice_desktop.core.changes import Changes
from eoffice_desktop.ui.my_letters import MyLetters
from eoffice_desktop.ui.register_controller import RegisterController
from eoffice_desktop.ui.register_sidebar import LISTS, REGISTERS

if TYPE_CHECKING:
    from eoffice_desktop.ui.arrived_page import ArrivedPage
    from eoffice_desktop.ui.lost_page import LostPage

PAGES = {"arrived": 2, "lost": 3}  # the others: 0 (a register) and 1 (inbox, sent by me)


class ListPages(QStackedWidget):
    """`name`: the list on screen (one of the sidebar's VIEWS). The arrived and lost pages come with the parts built
    after the first page (`add_pages`), before either can be chosen."""

    def __init__(self, register: RegisterController, mine: MyLetters) -> None:
        super().__init__()
        self.register, self.mine = register, mine
        self.name = "in"
        self.arrived: ArrivedPage
        self.lost: LostPage
        register_page = QWidget()
        layout = QVBoxLayout(register_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(register.filters)
        layout.addWidget(register.table, 1)
        self.addWidget(register_page)
        self.addWidget(mine.table)

    def add_pages(self, arrived: ArrivedPage, lost: LostPage) -> None:
        self.arrived, self.lost = arrived, lost
        self.addWidget(arrived)
        self.addWidget(lost)

    def turn_to(self, name: str) -> None:
        """Put the list `name` on screen (its rows are the old list's until it is read: `reload`)."""
        self.name = name
        if name in REGISTERS:
            self.register.direction = name
            self.register.years_in_background()
        self.setCurrentIndex(PAGES.get(name, 1 if name in LISTS else 0))

    def selected(self) -> str | None:
        """The letter of the selected row of the list on screen."""
        if self.name == "arrived":
            return self.arrived.selected()
        if self.name == "lost":
            return self.lost.selected()
        if self.name in LISTS:
            return self.mine.selected()
        rows = self.register.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.register.model.row_at(rows[0].row())
        return row.id if row else None

    def reload(self) -> None:
        """Read the list on screen again, on the reader pool (an answer for my letters asked before is dropped)."""
        self.mine.drop_answers()
        if self.name == "arrived":
            self.arrived.reload()
        elif self.name == "lost":
            self.lost.reload()
        elif self.name in LISTS:
            self.mine.read(self.name)
        else:
            self.register.show()

    def shows(self, changes: Changes) -> bool:
        """The list on screen shows something this change touched."""
        if self.name in REGISTERS:
            return changes.registers
        if self.name in LISTS:
            return changes.inbox or changes.registers or changes.people
        return changes.arrivals or changes.registers
