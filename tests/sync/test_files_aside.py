"""What a server process killed mid-request leaves written aside (a relayed bundle and its scans, an upload taken aside
to be completed) is in the store's `incoming/` folder and nowhere else. The next start removes it once it has waited
there a day, never sooner (another server process sharing the store may still be using it), and says in its log what
it removed. A relay and an upload that end leave nothing there. The real server in its own process, killed with
SIGKILL, over HTTP on 127.0.0.1, with real files."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import requests

from eoffice_desktop.core.office import open_store, setup_office
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from sync.client.bundles import export_bundle, seal_key_of
from sync.client.errors import SyncError
from sync.client.relay import relay_bundle, return_path
from sync.client.session import enrol_pc, transport_for
from sync.protocol.bundle import read_bundle
from sync.protocol.messages import CHUNK_SIZE
from sync.server.admin import add_office, new_enrolment_code
from sync.server.blobstore import ServerBlobStore
from sync.server.database import ServerDatabase
from tests.sync.offices import first_pc, server_office, server_office_id
from tests.sync.serve_process import ServerProcess

A_DAY_AND_AN_HOUR = 25 * 3600
ALMOST_A_DAY = 23 * 3600


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[ServerProcess, ServerDatabase]]:
    (tmp_path / "server").mkdir()
    process = ServerProcess(tmp_path / "server")
    database = ServerDatabase(f"sqlite:///{tmp_path / 'server' / 'server.sqlite'}")
    database.migrate()
    process.start()
    yield process, database
    if process.process is not None and process.process.poll() is None:
        process.kill()
    database.dispose()


def _office(database: ServerDatabase, url: str, tmp: Path, code: str, parent: str | None = None) -> tuple[Any, Any]:
    """An office on the server (under `parent`) and its first PC, enrolled: (its store, its user)."""
    with database.write() as s:
        add_office(s, code, code, code, "", parent)
        enrolment = new_enrolment_code(s, code)
    store = open_store(tmp / code)
    actor = setup_office(store, code, code, code, "admin", "Admin", "password-1")
    enrol_pc(store, url, enrolment)
    return store, actor


def _wait_for(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 120
    while not condition():
        assert time.monotonic() < deadline, "the server never got there"
        time.sleep(0.01)


def _age(path: Path, seconds: float) -> None:
    """As if `path` (and what a folder holds) was last written `seconds` ago."""
    when = time.time() - seconds
    for part in [*path.iterdir()] if path.is_dir() else []:
        os.utime(part, (when, when), follow_symlinks=False)
    os.utime(path, (when, when))


def _removed(log: Path) -> list[dict[str, object]]:
    """The server's log lines that say it removed a file left aside."""
    lines = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line.startswith("{")]
    return [line for line in lines if str(line.get("file", "")).startswith("incoming/")]


