"""The user guide inside the app (Help, F1): a short page for the clerk, the official and the head of office, in the
window's language, read from the app's own files so it opens offline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from eoffice_desktop.ui.lao_breaks import soft_breaks
from eoffice_desktop.ui.resources import current_language, resource_path


def guide_page(language: str) -> Path:
    """The guide's page in `language`, or the English one when there is none."""
    page = resource_path("help", f"guide_{language}.html")
    return page if page.exists() else resource_path("help", "guide_en.html")


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.page = QTextBrowser()
        self.page.setOpenExternalLinks(False)
        page = guide_page(current_language())
        self.page.setSearchPaths([str(page.parent)])  # (its pictures)
        self.page.setHtml(soft_breaks(page.read_text(encoding="utf-8")))  # Lao lines wrap between words
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
        self.resize(760, 680)  # (fitted to a smaller screen as it shows)
