"""Sending a letter an office returned to other offices instead: the send-on window, saying who returned it and why;
the new outgoing letter is registered on the writer thread (core/journey/resending.py). Opened from the letter view
and from the list of sent letters to follow up."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.journey.resending import send_again, without_returners
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.register import Registered
from eoffice_desktop.core.service import LetterHeading, Office
from eoffice_desktop.ui import core_messages
from eoffice_desktop.ui.forward_dialog import ForwardDialog
from eoffice_desktop.ui.ops import Ops
from eoffice_desktop.ui.tasks import TaskRunner


class SendAgainDialog(ForwardDialog):
    """`sent_again` (the new letter's id) once it is registered; on a refusal the window stays open and says why."""

    sent_again = Signal(str)

    def __init__(
        self,
        store: OfficeStore,
        actor: Actor,
        letter: LetterHeading,
        returned: Sequence[tuple[str, str]],  # (office name, reason) of each office that returned it
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
        ops: Ops | None = None,
    ) -> None:
        super().__init__(store, letter, runner, parent, ops=ops)
        self.actor, self.letter_id = actor, letter.id
        self.setWindowTitle(self.tr("Send letter {number} to another office").format(number=letter.registry_number))
        self.intro.setText(
            self.tr(
                "Tick the offices to send it to instead. A new outgoing letter with the same subject and scans is "
                "registered and goes to them; this letter then says where it was sent again."
            )
        )
        lines = [
            html.escape(self.tr("Returned by {office}: {reason}").format(office=office, reason=reason or "—"))
            for office, reason in returned
        ]
        self.returned = QLabel("<br>".join(lines))
        self.returned.setWordWrap(True)
        self.returned.setStyleSheet("background:#fde7e9; color:#8a1020; padding:6px; border:1px solid #e8a0a8;")
        self.returned.setVisible(bool(lines))
        self.main.insertWidget(0, self.returned)
        self.offices.setAccessibleName(self.tr("Offices to send it to"))
        if self.more is not None:  # an office that returned it is not found by typing either (it would be refused)
            letter_id = letter.id
            self.more.leave_out = lambda session, found: without_returners(session, letter_id, found)
        self.send_button.setText(self.tr("Send"))

    def choices(self, office: Office, letter: LetterHeading) -> tuple[list[tuple[str, str]], str]:
        """The offices that did not return the letter, and its summary as it is now (the follow-up list does not
        hold it), whichever window it is opened from."""
        return office.resend_choices(letter.id)

    def _accept(self) -> None:
        if not self.recipients() and not self.directory_offices():
            self.error.show_error(self.tr("Tick at least one office."))
            return
        store, actor, letter_id = self.ops.store, self.actor, self.letter_id
        recipients, offices, summary = self.recipients(), self.directory_offices(), self.summary.toPlainText()
        self.error.show_error("")
        self.send_button.setEnabled(False)
        self.ops.change(
            lambda _office: send_again(store, actor, letter_id, recipients, summary, recipient_offices=offices),
            self._done,
            self._failed,
        )

    def _done(self, registered: Registered) -> None:
        self.sent_again.emit(registered.letter_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.send_button.setEnabled(True)
        self.error.show_error(
            core_messages.refused_or(
                exc,
                "a returned letter was not sent again",
                self.tr("Not sent, because of a problem on this PC. Try again; if it happens again, ask IT staff."),
            )
        )
