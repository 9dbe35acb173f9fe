"""What the server's administrator does: offices, one-time enrolment codes, devices (and revoking them)."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.server import directory, office_keys
from sync.server.admin_errors import AdminError, now
from sync.server.bulk import insert_rows
from sync.server.models import Device, EnrolmentCode, ServerOffice

if TYPE_CHECKING:
    from sync.server.database import ServerDatabase

CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: typed by hand from paper


# Why an enrolment is refused; each has its words on the PC (ui/sync_words.py). `office_id_taken` is also the answer's
# code; the others answer `enrolment_refused` with the reason beside it (older PCs know only that code).
ENROLMENT_REFUSALS = (
    "enrolment_refused",
    "office_id_taken",
    "enrolment_code_invalid",
    "pc_holds_other_office",
    "pc_already_enrolled",
    "replaced_pc_not_of_office",
    "replaced_pc_taken_over",
)


class EnrolmentRefused(AdminError):
    """An enrolment the server will refuse the same way every time; `code` says why (for the PC's own words)."""

    code = "enrolment_refused"


def token_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def add_office(
    session: Session,
    code: str,
    name_lo: str,
    name_en: str = "",
    province: str = "",
    parent_code: str | None = None,
    office_id: str | None = None,
    kind: str = "other",
) -> ServerOffice:
    """Add an office to the national directory (sync.server.directory.add_office). `province`: the code of its
    province office; a name that is no province office's code is kept as written (offices made before the
    directory)."""
    known = province.strip() and session.scalar(
        select(ServerOffice.id).where(ServerOffice.code == province.strip(), ServerOffice.kind == "province")
    )
    office = directory.add_office(
        session, code, name_lo, name_en, kind, province if known else "", parent_code, office_id
    )
    if province.strip() and not known:
        office.province = province.strip()
    return office


def office_by_code(session: Session, code: str) -> ServerOffice:
    office = session.scalar(select(ServerOffice).where(ServerOffice.code == code))
    if office is None:
        raise AdminError(f"There is no office with the code {code}.")
    return office


def new_enrolment_code(session: Session, office_code: str, hours: int = 24) -> str:
    """A one-time code for one PC of the office, valid for `hours`; printed for IT staff, stored only hashed."""
    return new_enrolment_codes(session, [office_code], hours)[0]


def new_enrolment_codes(session: Session, office_codes: list[str], hours: int = 24) -> list[str]:
    """A one-time code for one PC of each office (in the order given), in one read and one insert: the codes for a
    whole province's PCs at once."""
    wanted = set(office_codes)
    found = session.execute(select(ServerOffice.code, ServerOffice.id).where(ServerOffice.code.in_(wanted)))
    ids = {code: office_id for code, office_id in found}
    for code in office_codes:
        if code not in ids:
            raise AdminError(f"There is no office with the code {code}.")
    expires, rows, codes = now() + timedelta(hours=hours), [], []
    for code in office_codes:
        raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
        rows.append({"code_hash": token_hash(raw), "office_id": ids[code], "expires_at": expires, "used_at": None})
        codes.append("-".join(raw[i : i + 4] for i in range(0, 12, 4)))
    insert_rows(session, EnrolmentCode, rows)
    return codes


def event_office_id(office: ServerOffice) -> str:
    return office.event_office_id or office.id


def _code_hash(code: str) -> str:
    return token_hash(code.strip().upper().replace("-", "").replace(" ", ""))


def office_of_code(session: Session, code: str) -> str | None:
    """The code of the office an enrolment code (used or not) was made for, or None for no such code."""
    row = session.get(EnrolmentCode, _code_hash(code))
    office = session.get(ServerOffice, row.office_id) if row is not None else None
    return office.code if office is not None else None


def enrol(
    session: Session,
    code: str,
    device_name: str,
    app_version: str,
    local_office_id: str | None = None,
    device_id: str | None = None,
    replaces: str | None = None,
) -> tuple[Device, str, ServerOffice]:
    """Exchange a one-time code for a device credential (the token is returned once, kept only hashed).

    `replaces`: a PC restored from a backup names the device it was; that device must be of the same office. It is
    revoked (its credential went with the restore) and its events are taken from the new device from now on."""
    row = session.get(EnrolmentCode, _code_hash(code))
    if row is None or row.used_at is not None or row.expires_at < now():
        raise EnrolmentRefused(
            "This enrolment code is not valid (wrong, already used or expired). Ask for a new one.",
            code="enrolment_code_invalid",
        )
    row.used_at = now()
    office = session.get(ServerOffice, row.office_id)
    assert office is not None
    if local_office_id and local_office_id != event_office_id(office):
        if office.event_office_id is not None:
            raise EnrolmentRefused(
                "This PC already holds another office's data; it cannot join this office.", code="pc_holds_other_office"
            )
        taken = select(ServerOffice.code).where(  # an office is found by either id (sync/server/push.py)
            ((ServerOffice.event_office_id == local_office_id) | (ServerOffice.id == local_office_id))
            & (ServerOffice.id != office.id)
        )
        if (other := session.scalar(taken)) is not None:
            raise EnrolmentRefused(
                "This PC's office id is already used by the office {other} on this server (was this PC copied from "
                "another office's?). Set this PC up again with a new data folder, then enrol it.",
                code="office_id_taken",
                other=other,
            )
        office.event_office_id = local_office_id  # the office's first PC set it up offline
        _enrolled(session, office)
    elif office.event_office_id is None:
        office.event_office_id = office.id
        _enrolled(session, office)
    if device_id is not None and session.get(Device, device_id) is not None:
        raise EnrolmentRefused(
            "This PC is already enrolled (or was revoked). Give it a new data folder and enrol again.",
            code="pc_already_enrolled",
        )
    if replaces is not None:
        old = session.get(Device, replaces)
        if old is None or old.office_id != office.id:
            raise EnrolmentRefused(
                "The PC this one replaces is not a PC of this office. Nothing was enrolled.",
                code="replaced_pc_not_of_office",
            )
        if session.scalar(select(Device.id).where(Device.replaces == replaces).limit(1)) is not None:
            raise EnrolmentRefused(
                "Another PC has already taken over this PC's work. Nothing was enrolled.", code="replaced_pc_taken_over"
            )
        revoke(session, old)
    token = secrets.token_urlsafe(32)
    device = Device(
        id=device_id or "dev_" + secrets.token_hex(6),
        office_id=office.id,
        name=device_name.strip()[:200],
        token_hash=token_hash(token),
        enrolled_at=now(),
        revoked_at=None,
        app_version=app_version,
        replaces=replaces,
    )
    session.add(device)
    session.flush()
    return device, token, office


def _enrolled(session: Session, office: ServerOffice) -> None:
    """The office's first PC: the directory says from now on that letters reach it by sync."""
    directory.record(session, office, "enrolled")


def revoke_device(session: Session, device_id: str) -> Device:
    device = session.get(Device, device_id)
    if device is None:
        raise AdminError(f"There is no device {device_id}.")
    revoke(session, device)
    return device


def revoke(session: Session, device: Device) -> None:
    """Refuse the PC from now on (once: revoking it again changes nothing) and give its office a new key of the USB
    bundles between its PCs, in the same transaction: its other PCs take it at their next sync and wrap their bundles
    with it, so the revoked PC (a stolen laptop) cannot read them from a stick."""
    if device.revoked_at is None:
        device.revoked_at = now()
        office_keys.turn(session, device.office_id)


DEVICE_COLUMNS = [column.name for column in Device.__table__.columns]
DEVICE_BY_TOKEN = f"SELECT {', '.join(DEVICE_COLUMNS)} FROM devices WHERE token_hash = ?"


def device_for_token(database: ServerDatabase, token: str) -> Device | None:
    """The device holding this token, as a record not tied to a session: read on every request, so in one statement
    through the driver (ServerDatabase.read_row)."""
    return device_for_hash(database, token_hash(token))


def device_for_hash(database: ServerDatabase, hashed: str) -> Device | None:
    """As `device_for_token`, from the token's hash."""
    row = database.read_row(DEVICE_BY_TOKEN, (hashed,))
    if row is None:
        return None
    device = Device(**dict(zip(DEVICE_COLUMNS, row, strict=True)))
    for name in ("enrolled_at", "revoked_at", "last_seen"):  # SQLite gives its DateTime columns back as text
        value = getattr(device, name)
        if isinstance(value, str):
            setattr(device, name, datetime.fromisoformat(value))
    return device
