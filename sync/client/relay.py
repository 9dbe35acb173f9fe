"""Relaying another office's USB bundle: a district brings its stick to the provincial office, whose PC (online)
sends the bundle to the server and writes the district's return bundle back onto the stick. The provincial PC
never reads the district's changes into its own registry; it only carries the file (sync/server/api_bundles.py)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import requests

from sync.client.errors import Offline, Refused, ServerBusy
from sync.client.http import CONNECT_TIMEOUT, STALL_TIMEOUT, HttpTransport
from sync.protocol.bundle import BundleCancelled, BundleInvalid, read_bundle

RELAY_PATH = "/v1/bundles/relay"
PIECE = 256 * 1024


@dataclass(frozen=True)
class Relayed:
    answer: Path
    accepted: int
    duplicate: int
    refused: int
    returned_events: int


def return_path(source: Path) -> Path:
    """The return bundle goes next to the bundle on the stick, named so nobody mistakes one for the other."""
    return source.with_name(source.stem + "-return.eob")


def relay_bundle(
    transport: HttpTransport,
    source: Path,
    target: Path,
    progress: Callable[[int, int], None] = lambda done, total: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Relayed:
    """Upload `source`, write the return bundle to `target` (atomically, checked before it is kept). Progress runs
    over the upload, then the download."""
    size = source.stat().st_size
    total = size * 2  # the return is usually smaller; the bar then jumps to the end

    def pieces() -> Iterator[bytes]:
        sent = 0
        with open(source, "rb") as handle:
            for piece in iter(lambda: handle.read(PIECE), b""):
                if cancelled():
                    raise BundleCancelled()
                sent += len(piece)
                progress(sent, total)
                yield piece

    headers = transport.headers({"Content-Type": "application/octet-stream"})  # sent chunked, as it is read
    try:
        response = transport.http.post(
            transport.base_url + RELAY_PATH,
            data=pieces(),
            headers=headers,
            timeout=(CONNECT_TIMEOUT, max(STALL_TIMEOUT, 300)),  # the server reads the whole bundle in before answering
            stream=True,
        )
    except BundleCancelled:
        raise
    except requests.RequestException as exc:
        raise Offline("No connection to the server ({error}).", error=type(exc).__name__) from None
    with response:
        if response.status_code != 200 or response.headers.get("Content-Type") != "application/octet-stream":
            data = transport.envelope(response)  # a portal page is Offline; our refusals carry a code
            code, message = str(data.get("code", "refused")), str(data.get("message_en", ""))
            if response.status_code >= 500 or data.get("retry"):
                raise ServerBusy(message, code)
            raise Refused(message, code).because(data.get("reason"))
        tmp = target.with_name(target.name + ".part")
        try:
            received = 0
            expected = int(response.headers.get("Content-Length") or 0)
            with open(tmp, "wb") as out:
                for chunk in response.iter_content(PIECE):
                    if cancelled():
                        raise BundleCancelled()
                    out.write(chunk)
                    received += len(chunk)
                    progress(size + min(size, received * size // max(expected, 1)), total)
                out.flush()
                os.fsync(out.fileno())
            read_bundle(tmp).close()  # a whole, unaltered bundle, or nothing is kept
            os.replace(tmp, target)
        except (BundleCancelled, BundleInvalid, OSError, requests.RequestException) as exc:
            tmp.unlink(missing_ok=True)
            if isinstance(exc, requests.RequestException):
                raise Offline("The connection broke while the return bundle was coming; try again.") from None
            raise
    progress(total, total)
    with_events = read_bundle(target)
    try:
        returned = with_events.manifest.event_count
    finally:
        with_events.close()
    return Relayed(
        answer=target,
        accepted=int(response.headers.get("X-Eoffice-Accepted", 0)),
        duplicate=int(response.headers.get("X-Eoffice-Duplicate", 0)),
        refused=int(response.headers.get("X-Eoffice-Refused", 0)),
        returned_events=returned,
    )
