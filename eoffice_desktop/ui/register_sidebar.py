"""The sidebar of lists: the two registers, my inbox, sent by me, arrived from other offices and sent letters to follow
up (returned, or not registered by the other office), each with its count, read in the background and shown when it
arrives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from eoffice_desktop.core.people.roles import Viewer
from eoffice_desktop.ui.ops import Ops

if TYPE_CHECKING:
    from eoffice_desktop.core.service import SidebarCounts

REGISTERS = ("in", "out")
LISTS = ("inbox", "sent")
VIEWS = LISTS + REGISTERS + ("arrived", "lost")


class RegisterSidebar(QListWidget):
    def __init__(self, ops: Ops, viewer: Viewer, office_id: str) -> None:
        super().__init__()
        self.ops, self.viewer, self.office_id = ops, viewer, office_id
        self._register_counts: dict[str, int] = {}
        self.setFixedWidth(200)
        # A long name wraps onto a second line instead of hiding its end behind a scroll bar ("Sent letters to
        # follow" in English).
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for view in VIEWS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, view)
            self.addItem(item)
        self.setCurrentRow(VIEWS.index("in"))

    def choose(self, view: str) -> None:
        self.setCurrentRow(VIEWS.index(view))

    def update_counts(self) -> None:
        """At a million letters each register's count takes a second, and finding the letters that arrived from
        other offices reads the letters table: all on the reader pool."""
        self._show({})  # the titles, until the numbers arrive
        viewer, office_id = self.viewer, self.office_id
        self.ops.query(lambda office: office.sidebar_counts(viewer, office_id), self._mine_counted)
        self.ops.query(lambda office: office.register_totals(viewer, office_id, REGISTERS), self._registers_counted)

    def _mine_counted(self, found: SidebarCounts) -> None:
        mine = found.mine
        counts: dict[str, object] = dict(self._register_counts)
        counts["arrived"] = found.arrived
        counts["lost"] = found.lost
        counts["inbox"] = f"{mine.inbox}" + (f", {mine.overdue} " + self.tr("late") if mine.overdue else "")
        counts["sent"] = mine.sent_open
        self._show(counts, bold_inbox=mine.unread > 0)

    def _registers_counted(self, counts: dict[str, int]) -> None:
        self._register_counts = counts
        self._show(dict(counts))

    def _show(self, counts: dict[str, object], bold_inbox: bool | None = None) -> None:
        titles = {
            "in": self.tr("Incoming letters"),
            "out": self.tr("Outgoing letters"),
            "inbox": self.tr("My inbox"),
            "sent": self.tr("Sent by me"),
            "arrived": self.tr("Arrived from other offices"),
            "lost": self.tr("Sent letters to follow up"),
        }
        for row in range(self.count()):
            item = self.item(row)
            view = item.data(Qt.ItemDataRole.UserRole)
            if view in counts:
                item.setText(f"{titles[view]}  ({counts[view]})")
            elif not item.text():
                item.setText(titles[view])
            if view == "inbox" and bold_inbox is not None:
                font = item.font()
                font.setBold(bold_inbox)
                item.setFont(font)
            if view in ("arrived", "lost") and view in counts:
                font = item.font()
                font.setBold(counts[view] != 0)
                item.setFont(font)
            if view == "lost" and "lost" in counts:  # the lost-letter watch: red while letters wait
                item.setForeground(Qt.GlobalColor.darkRed if counts["lost"] else Qt.GlobalColor.black)
