"""A bad link between the desktops and the real server: connections cut at random points of push, pull, scan upload
and download (a relay in the test), the server process killed and restarted mid-sync, events delivered twice and
out of order, a captive portal answering 200. After each: nothing lost, nothing twice, `eoffice check` passes on
both sides, and a cut file transfer resumes where it stopped."""

from __future__ import annotations

import hashlib
import os
import random
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.replication import apply_remote, cursor, outbox_size
from eoffice_desktop.core.storage.models import BlobSync, Event, Letter
from sync.client.engine import SyncCancelled
from sync.client.errors import Offline, SyncError
from sync.client.http import HttpTransport
from sync.protocol.messages import CHUNK_SIZE
from sync.server.blobstore import ServerBlobStore
from sync.server.database import ServerDatabase
from sync.server.models import FeedEntry, StoredEvent
from tests.sync.conftest import RunningServer
from tests.sync.linkproxy import Fault, LinkProxy
from tests.sync.offices import Desk, address_of, first_pc, give_numbers, server_office, server_office_id
from tests.sync.serve_process import ServerProcess

HEADROOM = 4096  # request and answer headers of one chunk request, and the few small requests around it


@pytest.fixture
def relay(central: RunningServer) -> Iterator[LinkProxy]:
    proxy = LinkProxy(int(central.url.rsplit(":", 1)[1]))
    yield proxy
    proxy.close()


def _two_offices(central: RunningServer, tmp: Path) -> tuple[Desk, Desk, str]:
    code_a, code_b = (
        server_office(central.database, "ກຂ", "ເມືອງ ກ")[0],
        server_office(central.database, "ຄງ", "ເມືອງ ຂ")[0],
    )
    a = first_pc(tmp, "a", "ກຂ", central.url, code_a)
    b = first_pc(tmp, "b", "ຄງ", central.url, code_b)
    give_numbers(a, 1)
    give_numbers(b, 2)
    to_b = address_of(a, b)
    return a, b, to_b


def _scan(tmp: Path, name: str, size: int) -> Path:
    """A scanned PDF of about `size` bytes (random body: scans do not compress)."""
    path = tmp / name
    path.write_bytes(demo_pdf(name) + random.Random(name).randbytes(size))
    return path


def _send(a: Desk, to_b: str, subject: str, scans: list[Path] | None = None) -> str:
    form = LetterForm(
        direction="out", register_date=date.today(), recipients=[to_b], subject=subject, attachments=scans or []
    )
    return register_letter(a.store, a.actor, form).letter_id


def _server_counts(database: ServerDatabase) -> tuple[int, int]:
    """(events stored, feed entries that point at the same event twice within one office)."""
    with database.read() as s:
        stored = s.scalar(select(func.count()).select_from(StoredEvent)) or 0
        twice = s.execute(
            select(FeedEntry.office_id, FeedEntry.event_seq)
            .group_by(FeedEntry.office_id, FeedEntry.event_seq)
            .having(func.count() > 1)
        ).all()
    return stored, len(twice)


def _assert_whole(central: RunningServer, desks: list[Desk]) -> None:
    """Every event once on the server and in each PC; nothing left to send; `eoffice check` clean everywhere."""
    stored, twice = _server_counts(central.database)
    assert twice == 0
    own_total = 0
    for desk in desks:
        with desk.store.db.session() as s:
            assert outbox_size(s, desk.store.device_id) == 0, desk.name
            ids = list(s.scalars(select(Event.id)))
            assert len(ids) == len(set(ids))
            own_total += s.scalar(select(func.count()).where(Event.device_id == desk.store.device_id)) or 0
    assert stored == own_total  # the server holds each PC's events exactly once
    for desk in desks:
        desk.store.close()
        assert desk.check() == [], desk.name


def _sync_until_done(desk: Desk, url: str, tries: int = 20) -> None:
    for _ in range(tries):
        try:
            desk.sync(url)
            return
        except SyncError:
            continue
    raise AssertionError("sync never finished")


