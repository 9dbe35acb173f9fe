"""The national directory of offices and the calendar of public holidays, as the e-Government Center's IT staff keep
them on the server: every change gets the next directory version, so PCs fetch only what changed (docs/directory.md).

Nothing is deleted. A renamed office keeps its former names in its history; a dissolved one is closed; a duplicate
is merged into the office it repeats (letters addressed to it go there).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from sync.server.admin_errors import AdminError, now
from sync.server.models import FeedHead, Holiday, Meta, OfficeHistory, ServerOffice

KINDS = ("ministry", "department", "province", "district", "village", "other")
VERSION_KEY = "directory_version"


class DirectoryError(AdminError):
    """A change the directory refuses; the message says why, and nothing was changed."""


def current_version(session: Session) -> int:
    row = session.get(Meta, VERSION_KEY)
    return int(row.value) if row is not None else 0


def next_version(session: Session) -> int:
    """The version of the change under way. The meta row is locked until commit, so two IT staff changing the
    directory at once get different versions, in commit order."""
    row = session.get(Meta, VERSION_KEY, with_for_update=True)
    if row is None:
        row = Meta(key=VERSION_KEY, value="0")
        session.add(row)
    row.value = str(int(row.value) + 1)
    session.flush()
    return int(row.value)


def record(session: Session, office: ServerOffice, action: str, note: str = "", version: int | None = None) -> None:
    """Give the office the change's version and keep it, as it is now, in its history."""
    office.version = version if version is not None else next_version(session)
    session.add(
        OfficeHistory(
            office_id=office.id,
            at=now(),
            action=action,
            code=office.code,
            name_lo=office.name_lo,
            name_en=office.name_en,
            parent_id=office.parent_id,
            status=office.status,
            note=note[:300],
        )
    )
    session.flush()


def by_code(session: Session, code: str) -> ServerOffice:
    office = session.scalar(select(ServerOffice).where(ServerOffice.code == code.strip()))
    if office is None:
        raise DirectoryError(f"There is no office with the code {code.strip()}.")
    return office


def _check_kind(kind: str) -> str:
    kind = (kind or "other").strip().lower()
    if kind not in KINDS:
        raise DirectoryError(f"Unknown kind '{kind}': use one of {', '.join(KINDS)}.")
    return kind


def province_of(session: Session, code: str) -> ServerOffice:
    office = session.scalar(select(ServerOffice).where(ServerOffice.code == code.strip()))
    if office is None or office.kind != "province":
        raise DirectoryError(f"Unknown province '{code.strip()}': give the code of a province office.")
    return office


def add_office(
    session: Session,
    code: str,
    name_lo: str,
    name_en: str = "",
    kind: str = "other",
    province: str = "",
    parent_code: str | None = None,
    office_id: str | None = None,
) -> ServerOffice:
    """Add an office. `province` is the code of its province office (empty: the parent's province, or none for a
    national office); a province office lies in itself."""
    code, kind = code.strip(), _check_kind(kind)
    if not code or not name_lo.strip():
        raise DirectoryError("An office needs a code and a Lao name.")
    if len(code) > 32 or len(name_lo.strip()) > 300 or len(name_en.strip()) > 300:
        raise DirectoryError("The code is longer than 32 characters, or a name longer than 300.")
    if session.scalar(select(ServerOffice.id).where(ServerOffice.code == code)) is not None:
        raise DirectoryError(f"An office with the code {code} already exists.")
    parent = by_code(session, parent_code) if parent_code and parent_code.strip() else None
    if parent is not None and parent.status != "active":
        raise DirectoryError(f"The parent office {parent.code} is {parent.status}; choose an active office.")
    new_id = office_id or "off_" + secrets.token_hex(8)
    if province.strip():
        province_id = province_of(session, province).id
    elif kind == "province":
        province_id = new_id
    else:
        province_id = parent.province if parent is not None else ""
    office = ServerOffice(
        id=new_id,
        code=code,
        name_lo=name_lo.strip(),
        name_en=name_en.strip(),
        province=province_id,
        parent_id=parent.id if parent is not None else None,
        kind=kind,
        status="active",
    )
    session.add(office)
    session.add(FeedHead(office_id=office.id, pos=0))
    session.flush()
    record(session, office, "added")
    return office


