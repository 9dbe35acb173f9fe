"""Signature time-stamps at sync: each signature made on this PC offline gets the central server's RFC 3161 time-stamp
over its signature value (CAdES-T), recorded as an event so every PC of the office can prove when it was made."""

from __future__ import annotations

import asyncio
import hashlib
import logging

from asn1crypto import tsp
from pyhanko.sign.timestamps.api import TimeStamper

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.signing.timestamps import record_token, signature_value, unstamped
from sync.client.errors import SyncError
from sync.client.http import HttpTransport

log = logging.getLogger(__name__)


class ServerTimeStamper(TimeStamper):
    """pyHanko's time-stamp client (request, nonce and reply checks) over this PC's connection to the server."""

    def __init__(self, transport: HttpTransport) -> None:
        super().__init__(include_nonce=True)
        self.transport = transport

    async def async_request_tsa_response(self, req: tsp.TimeStampReq) -> tsp.TimeStampResp:
        return tsp.TimeStampResp.load(self.transport.timestamp(req.dump()))


def stamp_signatures(store: OfficeStore, transport: HttpTransport, limit: int = 100) -> int:
    """Time-stamp the signatures made on this PC that have none yet; returns how many got one. Never raises for the
    network or the server: a failure here must not stop the letter sync, and the next sync tries again."""
    with store.db.session() as s:
        pending = unstamped(s, store.log.device_id, limit)
    stamper = ServerTimeStamper(transport)
    done = 0
    for row, cms in pending:
        digest = hashlib.sha256(signature_value(cms)).digest()
        try:
            token = asyncio.run(stamper.async_timestamp(digest, "sha256"))
        except (SyncError, ValueError) as exc:
            log.info("time-stamping postponed: %s", exc)
            break
        except Exception as exc:  # pyHanko reports a refused or malformed reply with its own error types
            log.warning("the server's time-stamp was not usable: %s", exc)
            break
        with store.db.write() as s:
            record_token(s, store.log, store.actor(row.signer_user_id), row, token.dump())
        done += 1
    return done
