"""Each office's key of the USB bundles its PCs exchange by stick: 32 random bytes the server makes the first time
one of the office's enrolled PCs needs it (at enrolment, or the first sync of a PC enrolled before there were office
keys) and gives to that office's enrolled, unrevoked PCs only. A PC wraps each bundle's content key with it as well as
with the key it shares with the server, so the office's other PCs read the bundle and nobody else does."""

from __future__ import annotations

import base64
import secrets
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import Depends, FastAPI
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from sync.protocol.messages import OfficeKeyAnswer
from sync.server.admin_errors import now
from sync.server.database import ServerDatabase
from sync.server.models import Device, OfficeKey

KEY_BYTES = 32


def office_key(session: Session, office_id: str) -> bytes:
    """The office's key, made now when it has none (two processes making it at once keep the first one made)."""
    found = session.get(OfficeKey, office_id)
    if found is not None:
        return found.key
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    row = {"office_id": office_id, "key": secrets.token_bytes(KEY_BYTES), "made_at": now()}
    session.execute(insert(OfficeKey).values(**row).on_conflict_do_nothing(index_elements=["office_id"]))
    made = session.get(OfficeKey, office_id, populate_existing=True)
    assert made is not None
    return made.key


def encoded(key: bytes) -> str:
    return base64.b64encode(key).decode("ascii")


def add_routes(app: FastAPI, database: ServerDatabase, device: Callable[..., Awaitable[Device]]) -> None:
    @app.get("/v1/office-key", response_model=OfficeKeyAnswer)
    def get_office_key(me: Device = Depends(device)) -> Any:
        """The key of the USB bundles between this PC's office's PCs (base64), for an enrolled, unrevoked PC only."""
        with database.write() as s:
            return OfficeKeyAnswer(office_key=encoded(office_key(s, me.office_id)))
