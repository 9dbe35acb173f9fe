"""The routes of every sync cycle: push, pull, which files the server holds, a file's chunks and its completion.

Each is a FastAPI route (the API's description, and the answer to any request out of the ordinary) and is also served
by `FastRoutes` without FastAPI's per-request machinery when the request is well formed: the same work and the same
answer, with the body parsed and checked once by pydantic from its bytes, the device taken from this process's
memory (sync/server/device_cache.py) or read in the same worker thread as the route's work, and the answer written
once. A request the quick path does not take as it is (another content type, a body or a parameter that does not
pass its model) goes to the FastAPI route, whose refusal it gets as before.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import Response
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool
from starlette.types import Scope

from sync.protocol import PROTOCOL_VERSION
from sync.protocol.messages import (
    BLOB_HASH_PATTERN,
    CHUNK_SIZE,
    MAX_PUSH_BYTES,
    BlobComplete,
    BlobQuery,
    BlobStatus,
    ErrorBody,
    PullAnswer,
    PushAnswer,
    PushRequest,
    WireEvent,
)
from sync.server import feeds
from sync.server.admin import now
from sync.server.blobstore import BlobError, ServerBlobStore, UploadTaken
from sync.server.bodies import DEVICE_KEY
from sync.server.bulk import as_list, insert_missing, run_sql
from sync.server.database import ServerDatabase
from sync.server.database import disk_failed as database_disk_failed
from sync.server.errors import STORAGE, UPLOAD_NOT_STORED, ProtocolError
from sync.server.fast_routes import RouteTable, as_json, header, json_body, query_counts
from sync.server.models import BlobAccess, Device, ServerBlob
from sync.server.push import accept_batch
from sync.server.quotas import OfficeLimit, check_chunk, check_files, count_files
from sync.server.seen import SeenDevices
from sync.server.sender_names import sender_names

MAX_CHUNK_INDEX = 2**20
BlobHashPath = Annotated[str, PathParam(pattern=BLOB_HASH_PATTERN, description="sha256:<64 hex digits>")]
CHUNK_BODY: dict[str, Any] = {  # the route reads the bytes itself; this tells the OpenAPI description what they are
    "requestBody": {
        "required": True,
        "content": {
            "application/octet-stream": {
                "schema": {"type": "string", "format": "binary", "minLength": 1, "maxLength": CHUNK_SIZE}
            }
        },
    }
}
PULL_LIMITS = {"after": (0, 0, 2**53), "limit": (500, 1, 2000), "own": (0, 0, 2**53)}  # default, lowest, highest
READABLE = "SELECT hash FROM blob_access WHERE office_id = ? AND hash IN (LIST)"
CHECKSUM = re.compile("([0-9a-fA-F]{64})?")  # as the route's X-Chunk-Sha256 header

DISK_FAILED: dict[str, Any] = {
    "model": ErrorBody,
    "description": "The server's disk is full or failing: nothing of this was kept; send it again later",
}

log = logging.getLogger("eoffice.server")


def disk_failed(exc: OSError | SQLAlchemyError, me: Device, what: str) -> ProtocolError:
    """The refusal of an upload the server's disk did not take (full, an I/O error; its files' or its database's),
    with the cause in the server's log: nothing of it counts as stored, and the PC sends it again at a later sync."""
    cause = exc if isinstance(exc, OSError) else getattr(exc, "orig", exc)  # (the database's words, not its SQL)
    log.error(
        "%s not stored: the server's disk failed (%s)",
        what,
        cause,
        extra={"fields": {"device": me.id, "errno": getattr(cause, "errno", None)}},
    )
    return ProtocolError(
        507,
        STORAGE,
        "The server's disk is full or failing, so this file was not stored; the PC sends it again at a later sync, "
        "once IT staff at the server have freed space or repaired the disk.",
        retry=True,
        reason=UPLOAD_NOT_STORED,
    )


def may_read(session: Any, office_id: str, blob_hash: str) -> bool:
    return session.get(BlobAccess, (blob_hash, office_id)) is not None


