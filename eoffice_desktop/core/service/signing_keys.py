"""What the signing-key windows read before they show anything, on the reader pool: an official's key on this PC with
its certificate checked against the office's trusted authorities today, and what signing a letter starts from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from cryptography import x509

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.signing.ledger import signatures_of, trust_store
from eoffice_desktop.core.signing.trust import PathResult
from eoffice_desktop.core.storage.credential import ENROLLED
from eoffice_desktop.core.storage.settings import get_setting
from eoffice_shared.signing.keys import KeyRefused, KeyStore

UNLOCK_SETTING = "signing.unlock_minutes"  # how long a key stays unlocked after signing; 0 asks every time


@dataclass(frozen=True)
class KeyStatus:
    """An official's key as "My signing key" shows it. `refusal`: the key's files could not be read (damaged)."""

    has_key: bool
    enrolled: bool  # this PC can ask the server's CA for a certificate
    certificate: x509.Certificate | None = None
    path: PathResult | None = None  # the certificate checked against the trusted authorities now
    meta: dict[str, Any] = field(default_factory=dict)
    refusal: KeyRefused | None = None


def key_status(store: OfficeStore, keys: KeyStore, user_id: str, now: datetime | None = None) -> KeyStatus:
    with store.db.session() as s:
        enrolled = get_setting(s, ENROLLED) == "yes"
    has_key = keys.has_key(user_id)
    if not has_key:
        return KeyStatus(False, enrolled)
    try:
        certificate = keys.certificate(user_id)
        meta = keys.meta(user_id)
    except KeyRefused as exc:
        return KeyStatus(True, enrolled, refusal=exc)
    if certificate is None:
        return KeyStatus(True, enrolled, meta=meta)
    chain = [x509.load_pem_x509_certificate(p.encode("ascii")) for p in meta.get("chain", [])]
    with store.db.session() as s:
        trust = trust_store(s)
    path = trust.check_path(certificate, chain, now or datetime.now(UTC))
    return KeyStatus(True, enrolled, certificate, path, meta)


def issuers_of(store: OfficeStore, certificate: x509.Certificate) -> list[x509.Certificate]:
    """The trusted authorities' certificates that issued `certificate` (a certificate file that came without its
    chain is installed with them)."""
    with store.db.session() as s:
        return [c for c in trust_store(s).roots if c.subject == certificate.issuer]


@dataclass(frozen=True)
class SigningStart:
    """What signing a letter starts from: the official's certificate (or why their key cannot be read), the roles
    already signed on the letter, and how long the key then stays unlocked (seconds)."""

    certificate: x509.Certificate | None  # the official's, stored beside the key (None: no key or no certificate)
    signed_roles: list[str]
    unlock_seconds: float
    refusal: KeyRefused | None = None

    @property
    def ready(self) -> bool:
        return self.certificate is not None


def signing_start(store: OfficeStore, keys: KeyStore, user_id: str, letter_id: str) -> SigningStart:
    certificate, refusal = None, None
    try:
        certificate = keys.certificate(user_id) if keys.has_key(user_id) else None
    except KeyRefused as exc:
        refusal = exc
    with store.db.session() as s:
        roles = [row.role for row in signatures_of(s, letter_id)]
        minutes = get_setting(s, UNLOCK_SETTING, "0")
    return SigningStart(certificate, roles, float(minutes or 0) * 60, refusal)
