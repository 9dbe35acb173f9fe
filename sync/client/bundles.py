"""USB sync bundles on the desktop, beside online sync: write this PC's unsent work to a file, read in what came
back."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import zstandard

from eoffice_desktop.core.addresses.directory import DAMAGED, DirectoryDamaged, apply_directory, directory_version
from eoffice_desktop.core.journey.sender_names import remember_server_names
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.numbering import pulled_after_restore
from eoffice_desktop.core.replication import (
    ApplyResult,
    all_events,
    apply_remote,
    cursor,
    mark_acknowledged,
    outbox,
    own_held,
    refuse_event,
    set_cursor,
)
from eoffice_desktop.core.storage.blobs import ScanMismatch
from eoffice_desktop.core.storage.credential import load_token
from eoffice_desktop.core.storage.settings import set_setting
from eoffice_shared.refusals import Invalid, Refusal
from sync.client.office_key import keep_office_keys, newest_office_key, office_keys_of
from sync.protocol.bundle import (
    DIRECTORY_PART,
    SCAN_TEXT_PART,
    BundleCancelled,
    BundleInvalid,
    BundleManifest,
    Cancelled,
    OpenBundle,
    Progress,
    copy_stream,
    ignore,
    never,
    read_bundle,
    seal_key,
    write_bundle,
)
from sync.protocol.zstd import inflate

BUNDLE_BATCH = 100_000


class BundleNotForThisPC(Refusal, ValueError):
    """A return bundle that the server did not seal for this PC (another PC's, or changed on the way)."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    events: int
    blobs: int
    bytes: int


def bundle_name(store: OfficeStore, now: datetime | None = None) -> str:
    now = now or datetime.now()
    code = store.office().code
    return f"eoffice-{code}-{store.device_id}-{now:%Y%m%d-%H%M}.eob"


def export_bundle(
    store: OfficeStore,
    target: Path,
    everything: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """Everything this PC has not had acknowledged, with the scans it refers to. Events stay in the outbox until
    an acknowledgement comes back (a return bundle or an online sync). With `everything`, the whole office log:
    a snapshot that starts a new PC of the office without a network."""
    with store.db.session() as s:
        events = all_events(s) if everything else outbox(s, store.device_id, limit=BUNDLE_BATCH, max_bytes=1 << 40)
        feed = cursor(s)
        held_directory = directory_version(s)
        own = own_held(s, store.device_id)
    hashes = sorted({h for e in events for h in e.blobs if store.blobs.has(h)})
    manifest = BundleManifest(
        office_id=store.office_id,
        sender=store.device_id,
        created=datetime.now(UTC).isoformat(timespec="seconds"),
        # `own`: the server's return bundle leaves out this PC's own events up to it (as its pull does)
        basis={"feed_pos": feed, "own": own, "office_name": store.office().name_lo},  # for whoever carries it on
    )
    if not everything:  # the return bundle brings the directory changed after this version
        manifest.basis["directory_version"] = held_directory
    from sync.client.numbers import bundle_requests  # (the protocol's models load with the first bundle, not at start)

    numbers = bundle_requests(store) if not everything else {}
    if numbers:  # an enrolled PC asks, on paper as it were, for number blocks and for its provisional numbers
        manifest.basis["numbers"] = numbers
    blobs = [(h, store.blobs.path_of(h)) for h in hashes]
    key = seal_key_of(store)  # an enrolled PC seals its bundles (the server takes them only so) and encrypts them
    extra = {}
    if key is not None and not everything:  # the text read from scans goes to the server with them, and comes back
        from sync.client.scan_text import bundle_cursor, bundle_part

        manifest.basis["scan_text"] = bundle_cursor(store)
        text = bundle_part(store, {h for e in events for h in e.blobs} - set(hashes))
        if text is not None:
            extra[SCAN_TEXT_PART] = text
    # (a snapshot stays clear: the new PC it starts has no key yet). The office's other PCs read it with the office's
    # key (a PC enrolled before office keys, until its next sync, writes bundles only the server reads).
    encrypted = key is not None and not everything
    office_key = newest_office_key(store) if encrypted else None
    tick, stop = progress or ignore, cancelled or never
    write_bundle(target, manifest, events, blobs, tick, stop, key, extra, encrypted, office_key)
    return ExportResult(target, len(events), len(hashes), target.stat().st_size)


@dataclass
class BundleRead(ApplyResult):
    """The bundle's events as applied, and the check of the signatures it brought."""

    signatures_checked: int = 0
    signatures_stopped: bool = False  # Stop came while they were checked: the rest are checked later


def import_bundle(
    store: OfficeStore,
    path: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    checking: Progress | None = None,
) -> BundleRead:
    """Read a bundle (verified first), store its scans, apply its events and acknowledgements, then check the
    signatures it brought as a sync does (`check_arrived_signatures`: new ones, and those whose signed file it
    brought). Importing the same bundle twice changes nothing. A return bundle from the server also says which of this
    PC's changes it took (they leave the outbox) and which it refused, with the reason (shown as sync problems).

    Progress runs over checking the file, then copying its scans; Stop is honoured until the events are applied
    (scans already copied are harmless: they are stored by their hash). Then `checking(done, total)` counts the
    signatures checked, and a Stop between their batches leaves the rest "unchecked" (the letter's opening or the next
    sync checks them); the bundle stays read in."""
    tick = progress or ignore
    stop = cancelled or never
    bundle = read_bundle(path, tick, stop, seal_key_of(store), office_keys_of(store))
    try:
        joining = not store.is_set_up()
        if not joining and bundle.manifest.office_id != store.office_id:
            raise Invalid("This bundle is for another office; nothing was imported.", code="bundle_for_another_office")
        from_server = bundle.manifest.sender == "server"
        if from_server and not bundle.sealed:
            raise BundleNotForThisPC(
                "This return bundle was not made by the server for this PC (its seal does not match): it may be "
                "another PC's, or changed. Nothing was imported.",
                code="bundle_not_for_this_pc",
            )
        if from_server and not bundle.encrypted:  # a relayer cannot have this PC take its office's feed in clear
            raise BundleNotForThisPC(
                "This return bundle is not encrypted: it was made by a server of an earlier version, or changed. "
                "Nothing was imported.",
                code="bundle_not_for_this_pc",
            )
        if bundle.encrypted and bundle.crypt is None:  # for the server only, or for another office's PCs
            raise BundleNotForThisPC(
                "This bundle is encrypted for the server and its office's PCs, and this PC cannot open it: sync this "
                "PC, and the PC that saved it, over the network once, then read it in again, or send it on to the "
                "server. Nothing was imported.",
                code="bundle_needs_office_key",
            )
        checked = sum(bundle.archive.getinfo(name).file_size for name in bundle.manifest.files)
        names = list(bundle.blob_names())
        total = checked + sum(bundle.blob_size(h) for h in names)
        done = checked
        for blob_hash in names:
            if not store.blobs.has(blob_hash):
                try:  # (a clear bundle's scans were checked against their names already)
                    with bundle.open_blob(blob_hash) as source:
                        store.blobs.add_stream(_watched(copy_stream(source), stop), expected=blob_hash)
                except ScanMismatch:
                    raise BundleInvalid(f"{path.name} is damaged: a scan does not match its checksum.") from None
            done += bundle.blob_size(blob_hash)
            tick(done, total)
        if stop():
            raise BundleCancelled()
        events = bundle.events()
        acks = bundle.manifest.acks if from_server else {}  # only the server says what it took
        directory = _directory(bundle) if from_server else None
        with store.db.write() as s:
            if joining:  # a new PC starting from the office's snapshot
                set_setting(s, "office.id", bundle.manifest.office_id)
            result = apply_remote(s, store.log, events)
            mark_acknowledged(s, [str(i) for i in acks.get("event_ids", [])])
            for event_id, refusal in dict(acks.get("refused", {})).items():
                refuse_event(s, str(event_id), str(refusal.get("code", "refused")), str(refusal.get("reason", "")))
            feed_next = acks.get("feed_next")
            if isinstance(feed_next, int) and feed_next > cursor(s):
                set_cursor(s, feed_next)
            remember_server_names(s, acks.get("senders"))  # (a return bundle of an older server has none)
            if directory is not None:  # the national directory and holidays, when they changed
                apply_directory(s, directory)
            if isinstance(feed_next, int):  # the server's answer holds the feed: a restored PC has caught up
                pulled_after_restore(s)
            if from_server and SCAN_TEXT_PART in bundle.manifest.files:
                from sync.client.scan_text import take_bundle_part

                take_bundle_part(s, bundle.part(SCAN_TEXT_PART))
        if from_server:  # the office's keys, with one made at a revocation since this PC last synced
            keep_office_keys(store, acks)
        if from_server and isinstance(acks.get("numbers"), dict):
            from sync.client.numbers import take_bundle_answers

            take_bundle_answers(store, acks["numbers"])
    finally:
        bundle.close()
    from eoffice_desktop.core.signing.letters import check_arrived_signatures  # (loads with the first bundle read)

    check = check_arrived_signatures(store, checking, stop)
    return BundleRead(result.applied, result.duplicates, result.refused, check.checked, check.stopped)


def _directory(bundle: OpenBundle) -> dict[str, Any] | None:
    packed = bundle.part(DIRECTORY_PART)
    if packed is None:
        return None
    try:
        data = json.loads(inflate(packed, 256 * 1024 * 1024))
    except (zstandard.ZstdError, ValueError, RecursionError):
        raise DirectoryDamaged(DAMAGED) from None
    return data if isinstance(data, dict) else None


def seal_key_of(store: OfficeStore) -> bytes | None:
    """The key this PC shares with its server for sealing (and, derived from it, encrypting) bundles; None when it is
    not enrolled."""
    with store.db.session() as s:
        token = load_token(store.data_dir, s)
    return seal_key(token) if token else None


def _watched(chunks: Iterator[bytes], stop: Cancelled) -> Iterator[bytes]:
    for chunk in chunks:
        if stop():
            raise BundleCancelled()
        yield chunk
