"""An office reads a file on the server only when it may see a letter of another office that names it, or when it
has uploaded the file's bytes itself. Knowing a file's hash is not enough: not to learn that the server holds it,
not to complete an upload of it, and not to name it in an event of its own."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import requests

from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from sync.protocol.messages import CHUNK_SIZE
from tests.sync.offices import Desk, first_pc, server_office


def _register(desk: Desk, scan: Path, subject: str) -> None:
    form = LetterForm(register_date=date.today(), sender_name="ກົມສອບສວນ", subject=subject, attachments=[scan])
    register_letter(desk.store, desk.actor, form)


def test_knowing_a_files_hash_gives_no_access_to_it(central, tmp_path: Path):
    (code_a,) = server_office(central.database, "ກຕ", "ກົມກວດກາ")
    (code_c,) = server_office(central.database, "ນອ", "ຫ້ອງການອື່ນ")
    a = first_pc(tmp_path, "a", "ກຕ", central.url, code_a)
    c = first_pc(tmp_path, "c", "ນອ", central.url, code_c)
    scan = tmp_path / "inspection.pdf"
    scan.write_bytes(demo_pdf("confidential inspection report") * 300)  # more than one chunk
    size = scan.stat().st_size
    assert size > CHUNK_SIZE
    blob_hash = "sha256:" + hashlib.sha256(scan.read_bytes()).hexdigest()
    _register(a, scan, "ບົດລາຍງານການກວດກາ (ລັບ)")
    assert a.sync(central.url).blobs_up == 1

    url = central.url
    c_auth = {"Authorization": f"Bearer {c.token}"}

    def status() -> dict:  # type: ignore[type-arg]
        answer = requests.post(f"{url}/v1/blobs/have", json={"hashes": [blob_hash]}, headers=c_auth, timeout=10)
        assert answer.status_code == 200
        return answer.json()

    def readable() -> int:
        return requests.get(f"{url}/v1/blobs/{blob_hash}", headers=c_auth, timeout=10).status_code

    # The same answers as for a file nobody sent: the office learns nothing of what others hold.
    assert status()["present"] == [] and status()["missing"] == [blob_hash]
    assert readable() == 404
    refused = requests.post(f"{url}/v1/blobs/{blob_hash}/complete", json={"size": size}, headers=c_auth, timeout=10)
    assert refused.status_code == 409 and refused.json()["code"] == "blob_refused" and refused.json()["message_lo"]
    assert readable() == 404
    # Chunks that are not the file do not complete it.
    wrong = b"x" * 1000
    put = requests.put(f"{url}/v1/blobs/{blob_hash}/chunks/0", data=wrong, headers=c_auth, timeout=10)
    assert put.status_code == 204
    assert status()["partial"] == {blob_hash: [0]}
    refused = requests.post(f"{url}/v1/blobs/{blob_hash}/complete", json={"size": 1000}, headers=c_auth, timeout=10)
    assert refused.status_code == 409 and readable() == 404
    assert status()["missing"] == [blob_hash]  # the wrong chunk was dropped
    # An event of its own that names the file is not enough either.
    _register(c, scan, "ສຳເນົາບົດລາຍງານ")
    c.sync(url, ("push",))
    assert readable() == 404 and status()["missing"] == [blob_hash]
    # Uploading the bytes proves the office has the file: then it may read it. The stored file is not rewritten.
    stored = central.blob_dir / "complete" / blob_hash[7:9] / blob_hash[7:]
    written = stored.stat().st_mtime_ns
    assert c.sync(url).blobs_up == 1
    assert readable() == 200 and status()["present"] == [blob_hash]
    assert requests.get(f"{url}/v1/blobs/{blob_hash}", headers=c_auth, timeout=10).content == scan.read_bytes()
    assert stored.stat().st_mtime_ns == written
    # Asking to complete again after it worked gives the same answer (a retry after a lost reply).
    again = requests.post(f"{url}/v1/blobs/{blob_hash}/complete", json={"size": size}, headers=c_auth, timeout=10)
    assert again.status_code == 200
    # The office that sent it first still reads it, and both desktops pass their checks.
    a_auth = {"Authorization": f"Bearer {a.token}"}
    assert requests.get(f"{url}/v1/blobs/{blob_hash}", headers=a_auth, timeout=10).status_code == 200
    a.store.close()
    c.store.close()
    assert a.check() == [] and c.check() == []


def test_uploads_left_unfinished_for_a_month_are_dropped(tmp_path: Path):
    import os
    import time

    from sync.server.blobstore import ServerBlobStore

    store = ServerBlobStore(tmp_path / "blobs")
    old_hash, new_hash = "sha256:" + "a" * 64, "sha256:" + "b" * 64
    store.put_chunk(old_hash, 0, b"half of a scan", None, "office-1")
    store.put_chunk(new_hash, 0, b"a scan on its way", None, "office-2")
    month_ago = time.time() - 31 * 86400
    folder = store.partial_dir(old_hash, "office-1")
    for path in (folder / "0", folder):
        os.utime(path, (month_ago, month_ago))
    assert store.drop_stale_partials() == 1
    assert store.chunks_present(old_hash, "office-1") == [] and not folder.exists()
    assert store.chunks_present(new_hash, "office-2") == [0]  # still being sent: kept