def rename(
    session: Session, code: str, name_lo: str | None = None, name_en: str | None = None, new_code: str | None = None
) -> ServerOffice:
    """New names (or code) from now on; the former ones stay in the office's history."""
    office = by_code(session, code)
    changed = []
    if new_code is not None and new_code.strip() and new_code.strip() != office.code:
        taken = session.scalar(select(ServerOffice.id).where(ServerOffice.code == new_code.strip()))
        if taken is not None:
            raise DirectoryError(f"An office with the code {new_code.strip()} already exists.")
        office.code = new_code.strip()
        changed.append("code")
    if name_lo is not None and name_lo.strip() and name_lo.strip() != office.name_lo:
        office.name_lo = name_lo.strip()
        changed.append("Lao name")
    if name_en is not None and name_en.strip() != office.name_en and (name_en.strip() or office.name_en):
        office.name_en = name_en.strip()
        changed.append("English name")
    if not changed:
        raise DirectoryError(f"Nothing to change: give {office.code} a new name or code.")
    record(session, office, "renamed", ", ".join(changed))
    return office


def ancestors(session: Session, office: ServerOffice) -> list[ServerOffice]:
    """Its parent, the parent's parent... (a loop, which the directory never holds, ends the walk)."""
    found: list[ServerOffice] = []
    seen = {office.id}
    parent_id = office.parent_id
    while parent_id and parent_id not in seen:
        parent = session.get(ServerOffice, parent_id)
        if parent is None:
            break
        found.append(parent)
        seen.add(parent.id)
        parent_id = parent.parent_id
    return found


def move(session: Session, code: str, parent_code: str | None) -> ServerOffice:
    """Put the office under another parent (None: at the top)."""
    office = by_code(session, code)
    parent = by_code(session, parent_code) if parent_code else None
    if parent is not None:
        if parent.id == office.id or office.id in {a.id for a in ancestors(session, parent)}:
            raise DirectoryError(f"{office.code} cannot be put under {parent.code}: it lies under {office.code}.")
        if parent.status != "active":
            raise DirectoryError(f"The parent office {parent.code} is {parent.status}; choose an active office.")
    if office.parent_id == (parent.id if parent else None):
        raise DirectoryError(f"{office.code} is already there.")
    office.parent_id = parent.id if parent else None
    if parent is not None and office.kind != "province" and parent.province:
        office.province = parent.province
    version = next_version(session)
    record(session, office, "moved", f"under {parent.code}" if parent else "at the top", version)
    _carry_province(session, office, version)
    return office


def _carry_province(session: Session, office: ServerOffice, version: int) -> None:
    """The offices under a moved office lie in its province now (a province office below keeps its own); each
    changed one takes the move's version, so PCs learn it with the move."""
    seen = {office.id}
    below = [office]
    while below:
        parent = below.pop()
        for child in session.scalars(select(ServerOffice).where(ServerOffice.parent_id == parent.id)):
            if child.id in seen:
                continue
            seen.add(child.id)
            if child.kind == "province":
                continue  # a province office is its own province, and so is what lies under it
            if child.province != parent.province and parent.province:
                child.province = parent.province
                record(session, child, "moved", f"with {office.code}", version)
            below.append(child)


def _children(session: Session, office: ServerOffice) -> list[ServerOffice]:
    return list(
        session.scalars(
            select(ServerOffice).where(ServerOffice.parent_id == office.id, ServerOffice.status == "active")
        )
    )


def merge(session: Session, duplicate_code: str, into_code: str) -> ServerOffice:
    """The duplicate becomes a name of the office it repeats: letters addressed to it go there, and its offices move
    under it. An office whose PCs are enrolled is never the duplicate (merge the other one into it)."""
    duplicate, target = by_code(session, duplicate_code), by_code(session, into_code)
    if duplicate.id == target.id:
        raise DirectoryError(f"An office cannot be merged into itself ({duplicate.code}).")
    if duplicate.status != "active":
        raise DirectoryError(f"{duplicate.code} is already {duplicate.status}.")
    if target.status != "active":
        raise DirectoryError(f"{target.code} is {target.status}; merge into an active office.")
    if duplicate.event_office_id is not None:
        raise DirectoryError(f"{duplicate.code} has enrolled PCs; merge {target.code} into it instead.")
    if duplicate.id in {a.id for a in ancestors(session, target)}:
        raise DirectoryError(f"{target.code} lies under {duplicate.code}; move it out first.")
    version = next_version(session)
    for child in _children(session, duplicate):
        child.parent_id = target.id
        record(session, child, "moved", f"under {target.code} (merged {duplicate.code})", version)
    duplicate.status, duplicate.merged_into = "merged", target.id
    record(session, duplicate, "merged", f"into {target.code}", version)
    return duplicate


