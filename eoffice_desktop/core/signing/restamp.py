"""Archive re-stamps: PDF copies at PAdES B-LTA get a fresh document time-stamp before the last one grows old or its
authority's certificate ends, each as a new archived copy (`letter.pdf_archived`); the earlier copies never change.

Which copies are due, and when each was last time-stamped, read from the PDFs themselves (Qt-free; pyHanko)."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.signers.pdf_signer import PdfTimeStamper
from pyhanko.sign.timestamps import TimeStamper
from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.core.signing.fold import PDF_ARCHIVED
from eoffice_desktop.core.signing.tables import Signature
from eoffice_desktop.core.signing.trust import TrustStore
from eoffice_desktop.core.storage.models import Event

DEFAULT_AGE = timedelta(days=365)
# Re-stamp at the latest this long before the certificate of the last time-stamp's authority ends, whatever its age.
BEFORE_TSA_END = timedelta(days=90)


@dataclass(frozen=True)
class LastStamp:
    time: datetime  # the time the authority certified in the last document time-stamp
    authority_ends: datetime  # when that authority's certificate ends


@dataclass(frozen=True)
class Archived:
    signature: Signature
    copies: list[dict[str, object]]  # the copies of the newest `letter.pdf_archived` event of this signature
    generation: int  # 1 for the first archive, 2 after the first re-stamp, ...


def last_stamp(data: bytes) -> LastStamp | None:
    """The last document time-stamp of a PDF, or None when it has none."""
    embedded = PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures
    stamps = [s for s in embedded if s.sig_object_type == "/DocTimeStamp"]
    if not stamps:
        return None
    tst = stamps[-1].signed_data["encap_content_info"]["content"].parsed
    return LastStamp(
        time=tst["gen_time"].native,
        authority_ends=stamps[-1].signer_cert["tbs_certificate"]["validity"]["not_after"].native,
    )


def is_due(stamp: LastStamp | None, now: datetime, older_than: timedelta = DEFAULT_AGE) -> bool:
    """Due for a fresh time-stamp: the last one is older than `older_than`, or its authority's certificate ends
    within `BEFORE_TSA_END` (a copy without any document time-stamp is not ours to re-stamp: None is never due)."""
    if stamp is None:
        return False
    return stamp.time <= now - older_than or stamp.authority_ends <= now + BEFORE_TSA_END


def archived_now(session: Session) -> list[Archived]:
    """Each letter's newest archived PDF copies: those of its last archived signature, oldest letters first."""
    newest: dict[str, tuple[list[dict[str, object]], int]] = {}
    for raw in session.scalars(select(Event.payload).where(Event.type == PDF_ARCHIVED).order_by(Event.hlc)):
        payload = json.loads(raw)
        key = str(payload.get("signature", ""))
        generation = newest.get(key, ([], 0))[1] + 1
        newest[key] = (list(payload.get("copies", [])), generation)
    last: dict[str, Archived] = {}  # by letter: only the last archived signature (its copies carry the earlier ones)
    for key, (copies, generation) in newest.items():
        row = session.get(Signature, key)
        if row is None or not copies:
            continue
        kept = last.get(row.letter_id)
        if kept is None or kept.signature.position < row.position:
            last[row.letter_id] = Archived(row, copies, generation)
    return list(last.values())


def restamp_pdf(data: bytes, trust: TrustStore, timestamper: TimeStamper) -> bytes:
    """A fresh document time-stamp over a B-LTA file, after the validation data of its last time-stamp (the
    authority's certificates and revocation lists) in the DSS; an incremental update, all earlier bytes intact."""
    from eoffice_desktop.core.signing.pdfsign import _context

    out = io.BytesIO()
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    PdfTimeStamper(timestamper).update_archival_timestamp_chain(reader, _context(trust), in_place=False, output=out)
    return out.getvalue()
