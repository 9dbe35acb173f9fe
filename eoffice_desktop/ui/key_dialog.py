"""My signing key: create the key, get its certificate from the server's CA (or send the request as a file and
install the answer), renew it, import a key from a PKCS#12 file, change the passphrase, back the key up, and see the
certificate with its status today and a warning when it ends soon."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.service.signing_keys import KeyStatus
from eoffice_desktop.ui import core_messages
from eoffice_desktop.ui.key_passphrase import PassphraseDialog, retry_wait
from eoffice_desktop.ui.key_server import certificate_from_server, expiry_warning, request_pem
from eoffice_desktop.ui.newest_answer import NewestAnswer
from eoffice_desktop.ui.ops import Ops, wait_for
from eoffice_desktop.ui.saving import why_not_saved
from eoffice_desktop.ui.signatures_words import status_colour, status_headline
from eoffice_desktop.ui.tasks import Job, TaskRunner
from eoffice_shared.refusals import Refusal
from eoffice_shared.signing.certificates import describe, load_certificates
from eoffice_shared.signing.keys import Identity, KeyRefused, KeyStore
from eoffice_shared.signing.secrets_io import write_atomic


class SigningKeyDialog(QDialog):
    """One official's key on this PC (`user_id`); every step that decrypts the key runs in a worker."""

    def __init__(
        self, store: OfficeStore, runner: TaskRunner, user_id: str, keys: KeyStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.runner, self.user_id, self.keys = store, runner, user_id, keys
        self.ops = Ops.of(store, runner, parent=self)
        self.enrolled = False  # (known once the key's facts arrive: no step is offered before)
        self.facts_read = NewestAnswer(self.ops)  # (the facts after a step, never those of before)
        self.setWindowTitle(self.tr("My signing key"))
        self.facts = QTextBrowser()
        self.facts.setMinimumSize(560, 260)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for index, (key, text, slot) in enumerate(
            (
                ("create", self.tr("Create my key…"), self.create_key),
                ("server", self.tr("Get my certificate from the server"), self.get_from_server),
                ("request", self.tr("Save certificate request…"), self.save_request),
                ("install", self.tr("Install certificate from the CA…"), self.install_certificate),
                ("import", self.tr("Import key from PKCS#12 file…"), self.import_pkcs12),
                ("passwd", self.tr("Change passphrase…"), self.change_passphrase),
                ("backup", self.tr("Back up key to a file…"), self.back_up),
                ("renew", self.tr("Renew certificate…"), self.renew),
            )
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.buttons[key] = button
            grid.addWidget(button, index // 2, index % 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.facts, 1)
        layout.addLayout(grid)
        layout.addWidget(close)
        self.refresh()

    # -- showing -----------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the key, its certificate and its check today on the reader pool (files, the database, the trust
        path); until they arrive the window says so and offers no step, so nobody acts on what was true before."""
        keys, user_id = self.keys, self.user_id
        for button in self.buttons.values():
            button.setEnabled(False)
        reading = self.tr("Reading your key…")
        self.facts.setHtml(f"<p style='color:#555'>{html.escape(reading)}</p>")
        self.facts_read.ask(lambda office: office.key_status(keys, user_id), self._show, self._not_read)

    def waiting(self) -> bool:
        """The key's facts asked for have not arrived yet."""
        return self.facts_read.waiting()

    def _not_read(self, exc: BaseException) -> None:
        if not isinstance(exc, Refusal):
            core_messages.log_failure("a window could not read what it shows", exc)
        self.facts.setHtml(f"<p style='color:#b00020'>{html.escape(core_messages.unreadable(exc))}</p>")

    def _show(self, status: KeyStatus) -> None:
        has_key, certificate = status.has_key, status.certificate
        self.enrolled = status.enrolled
        for key in ("request", "install", "passwd", "backup", "import"):
            self.buttons[key].setEnabled(has_key or key == "import")
        self.buttons["create"].setEnabled(not has_key)
        self.buttons["server"].setEnabled(has_key and self.enrolled)
        self.buttons["server"].setToolTip(
            "" if self.enrolled else self.tr("This PC is not enrolled with a server: use the certificate request file.")
        )
        self.buttons["renew"].setEnabled(certificate is not None)
        if status.refusal is not None:
            self.facts.setHtml(f"<p style='color:#b00020'>{html.escape(core_messages.text(status.refusal))}</p>")
        elif not has_key:
            self.facts.setHtml(
                "<p><b>"
                + html.escape(self.tr("You have no signing key on this PC yet."))
                + "</b></p><p>"
                + html.escape(
                    self.tr(
                        "Create your key (it stays on this PC, locked with your passphrase), save the certificate "
                        "request and give it to IT staff. Install the certificate they give back, and you can sign. "
                        "If you already have a key and certificate in a PKCS#12 file (.p12), import it instead."
                    )
                )
                + "</p>"
            )
        elif certificate is None:
            advice = (
                self.tr(
                    "Press “Get my certificate from the server”: the server's certification authority issues it at "
                    "once. Without a connection, save the certificate request to a file for IT staff instead."
                )
                if self.enrolled
                else self.tr(
                    "Save the certificate request, give it to IT staff (the certification authority) and "
                    "install the certificate file they give back."
                )
            )
            self.facts.setHtml(
                "<p><b>"
                + html.escape(self.tr("Your key is ready but has no certificate yet."))
                + "</b></p><p>"
                + html.escape(advice)
                + "</p>"
            )
        else:
            self.facts.setHtml(self._certificate_html(status))

    def _certificate_html(self, status: KeyStatus) -> str:
        certificate, path, meta = status.certificate, status.path, status.meta
        assert certificate is not None and path is not None
        info = describe(certificate)
        colour = status_colour(path.code)
        if path.code == "expired":
            headline = self.tr("This certificate is not valid today (expired or not yet valid). Ask IT to renew it.")
        elif path.code == "valid":
            headline = self.tr("This certificate is valid today: you can sign.")
        else:
            headline = status_headline(path.code, [], path.revoked_at)
        rows = [
            (self.tr("Name"), info.person.name),
            (self.tr("Title"), info.person.title or "—"),
            (self.tr("Office"), info.person.office or "—"),
            (self.tr("Issued by"), info.issuer),
            (self.tr("Valid from"), f"{info.not_before:%d/%m/%Y}"),
            (self.tr("Valid until"), f"{info.not_after:%d/%m/%Y}"),
            (self.tr("Serial number"), f"{info.serial:x}"),
            (self.tr("Fingerprint (SHA-256)"), info.fingerprint),
            (self.tr("Key type"), "ECDSA P-256" if meta.get("algorithm") == "ec-p256" else "RSA"),
        ]
        table = "".join(
            f"<tr><td style='color:#555;padding-right:12px'>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>"
            for k, v in rows
        )
        warning = expiry_warning(certificate) if path.code == "valid" else ""
        soon = f"<p style='color:#b26a00'><b>{html.escape(warning)}</b></p>" if warning else ""
        return f"<p style='color:{colour}'><b>{html.escape(headline)}</b></p>{soon}<table>{table}</table>"

    # -- actions -----------------------------------------------------------------------------------------------
    def _ask(self, title: str, intro: str, fields: list[tuple[str, str, bool]], work, write: bool = True) -> object:  # type: ignore[no-untyped-def]
        wait = retry_wait(self.keys, self.user_id)
        dialog = PassphraseDialog(self.runner, title, intro, fields, work, self, write=write, wait=wait)
        return dialog.result_value if dialog.exec() else None

    def create_key(self) -> None:
        user_id, keys = self.user_id, self.keys

        def work(answers: dict[str, str], job: Job) -> Identity:
            return keys.create(user_id, answers["new"])

        identity = self._ask(
            self.tr("Create my signing key"),
            self.tr(
                "Choose a passphrase for your key: a short sentence you remember, at least 10 characters. Nobody, "
                "not even IT staff, can recover it; without it the key cannot be used."
            ),
            [("new", self.tr("Passphrase"), True)],
            work,
        )
        self.refresh()
        if isinstance(identity, Identity) and self.enrolled:
            QMessageBox.information(
                self,
                self.tr("Key created"),
                self.tr("Your key was created. Now press “Get my certificate from the server”."),
            )
        elif isinstance(identity, Identity):
            QMessageBox.information(
                self,
                self.tr("Key created"),
                self.tr("Your key was created. Now save the certificate request and give it to IT staff."),
            )
            self._write_request(identity)

    def get_from_server(self) -> None:
        self._from_server(renewal=False)

    def _from_server(self, renewal: bool) -> None:
        """Send a request for this key to the server's CA and install what it issues (network work in a worker)."""
        store, user_id, keys = self.store, self.user_id, self.keys
        if renewal:
            title = self.tr("Renew certificate")
            intro = self.tr(
                "Type your key passphrase. The server issues a new certificate for the same key; new signatures use "
                "it, and your earlier signatures stay valid (each carries the certificate it was made with)."
            )
        else:
            title = self.tr("Certificate from the server")
            intro = self.tr(
                "Type your key passphrase. The certificate request is sent to the server, and the certificate it "
                "issues is stored with your key."
            )
        identity = self._ask(
            title,
            intro,
            [("current", self.tr("Passphrase"), False)],
            lambda answers, job: certificate_from_server(store, keys, user_id, answers["current"], job),
            write=False,  # the server may take a while on a slow link: never hold up the office's writes
        )
        self.refresh()
        if isinstance(identity, Identity) and identity.certificate is not None:
            until = f"{identity.certificate.not_valid_after_utc:%d/%m/%Y}"
            QMessageBox.information(
                self,
                self.tr("Certificate installed"),
                (
                    self.tr("Your certificate was renewed; it is valid until {date}. New signatures use it.")
                    if renewal
                    else self.tr("The server issued your certificate; it is valid until {date}. You can now sign.")
                ).format(date=until),
            )

    def renew(self) -> None:
        """Renewal: through the server when this PC is enrolled, otherwise a request file for IT staff."""
        if self.enrolled:
            self._from_server(renewal=True)
            return
        QMessageBox.information(
            self,
            self.tr("Renew certificate"),
            self.tr(
                "This PC is not enrolled with a server. Save the certificate request and give it to IT staff; "
                "install the new certificate they give back. Your earlier signatures stay valid."
            ),
        )
        self.save_request()

    def _write_request(self, identity: Identity) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save certificate request"), f"{self.user_id}.csr", self.tr("Certificate request (*.csr)")
        )
        if not target:
            return
        store, path = self.store, Path(target)
        try:  # (the official's name from the records, then the file: on the reader pool while the window paints)
            wait_for(self.runner, lambda: write_atomic(path, request_pem(store, identity)), write=False)
        except (OSError, KeyRefused, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Not done"), why_not_saved(exc))
            return
        QMessageBox.information(
            self,
            self.tr("Request saved"),
            self.tr("Give the file {name} to IT staff. They will give you back a certificate file to install.").format(
                name=Path(target).name
            ),
        )

    def save_request(self) -> None:
        user_id, keys = self.user_id, self.keys
        identity = self._ask(
            self.tr("Certificate request"),
            self.tr("Type your key passphrase to make the certificate request."),
            [("current", self.tr("Passphrase"), False)],
            lambda answers, job: keys.unlock(user_id, answers["current"]),
        )
        if isinstance(identity, Identity):
            self._write_request(identity)

    def install_certificate(self) -> None:
        source, _ = QFileDialog.getOpenFileName(
            self, self.tr("Certificate from the CA"), "", self.tr("Certificates (*.pem *.crt *.cer *.der)")
        )
        if not source:
            return
        try:
            certificates = load_certificates(Path(source).read_bytes())
        except (OSError, ValueError):
            QMessageBox.warning(
                self,
                self.tr("Not done"),
                self.tr("The file {name} is not a certificate. Ask IT staff for the certificate file (.pem).").format(
                    name=Path(source).name
                ),
            )
            return
        certificate, chain = certificates[0], certificates[1:]
        if not chain:
            chain, unread = self.ops.ask_or_refusal(lambda office: office.issuers_of(certificate), [])  # (reader pool)
            if unread:
                QMessageBox.warning(self, self.tr("Not done"), unread)
                return
        user_id, keys = self.user_id, self.keys
        done = self._ask(
            self.tr("Install certificate"),
            self.tr("Type your key passphrase to store the certificate with your key."),
            [("current", self.tr("Passphrase"), False)],
            lambda answers, job: keys.install_certificate(user_id, answers["current"], certificate, chain),
        )
        self.refresh()
        if done is not None:
            QMessageBox.information(self, self.tr("Certificate installed"), self.tr("You can now sign letters."))

    def import_pkcs12(self) -> None:
        if (
            self.keys.has_key(self.user_id)
            and QMessageBox.question(
                self,
                self.tr("Replace your key?"),
                self.tr("The imported key replaces the key you have on this PC. Back up your key first. Go on?"),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        source, _ = QFileDialog.getOpenFileName(
            self, self.tr("Key and certificate file"), "", self.tr("PKCS#12 files (*.p12 *.pfx)")
        )
        if not source:
            return
        user_id, keys = self.user_id, self.keys
        self._ask(
            self.tr("Import key"),
            self.tr("Type the passphrase of the file, and choose the passphrase for your key on this PC."),
            [("file", self.tr("Passphrase of the file"), False), ("new", self.tr("New passphrase"), True)],
            lambda answers, job: keys.import_pkcs12(user_id, Path(source), answers["file"], answers["new"]),
        )
        self.refresh()

    def change_passphrase(self) -> None:
        user_id, keys = self.user_id, self.keys
        done = self._ask(
            self.tr("Change passphrase"),
            self.tr("Type your current passphrase, then the new one twice."),
            [("current", self.tr("Current passphrase"), False), ("new", self.tr("New passphrase"), True)],
            lambda answers, job: keys.change_passphrase(user_id, answers["current"], answers["new"]) or True,
        )
        if done:
            QMessageBox.information(self, self.tr("Passphrase changed"), self.tr("Use the new passphrase from now on."))

    def back_up(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up key"), f"{self.user_id}-backup.p12", self.tr("PKCS#12 files (*.p12)")
        )
        if not target:
            return
        user_id, keys = self.user_id, self.keys
        done = self._ask(
            self.tr("Back up key"),
            self.tr(
                "The backup file is locked with its own passphrase. Keep the file and the passphrase in different "
                "safe places."
            ),
            [("current", self.tr("Your key passphrase"), False), ("new", self.tr("Passphrase of the backup"), True)],
            lambda answers, job: keys.export_pkcs12(user_id, answers["current"], Path(target), answers["new"]) or True,
        )
        if done:
            QMessageBox.information(
                self,
                self.tr("Key backed up"),
                self.tr("Your key was saved to {name}.").format(name=Path(target).name),
            )