def test_cuts_at_random_points_of_push_and_pull_lose_and_duplicate_nothing(central, relay, tmp_path: Path):
    a, b, to_b = _two_offices(central, tmp_path)
    a.sync(central.url)
    b.sync(central.url)
    rng = random.Random(4)
    words = ["ໜັງສື", "ແຈ້ງການ", "ກອງປະຊຸມ", "ງົບປະມານ", "ແຂວງ", "ເມືອງ", "ບ້ານ", "ສະເໜີ", "ລາຍງານ", "ປີ"]
    sent = [_send(a, to_b, f"{n} " + " ".join(rng.choices(words, k=60))) for n in range(120)]
    cuts = 0
    for desk in (a, b):
        for _ in range(40):  # each sync breaks somewhere in what goes up or comes down, until one gets through
            direction = rng.choice(("up", "down"))
            where = rng.randint(1, 12_000)
            relay.arm(Fault(up_bytes=where) if direction == "up" else Fault(down_bytes=where))
            try:
                desk.sync(relay.url)
                break
            except Offline:
                cuts += 1
            finally:
                relay.disarm()
    assert cuts >= 3, "the relay should have broken several syncs"
    desk_b_letters = set()
    with b.store.db.session() as s:
        desk_b_letters = set(s.scalars(select(Letter.id).where(Letter.office_id == a.store.office_id)))
    assert desk_b_letters == set(sent)
    _assert_whole(central, [a, b])


def test_a_cut_scan_upload_resumes_without_sending_again_what_arrived(central, relay, tmp_path: Path):
    a, b, to_b = _two_offices(central, tmp_path)
    scan = _scan(tmp_path, "big.pdf", 6 * CHUNK_SIZE + 1000)
    _send(a, to_b, "ມີໄຟລ໌ໃຫຍ່", [scan])
    a.sync(central.url, ("push", "pull"))
    size = scan.stat().st_size
    relay.arm(Fault(up_bytes=int(size * 0.6)))
    with pytest.raises(Offline):
        a.sync(relay.url)
    blob_hash = "sha256:" + hashlib.sha256(scan.read_bytes()).hexdigest()
    arrived = ServerBlobStore(central.blob_dir).chunks_present(blob_hash, server_office_id(central.database, a))
    assert 1 <= len(arrived) < 7
    before = relay.bytes_up
    a.sync(relay.url)
    resent = relay.bytes_up - before
    missing_bytes = size - len(arrived) * CHUNK_SIZE
    assert resent <= missing_bytes + HEADROOM * 8, "chunks that had arrived were sent again"
    b.sync(central.url)
    assert b.store.blobs.verify(blob_hash)
    _assert_whole(central, [a, b])


