"""Names for the main window's controls that show no words of their own (lists, tables, filters, the find box), so
a screen reader says what each is and tests find them by name. Buttons and menu items are named by their text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from eoffice_desktop.ui.main_window import MainWindow


def name_main_window(window: MainWindow) -> None:
    for widget, text in (
        (window.sidebar, QCoreApplication.translate("AccessibleNames", "Registers and lists")),
        (window.saved, QCoreApplication.translate("AccessibleNames", "Saved searches")),
        (window.search, QCoreApplication.translate("AccessibleNames", "Find letters")),
        (window.year, QCoreApplication.translate("AccessibleNames", "Year")),
        (window.status, QCoreApplication.translate("AccessibleNames", "Status")),
        (window.urgency, QCoreApplication.translate("AccessibleNames", "Urgency")),
        (window.table, QCoreApplication.translate("AccessibleNames", "Letters")),
        (window.inbox_table, QCoreApplication.translate("AccessibleNames", "Letters in the list")),
    ):
        widget.setAccessibleName(text)
