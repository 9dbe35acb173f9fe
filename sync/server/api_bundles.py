"""HTTP route for USB bundles relayed by an office that has a link: a district's stick is read at the provincial
office, whose PC sends the bundle to the server and saves the return bundle onto the stick (sync/server/bundles.py).

The bundle is streamed to disk, in the blob folder's `incoming/` (it can hold scans: far over the limit of ordinary
requests), read in with the same checks as the district PC's own push, and answered with the return bundle file. Only
the office itself or an office above it (its parent, the parent's parent...) may relay its bundles. When the server's
disk fails it (full, an I/O error), the bundle is refused with 507 and the cause is logged: the bundle's scans are
kept all or none (none is left on the disk or readable when a later one fails), the events of a batch all or none,
and the bundle's file and the return bundle are removed, so the same stick is simply sent again (a failure while the
return bundle is written comes after the changes were stored: sent again, they are duplicates, and the return bundle
comes). A bundle read in before is answered again within its first return's limits (the same number blocks, no
later event), so a retry after a lost answer gets a return bundle; one older than a bundle of its PC read in already
is refused (409 `bundle_older`).
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.responses import FileResponse
from sqlalchemy.exc import SQLAlchemyError
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool

from sync.protocol.bundle import BundleInvalid, BundleTooLarge
from sync.protocol.messages import ErrorBody
from sync.server.blobstore import BlobError, ServerBlobStore
from sync.server.bundle_returns import BundleOlder
from sync.server.bundles import BundleRefused, BundleUnsealed, read_in
from sync.server.database import ServerDatabase
from sync.server.database import disk_failed as database_disk_failed
from sync.server.errors import STORAGE, ProtocolError
from sync.server.models import Device, ServerOffice
from sync.server.quotas import OfficeLimit

RELAY_PATH = "/v1/bundles/relay"
RELAY_LIMIT = 512 * 1024 * 1024

log = logging.getLogger("eoffice.server")


def _disk_failed(exc: OSError | SQLAlchemyError, me: Device, size: int) -> ProtocolError:
    """The refusal for a bundle the server's disk (of its files, or of its database) did not take, with the cause in
    the server's log."""
    cause = exc if isinstance(exc, OSError) else getattr(exc, "orig", exc)  # (the database's words, not its SQL)
    log.error(
        "relayed bundle not read in: the server's disk failed (%s)",
        cause,
        extra={"fields": {"device": me.id, "bytes": size, "errno": getattr(cause, "errno", None)}},
    )
    return ProtocolError(
        507,
        STORAGE,
        "The server's disk is full or failing, so this bundle was not read in (or its return bundle not written); "
        "send it again once IT staff at the server have freed space or repaired the disk, as nothing is stored twice.",
    )


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
        responses={
            200: {"content": {"application/octet-stream": {}}, "description": "the return bundle"},
            507: {"model": ErrorBody, "description": "The server's disk is full or failing: nothing was taken"},
        },
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
        size = 0
        try:
            # In the blob folder's `incoming/` (not the system's temporary folder, often small, or in memory): what a
            # server process killed meanwhile leaves there is removed after a day (ServerBlobStore.drop_leftovers).
            folder = Path(tempfile.mkdtemp(prefix="relay-", dir=blobs.incoming))
        except OSError as exc:
            raise _disk_failed(exc, me, size) from None
        try:
            source = folder / "in.eob"
            failed: OSError | None = None
            with open(source, "wb") as out:
                async for chunk in request.stream():
                    size += len(chunk)
                    if size > RELAY_LIMIT:
                        raise ProtocolError(413, "too_large", "The bundle is too large to relay; send it in parts.")
                    if failed is None:
                        try:
                            out.write(chunk)
                        except OSError as exc:  # the rest is read and dropped, so the PC hears the refusal
                            failed = exc
            if failed is not None:
                raise _disk_failed(failed, me, size)
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
            except BundleOlder as exc:  # the PC's newer bundle, read in already, carried all this one holds
                raise ProtocolError(409, "bundle_older", str(exc)) from None
            except OfficeLimit as exc:  # what was stored before it stays (its parts, each one transaction)
                raise exc.refusal() from None
            except BundleUnsealed as exc:
                raise ProtocolError(403, "bundle_unsealed", str(exc)) from None
            except (BundleRefused, BlobError) as exc:
                raise ProtocolError(403, "bundle_refused", str(exc)) from None
            except OSError as exc:  # storing a scan, reading the bundle back, writing the return bundle
                raise _disk_failed(exc, me, size) from None
            except SQLAlchemyError as exc:  # the database's disk: full, or failing
                if not database_disk_failed(exc):
                    raise
                raise _disk_failed(exc, me, size) from None
        except OSError as exc:  # the bundle's file not closed: its last bytes did not reach the disk
            shutil.rmtree(folder, ignore_errors=True)
            raise _disk_failed(exc, me, size) from None
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
