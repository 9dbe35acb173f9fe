"""Asking for signing-key passphrases: a new one (typed twice, with a strength hint) or the current one, with the
key work (about a second of key derivation) done in a worker and wrong tries shown, slowed and counted down."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
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

from eoffice_desktop.ui import core_messages
from eoffice_desktop.ui.tasks import Job, TaskRunner
from eoffice_desktop.ui.widgets import ErrorLabel
from eoffice_shared.signing.keys import KeyLocked, KeyRefused, KeyStore, WrongPassphrase, backoff_seconds
from eoffice_shared.signing.secrets_io import MIN_PASSPHRASE, PassphraseTooWeak


class WorkCancelled(Exception):
    """Raised by a dialog's work when the user pressed Cancel while it ran."""


def strength(passphrase: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 strong: length counts most, then variety of kinds of characters."""
    if len(passphrase) < MIN_PASSPHRASE:
        return 0
    kinds = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isascii() for c in passphrase),  # Lao letters
            any(c.isascii() and not c.isalnum() for c in passphrase),
        )
    )
    if len(set(passphrase)) < 5:
        return 1
    if len(passphrase) >= 16 and kinds >= 2 or len(passphrase) >= 12 and kinds >= 3:
        return 3
    return 2 if kinds >= 2 or len(passphrase) >= 14 else 1


def strength_text(level: int) -> tuple[str, str]:
    """The hint shown under a new passphrase, and its colour."""
    return {
        0: (
            QCoreApplication.translate("KeyPassphrase", "Too short: use at least {count} characters.").format(
                count=MIN_PASSPHRASE
            ),
            "#b00020",
        ),
        1: (QCoreApplication.translate("KeyPassphrase", "Weak: add more words, numbers or signs."), "#b26a00"),
        2: (QCoreApplication.translate("KeyPassphrase", "Fair: a longer phrase is safer."), "#5b6b00"),
        3: (QCoreApplication.translate("KeyPassphrase", "Strong."), "#1b7a2f"),
    }[level]


def refusal_text(exc: BaseException) -> str:
    """A key refusal in the user's language; other errors keep their own words."""
    if isinstance(exc, KeyLocked):
        return QCoreApplication.translate(
            "KeyPassphrase", "Too many wrong passphrases. Wait {seconds} seconds, then try again."
        ).format(seconds=int(exc.wait_seconds) + 1)
    if isinstance(exc, WrongPassphrase):
        return QCoreApplication.translate(
            "KeyPassphrase",
            "The passphrase is wrong. Check the keyboard language (Lao or English) and Caps Lock, then try again.",
        )
    if isinstance(exc, PassphraseTooWeak):
        return QCoreApplication.translate(
            "KeyPassphrase", "The new passphrase must have at least {count} characters and no space at either end."
        ).format(count=MIN_PASSPHRASE)
    return core_messages.refused_or(
        exc,
        "the signing key was not used",
        QCoreApplication.translate(
            "KeyPassphrase",
            "The signing key could not be used because of a problem on this PC. Try again; if it happens again, ask "
            "IT staff.",
        ),
        # (the key's folder: a full or read-only drive, in words)
        drive=QCoreApplication.translate("KeyPassphrase", "The signing key's files could not be used. {reason}"),
    )


def retry_wait(keys: KeyStore, user_id: str) -> Callable[[], float]:
    """Seconds before the next try is allowed (the key folder counts wrong passphrases, also across restarts)."""

    def wait() -> float:
        try:
            meta = keys.meta(user_id)
        except KeyRefused:
            return 0.0
        failures, last = int(meta.get("failures", 0)), float(meta.get("last_failure", 0))
        return max(0.0, backoff_seconds(failures) - (keys.clock() - last))

    return wait


def _secret_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(280)
    return field


class PassphraseDialog(QDialog):
    """Asks for passphrases, then runs `work(answers)` off the GUI thread; stays open on a wrong passphrase.

    `fields` are (key, label, new): a new passphrase gets a second field to type it again and a strength hint.
    `result_value` holds what `work` returned once the dialog is accepted.
    """

    def __init__(
        self,
        runner: TaskRunner,
        title: str,
        intro: str,
        fields: list[tuple[str, str, bool]],
        work: Callable[[dict[str, str], Job], Any],
        parent: QWidget | None = None,
        write: bool = True,
        extra: QWidget | None = None,
        ok_text: str = "",
        wait: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner, self.work, self.write, self.wait = runner, work, write, wait
        self.result_value: Any = None
        self.job: Job | None = None
        self.setWindowTitle(title)
        self.fields: dict[str, QLineEdit] = {}
        self.confirm: dict[str, QLineEdit] = {}
        self.hints: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label, new in fields:
            field = _secret_field()
            self.fields[key] = field
            form.addRow(label, field)
            if new:
                again = _secret_field()
                self.confirm[key] = again
                form.addRow(self.tr("Type it again"), again)
                hint = QLabel()
                hint.setWordWrap(True)
                self.hints[key] = hint
                form.addRow("", hint)
                field.textChanged.connect(lambda text, k=key: self._show_strength(k, text))
                self._show_strength(key, "")
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        self.error = ErrorLabel()
        # A plain line while the key is being opened, and a bar only when there is progress to count: an
        # endless "busy" bar runs a style animation that outlived its dialog in tests and crashed.
        self.working = QLabel(self.tr("Working… this takes a moment."))
        self.working.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 1)
        self.busy.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        if ok_text:
            self.ok_button.setText(ok_text)  # type: ignore[attr-defined]
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._wait_left = 0
        self._countdown = QTimer(self, interval=1000, timeout=self._tick)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        if extra is not None:
            layout.addWidget(extra)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.working)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    @property
    def ok_button(self) -> QWidget:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def _show_strength(self, key: str, text: str) -> None:
        message, colour = strength_text(strength(text))
        self.hints[key].setText(message)
        self.hints[key].setStyleSheet(f"color:{colour}")

    def answers(self) -> dict[str, str]:
        return {key: field.text() for key, field in self.fields.items()}

    def submit(self) -> None:
        if self.job is not None or self._wait_left > 0:
            return
        for key, again in self.confirm.items():
            if strength(self.fields[key].text()) == 0:
                self.error.show_error(strength_text(0)[0])
                return
            if again.text() != self.fields[key].text():
                self.error.show_error(self.tr("The two passphrases are not the same. Type them again."))
                again.clear()
                return
        self.error.show_error("")
        self._set_busy(True)
        answers = self.answers()
        self.job = self.runner.run(
            lambda job: self.work(answers, job), self._done, self._failed, self._progress, write=self.write
        )

    def _progress(self, done: int, total: int) -> None:
        self.busy.setRange(0, max(total, 1))
        self.busy.setValue(min(done, total))
        self.busy.setVisible(self.job is not None)

    def _set_busy(self, busy: bool) -> None:
        self.working.setVisible(busy)
        self.busy.setValue(0)
        self.busy.setVisible(False)
        self.ok_button.setEnabled(not busy and self._wait_left <= 0)
        for field in (*self.fields.values(), *self.confirm.values()):
            field.setEnabled(not busy)

    def reject(self) -> None:
        """Cancel while work runs asks it to stop; the dialog closes when the work has ended either way."""
        if self.job is not None:
            self.job.cancel()
            return
        super().reject()

    def _done(self, value: Any) -> None:
        self.job = None
        self.result_value = value
        self._set_busy(False)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self._set_busy(False)
        if isinstance(exc, WorkCancelled):
            super().reject()
            return
        self.error.show_error(refusal_text(exc))
        if isinstance(exc, (WrongPassphrase, KeyLocked)):
            current = [field for key, field in self.fields.items() if key not in self.confirm]
            for field in current:
                field.clear()
            if current:
                current[0].setFocus()
        seconds = exc.wait_seconds if isinstance(exc, KeyLocked) else 0.0
        if isinstance(exc, WrongPassphrase) and self.wait is not None:
            seconds = self.wait()
        if seconds > 0:
            self._wait_left = int(seconds) + 1
            self.ok_button.setEnabled(False)
            self._countdown.start()
            self.error.show_error(
                refusal_text(exc)
                + "\n"
                + self.tr("Too many wrong passphrases. Wait {seconds} seconds, then try again.").format(
                    seconds=self._wait_left
                )
            )

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._countdown.stop()
            self.ok_button.setEnabled(True)
            self.error.show_error(self.tr("You can try again now."))
        else:
            self.error.show_error(
                self.tr("Too many wrong passphrases. Wait {seconds} seconds, then try again.").format(
                    seconds=self._wait_left
                )
            )
