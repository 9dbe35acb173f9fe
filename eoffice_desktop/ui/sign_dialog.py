"""Signing a letter from the letter view: the role, the passphrase (or the key kept unlocked for a few minutes),
the option to sign PDF files inside with a visible stamp, a warning when the certificate ends within 30 days, and
progress while the files are read and hashed."""

from __future__ import annotations

import hashlib

from cryptography import x509
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QWidget

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.service import Office
from eoffice_desktop.core.service.signing_keys import UNLOCK_SETTING as UNLOCK_SETTING
from eoffice_desktop.core.signing.letters import SignResult, sign_letter
from eoffice_desktop.core.storage.blobs import CHUNK
from eoffice_desktop.ui.key_passphrase import PassphraseDialog, WorkCancelled, retry_wait
from eoffice_desktop.ui.key_server import expiry_warning
from eoffice_desktop.ui.signatures_words import role_label
from eoffice_desktop.ui.tasks import Job, TaskRunner
from eoffice_shared.signing.keys import Identity, KeyRefused, KeyStore, UnlockedKeys
from eoffice_shared.signing.roles import ROLES


def next_roles(signed_roles: list[str]) -> list[str]:
    """Roles that may come next: signatures go prepared, approved, signed, and nothing follows 'signed'."""
    if not signed_roles:
        return list(ROLES)
    last = signed_roles[-1]
    return [] if last == "signed" else list(ROLES[ROLES.index(last) :])


def read_files_with_progress(store: OfficeStore, letter_id: str, job: Job) -> None:
    """Read every attachment once, reporting kilobytes done, so a big scan shows progress (and sits in the disk
    cache when signing hashes it); the signing service itself decides whether each file is intact."""
    files = Office(store).attachment_files(letter_id)
    total = max(sum(size for _, size in files) // 1024, 1)
    done = 0
    for blob_hash, _size in files:
        path = store.blobs.path_of(blob_hash)
        if not path.exists():
            continue
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(CHUNK), b""):
                if job.cancelled:
                    raise WorkCancelled()
                digest.update(chunk)
                done += len(chunk)
                job.signals.progress.emit(min(done // 1024, total), total)


def _installed_certificate(keys: KeyStore, user_id: str) -> x509.Certificate | None:
    """The certificate stored beside the key (public facts only: nothing is decrypted)."""
    try:
        return keys.certificate(user_id)
    except (KeyRefused, ValueError):
        return None


class SignDialog(PassphraseDialog):
    """`result_value` is the `SignResult` once the letter is signed."""

    def __init__(
        self,
        store: OfficeStore,
        runner: TaskRunner,
        actor: Actor,
        letter_id: str,
        keys: KeyStore,
        unlocked: UnlockedKeys,
        roles: list[str],
        has_pdf: bool,
        parent: QWidget | None = None,
        certificate: x509.Certificate | None = None,
    ) -> None:
        """`certificate`: the official's, as read on the reader pool before (else read here from the key folder)."""
        held = unlocked.get(actor.user_id)
        options = QWidget()
        form = QFormLayout(options)
        form.setContentsMargins(0, 0, 0, 0)
        role_box = QComboBox()
        for role in roles:
            role_box.addItem(role_label(role), role)
        role_box.setCurrentIndex(max(0, role_box.findData("signed")))
        pdf_box = QCheckBox(
            QCoreApplication.translate("SignDialog", "Also sign the PDF files inside, with a visible stamp")
        )
        pdf_box.setEnabled(has_pdf)
        if not has_pdf:
            pdf_box.setToolTip(QCoreApplication.translate("SignDialog", "This letter has no PDF file."))
        form.addRow(QCoreApplication.translate("SignDialog", "I sign as"), role_box)
        form.addRow("", pdf_box)
        ending = expiry_warning(
            held.certificate if held else certificate or _installed_certificate(keys, actor.user_id)
        )
        if ending:
            soon = QLabel(ending)
            soon.setWordWrap(True)
            soon.setStyleSheet("color:#b26a00; font-weight:bold")
            form.addRow(soon)
        if held is not None:
            intro, fields = (
                QCoreApplication.translate(
                    "SignDialog", "Your key is still unlocked; you are not asked for the passphrase again."
                ),
                [],
            )
        else:
            intro, fields = (
                QCoreApplication.translate("SignDialog", "Type the passphrase of your signing key."),
                [("current", QCoreApplication.translate("SignDialog", "Passphrase"), False)],
            )

        def work(answers: dict[str, str], job: Job) -> tuple[Identity, SignResult]:
            identity = held or keys.unlock(actor.user_id, answers["current"])
            read_files_with_progress(store, letter_id, job)
            role, sign_pdfs = self._choice
            return identity, sign_letter(store, actor, letter_id, identity, role, sign_pdfs=sign_pdfs)

        super().__init__(
            runner,
            QCoreApplication.translate("SignDialog", "Sign the letter"),
            intro,
            fields,
            work,
            parent,
            extra=options,
            ok_text=QCoreApplication.translate("SignDialog", "Sign"),
            wait=retry_wait(keys, actor.user_id),
        )
        self.unlocked, self.role, self.pdf, self.has_pdf = unlocked, role_box, pdf_box, has_pdf
        self.expiry_note = ending  # shown above the passphrase; "" when the certificate is not ending soon
        self._choice = ("signed", False)

    def submit(self) -> None:
        self._choice = (self.role.currentData(), self.pdf.isChecked())
        self.role.setEnabled(False)
        self.pdf.setEnabled(False)
        super().submit()

    def _failed(self, exc: BaseException) -> None:
        self.role.setEnabled(True)
        self.pdf.setEnabled(self.has_pdf)
        super()._failed(exc)

    def _done(self, value: tuple[Identity, SignResult]) -> None:  # type: ignore[override]
        identity, result = value
        self.unlocked.keep(identity)
        super()._done(result)
