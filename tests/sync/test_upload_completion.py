"""Completing a file's upload on the server: an upload begun before the server was updated (its chunks kept one file
each) and finished after is taken whole; two PCs of one office completing the same upload at once get clear
answers, and the file is kept once."""

from __future__ import annotations

import errno
import hashlib
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import requests

from sync.protocol.messages import CHUNK_SIZE
from sync.server.blobstore import BlobError, ServerBlobStore, UploadTaken
from tests.sync.conftest import RunningServer
from tests.sync.offices import first_pc, server_office, server_office_id


def _put(url: str, auth: dict[str, str], blob_hash: str, index: int, data: bytes) -> None:
    headers = auth | {"X-Chunk-Sha256": hashlib.sha256(data).hexdigest(), "Content-Type": "application/octet-stream"}
    answer = requests.put(f"{url}/v1/blobs/{blob_hash}/chunks/{index}", data=data, headers=headers, timeout=30)
    assert answer.status_code == 204, answer.text


def test_an_upload_begun_before_the_server_was_updated_is_completed(central: RunningServer, tmp_path: Path):
    (code,) = server_office(central.database, "ກຂ", "ເມືອງ ກ")
    a = first_pc(tmp_path, "a", "ກຂ", central.url, code)
    auth = {"Authorization": f"Bearer {a.token}"}
    scan = os.urandom(3 * CHUNK_SIZE + 1000)
    blob_hash = "sha256:" + hashlib.sha256(scan).hexdigest()
    chunks = [scan[i : i + CHUNK_SIZE] for i in range(0, len(scan), CHUNK_SIZE)]
    # The server before the update kept each chunk in a file named by its number.
    folder = ServerBlobStore(central.blob_dir).partial_dir(blob_hash, server_office_id(central.database, a))
    folder.mkdir(parents=True)
    for index in (0, 2):
        (folder / str(index)).write_bytes(chunks[index])
    for index in (1, 3):  # the updated server takes the rest
        _put(central.url, auth, blob_hash, index, chunks[index])
    have = requests.post(f"{central.url}/v1/blobs/have", json={"hashes": [blob_hash]}, headers=auth, timeout=30)
    assert have.json()["partial"] == {blob_hash: [0, 1, 2, 3]}
    done = requests.post(
        f"{central.url}/v1/blobs/{blob_hash}/complete", json={"size": len(scan)}, headers=auth, timeout=30
    )
    assert done.status_code == 200, done.text
    assert requests.get(f"{central.url}/v1/blobs/{blob_hash}", headers=auth, timeout=30).content == scan
    assert not folder.exists()
    a.store.close()


def test_a_chunk_sent_again_after_the_update_replaces_the_old_servers_copy(tmp_path: Path):
    store = ServerBlobStore(tmp_path / "blobs")
    scan = os.urandom(CHUNK_SIZE + 10)
    blob_hash = "sha256:" + hashlib.sha256(scan).hexdigest()
    folder = store.partial_dir(blob_hash, "office-1")
    folder.mkdir(parents=True)
    (folder / "0").write_bytes(b"damaged on the old server")
    store.put_chunk(blob_hash, 0, scan[:CHUNK_SIZE], None, "office-1")
    store.put_chunk(blob_hash, 1, scan[CHUNK_SIZE:], None, "office-1")
    store.complete(blob_hash, len(scan), "office-1")
    assert store.path(blob_hash).read_bytes() == scan


def _complete_at_once(store: ServerBlobStore, blob_hash: str, size: int) -> list[str]:
    """Two requests completing the same upload of one office, started together: their answers."""
    start = threading.Barrier(2)
    answers: list[str] = []

    def complete() -> None:
        start.wait()
        try:
            store.complete(blob_hash, size, "office-1")
            answers.append("done")
        except UploadTaken:
            answers.append("taken")
        except BlobError as exc:
            answers.append(f"refused: {exc}")
        except Exception as exc:  # noqa: BLE001 - the failure this test is about
            answers.append(f"failed: {exc!r}")

    pcs = [threading.Thread(target=complete) for _ in range(2)]
    for pc in pcs:
        pc.start()
    for pc in pcs:
        pc.join()
    return sorted(answers)


def test_two_pcs_completing_one_upload_at_once_get_clear_answers(tmp_path: Path):
    store = ServerBlobStore(tmp_path / "blobs")
    for round_ in range(40):
        scan = os.urandom(2 * CHUNK_SIZE) + bytes([round_])
        blob_hash = "sha256:" + hashlib.sha256(scan).hexdigest()
        for index in range(3):
            store.put_chunk(blob_hash, index, scan[index * CHUNK_SIZE : (index + 1) * CHUNK_SIZE], None, "office-1")
        answers = _complete_at_once(store, blob_hash, len(scan))
        assert answers in (["done", "done"], ["done", "taken"]), answers
        assert store.path(blob_hash).read_bytes() == scan
        assert store.chunks_present(blob_hash, "office-1") == []
    assert list((tmp_path / "blobs" / "partial").glob("*/*")) == []  # nothing left behind


