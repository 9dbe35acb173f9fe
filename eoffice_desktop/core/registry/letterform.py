"""The registration form as data, and its validation: one set of rules for the GUI, the CLI and the import.

Errors carry a code (the GUI shows its own translated text for it), the field, and an English message.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from eoffice_shared.refusals import Refusal

DIRECTIONS = ("in", "out")
DELIVERY_MODES = ("hand", "post", "email", "sync")
DOC_TYPES = ("letter", "decree", "notice", "invitation", "report", "request", "other")
URGENCIES = ("normal", "urgent", "very_urgent")
CONFIDENTIALITIES = ("normal", "confidential", "secret")
MAX_SUBJECT = 1000
MAX_TEXT = 20000

# Fixed once a letter has moved on (routed or dispatched): they are what the paper register recorded.
FROZEN_AFTER_MOVE = ("register_date", "registry_number", "letter_date", "delivery_mode")


@dataclass(frozen=True)
class FieldError:
    field: str
    code: str
    message: str


class FormInvalid(Refusal, ValueError):
    """The refusals of a form, one per field; the GUI words each from its `FieldError.code`."""

    code = "form_invalid"

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))
        self.errors = errors


@dataclass
class LetterForm:
    """What a clerk fills in. `sender_org_id`, `sender_office_id` (a directory office) or `sender_name` (a new
    organisation) names the sender."""

    direction: str = "in"
    register_date: date | None = None
    sender_org_id: str | None = None
    sender_office_id: str | None = None
    sender_name: str = ""
    sender_ref: str = ""
    letter_date: date | None = None
    delivery_mode: str = "hand"
    subject: str = ""
    summary: str = ""
    doc_type: str = "letter"
    urgency: str = "normal"
    confidentiality: str = "normal"
    pages: int | None = None
    reply_due: date | None = None
    keywords: str = ""
    recipients: list[str] = field(default_factory=list)  # organisation ids, outgoing only
    # Offices of the national directory (their ids), outgoing only: an enrolled one receives the letter by sync,
    # another gets it on paper. Each is also put in the address book (core/registry/register.py).
    recipient_offices: list[str] = field(default_factory=list)
    signatory: str = ""
    in_reply_to: str | None = None
    attachments: list[Path] = field(default_factory=list)
    # Historic registers keep their own numbers (import); otherwise the office series gives one.
    registry_number: str | None = None

    def template_fields(self) -> dict[str, Any]:
        """The parts worth reusing for the next letter of the same kind (no dates, numbers or files)."""
        data = asdict(self)
        for name in (
            "register_date",
            "letter_date",
            "reply_due",
            "attachments",
            "registry_number",
            "sender_ref",
            "in_reply_to",
            "pages",
        ):
            data.pop(name)
        return data


def validate(form: LetterForm, today: date) -> list[FieldError]:
    errors: list[FieldError] = []

    def err(name: str, code: str, message: str) -> None:
        errors.append(FieldError(name, code, message))

    if form.direction not in DIRECTIONS:
        err("direction", "choice", "Choose incoming or outgoing.")
    if form.register_date is None:
        err("register_date", "required", "Enter the date.")
    elif form.register_date > today:
        err("register_date", "future", "The date cannot be in the future.")
    if form.letter_date is not None:
        if form.letter_date > today:
            err("letter_date", "future", "The letter date cannot be in the future.")
        elif form.register_date and form.direction == "in" and form.letter_date > form.register_date:
            err("letter_date", "after_received", "The letter cannot be written after it was received.")
    if form.reply_due is not None and form.register_date and form.reply_due < form.register_date:
        err("reply_due", "before_received", "The reply due date is before the letter's date.")
    if not form.subject.strip():
        err("subject", "required", "Enter the subject.")
    elif len(form.subject) > MAX_SUBJECT:
        err("subject", "too_long", f"The subject is longer than {MAX_SUBJECT} characters.")
    if len(form.summary) > MAX_TEXT:
        err("summary", "too_long", f"The summary is longer than {MAX_TEXT} characters.")
    if form.direction == "in" and not form.sender_org_id and not form.sender_office_id and not form.sender_name.strip():
        err("sender", "required", "Choose the sender from the address book or type a new one.")
    if form.direction == "out" and not form.recipients and not form.recipient_offices:
        err("recipients", "required", "Choose at least one recipient.")
    for name, value, allowed in (
        ("delivery_mode", form.delivery_mode, DELIVERY_MODES),
        ("doc_type", form.doc_type, DOC_TYPES),
        ("urgency", form.urgency, URGENCIES),
        ("confidentiality", form.confidentiality, CONFIDENTIALITIES),
    ):
        if value not in allowed:
            err(name, "choice", f"Choose one of: {', '.join(allowed)}.")
    if form.pages is not None and not 1 <= form.pages <= 100000:
        err("pages", "range", "The number of pages must be between 1 and 100000.")
    if form.registry_number is not None and not form.registry_number.strip():
        err("registry_number", "required", "The registry number is empty.")
    return errors
