"""The HTTP API of the central server (FastAPI): every request authenticated per device, every answer in the
protocol envelope, every bad request a 4xx with a JSON error that changes nothing."""

from __future__ import annotations

import logging
import sqlite3
import time
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool
from starlette.convertors import Convertor, register_url_convertor
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware

from sync.protocol import PROTOCOL_VERSION
from sync.protocol.messages import (
    BLOB_HASH_PATTERN,
    MAX_INFLATED_BYTES,
    MAX_PUSH_BYTES,
    DigestAnswer,
    DigestQuery,
    Enrolled,
    EnrolRequest,
    ErrorBody,
    Hello,
)
from sync.server import (
    api_bundles,
    api_certificates,
    api_cycle,
    api_directory,
    api_numbers,
    api_scan_text,
    api_tsa,
    feeds,
    office_keys,
)
from sync.server.admin import (
    AdminError,
    device_for_hash,
    enrol,
    event_office_id,
    now,
    office_of_code,
    token_hash,
)
from sync.server.api_bundles import RELAY_PATH
from sync.server.api_cycle import BlobHashPath, may_read
from sync.server.blobstore import INCOMING, BlobError, ServerBlobStore
from sync.server.bodies import DEVICE_KEY, BodyLimitAndDecompress
from sync.server.ca import ServerCA
from sync.server.console import check as console_check
from sync.server.console import routes as console_routes
from sync.server.console.activity import Activity, CountActivity
from sync.server.database import ServerDatabase
from sync.server.device_cache import DeviceCache
from sync.server.directory import current_version
from sync.server.enrol_throttle import SharedEnrolThrottle, Throttled
from sync.server.errors import ProtocolError, error_response, refusal_response, storage_refusal
from sync.server.fast_routes import QuickPath
from sync.server.logs import RequestLog
from sync.server.metrics_access import MetricsAccess
from sync.server.models import Device, ServerOffice
from sync.server.protocol_gate import UNSUPPORTED, ProtocolGate
from sync.server.seen import SeenDevices

log = logging.getLogger("eoffice.server")


ENROL_PATH = "/v1/devices/enrol"  # the one route that takes a body without a device token


class _BlobHashConvertor(Convertor[str]):
    """Only a well-formed file name matches a route's {blob_hash}: GET /v1/blobs/have is then a method the path does
    not take (405), not a bad file name."""

    regex = BLOB_HASH_PATTERN.strip("^$")

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("blob_hash", _BlobHashConvertor())
REFUSALS = {
    400: "Damaged: bytes that meet this description but are not what they claim (a bundle, a chunk's checksum)",
    401: "Not enrolled, unknown or revoked device",
    403: "Refused: an enrolment, or the counters asked from outside the network their operators allow",
    404: "Not found (or not this office's)",
    409: "Conflicts with what the server holds",
    429: "Too many failed enrolments from this address or for this office: try again after Retry-After seconds",
    413: "Too large",
    415: "Unknown Content-Encoding",
    422: "Does not match this description",
    507: "The server's disk is full or failing: nothing of this request was kept; send it again later",
    UNSUPPORTED: "The client speaks a protocol version (X-EOffice-Protocol) this server does not",
}


