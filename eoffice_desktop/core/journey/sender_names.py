"""How this office names the office an arrived letter came from when this PC does not know that office (no directory,
not in the address book, not in the server's list): as the letter names its sender, else by its number's office."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.core.storage.models import Event, Letter
from sync.protocol.events import EventType


def stated_senders(session: Session, letters: list[Letter]) -> dict[str, str]:
    """Letter id -> its sending office's name as the letter itself states it: the name the office wrote into its
    letter (`office_name`, from versions that send it), else the office's abbreviation in the letter's number
    ("0012/ກງ" -> "ກງ", as a clerk reads it on paper); "" when neither says anything. A few reads by letter id."""
    named: dict[str, str] = {}
    ids = [letter.id for letter in letters]
    for start in range(0, len(ids), 500):
        query = select(Event.letter_id, Event.payload).where(
            Event.letter_id.in_(ids[start : start + 500]), Event.type == EventType.LETTER_REGISTERED
        )
        for letter_id, payload in session.execute(query):
            name = str(json.loads(payload).get("office_name") or "").strip()
            if letter_id and name:
                named[str(letter_id)] = name
    return {letter.id: named.get(letter.id) or number_office(letter.registry_number) for letter in letters}


def number_office(registry_number: str) -> str:
    """The office's abbreviation in a registry number of the office styles ("0012/ກງ", "0012/ກງ.ຈບ",
    "0012/ກງ/2026"); "" for a number without one."""
    parts = [part.strip() for part in registry_number.split("/")]
    if len(parts) < 2 or not parts[1] or parts[1].isdigit():
        return ""
    return parts[1]
