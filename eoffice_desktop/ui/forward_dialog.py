"""Send an incoming letter on to other offices (a province passing a ministry's letter to its districts): tick the
offices of the address book that use eOffice; a new outgoing letter with the same scans goes to them and keeps the
letter's tracking code, so the first sender can follow it to the end."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.core.addresses.correspondents import ENTRY, OFFICE
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.service import LetterHeading, Office
from eoffice_desktop.ui.office_picker import OfficePicker
from eoffice_desktop.ui.ops import Ops
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_desktop.ui.typed_input import AsksBeforeDiscard
from eoffice_desktop.ui.widgets import ErrorLabel


class ForwardDialog(AsksBeforeDiscard, QDialog):
    def __init__(
        self,
        store: OfficeStore,
        letter: LetterHeading,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
        ops: Ops | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops or Ops.of(store, runner, parent=self)
        self.setWindowTitle(self.tr("Send letter {number} on to other offices").format(number=letter.registry_number))
        # The address book's offices that receive through the server (read on the reader pool).
        (offices, summary), unread = self.ops.ask_or_refusal(
            lambda office: self.choices(office, letter), ([], letter.summary)
        )
        self.intro = QLabel(
            self.tr(
                "Tick the offices to send this letter to. They receive it with its scans through the server (or USB), "
                "and the office that sent it to you sees where it went."
            )
        )
        self.intro.setWordWrap(True)
        self.offices = QListWidget()
        self.offices.setAccessibleName(self.tr("Offices to send it on to"))
        for org_id, name in offices:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, org_id)
            self.offices.addItem(item)
        # Any other office of the national directory, found by typing (on paper when it does not use eOffice).
        self.more = OfficePicker(store, runner, multiple=True) if runner is not None else None
        self.summary = QPlainTextEdit(summary)
        self.summary.setFixedHeight(70)
        self.summary.setTabChangesFocus(True)  # (Tab goes on to Send, as in the letter form)
        self.summary.setPlaceholderText(self.tr("Summary for them (optional)"))
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.send_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send_button.setText(self.tr("Send on"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.main = layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.offices, 1)
        if self.more is not None:
            layout.addWidget(QLabel(self.tr("Other offices:")))
            layout.addWidget(self.more)
        self.summary_label = QLabel(self.tr("Summary sent with it:"))  # (its placeholder is gone once it has text)
        self.summary_label.setBuddy(self.summary)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if unread:  # the offices to send it to could not be read: the reason, and only Cancel
            self.error.show_error(unread)
            self.send_button.setEnabled(False)
        elif not offices and self.more is None:
            self.error.show_error(
                self.tr("No office of the address book uses eOffice yet. Send the letter on paper, as before.")
            )

    def choices(self, office: Office, letter: LetterHeading) -> tuple[list[tuple[str, str]], str]:
        """The offices offered, (entry id, name), and the summary the window starts with (read on the reader pool
        while the window is made); not the office the letter came from."""
        return office.forward_targets(letter.id), letter.summary

    def recipients(self) -> list[str]:
        """The address-book entries ticked or found."""
        ticked = [
            str(self.offices.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.offices.count())
            if self.offices.item(row).checkState() == Qt.CheckState.Checked
        ]
        found = [c.id for c in self.more.values() if c.kind == ENTRY] if self.more is not None else []
        return ticked + [org_id for org_id in found if org_id not in ticked]

    def directory_offices(self) -> list[str]:
        """The offices of the national directory found by typing."""
        return [c.id for c in self.more.values() if c.kind == OFFICE] if self.more is not None else []

    def _accept(self) -> None:
        if not self.recipients() and not self.directory_offices():
            self.error.show_error(self.tr("Tick at least one office."))
            return
        self.accept()
