"""What each PC bundle read in was answered with, so the same bundle read in again gets the same answer.

A bundle is known by the SHA-256 of its sealed manifest as written (the seal covers when it was made and every part's
checksum, and an encrypted bundle's parts are under a key of its own, so no two bundles of a PC share it). Its first
return bundle's limits are kept: the feed position it went up to, the readings of scans' text it went up to, and the
number blocks it reserved with the letters it confirmed. Read in again (IT staff importing the same file twice, a
relay retried after its answer was lost, a copy an office above kept), the bundle is answered from them: the same
blocks (none reserved anew), nothing past the first return's end. A bundle of the PC older than one already read in
(it says it held fewer of its own events) is refused: the newer one carried all it had. Bundles read in before the
server kept these have none and are answered as the first time.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sync.protocol.bundle import BundleManifest
from sync.server.admin import now
from sync.server.models import BundleReturn


class BundleOlder(ValueError):
    """A PC's bundle older than one of its bundles the server already read in; nothing of it was taken."""


@dataclass(frozen=True)
class Answered:
    """The limits of a bundle's first return bundle."""

    feed_next: int
    text_next: int | None
    numbers: dict[str, Any]
    read_at: datetime


def bundle_key(manifest: BundleManifest) -> str:
    """The bundle's name here: the SHA-256 of its manifest as written, with its seal (read before it is opened)."""
    return hashlib.sha256(manifest.to_json().encode("utf-8")).hexdigest()


def answered_before(session: Session, device_id: str, bundle: str, own: int | None) -> Answered | None:
    """The limits of this bundle's first return, or None when it was never read in (or before they were kept).
    Raises BundleOlder for a bundle that is not the PC's newest: `own` (its `basis.own`) below that of a bundle of
    the PC read in already. A bundle without `own` (a PC of an older version) is never taken for an older one."""
    row = session.get(BundleReturn, (device_id, bundle))
    if row is not None:
        numbers = json.loads(row.numbers)
        return Answered(row.feed_next, row.text_next, numbers if isinstance(numbers, dict) else {}, row.read_at)
    if own is not None:
        newest = session.scalar(select(func.max(BundleReturn.own)).where(BundleReturn.device_id == device_id))
        if newest is not None and own < newest:
            raise BundleOlder(
                "This bundle is older than one of the same PC that the server has already read in, which carried "
                "everything this one holds; nothing was taken. Use the return bundle of the newer one, or save a new "
                "bundle on that PC."
            )
    return None


def keep(session: Session, device_id: str, bundle: str, own: int | None, answered: Answered) -> None:
    """Keep the limits of the bundle's first return (in the same transaction as the number blocks it reserved: two
    readings of one bundle at the same moment reserve once, the second fails on the key and is answered again)."""
    session.add(
        BundleReturn(
            device_id=device_id,
            bundle=bundle,
            own=own or 0,
            feed_next=answered.feed_next,
            text_next=answered.text_next,
            numbers=json.dumps(answered.numbers, ensure_ascii=False),
            read_at=answered.read_at,
        )
    )
    session.flush()


def first_answer(feed_next: int, text_next: int | None, numbers: dict[str, Any]) -> Answered:
    return Answered(feed_next, text_next, numbers, now())