def test_an_upload_whose_completion_fails_on_the_disk_keeps_its_chunks(tmp_path: Path):
    """The server's disk refuses the file partway (here the process's file-size limit, as a full disk would): the
    PC is answered with an error, and its chunks still count when it tries again; they were taken aside for the
    check and stayed there (the PC had to send the whole file again, and the month-old sweep removed them). In a
    process of its own (the limit is the process's)."""
    import subprocess
    import sys

    script = (
        "import hashlib, os, resource, signal, sys, pathlib\n"
        "from sync.protocol.messages import CHUNK_SIZE\n"
        "from sync.server.blobstore import ServerBlobStore\n"
        "store = ServerBlobStore(pathlib.Path(sys.argv[1]))\n"
        "scan = os.urandom(CHUNK_SIZE + 1000)\n"
        "blob_hash = 'sha256:' + hashlib.sha256(scan).hexdigest()\n"
        "folder = store.partial_dir(blob_hash, 'office-1')\n"
        "folder.mkdir(parents=True)\n"
        "(folder / '0').write_bytes(scan[:CHUNK_SIZE])  # (kept one file each: begun before the update)\n"
        "(folder / '1').write_bytes(scan[CHUNK_SIZE:])\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (CHUNK_SIZE // 2, hard))\n"
        "try:\n"
        "    store.complete(blob_hash, len(scan), 'office-1')\n"
        "except OSError as exc:\n"
        "    print('refused', exc.errno)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))\n"
        "print(store.chunks_present(blob_hash, 'office-1'))\n"
        "store.complete(blob_hash, len(scan), 'office-1')\n"
        "print(store.path(blob_hash).read_bytes() == scan)\n"
        "print(store.path(blob_hash).name)\n"
    )
    run = subprocess.run([sys.executable, "-c", script, str(tmp_path / "blobs")], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    refused, present, same, blob_name = run.stdout.splitlines()
    assert refused.startswith("refused") and [present, same] == ["[0, 1]", "True"], run.stdout
    assert list((tmp_path / "blobs" / "partial").glob("*/*")) == []  # nothing left aside
    assert [p.name for p in (tmp_path / "blobs" / "complete").glob("*/*")] == [blob_name]  # nor half a copy


def test_a_false_copy_arriving_at_the_same_time_never_mixes_into_the_kept_file(tmp_path: Path):
    """Two bundles carry the same scan into one server process at once, one of them a false copy (a damaged stick,
    or made up): each is written beside the file under a name of its own, so the true one is kept whole and the false
    one refused (they shared one temporary file: the false copy's bytes ended up in the kept file)."""
    store = ServerBlobStore(tmp_path / "blobs")
    scan = os.urandom(256 * 1024)
    blob_hash = "sha256:" + hashlib.sha256(scan).hexdigest()
    half = len(scan) // 2
    first_half_written, false_copy_written, true_copy_kept = threading.Event(), threading.Event(), threading.Event()
    outcomes: dict[str, object] = {}

    def true_copy():  # type: ignore[no-untyped-def]
        yield scan[:half]
        first_half_written.set()
        false_copy_written.wait(30)
        yield scan[half:]

    def false_copy():  # type: ignore[no-untyped-def]
        yield bytes(len(scan))
        false_copy_written.set()
        true_copy_kept.wait(30)

    def carry(name: str, chunks) -> None:  # type: ignore[no-untyped-def]
        try:
            outcomes[name] = store.add_stream(blob_hash, chunks)
        except BlobError as exc:
            outcomes[name] = exc
        finally:
            if name == "true":
                true_copy_kept.set()

    true_bundle = threading.Thread(target=carry, args=("true", true_copy()))
    true_bundle.start()
    assert first_half_written.wait(30)
    false_bundle = threading.Thread(target=carry, args=("false", false_copy()))
    false_bundle.start()
    true_bundle.join()
    false_bundle.join()
    assert outcomes["true"] is True and isinstance(outcomes["false"], BlobError)
    assert store.path(blob_hash).read_bytes() == scan
    assert [p.name for p in store.path(blob_hash).parent.iterdir()] == [store.path(blob_hash).name]


def test_a_file_cut_off_partway_leaves_nothing_behind(tmp_path: Path):
    """A USB stick pulled out while the server reads a bundle's scan: the read fails partway, and the half-written
    copy is removed (it stayed beside the kept files for ever, under a name nothing cleans)."""
    store = ServerBlobStore(tmp_path / "blobs")
    scan = os.urandom(3 * CHUNK_SIZE)
    blob_hash = "sha256:" + hashlib.sha256(scan).hexdigest()

    def pulled_out():  # type: ignore[no-untyped-def]
        yield scan[:CHUNK_SIZE]
        yield scan[CHUNK_SIZE : 2 * CHUNK_SIZE]
        raise OSError(errno.EIO, "Input/output error")

    with pytest.raises(OSError):
        store.add_stream(blob_hash, pulled_out())
    assert list((tmp_path / "blobs" / "complete").glob("*/*")) == []
    assert store.add_stream(blob_hash, iter([scan])) is True  # sent again whole: kept
    assert [p.name for p in store.path(blob_hash).parent.iterdir()] == [store.path(blob_hash).name]


@pytest.mark.skipif(sys.platform == "win32", reason="a file size limit of the process (POSIX)")
def test_a_disk_that_refuses_more_bytes_leaves_nothing_behind(tmp_path: Path):
    """The disk refuses the rest of a scan (full; here the system's limit on a file's size, EFBIG, in a process of
    its own): nothing of it is left."""
    script = (
        "import hashlib, os, resource, sys\n"
        "from pathlib import Path\n"
        "from sync.server.blobstore import ServerBlobStore\n"
        "store = ServerBlobStore(Path(sys.argv[1]))\n"
        "scan = os.urandom(4 << 20)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (1 << 20, resource.RLIM_INFINITY))\n"
        "try:\n"
        "    store.add_stream('sha256:' + hashlib.sha256(scan).hexdigest(), iter([scan[:3 << 20], scan[3 << 20:]]))\n"
        "except OSError as exc:\n"
        "    print(exc.errno)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "blobs")],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ | {"PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert done.stdout.strip() == str(errno.EFBIG), done.stderr
    assert list((tmp_path / "blobs" / "complete").glob("*/*")) == []