def test_a_relay_killed_midway_leaves_what_it_wrote_aside_until_it_has_waited_a_day(server, tmp_path: Path):
    process, database = server
    incoming = tmp_path / "server" / "blobs" / "incoming"
    province, _ = _office(database, process.url, tmp_path, "ແຂວງ")
    district, actor = _office(database, process.url, tmp_path, "ເມືອງ", parent="ແຂວງ")
    for n in range(2):
        scan = tmp_path / f"scan-{n}.pdf"
        scan.write_bytes(f"%PDF-1.4 district scan {n}\n".encode() * 50_000)  # about 1.2 MB each
        form = LetterForm(register_date=date.today(), sender_name="ກງ", subject=f"ລາຍງານ {n}", attachments=[scan])
        register_letter(district, actor, form)
    stick = export_bundle(district, tmp_path / "stick.eob")
    carried = sorted(read_bundle(stick.path, key=seal_key_of(district)).blob_names())
    assert len(carried) == 2

    # The server's database takes no write for a while (the test holds its lock): the relay has written its scans
    # aside and waits to record the office's access to them. The server is killed there.
    lock = sqlite3.connect(tmp_path / "server" / "server.sqlite", timeout=60, isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")
    failed: list[BaseException] = []

    def relay() -> None:
        try:
            relay_bundle(transport_for(province), stick.path, return_path(stick.path))
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion below
            failed.append(exc)

    relaying = threading.Thread(target=relay)
    relaying.start()
    try:
        _wait_for(lambda: len(list(incoming.glob("*.tmp"))) == 2)  # (beside the bundle's own folder)
        process.kill()
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    relaying.join(60)
    assert len(failed) == 1 and isinstance(failed[0], SyncError)
    (bundle,) = incoming.glob("relay-*")  # the bundle as it arrived, and its two scans written aside
    scans = sorted(p.name for p in incoming.glob("*.tmp"))
    assert sorted(name.split(".")[0] for name in scans) == [h.removeprefix("sha256:") for h in carried]
    assert sorted(p.name for p in incoming.iterdir()) == sorted([bundle.name, *scans])
    assert (bundle / "in.eob").read_bytes() == stick.path.read_bytes()
    blobs = ServerBlobStore(tmp_path / "server" / "blobs")
    assert not any(blobs.exists(h) for h in carried)  # none kept: the relay never ended

    # Started again at once: what is aside that young may be another server process's relay under way: left alone.
    log = tmp_path / "server.log"
    process.start(log)
    assert sorted(p.name for p in incoming.iterdir()) == sorted([bundle.name, *scans])
    assert _removed(log) == []
    process.kill()

    old, young = incoming / scans[0], incoming / scans[1]
    for path in (bundle, old):
        _age(path, A_DAY_AND_AN_HOUR)
    _age(young, ALMOST_A_DAY)
    sizes = {f"incoming/{bundle.name}": stick.path.stat().st_size, f"incoming/{old.name}": old.stat().st_size}
    process.start(log)
    assert [p.name for p in incoming.iterdir()] == [young.name]
    said = _removed(log)
    assert {line["file"]: line["bytes"] for line in said} == sizes and len(said) == 2
    assert all(line["level"] == "info" and "over a day ago" in str(line["msg"]) for line in said)

    # The same stick relayed again goes through: both scans kept whole, and nothing more left aside.
    done = relay_bundle(transport_for(province), stick.path, return_path(stick.path))
    assert done.accepted == stick.events and done.refused == 0
    for blob_hash in carried:
        assert "sha256:" + hashlib.sha256(blobs.path(blob_hash).read_bytes()).hexdigest() == blob_hash
    _wait_for(lambda: [p.name for p in incoming.iterdir()] == [young.name])  # (its folder goes once it is answered)
    assert [p.name for p in (tmp_path / "server" / "blobs" / "complete").rglob("*.tmp")] == []
    for store in (province, district):
        store.close()


def _put_chunks(url: str, token: str, blob_hash: str, scan: bytes) -> None:
    for index in range(0, (len(scan) + CHUNK_SIZE - 1) // CHUNK_SIZE):
        data = scan[index * CHUNK_SIZE : (index + 1) * CHUNK_SIZE]
        headers = {
            "Authorization": f"Bearer {token}",
            "X-Chunk-Sha256": hashlib.sha256(data).hexdigest(),
            "Content-Type": "application/octet-stream",
        }
        answer = requests.put(f"{url}/v1/blobs/{blob_hash}/chunks/{index}", data=data, headers=headers, timeout=30)
        assert answer.status_code == 204, answer.text


def _complete(url: str, token: str, blob_hash: str, size: int) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"}
    return requests.post(f"{url}/v1/blobs/{blob_hash}/complete", json={"size": size}, headers=headers, timeout=120)


def test_a_completion_killed_midway_leaves_the_upload_aside_until_it_has_waited_a_day(server, tmp_path: Path):
    process, database = server
    blob_dir = tmp_path / "server" / "blobs"
    incoming = blob_dir / "incoming"
    (code,) = server_office(database, "ກຂ", "ເມືອງ ກ")
    pc = first_pc(tmp_path, "a", "ກຂ", process.url, code)
    scan = os.urandom(3 * CHUNK_SIZE + 1000)
    blob_hash = "sha256:" + hashlib.sha256(scan).hexdigest()
    _put_chunks(process.url, pc.token, blob_hash, scan)
    upload = ServerBlobStore(blob_dir).partial_dir(blob_hash, server_office_id(database, pc))
    # A disk so slow that the check of the file has not ended when the server is killed: the chunks' file is a pipe
    # nobody writes, so the completion waits at its first read, with the upload taken aside.
    (upload / "joined").unlink()
    os.mkfifo(upload / "joined")
    failed: list[BaseException] = []

    def complete() -> None:
        try:
            _complete(process.url, pc.token, blob_hash, len(scan))
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion below
            failed.append(exc)

    completing = threading.Thread(target=complete)
    completing.start()
    _wait_for(lambda: len(list(incoming.glob("*.completing"))) == 1)
    process.kill()
    completing.join(60)
    assert len(failed) == 1 and isinstance(failed[0], requests.ConnectionError)
    (aside,) = incoming.iterdir()
    assert aside.name.startswith(blob_hash.removeprefix("sha256:") + ".") and not upload.exists()

    log = tmp_path / "server.log"
    process.start(log)  # at once: the upload aside may be another server process's completion under way
    assert list(incoming.iterdir()) == [aside]
    process.kill()
    _age(aside, A_DAY_AND_AN_HOUR)
    process.start(log)
    assert list(incoming.iterdir()) == []
    said = _removed(log)
    assert [line["file"] for line in said] == [f"incoming/{aside.name}"]

    # The PC sends the file again and completes it: kept whole, nothing left aside or waiting.
    _put_chunks(process.url, pc.token, blob_hash, scan)
    done = _complete(process.url, pc.token, blob_hash, len(scan))
    assert done.status_code == 200, done.text
    assert ServerBlobStore(blob_dir).path(blob_hash).read_bytes() == scan
    assert list(incoming.iterdir()) == [] and not upload.exists()
    pc.store.close()


def test_only_what_waited_a_day_in_incoming_is_removed_and_never_through_a_link(tmp_path: Path):
    """The sweep looks in `incoming/` only: a file kept long ago is not touched, a link there is removed without
    following it, and a folder holding more than files is left as it is."""
    store = ServerBlobStore(tmp_path / "blobs")
    scan = b"%PDF-1.4 kept long ago\n"
    blob_hash = "sha256:" + hashlib.sha256(scan).hexdigest()
    assert store.add_stream(blob_hash, iter([scan]))
    _age(store.path(blob_hash), A_DAY_AND_AN_HOUR * 30)
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("not the store's")
    (store.incoming / "link").symlink_to(elsewhere)
    (store.incoming / "old").write_bytes(b"12345")
    (store.incoming / "young").write_bytes(b"1")
    (store.incoming / "nested" / "inner").mkdir(parents=True)
    when = time.time() - A_DAY_AND_AN_HOUR
    for name in ("link", "old", "nested/inner", "nested"):
        os.utime(store.incoming / name, (when, when), follow_symlinks=False)

    assert sorted(store.drop_leftovers()) == [("link", len(str(elsewhere))), ("old", 5)]
    assert sorted(p.name for p in store.incoming.iterdir()) == ["nested", "young"]
    assert elsewhere.read_text() == "not the store's" and store.path(blob_hash).read_bytes() == scan