def create_app(
    database: ServerDatabase, blob_dir: Path, data_dir: Path | None = None, metrics_access: MetricsAccess | None = None
) -> FastAPI:
    blobs = ServerBlobStore(blob_dir)
    last_sweep = [0.0]

    def sweep_stale_uploads() -> None:
        """At start and once a day after: uploads unfinished for a month are dropped, and what a server process
        killed mid-request left aside (in the store's `incoming/`) a day ago."""
        if time.monotonic() - last_sweep[0] < 86400 and last_sweep[0]:
            return
        last_sweep[0] = time.monotonic()
        stale = blobs.drop_stale_partials()
        if stale:
            log.info("dropped %d uploads unfinished for 30 days", stale)
        for name, size in blobs.drop_leftovers():
            log.info(
                "removed %s/%s (%d bytes): left aside over a day ago by a relay or a completion that never ended",
                INCOMING,
                name,
                size,
                extra={"fields": {"file": f"{INCOMING}/{name}", "bytes": size}},
            )

    sweep_stale_uploads()
    ca = ServerCA(data_dir or blob_dir.parent)
    metrics: Counter[str] = Counter()
    seen = SeenDevices(database)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        devices.stop()
        await run_in_threadpool(seen.write)  # the PCs noted since the last write

    app = FastAPI(
        lifespan=lifespan,
        title="eOffice central server",
        version=str(PROTOCOL_VERSION),
        openapi_url="/v1/openapi.json",
        docs_url="/v1/docs",
        redoc_url=None,
        # Every refusal is the same JSON error, documented for every route (clients and schemathesis rely on it).
        responses={status: {"model": ErrorBody, "description": meaning} for status, meaning in REFUSALS.items()},
    )
    app.state.database = database

    @app.exception_handler(ProtocolError)
    async def _protocol_error(request: Request, exc: ProtocolError) -> JSONResponse:
        metrics[f"error.{exc.code}"] += 1
        return refusal_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        metrics["error.invalid_request"] += 1
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", []))
        return error_response(422, "invalid_request", f"Invalid request at {where}: {first.get('msg', '')}")

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = "not_found" if exc.status_code == 404 else "invalid_request"
        return error_response(exc.status_code, code, str(exc.detail), headers=exc.headers)  # 405 keeps its Allow

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        """A request the server could not answer: 500. A full or failing database disk is the 507 `server_storage`
        however its error came: SQLAlchemy's (`_database_error`) or a driver's own (sqlite3's, psycopg's) unwrapped."""
        refusal = storage_refusal(exc, request.method, request.url.path)
        if refusal is not None:
            return await _protocol_error(request, refusal)
        log.exception("unexpected error on %s", request.url.path)
        metrics["error.server"] += 1
        return error_response(500, "server_error", "The server had a problem; the request changed nothing.", True)

    async def _database_error(request: Request, exc: Exception) -> JSONResponse:
        """Any route's write the database's full or failing disk did not take: 507, its transaction rolled back
        (answered here, not by the outermost handler of `Exception`, which raises the error again once answered and
        logs it a second time with its traceback)."""
        return await _unexpected(request, exc)

    app.add_exception_handler(SQLAlchemyError, _database_error)
    app.add_exception_handler(sqlite3.Error, _database_error)  # (a driver's own error, unwrapped)
    if not database.sqlite:
        import psycopg

        app.add_exception_handler(psycopg.Error, _database_error)

    devices = DeviceCache()  # the PCs checked, until the database announces a change to one (device_cache.py)
    if database.sqlite:
        devices.watch(database.device_changes())
    else:
        devices.listen(database.listener)

    def _bearer(authorization: str | None) -> str:
        """The hash of the device token in this Authorization header, or the refusal to answer."""
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise ProtocolError(401, "unauthorized", "This PC is not enrolled: send its device token.")
        return token_hash(token.strip())

    def checked_device(authorization: str | None) -> Device | None:
        """The device presenting this header when this process holds it checked (no database work: for the event
        loop); None when it must be read (`known_device`, in a worker thread). Refusals as `known_device`'s."""
        return devices.held(_bearer(authorization))

    def known_device(authorization: str | None) -> Device:
        """The enrolled, unrevoked device presenting this Authorization header, or the refusal to answer."""
        hashed = _bearer(authorization)
        found = devices.get(hashed)
        if found is None:
            reading = devices.started_reading()
            found = device_for_hash(database, hashed)
            if found is None:
                raise ProtocolError(401, "unauthorized", "Unknown device token. Enrol this PC again.")
            devices.keep(hashed, found, reading)
        if found.revoked_at is not None:
            raise ProtocolError(401, "device_revoked", "This PC was revoked. Ask IT staff to enrol it again.")
        return found

    bearer = HTTPBearer(auto_error=False, description="the device token given at enrolment")

    app.state.seen = seen

    async def device(request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> Device:
        """The device making this request: checked by the body layer when the request has a body (once per request),
        else here."""
        found: Device | None = request.scope.get(DEVICE_KEY)
        if found is None:
            header = f"Bearer {credentials.credentials}" if credentials is not None else None
            found = checked_device(header)
            if found is None:
                found = await run_in_threadpool(known_device, header)
        if seen.note(found, now()):
            await run_in_threadpool(seen.write)
        return found

    # The sync cycle's routes, and their quick path: the innermost layer, given the body as the body layer passed it.
    quick = api_cycle.add_routes(
        app, database, device, known_device, checked_device, seen, blobs, metrics, sweep_stale_uploads
    )
    app.add_middleware(QuickPath, table=quick)
    # Added innermost first (after the quick path): the request log, outermost, also sees the body layer's refusals.
    app.add_middleware(
        BodyLimitAndDecompress,
        limit=MAX_PUSH_BYTES,
        inflated_limit=MAX_INFLATED_BYTES,
        authenticate=known_device,
        checked=checked_device,
        anonymous_paths=(ENROL_PATH,),
        anonymous_prefixes=("/console/",),  # the console's forms: its own sign-in, session and CSRF token
        skip_paths=(RELAY_PATH,),  # a relayed bundle is streamed to disk by its route, after its credentials
    )
    # Level 6 packs JSON within a few per cent of level 9 for a third of the CPU.
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=6)
    app.add_middleware(ProtocolGate, metrics=metrics)  # before credentials: an old PC learns what to update
    app.add_middleware(RequestLog, metrics=metrics)
    app.state.activity = Activity(database)  # requests, refusals and bytes per day, for the console's chart
    app.add_middleware(CountActivity, activity=app.state.activity)

    @app.get("/v1/hello", response_model=Hello)
    def hello(request: Request) -> Hello:
        """Needs no token (a preflight); the position of the newest text read from scans (how many pages were read
        nationwide), and the number of its office's newest key of USB bundles, go only to an enrolled PC that sends its
        token."""
        authorization = request.headers.get("authorization")
        try:
            enrolled = known_device(authorization) if authorization is not None else None
        except ProtocolError:
            enrolled = None
        with database.lookup() as s:
            epoch, version = database.epoch(s), current_version(s)
            scan_text = api_scan_text.newest(s) if enrolled else None
            key_number = office_keys.newest_number(s, enrolled.office_id) if enrolled else None
        return Hello(
            server_time=datetime.now(UTC).isoformat(timespec="seconds"),
            epoch=epoch,
            directory_version=version,
            scan_text_seq=scan_text,
            office_key_number=key_number,
        )

    @app.get("/v1/health")
    def health() -> dict[str, Any]:
        with database.lookup() as s:
            s.execute(select(1))
        return {"protocol": PROTOCOL_VERSION, "status": "ok"}

    metrics_access = metrics_access or MetricsAccess()

    @app.get("/v1/metrics")
    def metrics_view(request: Request) -> dict[str, Any]:
        """The counters of this process, for the operators' monitoring (docs/deploy.md: who may read them)."""
        if not metrics_access.allows(
            request.client.host if request.client else None, request.headers.get("authorization")
        ):
            raise ProtocolError(
                403,
                "metrics_refused",
                "The counters are readable only from the server's machine or network, or with the operators' token.",
            )
        return {"protocol": PROTOCOL_VERSION, **metrics}

    throttle = app.state.enrol_throttle = SharedEnrolThrottle(database)

    @app.post(ENROL_PATH, response_model=Enrolled)
    def enrol_device(request: EnrolRequest, http: Request) -> Enrolled:
        address = http.client.host if http.client else "-"
        office_code = None
        try:
            throttle.check(address)  # before the code is looked up: a guessing address costs one indexed read
            with database.lookup() as s:
                office_code = office_of_code(s, request.code)
            throttle.check(address, office_code)
            with database.write() as s:
                found, token, office = enrol(
                    s,
                    request.code,
                    request.device_name,
                    request.app_version,
                    request.local_office_id,
                    request.device_id,
                    request.replaces,
                )
                answer = Enrolled(
                    device_id=found.id,
                    office_id=event_office_id(office),
                    office_code=office.code,
                    office_name_lo=office.name_lo,
                    token=token,
                    epoch="",
                    **office_keys.given(s, office.id),
                )
        except Throttled as exc:
            raise ProtocolError(429, "enrolment_throttled", exc.message(), True, exc.seconds) from None
        except AdminError as exc:  # the code is not used up: the transaction is rolled back
            throttle.failed(address, office_code)
            code = "office_id_taken" if exc.code == "office_id_taken" else "enrolment_refused"
            raise ProtocolError(403, code, str(exc), reason=exc.code) from None
        answer.epoch = database.epoch()
        return answer

    @app.post("/v1/digest", response_model=DigestAnswer)
    def digest(query: DigestQuery, me: Device = Depends(device)) -> DigestAnswer:
        with database.read() as s:
            count, xsum = feeds.digest(s, me.office_id, query.upto, me.id, query.own)
            if count == query.count and xsum == query.xsum:
                return DigestAnswer(ok=True, server_count=count)
            low, high = 0, query.upto
            while high - low > 1:  # the server cannot see the device's prefix sums; it points at where to re-pull
                middle = (low + high) // 2
                low, high = (middle, high) if feeds.digest(s, me.office_id, middle)[0] == middle else (low, middle)
        return DigestAnswer(ok=False, server_count=count, first_divergent=low)

    @app.get(
        "/v1/blobs/{blob_hash:blob_hash}",
        response_class=FileResponse,
        responses={200: {"content": {"application/octet-stream": {}}, "description": "the file, as sent"}},
    )
    def get_blob(blob_hash: BlobHashPath, me: Device = Depends(device)) -> Response:
        try:
            path = blobs.path(blob_hash)
        except BlobError as exc:
            raise ProtocolError(422, "invalid_request", str(exc)) from None
        with database.lookup() as s:
            allowed = may_read(s, me.office_id, blob_hash)
        if not allowed or not path.exists():  # the same answer: an office cannot probe others' files
            raise ProtocolError(404, "not_found", "No such file for this office.")
        # Scans are already compressed: sent as they are (and the gzip layer must not re-frame a ranged file).
        return FileResponse(path, media_type="application/octet-stream", headers={"Content-Encoding": "identity"})

    @app.get("/v1/office")
    def office(me: Device = Depends(device)) -> dict[str, Any]:
        with database.read() as s:
            found = s.get(ServerOffice, me.office_id)
            assert found is not None
            others = [
                {"office_id": event_office_id(o), "code": o.code, "name_lo": o.name_lo, "name_en": o.name_en}
                for o in s.scalars(select(ServerOffice).order_by(ServerOffice.code))
            ]
        return {
            "protocol": PROTOCOL_VERSION,
            "office_id": event_office_id(found),
            "code": found.code,
            "offices": others,
        }

    api_numbers.add_routes(app, database, device)
    api_bundles.add_routes(app, database, device, blobs)
    api_directory.add_routes(app, database, device)
    office_keys.add_routes(app, database, device)
    api_scan_text.add_routes(app, database, device, blobs)
    tsa = api_tsa.add_routes(app, database, device, ca)
    api_certificates.add_routes(app, database, device, ca, tsa)
    console_routes.add_routes(app, database, data_dir or blob_dir.parent, blobs)
    console_check.add_routes(app, database)
    return app
