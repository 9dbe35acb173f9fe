"""Each office's keys of the USB bundles its PCs exchange by stick: 32 random bytes the server makes the first time
one of the office's enrolled PCs needs one (at enrolment, or the first sync of a PC enrolled before there were office
keys), and again, under the next number, each time one of the office's PCs is revoked; the older keys are kept. They go
to that office's enrolled, unrevoked PCs only. A PC wraps each bundle's content key with the newest key it holds (the
bundle names its number) as well as with the key it shares with the server, so the office's other PCs read the bundle
and nobody else does; a revoked PC (a stolen laptop) holds no key made after its revocation."""

from __future__ import annotations

import base64
import secrets
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import Depends, FastAPI
from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from sync.protocol.messages import OfficeKeyAnswer
from sync.server.admin_errors import now
from sync.server.database import ServerDatabase
from sync.server.errors import ProtocolError
from sync.server.models import Device, OfficeKey

KEY_BYTES = 32
_TRIES = 5  # a new key's number taken by another process at the same moment: the next number is tried


def newest_number(session: Session, office_id: str) -> int | None:
    """The number of the office's newest key; None when it has none yet."""
    return session.scalar(select(func.max(OfficeKey.number)).where(OfficeKey.office_id == office_id))


def office_key(session: Session, office_id: str) -> tuple[int, bytes]:
    """The office's newest key and its number, the first made now when it has none (two processes making it at once
    keep the first one made)."""
    if newest_number(session, office_id) is None:
        _insert(session, office_id, 1)
    number = newest_number(session, office_id)
    assert number is not None
    found = session.get(OfficeKey, (office_id, number))
    assert found is not None
    return number, found.key


def turn(session: Session, office_id: str) -> None:
    """A new key for the office, under the next number (one of its PCs was revoked, in this transaction): from now on
    its PCs wrap their bundles with it, which the revoked PC is never given. An office with no key yet gets none (its
    first is made when a PC needs it)."""
    for _ in range(_TRIES):
        number = newest_number(session, office_id)
        if number is None or _insert(session, office_id, number + 1):
            return
    raise RuntimeError(f"no new office key could be numbered for {office_id}")


def given(session: Session, office_id: str) -> dict[str, Any]:
    """What an enrolled, unrevoked PC of the office is given (enrolment, GET /v1/office-key, a return bundle's secret):
    the newest key and its number, and every key by number, so it reads bundles written before it heard of the newest.
    """
    number, key = office_key(session, office_id)
    keys = session.execute(select(OfficeKey.number, OfficeKey.key).where(OfficeKey.office_id == office_id))
    return {
        "office_key": encoded(key),
        "office_key_number": number,
        "office_keys": {str(n): encoded(k) for n, k in keys},
    }


def _insert(session: Session, office_id: str, number: int) -> bool:
    """Whether this key was made (False: another process made that number first)."""
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    row = {"office_id": office_id, "number": number, "key": secrets.token_bytes(KEY_BYTES), "made_at": now()}
    done = session.execute(
        insert(OfficeKey).values(**row).on_conflict_do_nothing(index_elements=["office_id", "number"])
    )
    return bool(getattr(done, "rowcount", 0))


def encoded(key: bytes) -> str:
    return base64.b64encode(key).decode("ascii")


def add_routes(app: FastAPI, database: ServerDatabase, device: Callable[..., Awaitable[Device]]) -> None:
    @app.get("/v1/office-key", response_model=OfficeKeyAnswer)
    def get_office_key(me: Device = Depends(device)) -> Any:
        """The keys of the USB bundles between this PC's office's PCs (base64), for an enrolled, unrevoked PC only:
        read again here, in the transaction that reads the keys, so a PC revoked a moment ago by another process (which
        this one may not have heard of yet) is never given the key made at its revocation."""
        with database.write() as s:
            found = s.get(Device, me.id)
            if found is None or found.revoked_at is not None:
                raise ProtocolError(401, "device_revoked", "This PC was revoked. Ask IT staff to enrol it again.")
            return OfficeKeyAnswer(**given(s, me.office_id))
