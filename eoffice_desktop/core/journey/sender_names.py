"""How this office names the office an arrived letter came from when this PC does not know that office (no directory,
not in the address book): as the server named it when it handed the letter out, else (letters from older servers) as
the letter names its sender, else by its number's office."""

from __future__ import annotations

import json
import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.core.storage.models import Event, Letter
from eoffice_desktop.core.storage.settings import get_setting, set_setting
from sync.protocol.events import EventType

SERVER_NAMES_KEY = "sync.sender_names"  # {office id as its events carry it: the server's Lao name for it}


def server_names(session: Session) -> dict[str, str]:
    """The server's names of the offices whose events reached this PC (from servers that give them)."""
    try:
        held = json.loads(get_setting(session, SERVER_NAMES_KEY, "{}"))
    except ValueError:
        return {}
    return {str(key): str(value) for key, value in held.items()} if isinstance(held, dict) else {}


def remember_server_names(session: Session, given: object) -> None:
    """Keep the server's names of the offices whose events just arrived (a pull's `senders`, a server's return
    bundle's): the newest name wins, so an office IT staff renamed on the server is named anew. An office cannot
    write them: they travel beside its events, not in them."""
    if not isinstance(given, dict) or not given:
        return
    names = {
        key: _clean(value)
        for key, value in given.items()
        if isinstance(key, str) and 0 < len(key) <= 64 and isinstance(value, str) and 0 < len(_clean(value)) <= 300
    }
    held = server_names(session)
    if names and any(held.get(key) != name for key, name in names.items()):
        set_setting(session, SERVER_NAMES_KEY, json.dumps(held | names, ensure_ascii=False, sort_keys=True))


def _clean(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).split())


def stated_senders(session: Session, letters: list[Letter]) -> dict[str, str]:
    """Letter id -> its sending office's name as the letter itself states it, for letters whose sender the server
    did not name (`server_names`: servers of earlier versions, letters pulled before it gave names): the name the
    office wrote into its letter (`office_name`, from versions that send it), else the office's abbreviation in the
    letter's number ("0012/ກງ" -> "ກງ", as a clerk reads it on paper); "" when neither says anything. A few reads by
    letter id."""
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
