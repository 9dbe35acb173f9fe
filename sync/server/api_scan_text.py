"""The text read from scans, shared between the PCs that hold a scan (docs/sync-protocol.md, "Text read from scans").

Who may do what, by the same rule as downloading the file (`blob_access`): an office pushes text only for a file it
may read and that is complete on the server; it pulls the text its own PCs read and the text read by the office that
gave it the file (`blob_access.via_office`: the sender of a letter it received), never what another recipient of
the same letter, or any other office, read. Per file, page and office one reading is kept: a newer reader's replaces
it, an older or equal one's is answered `kept`.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

import zstandard
from fastapi import Depends, FastAPI, Header, Query
from fastapi.responses import Response
from pydantic import ValidationError
from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from sync.protocol.bundle import BundleInvalid
from sync.protocol.scan_text import (
    MAX_READER_VERSION,
    MAX_READINGS_PER_REQUEST,
    MAX_REQUEST_CHARS,
    PulledReading,
    ScanReading,
    ScanTextPage,
    ScanTextPush,
    ScanTextPushAnswer,
    ScanTextResult,
)
from sync.protocol.zstd import InflatedTooLarge, inflate
from sync.server.admin import now
from sync.server.blobstore import ServerBlobStore
from sync.server.bulk import as_list, run_sql
from sync.server.database import ServerDatabase
from sync.server.errors import ProtocolError
from sync.server.models import BlobAccess, Device, ScanText

SLICE = 2_000  # rows after the cursor read at a time
MAX_SCANNED = 20_000  # rows after the cursor read for one answer
MAX_ANSWER_CHARS = 400_000  # text in one pull answer (about 200 KB of Lao after zstd): small answers on a 2G link
CANDIDATES = (
    "SELECT seq, hash, office_id, device_id, reader FROM scan_texts WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?"
)
ACCESS = "SELECT hash, via_office FROM blob_access WHERE office_id = ? AND hash IN (LIST)"
ZSTD_LEVEL = 9
MAX_BUNDLE_TEXT = 256 * 1024 * 1024  # inflated text of one bundle's part


def _readable(session: Session, blobs: ServerBlobStore, office_id: str, hashes: list[str]) -> set[str]:
    """Of these files, those the office may download: the rule of GET /v1/blobs (access, and the whole file here)."""
    allowed = session.scalars(
        select(BlobAccess.hash).where(BlobAccess.office_id == office_id, BlobAccess.hash.in_(hashes))
    )
    return {h for h in allowed if blobs.exists(h)}


def _newest_per_page(readings: list[ScanReading]) -> list[ScanReading]:
    """One reading per file and page, in their order: a page given twice keeps the newer reader's (the first given
    of equal readers), so no page is written twice by one push."""
    kept: dict[tuple[str, int], ScanReading] = {}
    for reading in readings:
        key = (reading.hash, reading.page)
        if key not in kept or reading.reader > kept[key].reader:
            kept[key] = reading
    return list(kept.values())


def store_readings(
    session: Session, blobs: ServerBlobStore, me: Device, readings: list[ScanReading]
) -> list[ScanTextResult]:
    """Keep each page's reading for the asking office, unless it holds one by the same or a newer reader."""
    if session.get_bind().dialect.name == "postgresql":
        # One push at a time: rows then commit in the order of their `seq`, so a pull's cursor never passes a row
        # that commits later with a smaller one. Readers are not blocked.
        session.execute(text("LOCK TABLE scan_texts IN SHARE ROW EXCLUSIVE MODE"))
    hashes = sorted({r.hash for r in readings})
    readable = _readable(session, blobs, me.office_id, hashes)
    held = {
        (h, page): (seq, reader)
        for seq, h, page, reader in session.execute(
            select(ScanText.seq, ScanText.hash, ScanText.page, ScanText.reader).where(
                ScanText.office_id == me.office_id, ScanText.hash.in_(readable)
            )
        )
    }
    pages = {h: max(max(r.pages, r.page + 1) for r in readings if r.hash == h) for h in hashes}
    readings = _newest_per_page(readings)
    stored = dict.fromkeys(hashes, 0)
    for reading in readings:
        before = held.get((reading.hash, reading.page))
        if reading.hash not in readable or (before is not None and before[1] >= reading.reader):
            continue
        if before is not None:  # a new seq: PCs that took the older reading get this one
            session.execute(delete(ScanText).where(ScanText.seq == before[0]))
        row = ScanText(
            hash=reading.hash,
            page=reading.page,
            office_id=me.office_id,
            device_id=me.id,
            pages=pages[reading.hash],
            reader=reading.reader,
            source=reading.source,
            confidence=reading.confidence,
            text=reading.text,
            other_text=reading.other,
            pushed_at=now(),
        )
        session.add(row)
        stored[reading.hash] += 1
    return [
        ScanTextResult(
            hash=h,
            # a file the office may not read gets the same answer as a file nobody sent: nothing is learnt
            status="refused" if h not in readable else "stored" if stored[h] else "kept",
            stored=stored[h],
        )
        for h in hashes
    ]


