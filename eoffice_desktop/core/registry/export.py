"""Exporting a register to CSV: UTF-8 with a BOM so spreadsheet programs show Lao text correctly; titles and words
in the language of the window that exports (the import reads them back), English titles and codes otherwise."""

from __future__ import annotations

import csv
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.core.people.rights import require
from eoffice_desktop.core.registry.register_query import RegisterFilter, _filtered
from eoffice_desktop.core.storage.models import Letter

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


# Columns whose values are codes of the form (urgency 'very_urgent'): written as words when the export has them.
WORDED = ("direction", "doc_type", "urgency", "confidentiality", "delivery_mode", "status")


def _code(_column: str, code: str) -> str:
    return code


@dataclass(frozen=True)
class ExportWords:
    """The column titles (by column name) and the word for each code, in the language of the window that exports."""

    titles: Mapping[str, str] = field(default_factory=dict)
    word: Callable[[str, str], str] = _code  # (column, code) -> word


def _cell(letter: Letter, name: str) -> str:
    if name == "correspondent":
        return letter.sender_name if letter.direction == "in" else letter.recipients_text
    value = getattr(letter, name)
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_csv(
    session: Session, out: TextIO, f: RegisterFilter, by: str | None = None, words: ExportWords | None = None
) -> int:
    """Write the register as CSV; `by` is the signed-in user (the command line, run on the office PC by IT staff,
    passes None)."""
    if by is not None:
        require(session, by, "export")
    words = words or ExportWords()
    writer = csv.writer(out)
    writer.writerow([words.titles.get(name, title) for name, title in COLUMNS])
    query = _filtered(select(Letter), f).order_by(Letter.registry_year, Letter.registry_seq, Letter.registered_at)
    count = 0
    for letter in session.scalars(query.execution_options(yield_per=1000)):
        cells = {name: _cell(letter, name) for name, _ in COLUMNS}
        writer.writerow([words.word(name, cell) if name in WORDED and cell else cell for name, cell in cells.items()])
        count += 1
    return count


def export_csv(
    session: Session, path: Path, f: RegisterFilter, by: str | None = None, words: ExportWords | None = None
) -> int:
    """Write the register to `path`; returns the number of letters written."""
    if by is not None:
        require(session, by, "export")
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "w", encoding="utf-8-sig", newline="") as out:
        count = write_csv(session, out, f, words=words)
    tmp.replace(path)
    return count
