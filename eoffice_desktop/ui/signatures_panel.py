"""The Signatures tab of the letter view: each signature with its status (checked in a worker when the letter is
opened), details on demand, and the buttons to sign the letter and to export it as a signed package."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.signing.status import CHANGED, FILES_MISSING, VALID, SignatureStatus
from eoffice_desktop.ui import core_messages
from eoffice_desktop.ui.numbers import file_size
from eoffice_desktop.ui.signature_notes import note_words
from eoffice_desktop.ui.signatures_words import (
    level_words,
    local_time,
    role_label,
    status_colour,
    status_icon,
    status_sentence,
    time_words,
)
from eoffice_desktop.ui.tasks import Job, TaskRunner
from eoffice_shared.signing.keys import KeyStore, UnlockedKeys, default_key_folder

if TYPE_CHECKING:  # signing and checking load when a letter is first shown, not before the window shows
    from eoffice_desktop.core.service.signatures import LetterSignatures, SignatureFacts


def _row(label: str, value: str) -> str:
    """Label above value: the letter view is a narrow column, and codes and hashes must not be cut."""
    return f"<p style='margin:0 0 6px 0'><span style='color:#555'>{html.escape(label)}</span><br>{value}</p>"


def _hex(digest: str) -> str:
    """A SHA-256 in two halves, so it fits the narrow pane and can still be compared by eye."""
    return f"<small><tt>{digest[:32]}<br>{digest[32:]}</tt></small>"


class SignaturesPanel(QWidget):
    count_changed = Signal(int)
    signed = Signal(str)  # letter id, after a new signature

    def __init__(self, store: OfficeStore, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner = store, runner
        self.actor: Actor | None = None
        self.keys = KeyStore(default_key_folder(store.data_dir.root))
        self.unlocked = UnlockedKeys(0)
        self.letter_id: str | None = None
        self.current: LetterSignatures | None = None
        self.job: Job | None = None
        self._generation = 0  # results of an earlier check (another letter, or before a change) are dropped
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._show_details)
        self.details = QTextBrowser()
        self.details.hide()
        self.details_button = QPushButton(self.tr("Show details"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        self.sign_button = QPushButton(self.tr("Sign…"))
        self.sign_button.clicked.connect(self.sign)
        self.export_button = QPushButton(self.tr("Export signed package…"))
        self.export_button.clicked.connect(self.export)
        # Two rows: the pane is narrow on a 1366-wide screen, and the export's Lao words are long (one row cut them):
        # the details' button under the list, then what is done with the letter.
        details = QHBoxLayout()
        details.addStretch(1)
        details.addWidget(self.details_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        # The details (a dozen rows, then the check's notes) get two thirds of the height beside the list, which then
        # still shows the chosen signature whole; the line between them can be moved.
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.list)
        self.split.addWidget(self.details)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.split, 1)
        layout.addLayout(details)
        layout.addLayout(buttons)
        self.show_letter(None)

    def set_actor(self, actor: Actor) -> None:
        if self.actor is not None and self.actor.user_id != actor.user_id:
            self.unlocked.forget()
        self.actor = actor

    # -- checking ----------------------------------------------------------------------------------------------
    def show_letter(self, letter_id: str | None) -> None:
        """Show the letter's signatures; the check (hashing every signed file) runs in the writer thread."""
        if self.job is not None:
            self.job.cancel()
        self._generation += 1
        generation = self._generation
        self.letter_id, self.current = letter_id, None
        self.list.clear()
        self.details.clear()
        self.sign_button.hide()
        self.export_button.setEnabled(False)
        self.details_button.setEnabled(False)  # (until there is a signature to tell about)
        if letter_id is None:
            self.summary.setText("")
            self.job = None
            return
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Checking the signatures…"))
        user_id = self.actor.user_id if self.actor else None
        store = self.store

        def work(job: Job) -> tuple[int, LetterSignatures | Exception]:
            from eoffice_desktop.core.service.signatures import check_letter

            try:
                return generation, check_letter(store, letter_id, user_id)
            except Exception as exc:  # shown in the panel, like a result
                return generation, exc

        # Bound methods only: Qt disconnects them if the panel is closed before the check ends.
        self.job = self.runner.run(work, self._checked, write=True)

    def _checked(self, outcome: tuple[int, LetterSignatures | Exception]) -> None:
        from eoffice_desktop.ui.sign_dialog import next_roles

        generation, result = outcome
        if generation != self._generation:
            return
        if isinstance(result, Exception):
            self.job = None
            self.summary.setText(self._not_checked(result))
            return
        self.job, self.current = None, result
        self.count_changed.emit(len(result.signatures))
        roles = next_roles([f.check.role for f in result.signatures])
        self.sign_button.setVisible(result.may_sign and bool(roles))
        self.export_button.setEnabled(bool(result.signatures))
        self.details_button.setEnabled(bool(result.signatures))
        self._summarise([f.check.status for f in result.signatures])
        for facts in result.signatures:
            self.list.addItem(self._item(facts))
        if result.signatures:
            self.list.setCurrentRow(0)

    def _summarise(self, statuses: list[SignatureStatus]) -> None:
        """Green only when every signature is valid; amber while a signed file is still to arrive (not checked, so not
        valid yet); red when any has a problem."""
        waiting = sum(1 for s in statuses if s.code == FILES_MISSING)
        bad = sum(1 for s in statuses if not s.ok) - waiting
        if not statuses:
            self.summary.setStyleSheet("")
            self.summary.setText(self.tr("This letter has no digital signature."))
        elif bad:
            self.summary.setStyleSheet(f"color:{status_colour(CHANGED)}")
            self.summary.setText(
                self.tr("{count} signature(s); {bad} with a problem: see below.").format(count=len(statuses), bad=bad)
            )
        elif waiting:
            self.summary.setStyleSheet(f"color:{status_colour(FILES_MISSING)}")
            self.summary.setText(
                self.tr("{count} signature(s), not all checked yet: a signed file has not arrived on this PC.").format(
                    count=len(statuses)
                )
            )
        else:
            self.summary.setStyleSheet(f"color:{status_colour(VALID)}")
            self.summary.setText(self.tr("{count} signature(s), all valid.").format(count=len(statuses)))

    def _item(self, facts: SignatureFacts) -> QListWidgetItem:
        check = facts.check
        status = check.status
        who = ", ".join(p for p in (check.signer_name, check.signer_title) if p)
        text = (
            f"{check.order}. {role_label(check.role)}: {who} — {local_time(check.signed_at)}\n{status_sentence(status)}"
            f"\n{time_words(status)}"
        ).rstrip()
        item = QListWidgetItem(status_icon(status.code), text)
        item.setForeground(QBrush(QColor(status_colour(status.code))))
        item.setData(Qt.ItemDataRole.UserRole, status.code)
        return item

    def status_codes(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    # -- details -----------------------------------------------------------------------------------------------
    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self._show_details(self.list.currentRow())

    def _show_details(self, row: int) -> None:
        if self.current is None or not 0 <= row < len(self.current.signatures):
            self.details.clear()
            return
        facts = self.current.signatures[row]
        check, status = facts.check, facts.check.status
        rows = [
            _row(self.tr("Status"), html.escape(status_sentence(status))),
            _row(self.tr("Verification code"), f"<b>{html.escape(check.code)}</b>"),
            _row(self.tr("Signed at (signer's PC clock)"), local_time(check.signed_at)),
            _row(self.tr("Time-stamp"), html.escape(time_words(status) or "—")),
            _row(self.tr("Level"), html.escape(level_words(status.level) or "—")),
        ]
        if facts.certificate is not None:
            info = facts.certificate
            rows += [
                _row(self.tr("Signer"), html.escape(info.person.name)),
                _row(self.tr("Title"), html.escape(info.person.title or "—")),
                _row(self.tr("Office"), html.escape(info.person.office or "—")),
                _row(self.tr("Certificate issued by"), html.escape(info.issuer)),
                _row(
                    self.tr("Certificate valid"),
                    f"{info.not_before:%d/%m/%Y} – {info.not_after:%d/%m/%Y}",
                ),
                _row(self.tr("Certificate serial"), f"{info.serial:x}"),
                _row(self.tr("Certificate fingerprint (SHA-256)"), _hex(info.fingerprint)),
            ]
        rows.append(_row(self.tr("Signed contents (SHA-256)"), _hex(facts.manifest_sha256)))
        for name, digest, size in facts.files:
            rows.append(_row(name, f"{_hex(digest)} ({file_size(size)})"))
        for name in facts.pdf_copies:
            rows.append(_row(self.tr("PDF signed inside"), html.escape(name)))
        notes = "".join(f"<li>{html.escape(note_words(n))}</li>" for n in status.detail_notes + status.warning_notes)
        technical = self.tr("Technical notes")
        self.details.setHtml("".join(rows) + (f"<p>{html.escape(technical)}:</p><ul>{notes}</ul>" if notes else ""))

    # -- signing and export ------------------------------------------------------------------------------------
    def sign(self) -> None:
        from eoffice_desktop.core.service import Office
        from eoffice_desktop.core.signing.letters import SignResult
        from eoffice_desktop.ui.ops import wait_for
        from eoffice_desktop.ui.sign_dialog import SignDialog, next_roles

        if self.letter_id is None or self.actor is None or self.current is None:
            return
        office, keys, user_id, letter_id = Office(self.store), self.keys, self.actor.user_id, self.letter_id
        self.sign_button.setEnabled(False)  # (the key's files and the letter's signatures: read on the reader pool)
        try:
            start = wait_for(self.runner, lambda: office.signing_start(keys, user_id, letter_id), write=False)
        finally:
            self.sign_button.setEnabled(True)
        if self.letter_id != letter_id or self.current is None:
            return  # the pane moved on meanwhile (a change shows another letter): nothing to sign here now
        if start.refusal is not None:
            QMessageBox.warning(self, self.tr("Not done"), core_messages.text(start.refusal))
            return
        if not start.ready:
            QMessageBox.information(
                self,
                self.tr("No signing key"),
                self.tr(
                    "You have no signing key with a certificate on this PC. Open Office > My signing key… to "
                    "create one, or ask IT staff."
                ),
            )
            return
        roles = next_roles(start.signed_roles)
        self.unlocked.seconds = start.unlock_seconds
        dialog = SignDialog(
            self.store,
            self.runner,
            self.actor,
            letter_id,
            self.keys,
            self.unlocked,
            roles,
            self.current.has_pdf,
            self,
            certificate=start.certificate,
        )
        if dialog.exec() and isinstance(dialog.result_value, SignResult):
            result = dialog.result_value
            QMessageBox.information(
                self,
                self.tr("Letter signed"),
                self.tr("The letter is signed. Verification code: {code}").format(code=result.code),
            )
            self.signed.emit(self.letter_id)  # the letter view shows the letter again, signatures checked anew

    def export(self) -> None:
        from eoffice_desktop.core.signing.package import export_package

        if self.letter_id is None or self.current is None or not self.current.signatures:
            return
        number = re.sub(r'[\\/:*?"<>|\s]', "-", self.current.registry_number) or "letter"
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export signed package"), f"signed-{number}.zip", self.tr("Signed package (*.zip)")
        )
        if not target:
            return
        store, letter_id, path = self.store, self.letter_id, Path(target)
        self.export_button.setEnabled(False)
        self.runner.run(lambda job: (path, export_package(store, letter_id, path)), self._exported, self._export_failed)

    def _exported(self, outcome: tuple[Path, int]) -> None:
        path, count = outcome
        self.export_button.setEnabled(True)
        QMessageBox.information(
            self,
            self.tr("Package saved"),
            self.tr(
                "The signed package {name} holds {count} signature(s). Anyone can check it with eOffice "
                "(File > Verify a signed package…) or with OpenSSL."
            ).format(name=path.name, count=count),
        )

    def _not_checked(self, exc: Exception) -> str:
        return core_messages.refused_or(
            exc,
            "the signatures of a letter were not checked",
            self.tr(
                "The signatures could not be checked from this PC's records. Choose the letter again; if it happens "
                "again, ask IT staff."
            ),
        )

    def _export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        message = core_messages.refused_or(
            exc,
            "a signed package was not saved",
            self.tr("The signed package was not saved. Try again; if it happens again, ask IT staff."),
            drive=self.tr("The signed package was not saved. {reason}"),  # (a full or read-only drive: in words)
        )
        QMessageBox.warning(self, self.tr("Not done"), message)
