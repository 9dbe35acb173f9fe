"""USB bundles at the server: an office without a network sends its changes on a stick; IT staff read the bundle in
here and hand back a return bundle with what that office should receive.

Reading a bundle in is the same as the device's own push (same checks, per-event answers, nothing half-applied, each
event stored once, so reading it twice changes nothing), then the same as its pull from the cursor the bundle says it
had. The return bundle acknowledges what was stored and lists what was refused with the reason, so the district PC
takes those out of its outbox and shows the refusals.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import zstandard
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sync.protocol.bundle import (
    DIRECTORY_PART,
    SCAN_TEXT_PART,
    BundleInvalid,
    BundleManifest,
    OpenBundle,
    copy_stream,
    max_files,
    peek_manifest,
    read_bundle,
    write_bundle,
)
from sync.protocol.envelope import EventEnvelope
from sync.protocol.messages import (
    MAX_BATCH_EVENTS,
    DirectoryAnswer,
    ProvisionalLetter,
    PushResult,
    SeriesWant,
    WireEvent,
)
from sync.server import api_scan_text, feeds, office_keys
from sync.server.admin import event_office_id
from sync.server.api_directory import ZSTD_LEVEL, delta
from sync.server.blobstore import ServerBlobStore
from sync.server.bundle_returns import Answered, answered_before, bundle_key, first_answer, keep
from sync.server.console.activity import record_bundle
from sync.server.database import ServerDatabase
from sync.server.directory import current_version
from sync.server.models import BlobAccess, Device, ServerOffice
from sync.server.numbers import confirm, reserve
from sync.server.push import accept_batch
from sync.server.quotas import check_files, count_files
from sync.server.sender_names import sender_names

RETURN_LIMIT = 1 << 30  # bytes of events in one return bundle; the rest comes with the next one
RETURN_PAGE = 2000  # events read from the feed at a time for a return bundle


class BundleRefused(ValueError):
    """The bundle cannot be read in here (unknown or revoked PC, wrong office); nothing was stored."""


class BundleUnsealed(BundleRefused):
    """The bundle does not carry its PC's seal: changed after it was made, or made by someone else."""


@dataclass
class BundleOutcome:
    office_code: str
    device_id: str
    results: list[PushResult] = field(default_factory=list)
    blobs_stored: int = 0
    returned_events: int = 0
    returned_blobs: int = 0
    answer: Path | None = None
    read_before: datetime | None = None  # when this same bundle was first read in (its return holds what that one did)

    def count(self, status: str) -> int:
        return sum(result.status == status for result in self.results)


def _sender(database: ServerDatabase, manifest: BundleManifest) -> tuple[Device, ServerOffice]:
    with database.read() as s:
        device = s.get(Device, manifest.sender)
        if device is None:
            raise BundleRefused(f"The bundle comes from PC {manifest.sender}, which is not enrolled on this server.")
        if device.revoked_at is not None:
            raise BundleRefused(f"The bundle comes from PC {device.id} ({device.name}), which was revoked.")
        office = s.get(ServerOffice, device.office_id)
        assert office is not None
        if event_office_id(office) != manifest.office_id:
            raise BundleRefused(f"The bundle says office {manifest.office_id}, but PC {device.id} belongs to another.")
        if not manifest.sealed_by(device.token_hash.encode("ascii")):
            raise BundleUnsealed(
                f"The bundle is not sealed by PC {device.id} ({device.name}): it was changed after it was made, or "
                "made elsewhere (or by a version of eOffice older than this server). Nothing was taken."
            )
        s.expunge_all()
    return device, office


def _push(database: ServerDatabase, device: Device, events: list[EventEnvelope]) -> list[PushResult]:
    results: list[PushResult] = []
    for start in range(0, len(events), MAX_BATCH_EVENTS):
        wires: list[WireEvent] = []
        for envelope in events[start : start + MAX_BATCH_EVENTS]:
            try:
                wires.append(WireEvent.model_validate(envelope.to_dict()))
            except ValidationError as exc:
                reason = f"malformed event: {exc.errors()[0]['msg']}"
                results.append(PushResult(id=envelope.id, status="rejected", code="invalid", reason=reason))
        with database.write() as s:
            fresh = s.get(Device, device.id)
            assert fresh is not None
            results.extend(accept_batch(s, fresh, wires))
    return results