def readings_after(
    session: Session, me: Device, after: int, reader: int, limit: int, upto: int | None = None
) -> tuple[list[PulledReading], int, bool]:
    """Readings after `after` that this PC may take: for files its office may read, read by its office (another PC)
    or by the office that gave it the file, by a reader not older than `reader`. (readings, next cursor, more).

    The cursor moves past the readings this PC may not take too, up to the newest reading on the server, which
    `GET /v1/hello` names (`scan_text_seq`): a PC whose cursor is there asks nothing. The rows after the cursor are
    read in order, a slice at a time (one index range, then the office's access to their files by its primary key),
    so the cost follows the rows since the PC's last sync whatever the planner thinks; a PC far behind (a new one)
    gets its answer after at most MAX_SCANNED rows, with `more`. With `upto`, none newer than that (a return bundle
    answered again)."""
    upto = newest(session) if upto is None else min(upto, newest(session))
    found: list[PulledReading] = []
    size, cursor, scanned = 0, after, 0
    while cursor < upto:
        if scanned >= MAX_SCANNED:
            return found, cursor, True
        candidates = run_sql(session, CANDIDATES, (cursor, upto, SLICE))
        if not candidates:
            break
        scanned += len(candidates)
        via = dict(run_sql(session, ACCESS, (me.office_id, as_list({h for _, h, _, _, _ in candidates}))))
        wanted = [
            seq
            for seq, blob_hash, office_id, device_id, by in candidates
            if blob_hash in via and by >= reader and device_id != me.id and office_id in (me.office_id, via[blob_hash])
        ]
        rows = {r.seq: r for r in session.scalars(select(ScanText).where(ScanText.seq.in_(wanted)))} if wanted else {}
        for seq in wanted:
            row = rows.get(seq)
            if row is None:  # replaced by a newer reading since: that one comes later in the order
                continue
            chars = len(row.text) + len(row.other_text)
            if len(found) >= limit or (found and size + chars > MAX_ANSWER_CHARS):
                return found, cursor, True
            found.append(
                PulledReading(
                    hash=row.hash,
                    pages=row.pages,
                    page=row.page,
                    text=row.text,
                    other=row.other_text,
                    confidence=row.confidence,
                    source=row.source,
                    reader=row.reader,
                )
            )
            size += chars
            cursor = seq
        cursor = candidates[-1][0]
    return found, max(after, upto), False


def newest(session: Session) -> int:
    """The newest reading's position. Pushes write one at a time, so every reading up to it is committed."""
    return int(session.scalar(select(func.max(ScanText.seq))) or 0)


