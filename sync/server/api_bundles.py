"""HTTP route for USB bundles relayed by an office that has a link: a district's stick is read at the provincial
office, whose PC sends the bundle to the server and saves the return bundle onto the stick (sync/server/bundles.py).

The bundle is streamed to disk (it can hold scans: far over the limit of ordinary requests), read in with the same
checks as the district PC's own push, and answered with the return bundle file. Only the office itself or an office
above it (its parent, the parent's parent...) may relay its bundles.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool

from sync.protocol.bundle import BundleInvalid, BundleTooLarge
from sync.server.blobstore import BlobError, ServerBlobStore
from sync.server.bundles import BundleRefused, BundleUnsealed, read_in
from sync.server.database import ServerDatabase
from sync.server.errors import ProtocolError
from sync.server.models import Device, ServerOffice

RELAY_PATH = "/v1/bundles/relay"
RELAY_LIMIT = 512 * 1024 * 1024


def above_or_same(database: ServerDatabase, relaying_office_id: str) -> Callable[[ServerOffice], bool]:
    """May the relaying office carry bundles of `office`? It is the office itself or one of its parents."""

    def allowed(office: ServerOffice) -> bool:
        seen: set[str] = set()
        current: str | None = office.id
        with database.read() as s:
            while current is not None and current not in seen:
                if current == relaying_office_id:
                    return True
                seen.add(current)
                found = s.get(ServerOffice, current)
                current = found.parent_id if found is not None else None
        return False

    return allowed


def add_routes(
    app: FastAPI, database: ServerDatabase, device: Callable[..., Awaitable[Device]], blobs: ServerBlobStore
) -> None:
    @app.post(
        RELAY_PATH,
        response_class=FileResponse,
        responses={200: {"content": {"application/octet-stream": {}}, "description": "the return bundle"}},
        openapi_extra={  # streamed to disk by the route itself, so described here
            "requestBody": {
                "required": True,
                "description": "a bundle file (.eob) saved for USB by an office's PC; a damaged one is refused (400)",
                "content": {
                    "application/octet-stream": {
                        "schema": {"type": "string", "format": "binary", "minLength": 1, "maxLength": RELAY_LIMIT}
                    }
                },
            }
        },
    )
    async def relay(request: Request, me: Device = Depends(device)) -> FileResponse:
        folder = Path(tempfile.mkdtemp(prefix="relay-"))
        try:
            source = folder / "in.eob"
            size = 0
            with open(source, "wb") as out:
                async for chunk in request.stream():
                    size += len(chunk)
                    if size > RELAY_LIMIT:
                        raise ProtocolError(413, "too_large", "The bundle is too large to relay; send it in parts.")
                    out.write(chunk)
            if size == 0:
                raise ProtocolError(422, "invalid_request", "No bundle was sent.")
            answer = folder / "return.eob"
            try:
                outcome = await run_in_threadpool(
                    read_in, database, blobs, source, answer, above_or_same(database, me.office_id), me.office_id
                )
            except BundleTooLarge as exc:  # more parts, or a larger part, than any bundle holds: not read
                raise ProtocolError(413, "too_large", str(exc)) from None
            except BundleInvalid as exc:  # bytes the description cannot tell from a bundle: damaged, not malformed
                raise ProtocolError(400, "invalid_request", str(exc)) from None
            except BundleUnsealed as exc:
                raise ProtocolError(403, "bundle_unsealed", str(exc)) from None
            except (BundleRefused, BlobError) as exc:
                raise ProtocolError(403, "bundle_refused", str(exc)) from None
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        headers = {
            "X-Eoffice-Accepted": str(outcome.count("accepted")),
            "X-Eoffice-Duplicate": str(outcome.count("duplicate")),
            "X-Eoffice-Refused": str(outcome.count("rejected")),
            "X-Eoffice-Office": outcome.office_code.encode("utf-8").hex(),
            "Content-Encoding": "identity",  # the bundle's parts are compressed already
        }
        return FileResponse(
            answer,
            media_type="application/octet-stream",
            headers=headers,
            background=BackgroundTask(shutil.rmtree, folder, True),
        )