def add_routes(
    app: FastAPI,
    database: ServerDatabase,
    device: Callable[..., Awaitable[Device]],
    known_device: Callable[[str | None], Device],
    checked_device: Callable[[str | None], Device | None],
    seen: SeenDevices,
    blobs: ServerBlobStore,
    metrics: Counter[str],
    sweep_stale_uploads: Callable[[], None],
) -> RouteTable:
    """Add the cycle's routes; returns their quick path (for `QuickPath`, an ASGI layer)."""

    # -- the work of each route, shared by both paths ------------------------------------------------------------
    def push_events(me: Device, events: list[WireEvent]) -> PushAnswer:
        try:
            with database.write() as s:
                results = accept_batch(s, me, events)
        except OfficeLimit as exc:  # nothing of the push is stored
            raise exc.refusal() from None
        metrics["events.accepted"] += sum(r.status == "accepted" for r in results)
        metrics["events.rejected"] += sum(r.status == "rejected" for r in results)
        return PushAnswer.model_construct(results=results)

    def pull_text(me: Device, after: int, limit: int, own: int) -> str:
        with database.lookup() as s:  # one statement (and one or two more for the server's names of other offices)
            page = feeds.pull_page(s, me.office_id, after, limit, MAX_PUSH_BYTES, me.id, own)
            senders = sender_names(s, page.origins, me.office_id, page.abouts)
        more = page.cursor < page.high and bool(page.bodies)
        answer = PullAnswer(
            events=[], next=page.cursor, high_water=page.high, more=more, epoch=page.epoch, senders=senders
        )
        # The events go out as the JSON text they are stored as, not parsed and written again.
        return answer.model_dump_json().replace('"events":[]', '"events":[' + ",".join(page.bodies) + "]", 1)

    def files_held(me: Device, hashes: list[str]) -> BlobStatus:
        sweep_stale_uploads()
        present, partial, missing = [], {}, []
        for blob_hash in hashes:
            try:
                blobs.check_hash(blob_hash)
            except BlobError as exc:
                raise ProtocolError(422, "invalid_request", f"{blob_hash}: {exc}") from None
        with database.lookup() as s:
            readable = {row[0] for row in run_sql(s, READABLE, (me.office_id, as_list(hashes)))}
        for blob_hash in hashes:
            if blob_hash in readable and blobs.exists(blob_hash):
                present.append(blob_hash)
            elif chunks := blobs.chunks_present(blob_hash, me.office_id):
                partial[blob_hash] = chunks
            else:
                missing.append(blob_hash)
        return BlobStatus(present=present, partial=partial, missing=missing)

    def store_chunk(me: Device, blob_hash: str, index: int, data: bytes, checksum: str) -> None:
        if not data or len(data) > CHUNK_SIZE:
            raise ProtocolError(422, "invalid_request", f"A chunk has 1 to {CHUNK_SIZE} bytes.")
        try:
            check_chunk(blobs, me.office_id, blob_hash, index, len(data))
            blobs.put_chunk(blob_hash, index, data, checksum or None, me.office_id)
        except OfficeLimit as exc:  # (its chunks sent before stay)
            raise exc.refusal() from None
        except BlobError as exc:  # the bytes do not match their checksum: damaged on the way (the schema is met)
            raise ProtocolError(400, "blob_refused", str(exc)) from None
        except OSError as exc:  # a full or failing disk: the chunk is not marked as arrived, so it is asked for again
            raise disk_failed(exc, me, f"chunk {index} of a file") from None

    def completed(me: Device, blob_hash: str, size: int) -> dict[str, Any]:
        try:
            blobs.check_hash(blob_hash)
            if blobs.chunks_present(blob_hash, me.office_id) or size == 0:
                with database.lookup() as s:
                    if not may_read(s, me.office_id, blob_hash):  # (its own file completed again: counted once)
                        check_files(s, me.office_id, size)
                blobs.complete(blob_hash, size, me.office_id)
            else:
                with database.lookup() as s:
                    already = blobs.exists(blob_hash) and may_read(s, me.office_id, blob_hash)
                if not already:
                    raise BlobError("no chunks of this file arrived from this office; send them first")
        except OfficeLimit as exc:  # its chunks stay: completed once IT staff raise the bound
            raise exc.refusal() from None
        except UploadTaken:  # the other PC's answer tells; this one learns it at its next sync
            raise ProtocolError(
                409,
                "blob_refused",
                "Another PC of this office is completing this file at this moment; it is checked again at the next "
                "sync.",
                retry=True,
                after=5,
                reason="upload_being_completed",
            ) from None
        except BlobError as exc:
            raise ProtocolError(409, "blob_refused", str(exc)) from None
        except OSError as exc:  # the chunks went back to their upload (blobstore.complete): completed when asked again
            raise disk_failed(exc, me, "a file's completion") from None
        try:
            with database.write() as s:
                insert_missing(s, ServerBlob, {"hash": blob_hash, "size": size, "complete": True, "created_at": now()})
                new = not may_read(s, me.office_id, blob_hash)
                insert_missing(
                    s, BlobAccess, {"hash": blob_hash, "office_id": me.office_id, "via_office": me.office_id}
                )
                count_files(s, me.office_id, int(new), size)
        except SQLAlchemyError as exc:  # the file is kept, but not this office's: its next sync sends the chunks again
            if not database_disk_failed(exc):
                raise
            raise disk_failed(exc, me, "a file's completion (the database)") from None
        return {"protocol": PROTOCOL_VERSION, "hash": blob_hash, "complete": True}

    # -- the FastAPI routes --------------------------------------------------------------------------------------
    @app.post("/v1/push", response_model=PushAnswer)
    def push(request: PushRequest, me: Device = Depends(device)) -> PushAnswer:
        return push_events(me, request.events)

    @app.get("/v1/pull", response_model=PullAnswer)
    def pull(
        after: int = Query(0, ge=0, le=2**53),
        limit: int = Query(500, ge=1, le=2000),
        own: int = Query(0, ge=0, le=2**53, description="this PC holds its own events up to this dev_seq: left out"),
        me: Device = Depends(device),
    ) -> Response:
        return Response(pull_text(me, after, limit, own), media_type="application/json")

    @app.post("/v1/blobs/have", response_model=BlobStatus)
    def blobs_have(query: BlobQuery, me: Device = Depends(device)) -> BlobStatus:
        """Which files the server holds for this office. A file that only other offices sent counts as missing: it
        is the same answer as for a file nobody sent (no office learns what others hold), and uploading it proves
        this office has it."""
        return files_held(me, query.hashes)

    @app.put(
        "/v1/blobs/{blob_hash:blob_hash}/chunks/{index}",
        status_code=204,
        openapi_extra=CHUNK_BODY,
        responses={507: DISK_FAILED},
    )
    async def put_chunk(
        blob_hash: BlobHashPath,
        index: Annotated[int, PathParam(ge=0, le=MAX_CHUNK_INDEX)],
        request: Request,
        me: Device = Depends(device),
        x_chunk_sha256: str = Header(default="", pattern="^([0-9a-fA-F]{64})?$"),
    ) -> Response:
        data = await request.body()
        # Hashing and the disk flush in a worker thread: the event loop goes on serving other requests.
        await run_in_threadpool(store_chunk, me, blob_hash, index, data, x_chunk_sha256)
        return Response(status_code=204)

    @app.post("/v1/blobs/{blob_hash:blob_hash}/complete", responses={507: DISK_FAILED})
    def complete(blob_hash: BlobHashPath, body: BlobComplete, me: Device = Depends(device)) -> dict[str, Any]:
        """Join this office's chunks into the file (or, when another office sent the same file, check them against
        it); then the office may read the file. Asked again after it worked, it answers the same."""
        return completed(me, blob_hash, body.size)

    # -- the quick path ------------------------------------------------------------------------------------------
    def noted(me: Device) -> Device:
        """As the `device` dependency does: note when the PC was seen (written now and then, in this thread)."""
        if seen.note(me, now()):
            seen.write()
        return me

    def caller(scope: Scope) -> Callable[[], Device]:
        """The device of the request, for the worker thread: as checked by the body layer or held by this process,
        else read then (one thread for the check and the route's work)."""
        found: Device | None = scope.get(DEVICE_KEY)
        given = header(scope, b"authorization") if found is None else None
        if found is None:
            found = checked_device(given)
        return (lambda: noted(found)) if found is not None else (lambda: noted(known_device(given)))

    def answer(model: Any) -> Response:
        return as_json(model.model_dump_json())

    async def quick_push(scope: Scope, body: bytes, _path: Mapping[str, str] | None) -> Response | None:
        request = json_body(scope, body, PushRequest)
        if request is None:
            return None
        me = caller(scope)
        return answer(await run_in_threadpool(lambda: push_events(me(), request.events)))

    async def quick_pull(scope: Scope, _body: bytes, _path: Mapping[str, str] | None) -> Response | None:
        asked = query_counts(scope, PULL_LIMITS)
        if asked is None:
            return None
        me = caller(scope)
        return as_json(await run_in_threadpool(lambda: pull_text(me(), asked["after"], asked["limit"], asked["own"])))

    async def quick_have(scope: Scope, body: bytes, _path: Mapping[str, str] | None) -> Response | None:
        query = json_body(scope, body, BlobQuery)
        if query is None:
            return None
        me = caller(scope)
        return answer(await run_in_threadpool(lambda: files_held(me(), query.hashes)))

    async def quick_chunk(scope: Scope, body: bytes, path: Mapping[str, str] | None) -> Response | None:
        assert path is not None
        checksum = header(scope, b"x-chunk-sha256")
        found = [key for key, _ in scope["headers"] if key == b"x-chunk-sha256"]
        index = int(path["index"])
        if index > MAX_CHUNK_INDEX or (found and (checksum is None or not CHECKSUM.fullmatch(checksum))):
            return None
        me = caller(scope)
        await run_in_threadpool(lambda: store_chunk(me(), path["hash"], index, body, checksum or ""))
        return Response(status_code=204)

    async def quick_complete(scope: Scope, body: bytes, path: Mapping[str, str] | None) -> Response | None:
        assert path is not None
        asked = json_body(scope, body, BlobComplete)
        if asked is None:
            return None
        me = caller(scope)
        done = await run_in_threadpool(lambda: completed(me(), path["hash"], asked.size))
        return as_json(json.dumps(done, ensure_ascii=False, separators=(",", ":")))

    blob = BLOB_HASH_PATTERN.strip("^$")
    return RouteTable(
        {("POST", "/v1/push"): quick_push, ("GET", "/v1/pull"): quick_pull, ("POST", "/v1/blobs/have"): quick_have},
        [
            ("PUT", rf"/v1/blobs/(?P<hash>{blob})/chunks/(?P<index>0|[1-9][0-9]{{0,6}})", quick_chunk),
            ("POST", rf"/v1/blobs/(?P<hash>{blob})/complete", quick_complete),
        ],
        metrics,
    )
