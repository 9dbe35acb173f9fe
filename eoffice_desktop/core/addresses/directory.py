"""The national directory of offices and the public holidays on this PC: kept as the server sends them (a delta
after the version held), searched as the clerk types (docs/directory.md)."""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, delete, func, or_, select
from sqlalchemy.orm import Session

from eoffice_desktop.core.search.text import fold
from eoffice_desktop.core.storage.models import DirectoryOffice, NationalHoliday
from eoffice_desktop.core.storage.settings import get_setting, set_setting
from eoffice_shared.refusals import Refusal

VERSION_KEY = "directory.version"
PLACE_SEPARATOR = " · "  # between the parents' names stored in `place`
SHOWN_SEPARATOR = ", "  # as Lao addresses are written: "ບ້ານ …, ເມືອງ …, ແຂວງ …"
WORD_EDGES = ",;·()[]\"'"  # left off a typed word's ends: a name copied as shown ("…, ແຂວງຈຳປາສັກ (ສສກ.ຈປ)") is found
KIND_ORDER = ("ministry", "province", "department", "district", "village", "other")
DAMAGED = "The directory of offices the server sent cannot be read; the one held is kept."  # in ui/core_messages.py


class DirectoryDamaged(Refusal, ValueError):
    """The directory the server sent cannot be read; nothing was changed."""

    code = "directory_damaged"
    english = DAMAGED


@dataclass(frozen=True)
class DirectoryUpdate:
    version: int
    offices: int  # offices added or changed
    holidays: int  # holidays added, changed or removed
    full: bool = False


@dataclass(frozen=True)
class OfficeMatch:
    """A directory office as the letter form offers it."""

    id: str
    code: str
    name_lo: str
    name_en: str
    kind: str
    status: str  # active, closed, merged
    place: str  # its parents, nearest first: "ແຂວງຫຼວງພະບາງ"
    enrolled: bool  # letters to it are delivered by sync; otherwise printed and sent on paper
    merged_into: str | None = None

    @property
    def display(self) -> str:
        """ "ພະແນກສຶກສາທິການ ແລະ ກິລາ, ແຂວງຫຼວງພະບາງ"."""
        return with_parents(self.name_lo, self.place)


def with_parents(name: str, place: str) -> str:
    """An office's name with where it belongs, as the clerk sees it everywhere: "ພະແນກສຶກສາທິການ ແລະ ກິລາ,
    ແຂວງຈຳປາສັກ" (18 provinces have one), "ບ້ານວັດແສນ, ເມືອງຫຼວງພະບາງ, ແຂວງຫຼວງພະບາງ". `place` is its parents'
    names nearest first (`OfficeMatch.place`); a parent the name already says is not repeated
    ("ຫ້ອງວ່າການແຂວງຫຼວງພະບາງ" stays as it is)."""
    own = fold(name)
    parents = [parent for parent in place.split(PLACE_SEPARATOR) if parent.strip() and fold(parent) not in own]
    return SHOWN_SEPARATOR.join([name, *parents])


def directory_version(session: Session) -> int:
    return int(get_setting(session, VERSION_KEY, "0") or 0)


def forget_directory_version(session: Session) -> None:
    """The next sync takes the whole directory again (the server was restored from a backup: a new epoch)."""
    set_setting(session, VERSION_KEY, "0")


def _text(entry: Mapping[str, Any], name: str, limit: int) -> str:
    value = entry.get(name)
    if value is None:
        return ""
    if not isinstance(value, str) or len(value) > limit:
        raise DirectoryDamaged(DAMAGED)
    return value


def _office_values(entry: Mapping[str, Any]) -> dict[str, Any]:
    if not isinstance(entry, Mapping) or not _text(entry, "id", 64) or not _text(entry, "name_lo", 300):
        raise DirectoryDamaged(DAMAGED)
    former = entry.get("former") or []
    if not isinstance(former, list) or not all(
        isinstance(f, list) and all(isinstance(x, str) for x in f) for f in former
    ):
        raise DirectoryDamaged(DAMAGED)
    return {
        "id": entry["id"],
        "code": _text(entry, "code", 32),
        "name_lo": _text(entry, "name_lo", 300),
        "name_en": _text(entry, "name_en", 300),
        "kind": _text(entry, "kind", 16) or "other",
        "province": _text(entry, "province", 100),
        "parent_id": _text(entry, "parent_id", 64) or None,
        "status": _text(entry, "status", 16) or "active",
        "merged_into": _text(entry, "merged_into", 64) or None,
        "event_office_id": _text(entry, "event_office_id", 64) or None,
        "former": json.dumps(former, ensure_ascii=False),
    }


