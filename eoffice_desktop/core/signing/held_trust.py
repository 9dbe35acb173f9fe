"""The central server's CA certificate and newest revocation list as this PC holds them, for checking offline.

Kept in the settings table (not as events: every PC fetches them itself, and a rebuild of the tables keeps them).
A new CA certificate is added beside the ones held, so signatures made under an earlier CA still verify.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from sqlalchemy import or_, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from eoffice_desktop.core.signing.tables import Signature
from eoffice_desktop.core.signing.trust import TrustRefused, TrustStore, check_published, crl_number
from eoffice_desktop.core.storage.settings import get_setting, set_setting
from eoffice_shared.signing.certificates import fingerprint

SERVER_TRUST = "trust.server_pem"  # PEM bundle: the server's CA certificates and the newest CRL of each
HELD_CA = "trust.server_ca_sha256"
HELD_CRL = "trust.server_crl_number"
REFUSED_NOTE = "trust.server_refused"  # "<ISO time>|<code>|<English>" of the last refusal, until a list is taken again


@dataclass(frozen=True)
class Held:
    """What this PC has from the server, as it tells the server so that an unchanged list is not sent again."""

    ca_sha256: str = ""
    crl_number: int = 0


@dataclass
class Accepted:
    changed: bool
    revoked_serials: list[str] = field(default_factory=list)  # hex, as in the signatures table
    rechecked: int = 0  # stored signatures marked for checking again


def held_from_server(session: Session) -> TrustStore:
    return TrustStore.from_pem(get_setting(session, SERVER_TRUST).encode("ascii"))


def held(session: Session) -> Held:
    return Held(get_setting(session, HELD_CA), int(get_setting(session, HELD_CRL, "0") or 0))


def _bundle(store: TrustStore) -> str:
    pem = b"".join(c.public_bytes(Encoding.PEM) for c in store.roots)
    pem += b"".join(crl.public_bytes(Encoding.PEM) for crl in store.crls)
    return pem.decode("ascii")


def _parse(ca_pem: str, crl_pem: str) -> tuple[x509.Certificate, x509.CertificateRevocationList]:
    try:
        return x509.load_pem_x509_certificate(ca_pem.encode("ascii")), x509.load_pem_x509_crl(crl_pem.encode("ascii"))
    except (ValueError, UnicodeError):
        raise TrustRefused(
            "The server's CA certificate or revocation list is damaged; it was refused.", code="server_ca_damaged"
        ) from None


def accept_from_server(session: Session, ca_pem: str, crl_pem: str) -> Accepted:
    """Hold the server's CA certificate and CRL when they pass `check_published`; raises TrustRefused otherwise
    (the held ones stay). Signatures whose verdict may change are marked for checking again (the caller commits)."""
    ca, crl = _parse(ca_pem, crl_pem)
    store = held_from_server(session)
    check_published(ca, crl, store)
    new_ca = ca not in store.roots
    old = store.crl_for(ca)
    known = {entry.serial_number for entry in old} if old is not None else set()
    newly = [f"{entry.serial_number:x}" for entry in crl if entry.serial_number not in known]
    if new_ca:
        store.roots.append(ca)
    store.crls = [c for c in store.crls if c.issuer != ca.subject] + [crl]
    set_setting(session, SERVER_TRUST, _bundle(store))
    set_setting(session, HELD_CA, fingerprint(ca))
    set_setting(session, HELD_CRL, str(crl_number(crl)))
    changed = new_ca or old is None or old != crl
    recheck: list[ColumnElement[bool]] = [Signature.cert_serial.in_(newly)] if newly else []
    if new_ca:  # a signer unknown until now may be trusted from now on
        recheck.append(Signature.status == "untrusted")
    rechecked = 0
    if recheck:
        result = session.execute(
            update(Signature).where(or_(*recheck), Signature.status != "unchecked").values(status="unchecked")
        )
        rechecked = int(getattr(result, "rowcount", 0) or 0)
    return Accepted(changed, newly, rechecked)


def note_refused(session: Session, refusal: TrustRefused, when: datetime) -> None:
    """Remember that the server's CA or list was refused, for IT staff to see in the trust window."""
    set_setting(session, REFUSED_NOTE, f"{when.isoformat(timespec='seconds')}|{refusal.code}|{refusal}")


def clear_refused(session: Session) -> None:
    if get_setting(session, REFUSED_NOTE):
        set_setting(session, REFUSED_NOTE, "")


def last_refusal(session: Session) -> tuple[datetime, TrustRefused] | None:
    """When and why the server's CA or list was last refused, if nothing was taken from it since."""
    when, _, reason = get_setting(session, REFUSED_NOTE).partition("|")
    code, coded, english = reason.partition("|")  # a note from an older version has no code: its English stays
    refusal = TrustRefused(english, code) if coded else TrustRefused(reason)
    try:
        return (datetime.fromisoformat(when), refusal) if when else None
    except ValueError:
        return None
