"""Signature time-stamps at sync: each signature made on this PC offline gets the central server's RFC 3161 time-stamp
over its signature value (CAdES-T), recorded as an event so every PC of the office can prove when it was made; and
the PDF copies signed inside are taken to PAdES B-LTA (validation data and a document time-stamp)."""

from __future__ import annotations

import asyncio
import hashlib
import logging

from asn1crypto import tsp
from pyhanko.sign.timestamps.api import TimeStamper

from eoffice_desktop.core.ids import uuid7
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.signing.ledger import trust_store
from eoffice_desktop.core.signing.timestamps import (
    record_archived,
    record_token,
    signature_value,
    unarchived,
    unstamped,
)
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


def archive_pdfs(store: OfficeStore, transport: HttpTransport, limit: int = 20) -> int:
    """Take the PDF copies of the last signature of letters signed on this PC to PAdES B-LTA, each as a new copy
    beside the signed one; returns how many signatures' copies were archived. Never raises (as `stamp_signatures`)."""
    from eoffice_desktop.core.signing.pdfsign import archive_pdf  # pyHanko loads only when there is work

    with store.db.session() as s:
        pending = unarchived(s, store.log.device_id, limit)
        trust = trust_store(s)
    stamper = ServerTimeStamper(transport)
    done = 0
    for row, copies in pending:
        made = []
        try:
            for copy in copies:
                archived = archive_pdf(store.blobs.read(str(copy["blob"])), trust, stamper)
                stem = str(copy["filename"]).removesuffix(".pdf")
                made.append(
                    {
                        "id": uuid7(),
                        "blob": store.blobs.add_bytes(archived),
                        "filename": f"{stem} (archived).pdf",
                        "media_type": "application/pdf",
                        "size": len(archived),
                        "source_sha256": copy["source_sha256"],
                    }
                )
        except (SyncError, ValueError) as exc:
            log.info("archiving the signed PDF copies postponed: %s", exc)
            break
        except Exception as exc:  # pyHanko's validation and time-stamp errors have their own types
            log.warning("the signed PDF copies of %s could not be archived: %s", row.event_id, exc)
            continue
        with store.db.write() as s:
            record_archived(s, store.log, store.actor(row.signer_user_id), row, made)
        done += 1
    return done
