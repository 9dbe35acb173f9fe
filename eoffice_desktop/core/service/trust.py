"""What the trusted-authorities screen shows and changes: the CAs and revocation lists the office imported (events),
those this PC holds from the server, and the last refusal of what the server sent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.signing.held_trust import held_from_server, last_refusal
from eoffice_desktop.core.signing.ledger import add_trust_items
from eoffice_desktop.core.signing.tables import TrustItem
from eoffice_desktop.core.signing.trust import TrustRefused, TrustStore


@dataclass(frozen=True)
class TrustedItem:
    kind: str  # "ca" or "crl"
    subject: str
    fingerprint: str
    added_at: datetime


@dataclass(frozen=True)
class TrustOverview:
    imported: list[TrustedItem]
    from_server: TrustStore
    refusal: tuple[datetime, TrustRefused] | None


def trust_overview(store: OfficeStore) -> TrustOverview:
    with store.db.session() as s:
        rows = s.scalars(select(TrustItem).order_by(TrustItem.kind, TrustItem.added_at))
        imported = [TrustedItem(r.kind, r.subject, r.id, r.added_at) for r in rows]
        return TrustOverview(imported, held_from_server(s), last_refusal(s))


@dataclass(frozen=True)
class Trusted:
    added: int  # items that were new
    changes: Changes


def trust(store: OfficeStore, actor: Actor, found: TrustStore) -> Trusted:
    """Trust CA certificates and revocation lists for the whole office."""
    with store.db.write() as s:
        added = add_trust_items(s, store.log, actor, found)
    return Trusted(added, Changes(signatures=True, all_letters=bool(added)))  # (signatures are checked again)