def add_routes(
    app: FastAPI, database: ServerDatabase, device: Callable[..., Awaitable[Device]], blobs: ServerBlobStore
) -> None:
    @app.post("/v1/scan-text/push", response_model=ScanTextPushAnswer)
    def push_scan_text(request: ScanTextPush, me: Device = Depends(device)) -> ScanTextPushAnswer:
        """Text this PC read from files its office may read. Per file: `stored`, `kept` (the server has these pages
        from this office by the same or a newer reader) or `refused` (not a file this office may read)."""
        if sum(r.chars for r in request.readings) > MAX_REQUEST_CHARS:
            raise ProtocolError(413, "too_large", f"At most {MAX_REQUEST_CHARS} characters of text in one request.")
        with database.write() as s:
            return ScanTextPushAnswer(results=store_readings(s, blobs, me, request.readings))

    @app.get("/v1/scan-text/pull", response_model=ScanTextPage)
    def pull_scan_text(
        after: int = Query(0, ge=0, le=2**53),
        reader: int = Query(1, ge=1, le=MAX_READER_VERSION, description="the PC's reader: older readings are left"),
        limit: int = Query(200, ge=1, le=500),
        accept_encoding: str = Header(default=""),
        me: Device = Depends(device),
    ) -> Any:
        """Text read from the files this office may read, after the PC's cursor; zstd when the PC accepts it."""
        with database.read() as s:
            readings, cursor, more = readings_after(s, me, after, reader, limit)
        answer = ScanTextPage(readings=readings, next=cursor, more=more)
        if "zstd" not in accept_encoding.lower():
            return answer
        packed = zstandard.ZstdCompressor(level=ZSTD_LEVEL).compress(answer.model_dump_json().encode("utf-8"))
        return Response(packed, media_type="application/json", headers={"Content-Encoding": "zstd"})


def bundle_part_readings(packed: bytes | None) -> list[ScanReading]:
    """The pages of a USB bundle's part `scan_text.json.zst`. Damaged or oversized entries, or a part that is not
    readings at all (not JSON, or JSON nested too deep to parse), are left out (the PC sends them again, online or in
    its next bundle); a part that unpacks past MAX_BUNDLE_TEXT refuses the bundle (BundleInvalid)."""
    if packed is None:
        return []
    try:
        data = json.loads(inflate(packed, MAX_BUNDLE_TEXT))
    except InflatedTooLarge:
        raise BundleInvalid(
            f"The bundle's text read from scans is larger than {MAX_BUNDLE_TEXT // (1024 * 1024)} MB unpacked."
        ) from None
    except (zstandard.ZstdError, ValueError, RecursionError):  # (JSON nested past what the parser takes)
        return []
    items = data.get("readings") if isinstance(data, dict) else None
    readings = []
    for item in items if isinstance(items, list) else []:
        try:
            readings.append(ScanReading.model_validate(item))
        except ValidationError:
            continue
    return readings


def bundle_readings(
    database: ServerDatabase, blobs: ServerBlobStore, me: Device, readings: list[ScanReading]
) -> list[list[Any]]:
    """A bundle's readings (`bundle_part_readings`), kept as a push would keep them; returns the pages dealt with
    ([hash, page, reader]: stored or kept), for the PC to mark sent. The pages of a file refused are not: a file
    this office sent but whose upload is not finished (held for a cheaper link, cut off) is not readable yet, and
    its pages are taken from a later bundle or sync, once the file is whole here."""
    refused: set[str] = set()
    for start in range(0, len(readings), MAX_READINGS_PER_REQUEST):
        with database.write() as s:
            results = store_readings(s, blobs, me, readings[start : start + MAX_READINGS_PER_REQUEST])
        refused |= {r.hash for r in results if r.status == "refused"}
    return [[r.hash, r.page, r.reader] for r in readings if r.hash not in refused]


def return_part(
    database: ServerDatabase, me: Device, after: int, sent: list[list[Any]], upto: int | None = None
) -> tuple[bytes, int]:
    """The part `scan_text.json.zst` of a return bundle: the pages taken from the PC's bundle, and every reading
    after its cursor that it may take (with `upto`, none newer than that); with the cursor it goes up to."""
    readings: list[PulledReading] = []
    cursor, more = after, True
    with database.read() as s:
        while more:
            page, cursor, more = readings_after(s, me, cursor, 1, 500, upto)
            readings += page
    answer = {"sent": sent, "readings": [r.model_dump() for r in readings], "next": cursor}
    packed = zstandard.ZstdCompressor(level=ZSTD_LEVEL).compress(json.dumps(answer, ensure_ascii=False).encode("utf-8"))
    return packed, cursor
