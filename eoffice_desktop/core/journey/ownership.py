"""Whose letter it is: an office changes only its own letters. Another office's letter that reached this PC is only
reported back on (receipts, tracking); the office registers it, or returns it to its sender, and works on its copy."""

from __future__ import annotations

from eoffice_desktop.core.storage.models import Letter
from eoffice_shared.refusals import Refusal


class ArrivedLetterRefused(Refusal, ValueError):
    """A change of another office's letter as it reached this PC (the server would refuse it: `arrived_letter`)."""

    code = "arrived_letter_not_registered"
    english = (
        "This letter belongs to the office that sent it. Register it in this office first, then work on your "
        "registered copy."
    )


def is_arrived(letter: Letter, office_id: str) -> bool:
    """The letter is another office's, as it reached this one."""
    return letter.office_id != office_id


def refuse_arrived(letter: Letter | None, office_id: str) -> None:
    """Refuse a change of `letter` by office `office_id` when the letter belongs to another office."""
    if letter is not None and is_arrived(letter, office_id):
        raise ArrivedLetterRefused()