def apply_directory(session: Session, answer: Mapping[str, Any]) -> DirectoryUpdate:
    """Take what the server sent (`GET /v1/directory` or a USB return bundle's `acks.directory`) in the caller's
    transaction. An answer for a version older than the one held changes nothing (a stale USB file)."""
    try:
        version, full = int(answer["version"]), bool(answer.get("full"))
        offices = [_office_values(entry) for entry in answer.get("offices", [])]
        days = [
            (date.fromisoformat(str(h["day"])), str(h.get("name_lo", "")), str(h.get("name_en", "")), h.get("removed"))
            for h in answer.get("holidays", [])
        ]
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, DirectoryDamaged):
            raise
        raise DirectoryDamaged(
            "The directory of offices the server sent cannot be read; the one held is kept."
        ) from None
    held = directory_version(session)
    if not full and version <= held:
        return DirectoryUpdate(held, 0, 0)
    if full:
        session.execute(delete(DirectoryOffice))
        session.execute(delete(NationalHoliday))
    for values in offices:
        if full:
            session.add(DirectoryOffice(**values))
        else:
            session.merge(DirectoryOffice(**values))
    for day, name_lo, name_en, removed in days:
        row = session.get(NationalHoliday, day)
        if removed:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(NationalHoliday(day=day, name_lo=name_lo, name_en=name_en))
        else:
            row.name_lo, row.name_en = name_lo, name_en
    session.flush()
    if offices or full:
        _index(session)
    set_setting(session, VERSION_KEY, str(version))
    return DirectoryUpdate(version, len(offices), len(days), full)


def _index(session: Session) -> None:
    """Each office's place in the hierarchy and its search keys (a renamed parent changes its offices' place and
    parents' key)."""
    rows = {row.id: row for row in session.scalars(select(DirectoryOffice))}
    for row in rows.values():
        parents: list[DirectoryOffice] = []
        seen, parent = {row.id}, rows.get(row.parent_id or "")
        while parent is not None and parent.id not in seen:
            parents.append(parent)
            seen.add(parent.id)
            parent = rows.get(parent.parent_id or "")
        place = PLACE_SEPARATOR.join(parent.name_lo for parent in parents)
        former = " ".join(" ".join(names) for names in json.loads(row.former or "[]"))
        code_key = fold(row.code).strip()
        search_key = "\n".join(fold(part).strip() for part in (row.code, row.name_lo, row.name_en, former))
        parents_key = parents_search_key([(parent.name_lo, parent.name_en) for parent in parents])
        held = (row.place, row.code_key, row.search_key, row.parents_key)
        if held != (place, code_key, search_key, parents_key):
            row.place, row.code_key, row.search_key, row.parents_key = place, code_key, search_key, parents_key


def parents_search_key(parents: list[tuple[str, str]]) -> str:
    """The folded Lao and English names of an office's parents, nearest first: a word found earlier in it names a
    nearer parent (a province's own departments before its villages)."""
    return "\n".join(fold(name).strip() for names in parents for name in names if name.strip())


_COLUMNS = (
    DirectoryOffice.id,
    DirectoryOffice.code,
    DirectoryOffice.name_lo,
    DirectoryOffice.name_en,
    DirectoryOffice.kind,
    DirectoryOffice.status,
    DirectoryOffice.place,
    DirectoryOffice.event_office_id.is_not(None),
    DirectoryOffice.merged_into,
)


def _match(row: DirectoryOffice) -> OfficeMatch:
    return OfficeMatch(
        row.id,
        row.code,
        row.name_lo,
        row.name_en,
        row.kind,
        row.status,
        row.place,
        row.event_office_id is not None,
        row.merged_into,
    )


def typed_words(wanted: str) -> list[str]:
    """The words of an already folded text, without the punctuation of a name copied as shown."""
    words = [word.strip(WORD_EDGES) for word in wanted.split()]
    return list(dict.fromkeys(word for word in words if word)) or [wanted]


def search_query(wanted: str, limit: int) -> Select:  # type: ignore[type-arg]
    """The SQL of the office search for an already folded text (the benchmark runs it raw as the floor)."""
    table = DirectoryOffice
    words = typed_words(wanted)
    code_prefix = func.substr(table.code_key, 1, len(wanted)) == wanted
    own = [func.instr(table.search_key, word) > 0 for word in words]
    up = [func.instr(table.parents_key, word) for word in words]  # where in its parents' names (0: not there)
    found = and_(*(own_word | (parent > 0) for own_word, parent in zip(own, up, strict=True)))
    # How far up its parents the typed words are found: 0 when its own names hold them all.
    depths: list[ColumnElement[int]] = [
        case((own_word, 0), else_=parent) for own_word, parent in zip(own, up, strict=True)
    ]
    depth = depths[0] if len(depths) == 1 else func.max(*depths)
    kind_rank = case({kind: rank for rank, kind in enumerate(KIND_ORDER)}, value=table.kind, else_=len(KIND_ORDER))
    return (
        select(*_COLUMNS)
        .where(or_(code_prefix, found))
        .order_by(
            table.status != "active",
            case((table.code_key == wanted, 0), (code_prefix, 1), else_=2),
            case((func.instr(table.search_key, wanted) > 0, 0), (and_(*own), 1), else_=2),
            depth,
            kind_rank,
            func.length(table.name_lo),
            table.name_lo,
        )
        .limit(limit)
    )


