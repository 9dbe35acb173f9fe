"""The directory as PCs receive it: what changed after the version a PC holds (the whole of it the first time), over
HTTP and in USB return bundles (docs/directory.md)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import zstandard
from fastapi import Depends, FastAPI, Header, Query
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.protocol.messages import DirectoryAnswer
from sync.server.database import ServerDatabase
from sync.server.directory import current_version
from sync.server.models import Device, Holiday, OfficeHistory, ServerOffice


def _office_entry(office: ServerOffice, former: list[list[str]]) -> dict[str, Any]:
    return {
        "id": office.id,
        "code": office.code,
        "name_lo": office.name_lo,
        "name_en": office.name_en,
        "kind": office.kind,
        "province": office.province,
        "parent_id": office.parent_id,
        "status": office.status,
        "merged_into": office.merged_into,
        "event_office_id": office.event_office_id,
        "former": former,
    }


def delta(session: Session, since: int) -> dict[str, Any]:
    """What changed after version `since`: offices and holidays (a removed holiday says so). `full` when the PC
    must replace what it holds: it had nothing, or a version this server never reached (restored from a backup)."""
    version = current_version(session)
    full = since <= 0 or since > version
    after = 0 if full else since
    offices = list(session.scalars(select(ServerOffice).where(ServerOffice.version > after).order_by(ServerOffice.id)))
    history = select(OfficeHistory.office_id, OfficeHistory.code, OfficeHistory.name_lo, OfficeHistory.name_en)
    if not full:
        history = history.where(OfficeHistory.office_id.in_([o.id for o in offices]))
    names: dict[str, list[list[str]]] = {}
    current = {o.id: (o.code, o.name_lo, o.name_en) for o in offices}
    for office_id, code, name_lo, name_en in session.execute(history.order_by(OfficeHistory.id)):
        former = names.setdefault(office_id, [])
        if (code, name_lo, name_en) != current.get(office_id) and [code, name_lo, name_en] not in former:
            former.append([code, name_lo, name_en])
    days = select(Holiday).where(Holiday.version > after).order_by(Holiday.day)
    if full:
        days = days.where(Holiday.removed.is_(False))
    return {
        "version": version,
        "full": full,
        "offices": [_office_entry(o, names.get(o.id, [])) for o in offices],
        "holidays": [
            {"day": h.day.isoformat(), "name_lo": h.name_lo, "name_en": h.name_en, "removed": h.removed}
            for h in session.scalars(days)
        ],
    }


ZSTD_LEVEL = 15  # 3,000 offices: 79 KB in 0.15 s (gzip: 124 KB); the ids are most of what does not compress


def add_routes(app: FastAPI, database: ServerDatabase, device: Callable[..., Awaitable[Device]]) -> None:
    whole: dict[str, bytes] = {}  # the whole directory of the current version, packed (every new PC asks for it)

    @app.get("/v1/directory", response_model=DirectoryAnswer)
    def directory(
        since: int = Query(0, ge=0, le=2**53),
        accept_encoding: str = Header(default=""),
        me: Device = Depends(device),
    ) -> Any:
        """The national directory of offices and public holidays changed after version `since`. zstd-compressed
        when the PC accepts it (else gzip, as every answer). A PC asks only when `GET /v1/hello` names another
        version than its own."""
        with database.read() as s:
            answer = DirectoryAnswer(**delta(s, since))
            key = f"{database.epoch(s)}:{answer.version}"  # a restored database may reach the same version again
        if "zstd" not in accept_encoding.lower():
            return answer
        packed = whole.get(key) if answer.full else None
        if packed is None:
            packed = zstandard.ZstdCompressor(level=ZSTD_LEVEL).compress(answer.model_dump_json().encode("utf-8"))
            if answer.full:
                whole.clear()
                whole[key] = packed
        return Response(packed, media_type="application/json", headers={"Content-Encoding": "zstd"})
