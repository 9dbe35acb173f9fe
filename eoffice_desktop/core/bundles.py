"""USB sync bundles on the desktop: write this PC's unsent work to a file, read in what came back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.replication import (
    ApplyResult,
    all_events,
    apply_remote,
    cursor,
    mark_acknowledged,
    outbox,
    set_cursor,
)
from eoffice_desktop.core.settings import set_setting
from sync.protocol.bundle import BundleManifest, copy_stream, read_bundle, write_bundle

BUNDLE_BATCH = 100_000


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


def export_bundle(store: OfficeStore, target: Path, everything: bool = False) -> ExportResult:
    """Everything this PC has not had acknowledged, with the scans it refers to. Events stay in the outbox until
    an acknowledgement comes back (a return bundle or an online sync). With `everything`, the whole office log:
    a snapshot that starts a new PC of the office without a network."""
    with store.db.session() as s:
        events = all_events(s) if everything else outbox(s, store.device_id, limit=BUNDLE_BATCH, max_bytes=1 << 40)
        feed = cursor(s)
    hashes = sorted({h for e in events for h in e.blobs if store.blobs.has(h)})
    manifest = BundleManifest(
        office_id=store.office_id,
        sender=store.device_id,
        created=datetime.now(UTC).isoformat(timespec="seconds"),
        basis={"feed_pos": feed},
    )
    write_bundle(target, manifest, events, [(h, store.blobs.path_of(h)) for h in hashes])
    return ExportResult(target, len(events), len(hashes), target.stat().st_size)


def import_bundle(store: OfficeStore, path: Path) -> ApplyResult:
    """Read a bundle (verified first), store its scans, apply its events and acknowledgements. Importing the
    same bundle twice changes nothing."""
    bundle = read_bundle(path)
    try:
        joining = not store.is_set_up()
        if not joining and bundle.manifest.office_id != store.office_id:
            raise ValueError("This bundle is for another office; nothing was imported.")
        for blob_hash in bundle.blob_names():
            if not store.blobs.has(blob_hash):
                with bundle.open_blob(blob_hash) as source:
                    store.blobs.add_stream(copy_stream(source))
        events = bundle.events()
        with store.db.write() as s:
            if joining:  # a new PC starting from the office's snapshot
                set_setting(s, "office.id", bundle.manifest.office_id)
            result = apply_remote(s, store.log, events)
            acked = bundle.manifest.acks.get("event_ids", [])
            mark_acknowledged(s, list(acked))
            feed_next = bundle.manifest.acks.get("feed_next")
            if isinstance(feed_next, int) and feed_next > cursor(s):
                set_cursor(s, feed_next)
        return result
    finally:
        bundle.close()
