"""What the address-book screen shows and changes: its entries (merged ones with the entry they went into, how each is
reached, the directory office it is linked to), the directory's suggestions, and adding, editing, merging, linking
and separating entries (each an event, returning what changed)."""

from __future__ import annotations

from dataclasses import dataclass

from eoffice_desktop.core.addresses.addressbook import (
    EntryFields,
    add_organisation,
    merge_organisations,
    separate_organisation,
    update_organisation,
)
from eoffice_desktop.core.addresses.addressbook_fold import canonical_ids
from eoffice_desktop.core.addresses.correspondents import OFFICE, Correspondent
from eoffice_desktop.core.addresses.directory import delivered_by_sync
from eoffice_desktop.core.addresses.directory import office as directory_office
from eoffice_desktop.core.addresses.directory_match import LinkSuggestion, link_sure_entries, suggest_links
from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.storage.models import Organisation

ENTRIES = Changes(address_book=True, registers=True)  # (a merged entry's letters show the name they merged into)


@dataclass(frozen=True)
class Entry:
    id: str
    name_lo: str
    name_en: str
    abbr: str
    kind: str
    province: str
    office_id: str | None

    @classmethod
    def of(cls, org: Organisation) -> Entry:
        return cls(org.id, org.name_lo, org.name_en, org.abbr, org.kind, org.province, org.office_id)


@dataclass(frozen=True)
class ListedEntry:
    entry: Entry
    merged: bool  # merged into another entry
    merged_into: str  # the name of the entry it was merged into
    by_sync: bool  # its office receives letters through the server
    directory_code: str  # the code of the directory office it is linked to ("" if none)


def entries(store: OfficeStore) -> list[ListedEntry]:
    """Every named entry, by Lao name."""
    with store.db.session() as s:
        canonical = canonical_ids(s)
        orgs = sorted((o for o in s.query(Organisation) if o.name_lo), key=lambda o: o.name_lo)
        names = {o.id: o.name_lo for o in orgs}
        listed = []
        for o in orgs:
            into = canonical.get(o.id, o.id)
            found = directory_office(s, o.office_id) if o.office_id else None
            merged = into != o.id
            merged_into = names.get(into, "") if merged else ""
            reach = delivered_by_sync(s, o.office_id)
            listed.append(ListedEntry(Entry.of(o), merged, merged_into, reach, found.code if found else ""))
        return listed


def entry(store: OfficeStore, org_id: str) -> Entry | None:
    with store.db.session() as s:
        org = s.get(Organisation, org_id)
        return Entry.of(org) if org is not None else None


def merge_targets(store: OfficeStore, org_id: str) -> list[Entry]:
    """The entries a duplicate may be merged into: named, standing on their own, not itself."""
    with store.db.session() as s:
        canonical = canonical_ids(s)
        found = s.query(Organisation).order_by(Organisation.name_lo)
        return [Entry.of(o) for o in found if o.name_lo and o.id != org_id and canonical.get(o.id, o.id) == o.id]


def suggestions(store: OfficeStore) -> list[LinkSuggestion]:
    with store.db.session() as s:
        return suggest_links(s)


def suggested_offices(store: OfficeStore, org_id: str) -> list[Correspondent]:
    """The directory offices an entry may stand for."""
    return [
        Correspondent(OFFICE, m.id, m.name_lo, m.place, m.code, m.enrolled)
        for suggestion in suggestions(store)
        if suggestion.org_id == org_id
        for m in suggestion.offices
    ]


def add_entry(store: OfficeStore, actor: Actor, values: dict[str, str]) -> Changes:
    with store.db.write() as s:
        add_organisation(s, store.log, actor, EntryFields(**values))  # type: ignore[arg-type]
    return ENTRIES


def update_entry(store: OfficeStore, actor: Actor, org_id: str, values: dict[str, str | None]) -> Changes:
    with store.db.write() as s:
        update_organisation(s, store.log, actor, org_id, **values)  # type: ignore[arg-type]
    return ENTRIES


def merge_entry(store: OfficeStore, actor: Actor, org_id: str, into_org_id: str) -> Changes:
    with store.db.write() as s:
        merge_organisations(s, store.log, actor, org_id, into_org_id)
    return ENTRIES


def separate_entry(store: OfficeStore, actor: Actor, org_id: str) -> Changes:
    with store.db.write() as s:
        separate_organisation(s, store.log, actor, org_id)
    return ENTRIES


def link_sure_ones(store: OfficeStore, actor: Actor) -> Changes:
    link_sure_entries(store, actor)
    return ENTRIES
