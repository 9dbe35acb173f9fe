"""Linking the address-book entries that the demo and earlier versions made to offices of the national directory: by
code or by name, the sure ones at once, the doubtful ones for the clerk to confirm (docs/directory.md)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.core.addresses.addressbook import list_organisations, update_organisation
from eoffice_desktop.core.addresses.directory import OfficeMatch, office
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.search.text import fold
from eoffice_desktop.core.storage.models import DirectoryOffice


@dataclass(frozen=True)
class LinkSuggestion:
    """An address-book entry with no directory office, and the offices it may stand for."""

    org_id: str
    org_name: str
    offices: list[OfficeMatch]
    sure: bool  # one office, found by its code or by a name no other office has


def _key(text: str) -> str:
    return fold(text).replace(" ", "")


def suggest_links(session: Session) -> list[LinkSuggestion]:
    """Entries not linked to any office, each with the active directory offices whose code is the entry's
    abbreviation or whose Lao or English name is the entry's (spaces ignored; the entry's province, when it has one,
    picks among offices of the same name). Entries that match nothing are left out."""
    by_code: dict[str, list[str]] = {}
    by_name: dict[str, list[str]] = {}
    places: dict[str, str] = {}
    rows = session.execute(
        select(
            DirectoryOffice.id,
            DirectoryOffice.code,
            DirectoryOffice.name_lo,
            DirectoryOffice.name_en,
            DirectoryOffice.place,
        ).where(DirectoryOffice.status == "active")
    )
    for office_id, code, name_lo, name_en, place in rows:
        by_code.setdefault(_key(code), []).append(office_id)
        for name in {_key(name_lo), _key(name_en)} - {""}:
            by_name.setdefault(name, []).append(office_id)
        places[office_id] = _key(place)
    found: list[LinkSuggestion] = []
    for org in list_organisations(session):
        if org.office_id:
            continue
        coded = by_code.get(_key(org.abbr), []) if org.abbr.strip() else []
        named: list[str] = []
        for name in {_key(org.name_lo), _key(org.name_en)} - {""}:
            named += [office_id for office_id in by_name.get(name, []) if office_id not in named]
        province = _key(org.province)
        if province and len(named) > 1:
            named = [office_id for office_id in named if province in places[office_id]] or named
        candidates = list(dict.fromkeys(coded + named))
        if not candidates:
            continue
        sure = len(candidates) == 1 and (bool(coded) or len(named) == 1)
        matches = [match for match in (office(session, office_id) for office_id in candidates) if match is not None]
        found.append(LinkSuggestion(org.id, org.name_lo, matches, sure))
    return found


def link_sure_entries(store: OfficeStore, actor: Actor) -> int:
    """Link every entry whose office is sure (an `org.updated` event each, so all PCs of the office agree); the
    doubtful ones wait for the clerk (`update_organisation(..., office_id=...)`). Returns how many were linked."""
    with store.db.write() as s:
        sure = [suggestion for suggestion in suggest_links(s) if suggestion.sure]
        for suggestion in sure:
            update_organisation(s, store.log, actor, suggestion.org_id, office_id=suggestion.offices[0].id)
    return len(sure)
