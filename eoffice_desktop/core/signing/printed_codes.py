"""Which signatures of a letter can be printed with their verification code (light: the window asks this for every
letter it shows; drawing the stamp is in printed_stamp.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.core.signing.status import ALTERED, MALFORMED
from eoffice_desktop.core.signing.tables import Signature
from eoffice_desktop.core.storage.settings import get_setting
from eoffice_shared.signing.vcode import BadCode, normalise

ROLE_LINES = {
    "prepared": "ຜູ້ກະກຽມ / Prepared by",
    "approved": "ຜູ້ຮັບຮອງ / Approved by",
    "signed": "ຜູ້ລົງນາມ / Signed by",
}


@dataclass(frozen=True)
class PrintedSigner:
    role: str
    name: str
    title: str
    signed_at: datetime  # UTC, without tzinfo (as stored)
    code: str

    def line(self) -> str:
        day = self.signed_at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d")
        who = ", ".join(part for part in (self.name, self.title) if part)
        return f"{ROLE_LINES.get(self.role, self.role)}: {who}, {day}   {self.code}"


def printed_signers(session: Session, letter_id: str) -> list[PrintedSigner]:
    """Signatures whose code can be printed: well-formed, their role as signed, and with a code that checks out."""
    signers = []
    rows = session.scalars(
        select(Signature).where(Signature.letter_id == letter_id).order_by(Signature.position, Signature.signed_at)
    )
    for row in rows:  # the stored rows only: nothing of the signature checking needs to load for this
        try:
            code = normalise(row.code)
        except BadCode:
            continue
        if row.status not in (MALFORMED, ALTERED):
            signers.append(PrintedSigner(row.role, row.signer_name, row.signer_title, row.signed_at, code))
    return signers


def check_server(session: Session) -> str:
    """The central server whose public check page the printed QR code opens: the one this office's PCs were enrolled
    with (also after a restore that must enrol again: the address stays right); '' for an office not enrolled yet,
    whose QR code carries the prefixed code instead."""
    if not get_setting(session, "sync.enrolled"):
        return ""
    return get_setting(session, "sync.server_url").strip().rstrip("/")
