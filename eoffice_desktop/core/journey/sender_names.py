"""How this PC names another office wherever it shows one (a letter that arrived from it, its receipts and tracking
reports on our letters, an office further down a forwarding chain): by the directory, this office's address book or
the name the server gave beside the office's events; an office's own word (its letter's or report's `office_name`, a
forwarding office's `about_office_name`) only where none of them knows the office (servers of earlier versions)."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Collection, Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.core.addresses.directory import events_office_id, names_by_event_office
from eoffice_desktop.core.storage.models import Event, Letter, LetterRecipient, Organisation
from eoffice_desktop.core.storage.settings import get_setting, set_setting
from sync.protocol.events import EventType

SERVER_NAMES_KEY = "sync.sender_names"  # {office id as its events carry it: the server's Lao name for it}
DIRECTORY_KEY = "sync.office_directory"  # the list of offices servers without the directory gave, kept at each sync


def office_names(session: Session, only: Collection[str] | None = None) -> dict[str, str]:
    """Office id (as its events carry it) -> Lao name as the clerk sees it (of the offices `only`, else of all this
    PC knows): an office of the national directory with where it belongs ("ພະແນກສຶກສາທິການ ແລະ ກິລາ, ແຂວງຈຳປາສັກ":
    18 provinces have one), else as the local address book names it, else as the server named it beside its events
    (`server_names`), else as the list of offices that servers without the directory gave. Never as an office names
    itself (or another office) in its own events: `report_names` adds those words where this order knows nothing."""
    wanted = None if only is None else set(only)
    names = names_by_event_office(session, wanted)
    query = select(Organisation.office_id, Organisation.name_lo).where(Organisation.office_id.is_not(None))
    if wanted is not None:
        query = query.where(Organisation.office_id.in_(sorted(wanted)))
    for office_id, name in session.execute(query):
        names.setdefault(str(office_id), name)
    for office_id, name in server_names(session).items():
        names.setdefault(office_id, name)
    try:
        directory = json.loads(get_setting(session, DIRECTORY_KEY, "[]"))
    except ValueError:
        directory = []
    for entry in directory if isinstance(directory, list) else []:
        if isinstance(entry, dict) and entry.get("office_id") and entry.get("name_lo"):
            names.setdefault(str(entry["office_id"]), str(entry["name_lo"]))
    return names if wanted is None else {key: name for key, name in names.items() if key in wanted}


def report_names(
    session: Session, letter_id: str, reports: Iterable[tuple[str, Mapping[str, object]]]
) -> dict[str, str]:
    """Office id -> name of every office that wrote these receipts and tracking reports on a letter (office id its
    events carry, payload) and of every office further down a forwarding chain they tell of (`about_office_id`):
    the letter's own recipients as it names them (its "To", this office's address book), the others as
    `office_names` knows them, else as the reports said (reports pulled from servers of earlier versions, which
    named no office beside its events). A forwarding office's word about another office (`about_office_name`) is
    not taken when the server named the forwarding office but not that one: the server does not know it."""
    said, relayed_by = _said(reports, reporters=True)
    if not said:
        return {}
    known = office_names(session, set(said)) | recipient_names(session, letter_id)
    return _unnamed(session, said, relayed_by, known) | known


def relayed_names(session: Session, reports: Iterable[tuple[str, Mapping[str, object]]]) -> dict[str, str]:
    """Office id -> name of every office further down a forwarding chain these relayed reports tell of (of any
    letters: a register page's at once), as `report_names` names them."""
    said, relayed_by = _said(reports, reporters=False)
    if not said:
        return {}
    known = office_names(session, set(said))
    return _unnamed(session, said, relayed_by, known) | known


def _said(
    reports: Iterable[tuple[str, Mapping[str, object]]], reporters: bool
) -> tuple[dict[str, str], dict[str, str]]:
    """What the reports call the offices they tell of further down a chain (and, with `reporters`, the offices that
    wrote them), and which office relayed each one's first report."""
    said: dict[str, str] = {}
    relayed_by: dict[str, str] = {}
    for office_id, payload in reports:
        if reporters:
            said[office_id] = said.get(office_id) or _text(payload, "office_name")
        about = _text(payload, "about_office_id")
        if about:
            said[about] = said.get(about) or _text(payload, "about_office_name")
            relayed_by.setdefault(about, office_id)
    return said, relayed_by


def _unnamed(
    session: Session, said: dict[str, str], relayed_by: Mapping[str, str], known: Mapping[str, str]
) -> dict[str, str]:
    """`said` without a forwarding office's word about an office the server did not name, when the server named the
    forwarding office (it does not know that office)."""
    named_by_server = server_names(session)
    return {
        office: "" if office not in known and relayed_by.get(office, "") in named_by_server else name
        for office, name in said.items()
    }


def recipient_names(session: Session, letter_id: str) -> dict[str, str]:
    """Office id (as its events carry it) -> the name of the letter's recipient (this office's address book) that
    stands for it."""
    rows = session.execute(
        select(Organisation.office_id, Organisation.name_lo)
        .join(LetterRecipient, LetterRecipient.org_id == Organisation.id)
        .where(LetterRecipient.letter_id == letter_id, Organisation.office_id.is_not(None))
    )
    return {events_office_id(session, str(office)): name for office, name in rows if office and name}


def _text(payload: Mapping[str, object], key: str) -> str:
    value = payload.get(key)
    return value.strip() if isinstance(value, str) else ""


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