def test_a_cut_download_resumes_from_the_bytes_already_on_disk(central, relay, tmp_path: Path):
    a, b, to_b = _two_offices(central, tmp_path)
    scan = _scan(tmp_path, "download.pdf", 2 * 1024 * 1024)
    _send(a, to_b, "ດາວໂຫຼດ", [scan])
    a.sync(central.url)
    b.sync(central.url, ("push", "pull"))
    size = scan.stat().st_size
    relay.arm(Fault(request=b"GET /v1/blobs/sha256", after_request_bytes=size // 2))
    with pytest.raises(Offline):
        b.sync(relay.url)
    blob_hash = "sha256:" + hashlib.sha256(scan.read_bytes()).hexdigest()
    partial = b.store.blobs.root / f".partial-{blob_hash.removeprefix('sha256:')}"
    kept = partial.stat().st_size
    # At least one of the download's 64 KiB blocks is on disk: the relay let half the file through, but the cut (a
    # reset) drops what the PC had not read yet, more of it on a busy machine.
    assert kept >= 64 * 1024
    before = relay.bytes_down
    b.sync(relay.url)
    fetched = relay.bytes_down - before
    assert fetched <= size - kept + HEADROOM, "the download started over"
    assert b.store.blobs.verify(blob_hash) and not partial.exists()
    _assert_whole(central, [a, b])


def test_a_scan_not_yet_uploaded_by_the_sender_does_not_stop_the_receiver(central, tmp_path: Path):
    a, b, to_b = _two_offices(central, tmp_path)
    scan = _scan(tmp_path, "later.pdf", 50_000)
    letter = _send(a, to_b, "ໄຟລ໌ມາຊ້າ", [scan])
    a.sync(central.url, ("push", "pull"))  # the link died before the scan went up
    report = b.sync(central.url)
    assert report.blobs_waiting == 1 and report.blobs_down == 0
    with b.store.db.session() as s:
        assert s.get(Letter, letter) is not None  # the letter is there; its scan follows
        blob_hash = "sha256:" + hashlib.sha256(scan.read_bytes()).hexdigest()
        assert s.get(BlobSync, blob_hash).state == "download"
    a.sync(central.url)
    assert b.sync(central.url).blobs_down == 1
    _assert_whole(central, [a, b])


def test_a_cancelled_upload_stays_queued_and_resumes(central, tmp_path: Path):
    a, b, to_b = _two_offices(central, tmp_path)
    scan = _scan(tmp_path, "cancel.pdf", 4 * CHUNK_SIZE)
    _send(a, to_b, "ຍົກເລີກ", [scan])
    sent_chunks: list[int] = []

    def cancel_after_two() -> bool:
        return len(sent_chunks) >= 2

    with pytest.raises(SyncCancelled):
        a.sync(
            central.url,
            progress=lambda p: sent_chunks.append(p.done) if p.phase == "upload" else None,
            cancelled=cancel_after_two,
        )
    blob_hash = "sha256:" + hashlib.sha256(scan.read_bytes()).hexdigest()
    with a.store.db.session() as s:
        assert s.get(BlobSync, blob_hash).state == "upload", "a cancelled upload was taken as finished"
    assert len(ServerBlobStore(central.blob_dir).chunks_present(blob_hash, server_office_id(central.database, a))) == 2
    assert a.sync(central.url).blobs_up == 1
    assert b.sync(central.url).blobs_down == 1
    _assert_whole(central, [a, b])


def test_events_delivered_twice_and_out_of_order_are_kept_once(central, tmp_path: Path):
    a, b, to_b = _two_offices(central, tmp_path)
    a.sync(central.url)
    b.sync(central.url)
    for n in range(12):
        _send(a, to_b, f"ສັບປ່ຽນລຳດັບ {n}")
    with a.store.db.session() as s:
        from eoffice_desktop.core.replication import outbox

        batch = outbox(s, a.store.device_id)
    transport = HttpTransport(central.url, a.token)
    first = transport.push(list(reversed(batch[6:])))  # the later half first: held until the gap fills
    assert first.stored and not first.rejected
    second = transport.push(batch)  # then everything, the held ones again among them
    third = transport.push(batch)  # and a retry of a batch whose answer was lost
    ids = {e.id for e in batch}
    assert set(second.stored) == set(third.stored) == ids and not second.rejected and not third.rejected
    # office B receives its feed and applies it newest first (as a USB copy and a pull can cross)
    pulled = HttpTransport(central.url, b.token).pull(cursor_of(b), 500)
    with b.store.db.write() as s:
        result = apply_remote(s, b.store.log, list(reversed(pulled.events)))
    assert len(result.applied) == len(pulled.events) == 12
    b.sync(central.url)  # the same events again from the feed: duplicates, harmless
    a.sync(central.url)
    with b.store.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Letter).where(Letter.office_id == a.store.office_id)) == 12
    _assert_whole(central, [a, b])


def cursor_of(desk: Desk) -> int:
    with desk.store.db.session() as s:
        return cursor(s)


def test_a_captive_portal_page_acknowledges_nothing_at_any_step(central, relay, tmp_path: Path):
    a, b, to_b = _two_offices(central, tmp_path)
    a.sync(central.url)
    b.sync(central.url)
    scan = _scan(tmp_path, "portal.pdf", 3 * CHUNK_SIZE)
    _send(a, to_b, "ປະຕູ Wi-Fi", [scan])
    with a.store.db.session() as s:
        waiting = outbox_size(s, a.store.device_id)
    relay.arm(Fault(request=b"POST /v1/push", portal=True))
    with pytest.raises(Offline):
        a.sync(relay.url)
    with a.store.db.session() as s:
        assert outbox_size(s, a.store.device_id) == waiting  # a 200 page is not an acknowledgement
    relay.arm(Fault(request=b"PUT /v1/blobs", portal=True))
    with pytest.raises(Offline):
        a.sync(relay.url)
    blob_hash = "sha256:" + hashlib.sha256(scan.read_bytes()).hexdigest()
    with a.store.db.session() as s:
        assert s.get(BlobSync, blob_hash).state == "upload"
    a.sync(central.url)
    position = cursor_of(b)
    relay.arm(Fault(request=b"GET /v1/pull", portal=True))
    with pytest.raises(Offline):
        b.sync(relay.url)
    assert cursor_of(b) == position and _letters_from(b, a) == 0  # nothing taken from the page
    b.sync(central.url, ("push", "pull"))
    relay.arm(Fault(request=b"GET /v1/blobs/sha256", portal=True))
    with pytest.raises(Offline):
        b.sync(relay.url)
    assert not b.store.blobs.has(blob_hash)
    b.sync(central.url)
    assert b.store.blobs.verify(blob_hash) and _letters_from(b, a) == 1
    _assert_whole(central, [a, b])


