"""How address-book events fold into the `organisations` table: an entry is added, edited field by field (the last
writer by HLC wins each field) and merged into another; in whatever order they arrive, every PC ends the same."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.core.storage.models import Event, Organisation
from eoffice_desktop.core.storage.prepared import PreparedInsert, Tx
from sync.protocol.events import EventType

ORG_ADDED = EventType.ORG_ADDED
ORG_UPDATED = EventType.ORG_UPDATED
ORG_MERGED = EventType.ORG_MERGED

# Field -> its value when an `org.added` does not name it.
EDITABLE: dict[str, Any] = {
    "name_lo": "",
    "name_en": "",
    "abbr": "",
    "kind": "other",
    "province": "",
    "office_id": None,
}


def _entry(session: Session, org_id: str) -> Organisation:
    org = session.get(Organisation, org_id)
    if org is None:  # an edit that arrived before the entry itself (USB files): the entry is filled in later
        org = Organisation(id=org_id, name_lo="", field_versions={})
        session.add(org)
    return org


def _set(org: Organisation, name: str, value: Any, hlc: str) -> None:
    versions = dict(org.field_versions or {})
    if versions.get(name, "") >= hlc:
        return  # a later change of the same field already won
    setattr(org, name, value)
    versions[name] = hlc
    org.field_versions = versions


def fold_added(session: Session, row: Event, p: dict[str, Any]) -> None:
    org = _entry(session, p["org_id"])
    for name, default in EDITABLE.items():
        _set(org, name, p.get(name, default), row.hlc)


def add_fresh(tx: Tx, row: Event, p: dict[str, Any]) -> None:
    """An entry made here just now (`fold_added` of an id nothing else can hold yet): the same row in one plain
    INSERT, in a plain transaction too (a registration's new sender)."""
    values = {name: p.get(name, default) for name, default in EDITABLE.items()}
    _INSERT.insert(
        tx, {"id": p["org_id"], **values, "merged_into": None, "field_versions": dict.fromkeys(EDITABLE, row.hlc)}
    )


_INSERT = PreparedInsert(Organisation)


def fold_updated(session: Session, row: Event, p: dict[str, Any]) -> None:
    org = _entry(session, p["org_id"])
    for name, value in dict(p.get("fields", {})).items():
        if name in EDITABLE:
            _set(org, name, value, row.hlc)


def fold_merged(session: Session, row: Event, p: dict[str, Any]) -> None:
    """`into_org_id` None separates an entry merged by mistake."""
    _set(_entry(session, p["org_id"]), "merged_into", p.get("into_org_id"), row.hlc)


def canonical_ids(session: Session) -> dict[str, str]:
    """{entry id: the entry it stands under after merges}."""
    rows = session.execute(select(Organisation.id, Organisation.merged_into))
    return resolve_merges({org_id: merged_into for org_id, merged_into in rows})


def resolve_merges(merged: dict[str, str | None]) -> dict[str, str]:
    """{entry: the entry it stands under}, from {entry: the entry it was merged into}. Merges made at once on two PCs
    may form a loop (A into B and B into A): the loop stands under its smallest id, the same on every PC."""
    found: dict[str, str] = {}
    for start in merged:
        path: list[str] = [start]
        current = merged[start]
        while current is not None and current in merged and current not in path:
            path.append(current)
            current = merged[current]
        found[start] = min(path[path.index(current) :]) if current in path else path[-1]
    return found


def merged_group(session: Session, org_id: str) -> list[str]:
    """The entry and every entry merged into it (their old letters are found under it)."""
    canonical = canonical_ids(session)
    target = canonical.get(org_id, org_id)
    return sorted({org_id, *(entry for entry, into in canonical.items() if into == target)})
