"""File > Verify a signed package…: check a zip exported by any eOffice (or received by e-mail or USB) against the CA
certificates this office trusts, in a worker, and show each signature's status in plain words."""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.signing.ledger import trust_store
from eoffice_desktop.core.signing.package import PackageRefused, PackageReport, package_trust, verify_package
from eoffice_desktop.ui import core_messages
from eoffice_desktop.ui.signature_notes import note_words
from eoffice_desktop.ui.signatures_words import role_label, status_colour, status_sentence, time_words
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_shared.refusals import Refusal
from eoffice_shared.signing.certificates import describe

log = logging.getLogger("eoffice.ui")


@dataclass
class PackageCheck:
    report: PackageReport
    trusted_roots: int
    package_cas: list[tuple[str, str]]  # name, SHA-256 fingerprint


def check_package(store: OfficeStore, path: Path) -> PackageCheck:
    with store.db.session() as s:
        trust = trust_store(s)
    report = verify_package(path, trust)
    try:
        cas = [(describe(c).person.name, describe(c).fingerprint) for c in package_trust(path).roots]
    except (KeyError, ValueError):
        cas = []
    return PackageCheck(report, len(trust.roots), cas)


class VerifyPackageDialog(QDialog):
    def __init__(self, store: OfficeStore, runner: TaskRunner, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verify a signed package"))
        self.path = path
        self.headline = QLabel(self.tr("Checking {name}…").format(name=path.name))
        self.headline.setWordWrap(True)
        self.body = QTextBrowser()
        self.body.setAccessibleName(self.tr("What the check found"))
        self.body.setMinimumSize(620, 360)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.body, 1)
        layout.addWidget(buttons)
        self.result_ok: bool | None = None
        self.job = runner.run(lambda job: check_package(store, path), self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.result_ok = False
        if isinstance(exc, (PackageRefused, KeyError, ValueError)):
            message = self.tr("This file is not a signed package of eOffice, or it is damaged.")
            log.info("the package %s was not checked: %s", self.windowTitle(), exc)  # (the system's words, for IT)
        else:
            message = self.tr(
                "The package could not be checked against this PC's records. Close this window and try again; if it "
                "happens again, ask IT staff."
            )
            core_messages.log_failure("a signed package was not checked", exc)
        self.headline.setText(f"<b style='color:#b00020'>{html.escape(message)}</b>")
        self.body.setPlainText(core_messages.text(exc) if isinstance(exc, Refusal) else "")

    def _show(self, check: PackageCheck) -> None:
        report = check.report
        self.result_ok = report.ok
        if report.ok:
            text, colour = self.tr("All signatures in this package are valid."), status_colour("valid")
        else:
            text, colour = self.tr("Some signatures in this package are NOT valid: see below."), "#b00020"
        self.headline.setText(f"<b style='color:{colour}; font-size:13pt'>{html.escape(text)}</b>")
        parts = [
            f"<p><b>{html.escape(report.registry_number)}</b> — {html.escape(report.subject)}<br>"
            f"<small>{html.escape(str(self.path))}</small></p>"
        ]
        code_word = self.tr("Verification code")
        for meta, status in report.signatures:
            # The signer as the signature's certificate names them; the package's index is not signed.
            named = [status.signer_name, status.signer_title] if status.signer_name else []
            who = ", ".join(p for p in named or [str(meta.get(k, "")) for k in ("signer", "title")] if p)
            role = role_label(status.role_signed or str(meta.get("role", "")))
            notes = status.detail_notes + status.warning_notes
            parts.append(
                f"<p><b>{html.escape(str(meta.get('order', '?')))}. {html.escape(role)}</b>: {html.escape(who)}"
                f"<br><span style='color:{status_colour(status.code)}'><b>"
                f"{html.escape(status_sentence(status))}</b></span>"
                f"<br>{html.escape(time_words(status))}"
                f"<br>{html.escape(code_word)}: {html.escape(str(meta.get('code')))}"
                + "".join(f"<br><small>{html.escape(note_words(n))}</small>" for n in notes)
                + "</p>"
            )
        for problem in report.problem_notes:
            parts.append(f"<p style='color:#b00020'>{html.escape(note_words(problem))}</p>")
        if check.trusted_roots == 0:
            parts.append(
                "<p>"
                + html.escape(
                    self.tr(
                        "No certificate authority is trusted in this office yet, so no signer can be trusted. "
                        "The package names these authorities; ask IT staff to compare the fingerprint before "
                        "trusting one:"
                    )
                )
                + "</p><ul>"
                + "".join(f"<li>{html.escape(n)}<br><small>{f}</small></li>" for n, f in check.package_cas)
                + "</ul>"
            )
        self.body.setHtml("".join(parts))
