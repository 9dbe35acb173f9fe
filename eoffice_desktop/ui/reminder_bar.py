"""The reminder above the lists: how many letters in my inbox are due today or late, read on the reader pool at
sign-in and every hour, shown without interrupting the work (hidden when there are none)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel
from shiboken6 import isValid

from eoffice_desktop.core.people.roles import Viewer
from eoffice_desktop.ui.ops import Ops

if TYPE_CHECKING:
    from eoffice_desktop.core.routing.inbox import InboxRow


class ReminderBar(QLabel):
    def __init__(self, ops: Ops, viewer: Viewer) -> None:
        super().__init__()
        self.ops, self.viewer = ops, viewer
        self.setStyleSheet("background:#fff4ce; padding:6px; border:1px solid #e0c060;")
        self.setWordWrap(True)
        self.hide()

    def read(self) -> None:
        viewer = self.viewer
        self.ops.query(lambda office: office.reminders(viewer), self._show)

    def _show(self, found: tuple[list[InboxRow], list[InboxRow]]) -> None:
        if not isValid(self):
            return  # (the window was closed meanwhile)
        due_today, late = found
        if not due_today and not late:
            self.hide()
            return
        if not late:  # (no "0 late": only what there is)
            text = self.tr("Reminder: {today} letter(s) due today in your inbox.")
        elif not due_today:
            text = self.tr("Reminder: {late} letter(s) late in your inbox.")
        else:
            text = self.tr("Reminder: {today} letter(s) due today and {late} late in your inbox.")
        self.setText(text.format(today=len(due_today), late=len(late)))
        self.show()