def close(session: Session, code: str, note: str = "") -> ServerOffice:
    """A dissolved office: kept for the letters that name it, offered after the active ones."""
    office = by_code(session, code)
    if office.status != "active":
        raise DirectoryError(f"{office.code} is already {office.status}.")
    open_children = _children(session, office)
    if open_children:
        names = ", ".join(child.code for child in open_children[:5])
        raise DirectoryError(
            f"{office.code} still has {len(open_children)} active offices under it ({names}); move or close them first."
        )
    office.status = "closed"
    record(session, office, "closed", note)
    return office


def resolve(session: Session, office_id: str) -> ServerOffice | None:
    """The directory office that receives letters addressed to `office_id` (a merged office's target); None for an
    unknown id."""
    office = session.get(ServerOffice, office_id)
    seen: set[str] = set()
    while office is not None and office.status == "merged" and office.merged_into and office.id not in seen:
        seen.add(office.id)
        office = session.get(ServerOffice, office.merged_into)
    return office


def directory_recipients(session: Session, office_ids: object) -> set[str]:
    """The enrolled offices an outgoing letter's `recipient_offices` (directory ids) reach: any office may address
    any other. An id that is no directory office, or an office with no PC yet (the letter goes on paper), reaches
    none; a merged office's letters go to the office it was merged into."""
    if not isinstance(office_ids, list):
        return set()
    found = set()
    for office_id in office_ids[:200]:
        office = resolve(session, office_id) if isinstance(office_id, str) and 0 < len(office_id) <= 64 else None
        if office is not None and office.event_office_id is not None:
            found.add(office.id)
    return found


@dataclass(frozen=True)
class OfficeView:
    office: ServerOffice
    parent_code: str
    province_code: str
    history: list[OfficeHistory]


def show(session: Session, code: str) -> OfficeView:
    office = by_code(session, code)
    parent = session.get(ServerOffice, office.parent_id) if office.parent_id else None
    province = session.get(ServerOffice, office.province) if office.province else None
    history = list(
        session.scalars(select(OfficeHistory).where(OfficeHistory.office_id == office.id).order_by(OfficeHistory.id))
    )
    return OfficeView(office, parent.code if parent else "", province.code if province else office.province, history)


def list_offices(
    session: Session, text: str = "", kind: str = "", closed: bool = False, limit: int = 0
) -> list[ServerOffice]:
    query = select(ServerOffice).order_by(ServerOffice.code)
    if kind:
        query = query.where(ServerOffice.kind == _check_kind(kind))
    if not closed:
        query = query.where(ServerOffice.status == "active")
    if text.strip():
        like = f"%{text.strip()}%"
        query = query.where(
            or_(ServerOffice.code.like(like), ServerOffice.name_lo.like(like), ServerOffice.name_en.like(like))
        )
    if limit:
        query = query.limit(limit)
    return list(session.scalars(query))


# -- public holidays -------------------------------------------------------------------------------------------
def set_holidays(session: Session, days: Iterable[tuple[date, str, str]]) -> int:
    """Add (or rename) national holidays: (day, Lao name, English name). Returns how many changed."""
    wanted = list(days)
    for day, name_lo, _ in wanted:
        if not name_lo.strip():
            raise DirectoryError(f"The holiday on {day.isoformat()} needs a Lao name.")
    if len({day for day, _, _ in wanted}) != len(wanted):
        raise DirectoryError("The same day is given twice.")
    version = None
    changed = 0
    for day, name_lo, name_en in wanted:
        row = session.get(Holiday, day)
        if row is not None and not row.removed and (row.name_lo, row.name_en) == (name_lo.strip(), name_en.strip()):
            continue
        version = version or next_version(session)
        if row is None:
            row = Holiday(day=day)
            session.add(row)
        row.name_lo, row.name_en, row.removed, row.version = name_lo.strip(), name_en.strip(), False, version
        changed += 1
    session.flush()
    return changed


def remove_holiday(session: Session, day: date) -> Holiday:
    row = session.get(Holiday, day)
    if row is None or row.removed:
        raise DirectoryError(f"{day.isoformat()} is not a public holiday.")
    row.removed, row.version = True, next_version(session)
    return row


def holidays(session: Session, year: int | None = None) -> list[Holiday]:
    query = select(Holiday).where(Holiday.removed.is_(False)).order_by(Holiday.day)
    if year is not None:
        query = query.where(Holiday.day >= date(year, 1, 1), Holiday.day <= date(year, 12, 31))
    return list(session.scalars(query))
