"""Enrolling this PC with the central server: IT staff types the server address and the one-time code; the exchange
runs off the GUI thread and failures are said plainly (wrong code, server unreachable, not our server)."""

from __future__ import annotations

import platform
from urllib.parse import urlparse

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.ui.ops import Ops
from eoffice_desktop.ui.sync_words import error_message
from eoffice_desktop.ui.tasks import Job, TaskRunner
from eoffice_desktop.ui.widgets import ErrorLabel
from sync.client.session import enrol_pc


class EnrolDialog(QDialog):
    """Self-contained: give it the data folder's store and a TaskRunner; `enrolled` holds the server's answer."""

    def __init__(self, store: OfficeStore, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner = store, runner
        self.enrolled: dict[str, str] | None = None
        self.url = ""  # the server's address, once enrolled
        self._job: Job | None = None
        self._address_read = False  # the address stored from an earlier enrolment, read on the reader pool
        self.setWindowTitle(self.tr("Connect this PC to the server"))
        intro = QLabel(
            self.tr(
                "IT staff: type the address of the eOffice server and the one-time enrolment code made for this "
                "office. Letters already on this PC are kept and sent to the server."
            )
        )
        intro.setWordWrap(True)
        self.server = QLineEdit()
        self.server.setPlaceholderText(self.tr("Reading the server address…"))
        self.server.setEnabled(False)
        self.code = QLineEdit()
        self.code.setPlaceholderText("xxxx-xxxx-xxxx")
        self.name = QLineEdit(platform.node())
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.server)
        form.addRow(self.tr("Enrolment code"), self.code)
        form.addRow(self.tr("Name of this PC"), self.name)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.error = ErrorLabel()
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.enrol_button = self.buttons.addButton(self.tr("Enrol"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.enrol)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.done_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.enrol_button.setEnabled(False)
        ops = Ops.of(store, runner, parent=self)
        ops.query(lambda office: office.server_address(), self._address, self._no_address)

    def waiting(self) -> bool:
        """The stored server address has not arrived yet (the address field and Enrol wait for it)."""
        return not self._address_read

    def _address(self, url: str) -> None:
        self._address_read = True
        if not self.server.text():  # (an address put in meanwhile stays)
            self.server.setText(url)
        self.server.setPlaceholderText("https://eoffice.example.gov.la")
        self.server.setEnabled(True)
        self.enrol_button.setEnabled(True)
        (self.code if self.server.text() else self.server).setFocus(Qt.FocusReason.OtherFocusReason)

    def _no_address(self, _exc: BaseException) -> None:
        self._address("")  # IT staff type it

    def _checked_url(self) -> str | None:
        url = self.server.text().strip()
        if url and "://" not in url:
            url = "https://" + url
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.hostname or any(c.isspace() for c in url):
            return None
        return url.rstrip("/")

    def enrol(self) -> None:
        if self.waiting():
            return
        url = self._checked_url()
        code = self.code.text().strip()
        if url is None:
            self.error.show_error(self.tr("Type the server address, for example https://eoffice.example.gov.la"))
            self.server.setFocus()
            return
        if not code:
            self.error.show_error(self.tr("Type the enrolment code that IT staff received for this office."))
            self.code.setFocus()
            return
        self.error.show_error("")
        self._set_busy(True)
        self.url = url
        store, name = self.store, self.name.text().strip() or None
        self._job = self.runner.run(lambda job: enrol_pc(store, url, code, name), self._enrolled, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.server, self.code, self.name, self.enrol_button):
            widget.setEnabled(not busy)

    def _enrolled(self, data: dict[str, str]) -> None:
        self._job = None
        self._set_busy(False)
        self.enrolled = data
        self.done_label.setText(
            self.tr("This PC is now connected to the server for the office {name}.").format(
                name=data.get("office_name_lo", data.get("office_code", ""))
            )
        )
        self.done_label.show()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._job = None
        self._set_busy(False)
        self.error.show_error(error_message(exc))  # worded from the server's code and reason, never its English

    def reject(self) -> None:
        if self._job is not None:
            return  # the exchange is under way; closing now could leave IT unsure whether the code was used
        super().reject()
