"""The office's address book of organisations that write to us and that we write to."""

from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from eoffice_desktop.core.events import Actor, EventLog
from eoffice_desktop.core.ids import uuid7
from eoffice_desktop.core.models import Organisation

ORG_KINDS = ("ministry", "province", "district", "department", "company", "embassy", "other")


def find_by_name(session: Session, name: str) -> Organisation | None:
    wanted = name.strip().casefold()
    if not wanted:
        return None
    return session.scalars(
        select(Organisation)
        .where(
            or_(
                func.lower(Organisation.name_lo) == wanted,
                func.lower(Organisation.name_en) == wanted,
                func.lower(Organisation.abbr) == wanted,
            )
        )
        .limit(1)
    ).first()


def add_organisation(
    session: Session,
    log: EventLog,
    actor: Actor,
    name_lo: str,
    name_en: str = "",
    abbr: str = "",
    kind: str = "other",
    province: str = "",
    office_id: str | None = None,
    reuse: bool = True,
) -> Organisation:
    """Add an organisation, or return the one already known by that name (unless `reuse` is False: the entry of a
    directory office, as many offices share a name)."""
    existing = find_by_name(session, name_lo) or (find_by_name(session, name_en) if name_en else None)
    if existing is not None and reuse:
        return existing
    if not name_lo.strip() and not name_en.strip():
        raise ValueError("An organisation needs a name.")
    org_id = uuid7()
    log.append(
        session,
        actor,
        "org.added",
        {
            "org_id": org_id,
            "name_lo": name_lo.strip() or name_en.strip(),
            "name_en": name_en.strip(),
            "abbr": abbr.strip(),
            "kind": kind if kind in ORG_KINDS else "other",
            "province": province.strip(),
            "office_id": office_id,  # an enrolled office: letters to it are delivered through the server
        },
    )
    org = session.get(Organisation, org_id)
    assert org is not None
    return org


def list_organisations(session: Session, text: str = "") -> list[Organisation]:
    query = select(Organisation).order_by(Organisation.name_lo)
    if text.strip():
        like = f"%{text.strip()}%"
        query = query.where(
            or_(Organisation.name_lo.like(like), Organisation.name_en.like(like), Organisation.abbr.like(like))
        )
    return list(session.scalars(query))
