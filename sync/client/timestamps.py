"""Signature time-stamps at sync: each signature made on this PC offline gets the central server's RFC 3161 time-stamp
over its signature value (CAdES-T), recorded as an event so every PC of the office can prove when it was made; and
the PDF copies signed inside are taken to PAdES B-LTA (validation data and a document time-stamp)."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from asn1crypto import tsp
from pyhanko.sign.timestamps.api import TimeStamper

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.signing.ledger import trust_store
from eoffice_desktop.core.signing.timestamps import (
    record_archived,
    record_token,
    signature_value,
    unarchived,
    unstamped,
)
from eoffice_desktop.core.storage.ids import uuid7
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


def _copy(store: OfficeStore, data: bytes, source: dict[str, object], generation: str) -> dict[str, object]:
    """An archived copy's attachment record: "NAME (signed N) (archived).pdf", re-stamps "... (archived 2).pdf"."""
    stem = str(source["filename"]).removesuffix(".pdf")
    stem = re.sub(r" \(archived( \d+)?\)$", "", stem)
    return {
        "id": uuid7(),
        "blob": store.blobs.add_bytes(data),
        "filename": f"{stem} (archived{generation}).pdf",
        "media_type": "application/pdf",
        "size": len(data),
        "source_sha256": source["source_sha256"],
    }


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
        try:
            made = [_copy(store, archive_pdf(store.blobs.read(str(c["blob"])), trust, stamper), c, "") for c in copies]
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


@dataclass
class Restamped:
    done: list[str] = field(default_factory=list)  # registry numbers (or letter ids) of the letters re-stamped now
    not_due: int = 0  # archived letters whose last time-stamp is still young enough
    failed: list[str] = field(default_factory=list)  # one sentence each


def restamp_pdfs(
    store: OfficeStore,
    transport: HttpTransport,
    actor: Actor,
    older_than: timedelta,
    now: datetime,
) -> Restamped:
    """Give every archived PDF copy whose last document time-stamp is older than `older_than` (or whose authority's
    certificate ends soon) a fresh one, as a new archived copy and a `letter.pdf_archived` event. Stops at the first
    network or server failure (SyncError), which the caller reports; the copies re-stamped until then stay."""
    from eoffice_desktop.core.signing.restamp import archived_now, is_due, last_stamp, restamp_pdf
    from eoffice_desktop.core.storage.models import Letter

    with store.db.session() as s:
        archived = archived_now(s)
        trust = trust_store(s)
    stamper = ServerTimeStamper(transport)
    result = Restamped()
    for item in archived:
        with store.db.session() as s:
            letter = s.get(Letter, item.signature.letter_id)
            name = (letter.registry_number if letter is not None else "") or item.signature.letter_id
        try:
            sources = [store.blobs.read(str(c["blob"])) for c in item.copies]
        except OSError:
            result.failed.append(f"{name}: its archived PDF copy is not on this PC yet (sync, then try again)")
            continue
        if not any(is_due(last_stamp(data), now, older_than) for data in sources):
            result.not_due += 1
            continue
        try:
            generation = f" {item.generation + 1}"
            made = [
                _copy(store, restamp_pdf(d, trust, stamper), c, generation)
                for d, c in zip(sources, item.copies, strict=True)
            ]
        except SyncError:
            raise
        except Exception as exc:  # pyHanko's validation and time-stamp errors have their own types
            result.failed.append(f"{name}: {exc}")
            continue
        with store.db.write() as s:
            record_archived(s, store.log, actor, item.signature, made)
        result.done.append(name)
    return result
