"""Exporting a register to CSV: UTF-8 with a BOM so spreadsheet programs show Lao text correctly."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.core.models import Letter
from eoffice_desktop.core.register_query import RegisterFilter, _filtered
from eoffice_desktop.core.rights import require

COLUMNS = (
    ("registry_number", "Registry number"),
    ("register_date", "Date"),
    ("direction", "Direction"),
    ("correspondent", "Sender / recipients"),
    ("sender_ref", "Sender's reference"),
    ("letter_date", "Letter date"),
    ("subject", "Subject"),
    ("summary", "Summary"),
    ("doc_type", "Document type"),
    ("urgency", "Urgency"),
    ("confidentiality", "Confidentiality"),
    ("delivery_mode", "Delivery"),
    ("pages", "Pages"),
    ("reply_due", "Reply due"),
    ("keywords", "Keywords"),
    ("signatory", "Signatory"),
    ("status", "Status"),
    ("void_reason", "Void reason"),
    ("attachment_count", "Attachments"),
)


def _cell(letter: Letter, name: str) -> str:
    if name == "correspondent":
        return letter.sender_name if letter.direction == "in" else letter.recipients_text
    value = getattr(letter, name)
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_csv(session: Session, out: TextIO, f: RegisterFilter, by: str | None = None) -> int:
    """Write the register as CSV; `by` is the signed-in user (the command line, run on the office PC by IT staff,
    passes None)."""
    if by is not None:
        require(session, by, "export")
    writer = csv.writer(out)
    writer.writerow([title for _, title in COLUMNS])
    query = _filtered(select(Letter), f).order_by(Letter.registry_year, Letter.registry_seq, Letter.registered_at)
    count = 0
    for letter in session.scalars(query.execution_options(yield_per=1000)):
        writer.writerow([_cell(letter, name) for name, _ in COLUMNS])
        count += 1
    return count


def export_csv(session: Session, path: Path, f: RegisterFilter, by: str | None = None) -> int:
    """Write the register to `path`; returns the number of letters written."""
    if by is not None:
        require(session, by, "export")
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "w", encoding="utf-8-sig", newline="") as out:
        count = write_csv(session, out, f)
    tmp.replace(path)
    return count
