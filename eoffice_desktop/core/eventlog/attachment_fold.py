"""Folding an attachment named by an event into the letter's files: one function for the letter's own attachments and
the signed PDF copies a signature adds (`core/projections.py`, `core/signing/fold.py`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from eoffice_desktop.core.ocr.store import index_known_text
from eoffice_desktop.core.storage.models import Attachment, Event, Letter


def add_attachment(session: Session, letter: Letter, row: Event, a: dict[str, Any]) -> None:
    if session.get(Attachment, a["id"]) is not None:
        return
    session.add(
        Attachment(
            id=a["id"],
            letter_id=letter.id,
            blob_hash=a["blob"],
            filename=a["filename"],
            media_type=a["media_type"],
            size=int(a["size"]),
            added_at=datetime.fromisoformat(row.hlc[:23]),
            added_by=row.author_id,
        )
    )
    letter.attachment_count += 1
    index_known_text(session, letter.id, a["blob"])