def _number_requests(asked: object) -> tuple[list[SeriesWant], list[ProvisionalLetter], dict[str, str]]:
    """The bundle's number requests (blocks wanted, provisional numbers to confirm), as the online calls take them;
    malformed items are skipped. Also each series' key on the PC (`local_key`)."""
    letters: list[ProvisionalLetter] = []
    wants: list[SeriesWant] = []
    local_of: dict[str, str] = {}
    if not isinstance(asked, dict):
        return wants, letters, local_of
    for raw in asked.get("confirm", [])[:MAX_BATCH_EVENTS]:
        try:
            letters.append(ProvisionalLetter.model_validate(raw))
        except ValidationError:
            continue
    for raw in asked.get("want", [])[:20]:
        if not isinstance(raw, dict):
            continue
        try:
            want = SeriesWant.model_validate({k: v for k, v in raw.items() if k != "local_key"})
        except ValidationError:
            continue
        if want.series_key not in local_of:
            wants.append(want)
            local_of[want.series_key] = str(raw.get("local_key") or want.series_key)
    return wants, letters, local_of


def _numbers(session: Session, device: Device, asked: object) -> dict[str, Any]:
    """The bundle's number requests answered as the online calls would be (blocks, then confirmations of the
    provisional numbers whose registrations came in the same bundle)."""
    wants, letters, local_of = _number_requests(asked)
    fresh = session.get(Device, device.id)
    assert fresh is not None
    blocks = reserve(session, fresh, wants) if wants else []
    confirmed = confirm(session, fresh, letters) if letters else []
    return {
        "blocks": [{**b.model_dump(), "local_key": local_of[b.series_key]} for b in blocks],
        "confirmed": [c.model_dump() for c in confirmed],
    }


def _return_events(
    database: ServerDatabase,
    office_id: str,
    after: int,
    device_id: str,
    own: int,
    carried: set[str],
    upto: int | None = None,
) -> tuple[list[EventEnvelope], int, dict[str, str]]:
    """The office's feed after `after` (up to `upto` when given), without the PC's own events up to `own`, as its
    pull would give it, with the server's names of the other offices they come from (`sender_names`). The scans of
    the events (less those the PC `carried` here) stay within what a bundle holds (`max_files`): a page of events that
    would pass it waits for the next return bundle, as events past RETURN_LIMIT do."""
    events: list[EventEnvelope] = []
    scans: set[str] = set()
    origins: set[str] = set()
    abouts: set[str] = set()
    size, cursor = 0, after
    with database.read() as s:
        while size < RETURN_LIMIT:
            page = feeds.pull_page(s, office_id, cursor, RETURN_PAGE, RETURN_LIMIT - size, device_id, own, upto)
            given = [EventEnvelope.from_dict(json.loads(body)) for body in page.bodies]
            more = {h for e in given for h in e.blobs} - carried - scans
            if events and len(scans) + len(more) > max_files():
                break
            events.extend(given)
            scans |= more
            origins |= page.origins
            abouts |= page.abouts
            cursor = page.cursor
            size += sum(len(body) for body in page.bodies)
            if not page.bodies or cursor >= page.high:  # (the cursor moves past the PC's own events even with none)
                break
        names = sender_names(s, origins, office_id, abouts)
    return events, cursor, names


def _store_scans(
    database: ServerDatabase, blobs: ServerBlobStore, bundle: OpenBundle, carried: set[str], office_id: str
) -> int:
    """The bundle's scans, all or none: each is written aside and checked against its hash first; when every one
    was, the office may read them (it has them), and only then are they kept. A later scan the disk does not take, or
    that does not match its hash, or a database that cannot record the office's access, leaves none of them on the
    server and none readable, so a bundle refused takes no room. Returns how many were new here."""
    staged: list[tuple[str, Path]] = []
    try:
        for blob_hash in sorted(carried):
            with bundle.open_blob(blob_hash) as part:
                written = blobs.stage_stream(blob_hash, copy_stream(part))
            if written is not None:
                staged.append((blob_hash, written))
        if carried:  # (were a file not kept after this, the office's next `have` or bundle sends it again)
            sizes = {blob_hash: written.stat().st_size for blob_hash, written in staged}
            with database.write() as s:
                new = feeds.allow_blobs(s, office_id, dict.fromkeys(sorted(carried), office_id))
                size = sum(sizes[h] if h in sizes else blobs.path(h).stat().st_size for h in new)
                check_files(s, office_id, size, len(new))  # (refused: none of them is kept, nor readable)
                count_files(s, office_id, len(new), size)
        return sum(blobs.keep_staged(blob_hash, written) for blob_hash, written in staged)
    finally:
        for _, written in staged:
            written.unlink(missing_ok=True)  # (gone already when it became the file)


