"""The office's address book of organisations that write to us and that we write to: add, edit, link to an
enrolled office, merge duplicates (events `org.added`, `org.updated`, `org.merged`; folded in `addressbook_fold`)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.orm import Session

from eoffice_desktop.core.addresses.addressbook_fold import EDITABLE, ORG_MERGED, ORG_UPDATED, canonical_ids
from eoffice_desktop.core.eventlog.events import Actor, EventLog
from eoffice_desktop.core.storage.ids import uuid7
from eoffice_desktop.core.storage.models import Organisation
from eoffice_desktop.core.storage.prepared import Prepared, Tx, needs_session
from eoffice_shared.refusals import Refusal
from sync.protocol.events import EventType

ORG_KINDS = ("ministry", "province", "district", "department", "company", "embassy", "other")


class AddressBookRefused(Refusal, ValueError):
    pass


def find_by_name(session: Session, name: str) -> Organisation | None:
    """The entry known by this name (Lao, English or abbreviation); for a merged one, the entry it was merged into."""
    entry = entry_by_name(session, name)
    return None if entry is None else session.get(Organisation, entry[0])


def entry_by_name(session: Tx, name: str) -> tuple[str, str] | None:
    """The id and Lao name of `find_by_name`'s entry, read in one prepared query (a registration asks every time)."""
    wanted = name.strip().casefold()
    if not wanted:
        return None
    found = _BY_NAME.run(session, {"wanted": wanted}).fetchone()
    if found is None:
        return None
    org_id, merged_into, name_lo = found
    if merged_into is None:
        return org_id, name_lo
    target = canonical_ids(needs_session(session)).get(org_id, org_id)
    target_name = name_of(session, target)
    return None if target_name is None else (target, target_name)


def name_of(session: Tx, org_id: str) -> str | None:
    """The Lao name of an entry, None when there is no such entry."""
    found = _NAME.run(session, {"org": org_id}).fetchone()
    return None if found is None else str(found[0])


# Each lower-cased name has its index (migration 0014): a registration finds its sender without reading them all.
_BY_NAME = Prepared(
    select(Organisation.id, Organisation.merged_into, Organisation.name_lo)
    .where(
        or_(
            func.lower(Organisation.name_lo) == bindparam("wanted"),
            func.lower(Organisation.name_en) == bindparam("wanted"),
            func.lower(Organisation.abbr) == bindparam("wanted"),
        )
    )
    .order_by(Organisation.merged_into.is_not(None), Organisation.id)
    .limit(1)
)
_NAME = Prepared(select(Organisation.name_lo).where(Organisation.id == bindparam("org")))


@dataclass(frozen=True, slots=True)
class EntryFields:
    """What a new address-book entry says (`add_organisation`, `new_entry`)."""

    name_lo: str
    name_en: str = ""
    abbr: str = ""
    kind: str = "other"
    province: str = ""
    office_id: str | None = None  # an enrolled office: letters to it are delivered through the server


def add_organisation(
    session: Session, log: EventLog, actor: Actor, fields: EntryFields, reuse: bool = True
) -> Organisation:
    """Add an organisation, or return the one already known by that name (unless `reuse` is False: the entry of a
    directory office, as many offices share a name)."""
    existing = find_by_name(session, fields.name_lo)
    if existing is None and fields.name_en:
        existing = find_by_name(session, fields.name_en)
    if existing is not None and reuse:
        return existing
    org = session.get(Organisation, new_entry(session, log, actor, fields))
    assert org is not None
    return org


def new_entry(tx: Tx, log: EventLog, actor: Actor, fields: EntryFields) -> str:
    """Add an entry, whatever entries have the same name (`add_organisation` looks first); its id."""
    name_lo, name_en = fields.name_lo.strip(), fields.name_en.strip()
    if not name_lo and not name_en:
        raise AddressBookRefused("An organisation needs a name.", code="org_name_missing")
    org_id = uuid7()
    log.append(
        tx,
        actor,
        EventType.ORG_ADDED,
        {
            "org_id": org_id,
            "name_lo": name_lo or name_en,
            "name_en": name_en,
            "abbr": fields.abbr.strip(),
            "kind": fields.kind if fields.kind in ORG_KINDS else "other",
            "province": fields.province.strip(),
            "office_id": fields.office_id,
        },
    )
    return org_id


def list_organisations(session: Session, text: str = "") -> list[Organisation]:
    """The entries to choose from (not those merged into another), by Lao name."""
    query = select(Organisation).order_by(Organisation.name_lo)
    if text.strip():
        like = f"%{text.strip()}%"
        query = query.where(
            or_(Organisation.name_lo.like(like), Organisation.name_en.like(like), Organisation.abbr.like(like))
        )
    canonical = canonical_ids(session)
    # An entry whose edit arrived before the entry itself has no name yet: not listed until it comes.
    return [org for org in session.scalars(query) if org.name_lo and canonical.get(org.id, org.id) == org.id]


def _live(session: Session, org_id: str) -> Organisation:
    org = session.get(Organisation, org_id)
    if org is None or not org.name_lo:
        raise AddressBookRefused("This address-book entry does not exist.", code="org_unknown")
    if canonical_ids(session).get(org_id, org_id) != org_id:
        raise AddressBookRefused("This entry was merged into another one; change that one instead.", code="org_merged")
    return org


def update_organisation(
    session: Session, log: EventLog, actor: Actor, org_id: str, **changes: str | None
) -> Organisation:
    """Change some fields of an entry (names, abbreviation, kind, province, or `office_id`: the enrolled office it
    stands for, so letters to it are delivered there). Only what differs is recorded; nothing differing, no event."""
    org = _live(session, org_id)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not an address-book field: {sorted(unknown)}")
    fields: dict[str, str | None] = {}
    for name, value in changes.items():
        value = value.strip() if isinstance(value, str) else value
        if name == "office_id":
            value = value or None
        if name == "kind" and value not in ORG_KINDS:
            value = "other"
        if value != getattr(org, name):
            fields[name] = value
    if "name_lo" in fields and not fields["name_lo"]:
        raise AddressBookRefused("An organisation needs a name.", code="org_name_missing")
    if fields:
        log.append(session, actor, ORG_UPDATED, {"org_id": org_id, "fields": fields})
    return org


def merge_organisations(session: Session, log: EventLog, actor: Actor, org_id: str, into_org_id: str) -> Organisation:
    """Merge a duplicate entry into another: lists show only the other, and the duplicate's letters are found
    under it (each letter keeps the sender's name as it was written)."""
    if org_id == into_org_id:
        raise AddressBookRefused("An entry cannot be merged into itself.", code="org_merge_into_itself")
    _live(session, org_id)
    into = _live(session, into_org_id)
    log.append(session, actor, ORG_MERGED, {"org_id": org_id, "into_org_id": into_org_id})
    return into


def separate_organisation(session: Session, log: EventLog, actor: Actor, org_id: str) -> Organisation:
    """Undo a merge made by mistake: the entry is listed again on its own."""
    org = session.get(Organisation, org_id)
    if org is None or org.merged_into is None:
        raise AddressBookRefused("This entry is not merged into another.", code="org_not_merged")
    log.append(session, actor, ORG_MERGED, {"org_id": org_id, "into_org_id": None})
    return org