def search_offices(session: Session, text: str, limit: int = 20) -> list[OfficeMatch]:
    """Offices whose code starts with `text`, or where each typed word is in the office's code, Lao or English
    name (or a former one) or in a name of the offices it lies under (Lao has no spaces between words: any part of
    a name matches). "ຈຳປາສັກ" finds the province, then its departments and districts, then its villages;
    "ສຶກສາ ຈຳປາສັກ" the province's department of education.

    Active offices first; then code matches; then offices whose own names hold the text as typed, then all its
    words, then by their parents, nearest parent first; then ministries, provinces, departments, districts,
    villages; shorter names first."""
    wanted = fold(text).strip()
    if not wanted:
        return []
    return [OfficeMatch(*row) for row in session.execute(search_query(wanted, limit))]


def office(session: Session, office_id: str) -> OfficeMatch | None:
    row = session.get(DirectoryOffice, office_id)
    return _match(row) if row is not None else None


def receiving_office(session: Session, office_id: str) -> OfficeMatch | None:
    """The office that receives letters addressed to `office_id`: itself, or the office it was merged into."""
    found = session.get(DirectoryOffice, office_id)
    seen: set[str] = set()
    while found is not None and found.status == "merged" and found.merged_into and found.id not in seen:
        seen.add(found.id)
        found = session.get(DirectoryOffice, found.merged_into)
    return _match(found) if found is not None else None


def delivered_by_sync(session: Session, office_id: str | None) -> bool:
    """Does a letter to the office an address-book entry is linked to (`Organisation.office_id`: a directory id, or
    the id an enrolled office's events carry) go through the server? Otherwise it is printed and sent on paper."""
    if not office_id:
        return False
    found = receiving_office(session, office_id)
    if found is not None:
        return found.enrolled
    # Linked by the id an enrolled office's events carry (an arrived letter's sender, an older version's link).
    by_events = select(DirectoryOffice.id).where(DirectoryOffice.event_office_id == office_id).limit(1)
    return session.scalar(by_events) is not None or directory_version(session) == 0  # no directory yet: as before


def events_office_id(session: Session, office_id: str) -> str:
    """The office id an office's own events carry (its receipts and tracking reports), for an address-book link made
    by its directory id; any other id as it is."""
    row = session.get(DirectoryOffice, office_id)
    return row.event_office_id if row is not None and row.event_office_id else office_id


def reporting_offices(session: Session, links: set[str]) -> dict[str, str]:
    """`events_office_id` of each address-book link whose letters go through the server (`delivered_by_sync`), ""
    for one reached on paper: for a page's correspondents in two reads, not three per office."""
    if not links:
        return {}
    rows = {row.id: row for row in session.scalars(select(DirectoryOffice).where(DirectoryOffice.id.in_(links)))}
    by_events = set(
        session.scalars(select(DirectoryOffice.event_office_id).where(DirectoryOffice.event_office_id.in_(links)))
    )
    no_directory = directory_version(session) == 0
    found: dict[str, str] = {}
    for link in links:
        row = rows.get(link)
        if row is not None and row.status == "merged":  # (rare: the office it was merged into receives its letters)
            found[link] = events_office_id(session, link) if delivered_by_sync(session, link) else ""
        elif row is not None:
            found[link] = (row.event_office_id or link) if row.event_office_id is not None else ""
        else:
            found[link] = link if link in by_events or no_directory else ""
    return found


def names_by_event_office(session: Session, only: Collection[str] | None = None) -> dict[str, str]:
    """The Lao name of each enrolled office with where it belongs (`with_parents`), by the office id its events
    carry (senders of arriving letters); with `only`, of those offices."""
    query = select(DirectoryOffice.event_office_id, DirectoryOffice.name_lo, DirectoryOffice.place)
    if only is None:
        rows = session.execute(query.where(DirectoryOffice.event_office_id.is_not(None)))
    else:
        rows = session.execute(query.where(DirectoryOffice.event_office_id.in_(sorted(only))))
    return {str(office_id): with_parents(name, place) for office_id, name, place in rows}


def national_holidays(session: Session) -> dict[date, str]:
    """The public holidays the server sent: day -> Lao name."""
    return {row.day: row.name_lo for row in session.scalars(select(NationalHoliday).order_by(NationalHoliday.day))}