def _readable_blobs(database: ServerDatabase, blobs: ServerBlobStore, office_id: str, wanted: set[str]) -> list[str]:
    if not wanted:
        return []
    with database.read() as s:
        allowed = set(
            s.scalars(select(BlobAccess.hash).where(BlobAccess.office_id == office_id, BlobAccess.hash.in_(wanted)))
        )
    return sorted(h for h in allowed if blobs.exists(h))


def read_in(
    database: ServerDatabase,
    blobs: ServerBlobStore,
    source: Path,
    answer: Path,
    may_carry: Callable[[ServerOffice], bool] | None = None,
    relayed_by: str = "",
) -> BundleOutcome:
    """Store what the bundle carries, then write the return bundle for the same PC to `answer` (a file, or a folder
    to put it in under a clear name). `relayed_by`: the office whose PC relayed it ('' when read in at the server);
    the console shows each bundle read in. A bundle encrypted by its PC is answered encrypted; a clear one (a PC of
    an earlier version) clear. A bundle read in before is answered within its first return's limits
    (bundle_returns.py); one older than a bundle of its PC read in already is refused (BundleOlder)."""
    peeked = peek_manifest(source)
    device, office = _sender(database, peeked)  # whose it is says the key it is opened with
    key = device.token_hash.encode("ascii")
    bundle = read_bundle(source, key=key)
    try:
        if not bundle.sealed:  # (changed since it was looked at)
            raise BundleUnsealed(f"The bundle is not sealed by PC {device.id} ({device.name}). Nothing was taken.")
        if bundle.encrypted and bundle.crypt is None:
            raise BundleInvalid(f"{source.name} is damaged (its manifest cannot be read).")
        if may_carry is not None and not may_carry(office):
            raise BundleRefused(
                f"The bundle of office {office.code} may be relayed only by that office or one above it."
            )
        basis = bundle.manifest.basis
        said_own = basis.get("own")  # absent: a bundle of an older version, whose own events come back too
        own = said_own if _position(said_own) else None
        name = bundle_key(peeked)
        with database.read() as s:
            before = answered_before(s, device.id, name, own)
        outcome = BundleOutcome(office_code=office.code, device_id=device.id)
        outcome.read_before = before.read_at if before is not None else None
        # Both parts are read (and refused when too large) before anything is stored.
        events = bundle.events()
        readings = api_scan_text.bundle_part_readings(bundle.part(SCAN_TEXT_PART))
        carried = set(bundle.blob_names())
        outcome.blobs_stored = _store_scans(database, blobs, bundle, carried, office.id)
        outcome.results = _push(database, device, events)
        with database.write() as s:
            record_bundle(s, office.id, relayed_by, outcome.count("accepted"), outcome.count("rejected"), len(carried))
        # After the scans: the text of the scans it carried (or sent before) is the office's to share.
        text_sent = api_scan_text.bundle_readings(database, blobs, device, readings)
        said_text = basis.get("scan_text")  # absent: a PC of an older version, which has no use for it
        said_feed = basis.get("feed_pos", 0)
        held_directory = basis.get("directory_version")
    finally:
        bundle.close()
    request = _Request(
        device=device,
        office=office,
        after=said_feed if _position(said_feed) else 0,
        own=own or 0,
        carried=carried,
        text_after=said_text if _position(said_text) else None,
        text_sent=text_sent,
    )
    if before is None:
        made = _answer(database, blobs, request, None)
        try:
            with database.write() as s:
                numbers = _numbers(s, device, basis.get("numbers"))
                keep(s, device.id, name, own, first_answer(made.feed_next, made.text_next, numbers))
            made.numbers = numbers
        except IntegrityError:  # the same bundle read in at this very moment, and answered first there
            with database.read() as s:
                before = answered_before(s, device.id, name, own)
            if before is None:
                raise
            outcome.read_before = before.read_at
    if before is not None:
        made = _answer(database, blobs, request, before)
    stored = [r.id for r in outcome.results if r.status in ("accepted", "duplicate")]
    refused = {
        r.id: {"code": r.code or "refused", "reason": r.reason or ""} for r in outcome.results if r.status == "rejected"
    }
    acks: dict[str, Any] = {"event_ids": stored, "refused": refused, "feed_next": made.feed_next}
    acks["numbers"] = made.numbers
    acks["senders"] = made.senders  # (in the sealed manifest: a PC relaying the bundle cannot change them)
    if bundle.encrypted:  # (in its secret) the office's keys, the newest made at a revocation since its last sync
        with database.write() as s:
            acks.update(office_keys.given(s, office.id))
    directory = _directory(database, held_directory)
    extra = {DIRECTORY_PART: directory} if directory is not None else {}
    if made.text is not None:
        extra[SCAN_TEXT_PART] = made.text
    manifest = BundleManifest(
        office_id=event_office_id(office),
        sender="server",
        created=datetime.now(UTC).isoformat(timespec="seconds"),
        basis={"feed_pos": request.after},
        acks=acks,
    )
    if answer.is_dir():
        answer = answer / return_name(outcome)
    returned = [(h, blobs.path(h)) for h in made.blobs]
    write_bundle(answer, manifest, made.events, returned, key=key, extra=extra, encrypted=bundle.encrypted)  # sealed
    outcome.returned_events, outcome.returned_blobs, outcome.answer = len(made.events), len(made.blobs), answer
    return outcome