def _letters_from(desk: Desk, sender: Desk) -> int:
    with desk.store.db.session() as s:
        query = select(func.count()).select_from(Letter).where(Letter.office_id == sender.store.office_id)
        return s.scalar(query) or 0


# -- the server process killed and restarted ---------------------------------------------------------------------
@pytest.fixture
def killable(tmp_path: Path) -> Iterator[tuple[ServerProcess, RunningServer]]:
    server = ServerProcess(tmp_path / "server")
    database = ServerDatabase(f"sqlite:///{tmp_path / 'server' / 'server.sqlite'}")
    (tmp_path / "server").mkdir()
    database.migrate()
    server.start()
    yield server, RunningServer(server.url, database, tmp_path / "server" / "blobs", "sqlite")
    if server.process is not None and server.process.poll() is None:
        server.kill()
    database.dispose()


def test_a_server_killed_mid_sync_and_restarted_loses_and_duplicates_nothing(killable, tmp_path: Path):
    server, central = killable
    a, b, to_b = _two_offices(central, tmp_path)
    a.sync(central.url)
    b.sync(central.url)
    for n in range(300):
        _send(a, to_b, f"ຕັດໄຟ {n} " + "ຂ" * 300)
    scan = _scan(tmp_path, "killed.pdf", 40 * CHUNK_SIZE)
    _send(a, to_b, "ໄຟລ໌ລະຫວ່າງຕັດ", [scan])
    blob_hash = "sha256:" + hashlib.sha256(scan.read_bytes()).hexdigest()
    partial_dir = ServerBlobStore(central.blob_dir).partial_dir(blob_hash, server_office_id(central.database, a))
    for moment in ("push", "upload"):
        stored_before = _stored(central)
        failure: list[BaseException] = []

        def run() -> None:
            try:
                a.sync(central.url)
            except BaseException as exc:  # noqa: BLE001 - collected for the assertion below
                failure.append(exc)  # noqa: B023

        worker = threading.Thread(target=run)  # noqa: B023 - joined before the loop moves on
        worker.start()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # kill the server in the middle of what we are testing
            if moment == "push" and _stored(central) > stored_before:
                break
            if moment == "upload" and partial_dir.is_dir() and len(os.listdir(partial_dir)) >= 3:
                break
            time.sleep(0.005)
        server.kill()
        worker.join(60)
        server.start()
        assert failure == [] or isinstance(failure[0], SyncError)
    _sync_until_done(a, central.url)
    assert (
        len(ServerBlobStore(central.blob_dir).chunks_present(blob_hash, server_office_id(central.database, a))) == 0
    )  # joined into the whole file
    _sync_until_done(b, central.url)
    assert b.store.blobs.verify(blob_hash)
    assert _letters_from(b, a) == 301
    _assert_whole(central, [a, b])
    server.kill()


def _stored(central: RunningServer) -> int:
    return _server_counts(central.database)[0]


def test_a_pull_cut_between_small_batches_never_moves_the_cursor_past_what_was_applied(
    central, relay, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The next batch travels while one is applied; a cut there must leave the cursor at the applied batch."""
    import sync.client.engine as engine

    monkeypatch.setattr(engine, "PULL_LIMIT", 7)  # many small batches, so cuts fall between and inside them
    a, b, to_b = _two_offices(central, tmp_path)
    a.sync(central.url)
    b.sync(central.url)
    sent = {_send(a, to_b, f"ຊຸດນ້ອຍ {n}") for n in range(40)}
    a.sync(central.url)
    transport = HttpTransport(central.url, b.token)
    rng = random.Random(11)
    for _ in range(30):
        relay.arm(Fault(down_bytes=rng.randint(500, 30_000)))
        try:
            b.sync(relay.url, ("pull",))
            break
        except Offline:
            pass
        finally:
            relay.disarm()
        position = cursor_of(b)
        fed = transport.pull(0, position) if position else None
        with b.store.db.session() as s:
            have = set(s.scalars(select(Event.id)))
        assert fed is None or {e.id for e in fed.events} <= have, "the cursor passed events never applied"
    b.sync(central.url)
    assert {lid for lid in sent} == _letter_ids_from(b, a)
    _assert_whole(central, [a, b])


def _letter_ids_from(desk: Desk, sender: Desk) -> set[str]:
    with desk.store.db.session() as s:
        return set(s.scalars(select(Letter.id).where(Letter.office_id == sender.store.office_id)))
