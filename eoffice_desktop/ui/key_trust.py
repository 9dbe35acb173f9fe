"""For IT staff: the certificate authorities and revocation lists this office trusts, and importing new ones (they are
recorded as events, so every PC of the office receives them with sync)."""

from __future__ import annotations

import html
from pathlib import Path

from cryptography import x509
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.service.trust import Trusted, TrustOverview, trust
from eoffice_desktop.core.signing.trust import TrustStore, crl_number
from eoffice_desktop.ui import core_messages
from eoffice_desktop.ui.newest_answer import NewestAnswer
from eoffice_desktop.ui.ops import Ops
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_shared.refusals import Refusal
from eoffice_shared.signing.certificates import fingerprint


def read_trust_file(path: Path) -> TrustStore:
    """CA certificates and CRLs from a PEM bundle, or one DER certificate or CRL."""
    data = path.read_bytes()
    if b"-----BEGIN" in data:
        found = TrustStore.from_pem(data)
    else:
        try:
            found = TrustStore([x509.load_der_x509_certificate(data)], [])
        except ValueError:
            found = TrustStore([], [x509.load_der_x509_crl(data)])
    if not found.roots and not found.crls:
        raise ValueError("no certificate or revocation list in the file")
    return found


class TrustDialog(QDialog):
    def __init__(
        self,
        store: OfficeStore,
        runner: TaskRunner,
        actor: Actor,
        parent: QWidget | None = None,
        ops: Ops | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.runner, self.actor = store, runner, actor
        self.ops = ops or Ops.of(store, runner, parent=self)
        self.setWindowTitle(self.tr("Trusted certificate authorities"))
        intro = QLabel(
            self.tr(
                "Signatures are trusted only if the signer's certificate comes from an authority listed here. "
                "Import the CA certificate and its latest revocation list (CRL) from IT staff; compare the "
                "fingerprint with the one they published."
            )
        )
        intro.setWordWrap(True)
        self.items = QTextBrowser()
        self.items.setMinimumSize(600, 240)
        add = QPushButton(self.tr("Import CA certificate or revocation list…"))
        add.clicked.connect(self.import_file)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.items, 1)
        layout.addWidget(add)
        layout.addWidget(buttons)
        self.list_read = NewestAnswer(self.ops)  # (the list after an import, never the one of before)
        self.refresh()

    def refresh(self) -> None:
        """Read the list again on the reader pool; until it arrives the list says so (never an old list)."""
        reading = self.tr("Reading the trusted authorities…")
        self.items.setHtml(f"<p style='color:#555'>{html.escape(reading)}</p>")
        self.list_read.ask(lambda office: office.trust_overview(), self._show, self._not_read)

    def waiting(self) -> bool:
        """The list asked for has not arrived yet."""
        return self.list_read.waiting()

    def _not_read(self, exc: BaseException) -> None:
        if not isinstance(exc, Refusal):
            core_messages.log_failure("a window could not read what it shows", exc)
        self.items.setHtml(f"<p style='color:#b00020'>{html.escape(core_messages.unreadable(exc))}</p>")

    def _show(self, overview: TrustOverview) -> None:
        from_server, refusal = overview.from_server, overview.refusal
        kinds = {"ca": self.tr("CA certificate"), "crl": self.tr("Revocation list")}
        lines = [
            (kinds.get(r.kind, r.kind), r.subject, f"SHA-256 {r.fingerprint}", f"{r.added_at:%d/%m/%Y}")
            for r in overview.imported
        ]
        # Fetched by every sync from the central server (not imported: not events, each PC holds its own copy).
        for ca in from_server.roots:
            lines.append(
                (
                    self.tr("CA certificate from the server"),
                    ca.subject.rfc4514_string(),
                    f"SHA-256 {fingerprint(ca)}",
                    f"{ca.not_valid_before_utc:%d/%m/%Y}",
                )
            )
        for crl in from_server.crls:
            updated = crl.next_update_utc
            lines.append(
                (
                    self.tr("Revocation list from the server"),
                    crl.issuer.rfc4514_string(),
                    self.tr("number {number}, {count} revoked, next update {date}").format(
                        number=crl_number(crl), count=len(list(crl)), date=f"{updated:%d/%m/%Y}" if updated else "-"
                    ),
                    f"{crl.last_update_utc:%d/%m/%Y}",
                )
            )
        for index, stamping in enumerate(overview.timestamping):
            ends = f"{stamping.not_valid_after_utc:%d/%m/%Y}"
            lines.append(
                (
                    self.tr("Time-stamping certificate of the server"),
                    stamping.subject.rfc4514_string(),
                    self.tr("in use, ends {date}").format(date=ends)
                    if index == 0
                    else self.tr("replaced; its time-stamps stay valid (ends {date})").format(date=ends),
                    f"{stamping.not_valid_before_utc:%d/%m/%Y}",
                )
            )
        warning = ""
        if refusal is not None:
            when, reason = refusal
            text = self.tr("On {date} this PC refused what the server sent: {reason} Ask IT staff at the server.")
            text = text.format(date=f"{when:%d/%m/%Y %H:%M}", reason=core_messages.text(reason))
            warning = f"<p style='color:#b00020'>{html.escape(text)}</p>"
        if not lines:
            empty = self.tr("No certificate authority is trusted yet.")
            self.items.setHtml(f"{warning}<p>{html.escape(empty)}</p>")
            return
        self.items.setHtml(
            warning
            + "<table cellspacing=4>"
            + "".join(
                f"<tr><td><b>{html.escape(kind)}</b></td><td>{html.escape(subject)}<br>"
                f"<small>{html.escape(detail)}</small></td><td>{when}</td></tr>"
                for kind, subject, detail, when in lines
            )
            + "</table>"
        )

    def import_file(self) -> None:
        source, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("CA certificate or revocation list"),
            "",
            self.tr("Certificates and revocation lists (*.pem *.crt *.cer *.der *.crl)"),
        )
        if not source:
            return
        try:
            found = read_trust_file(Path(source))
        except (OSError, ValueError):
            QMessageBox.warning(
                self,
                self.tr("Not done"),
                self.tr("The file {name} holds no CA certificate or revocation list.").format(name=Path(source).name),
            )
            return
        for cert in found.roots:
            question = self.tr(
                "Trust this certificate authority for the whole office?\n\n{name}\nSHA-256 fingerprint:\n{detail}"
            ).format(name=cert.subject.rfc4514_string(), detail=fingerprint(cert))
            if QMessageBox.question(self, self.tr("Trust this authority?"), question) != QMessageBox.StandardButton.Yes:
                return
        store, actor = self.store, self.actor

        self.ops.change(lambda _office: trust(store, actor, found), self._imported, self._failed)

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Not done"), core_messages.not_done(exc))

    def _imported(self, outcome: Trusted) -> None:
        added = outcome.added
        self.refresh()
        QMessageBox.information(
            self, self.tr("Imported"), self.tr("{count} new item(s) added to the trust store.").format(count=added)
        )