def _position(value: object) -> bool:
    """A cursor or count as a bundle's basis gives it: an int, not negative (not a bool)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


@dataclass
class _Request:
    """What the bundle asks its return bundle to hold."""

    device: Device
    office: ServerOffice
    after: int  # the PC's feed cursor
    own: int  # its own events it holds
    carried: set[str]  # the scans it carried
    text_after: int | None  # its cursor of the text read from scans (None: a PC with no use for it)
    text_sent: list[list[Any]]  # the pages of text taken from it


@dataclass
class _Made:
    """The return bundle's contents, within its limits."""

    events: list[EventEnvelope]
    feed_next: int
    senders: dict[str, str]
    blobs: list[str]
    text: bytes | None
    text_next: int | None
    numbers: dict[str, Any]


def _answer(database: ServerDatabase, blobs: ServerBlobStore, asked: _Request, before: Answered | None) -> _Made:
    """The office's feed and the text read from scans after the PC's cursors: up to now for a bundle read in the
    first time; for one read in before, never past its first return's ends, with that return's numbers."""
    office_id = asked.office.id
    upto = before.feed_next if before is not None else None
    events, cursor, senders = _return_events(
        database, office_id, asked.after, asked.device.id, asked.own, asked.carried, upto
    )
    readable = _readable_blobs(database, blobs, office_id, {h for e in events for h in e.blobs} - asked.carried)
    text, text_next = None, None
    if asked.text_after is not None:
        text_upto = None if before is None else asked.text_after if before.text_next is None else before.text_next
        text, text_next = api_scan_text.return_part(
            database, asked.device, asked.text_after, asked.text_sent, text_upto
        )
    numbers = before.numbers if before is not None else {}
    return _Made(events, cursor, senders, readable, text, text_next, numbers)


def _directory(database: ServerDatabase, held: object) -> bytes | None:
    """The directory changed after the version the PC's bundle says it holds (all of it when it says none), packed
    as the part `directory.json.zst`; None when it has the current one."""
    since = held if isinstance(held, int) and not isinstance(held, bool) and held >= 0 else 0
    with database.read() as s:
        if since and since == current_version(s):
            return None
        answer = DirectoryAnswer(**delta(s, since))
    return zstandard.ZstdCompressor(level=ZSTD_LEVEL).compress(answer.model_dump_json().encode("utf-8"))


def return_name(outcome: BundleOutcome, now: datetime | None = None) -> str:
    now = now or datetime.now()
    return f"eoffice-return-{outcome.office_code}-{outcome.device_id}-{now:%Y%m%d-%H%M}.eob"
