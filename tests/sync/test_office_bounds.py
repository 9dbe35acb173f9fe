"""What one office may keep on the server is bounded (sync/server/quotas.py): an office whose PC was altered to start
uploads it never finishes, to send changes that wait for earlier ones that never come, to start registry series
without end, or to send more files than the office may keep, is refused in one sentence (507, the PC tries again
later), keeps what it had stored, and another office's sync goes on as before. The bounds are lowered for the test;
the server is the real one, over HTTP."""

from __future__ import annotations

import hashlib
import os
import re
from datetime import date
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select

from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.replication import outbox
from sync.client.errors import ServerBusy
from sync.client.http import HttpTransport
from sync.protocol.messages import CHUNK_SIZE
from sync.server import quotas
from sync.server.cli import main as server_cli
from sync.server.models import NumberSeries, ServerOffice, StoredEvent
from tests.sync.console_helpers import ConsoleClient, make_admin
from tests.sync.offices import Desk, first_pc, server_office


def _two_offices(central, tmp_path: Path) -> tuple[Desk, Desk]:  # type: ignore[no-untyped-def]
    (code_a,) = server_office(central.database, "ກຕ", "ກົມກວດກາ")
    (code_b,) = server_office(central.database, "ນອ", "ຫ້ອງການນອກ")
    return first_pc(tmp_path, "a", "ກຕ", central.url, code_a), first_pc(tmp_path, "b", "ນອ", central.url, code_b)


def _register(desk: Desk, subject: str, scan: Path | None = None) -> None:
    form = LetterForm(
        register_date=date.today(), sender_name="ກົມສອບສວນ", subject=subject, attachments=[scan] if scan else []
    )
    register_letter(desk.store, desk.actor, form)


def _scan(tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(demo_pdf(name) * 200)
    return path


def _refused(answer: requests.Response, code: str) -> dict:  # type: ignore[type-arg]
    """A bound's refusal: 507, tried again later, one English sentence, and the PC's words in Lao."""
    body = answer.json()
    assert answer.status_code == 507 and body["code"] == code and body["retry"] is True, body
    assert body["message_en"].count(". ") == 0 and body["message_en"].endswith("."), body["message_en"]
    assert "ເຊີບເວີ" in body["message_lo"]
    return body  # type: ignore[no-any-return]


def _honest_sync_passes(desk: Desk, url: str, tmp_path: Path) -> None:
    _register(desk, "ໜັງສືແຈ້ງການ", _scan(tmp_path, f"honest-{desk.name}"))
    report = desk.sync(url)
    assert report.pushed >= 1 and report.refused == 0 and report.blobs_up == 1


def test_an_office_leaves_no_more_uploads_open_than_its_bound(central, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    a, b = _two_offices(central, tmp_path)
    monkeypatch.setattr(quotas, "OPEN_UPLOADS", 4)
    monkeypatch.setattr(quotas, "OPEN_UPLOAD_BYTES", 3 * CHUNK_SIZE + 1000)
    auth = {"Authorization": f"Bearer {a.token}"}
    hashes = ["sha256:" + hashlib.sha256(str(n).encode()).hexdigest() for n in range(6)]

    def chunk(blob_hash: str, index: int) -> requests.Response:
        url = f"{central.url}/v1/blobs/{blob_hash}/chunks/{index}"
        return requests.put(url, data=os.urandom(CHUNK_SIZE), headers=auth, timeout=10)

    assert [chunk(h, 0).status_code for h in hashes[:3]] == [204, 204, 204]
    # A new chunk past the bytes' bound, of a new upload or of one under way, is refused; a chunk sent again is not.
    body = _refused(chunk(hashes[3], 0), "too_many_uploads")
    assert "MB" in body["message_en"]
    _refused(chunk(hashes[0], 1), "too_many_uploads")
    assert chunk(hashes[0], 0).status_code == 204
    monkeypatch.setattr(quotas, "OPEN_UPLOAD_BYTES", 100 * CHUNK_SIZE)
    assert chunk(hashes[3], 0).status_code == 204
    body = _refused(chunk(hashes[4], 0), "too_many_uploads")  # the fifth upload
    assert "4 files half uploaded" in body["message_en"]
    # Nothing of what it had sent is lost: its four uploads are still there to finish.
    have = requests.post(f"{central.url}/v1/blobs/have", json={"hashes": hashes}, headers=auth, timeout=10).json()
    assert have["partial"] == {h: [0] for h in hashes[:4]} and have["missing"] == hashes[4:]
    # Another office is not affected.
    _honest_sync_passes(b, central.url, tmp_path)
    # The office's own PC is told in one sentence, and sends its file again at a later sync.
    _register(a, "ໜັງສືມີໄຟລ໌", _scan(tmp_path, "a-scan"))
    with pytest.raises(ServerBusy) as refused:
        a.sync(central.url)
    assert refused.value.code == "too_many_uploads"
    monkeypatch.setattr(quotas, "OPEN_UPLOADS", 5)
    assert a.sync(central.url).blobs_up == 1
    a.store.close()
    b.store.close()


def test_a_pc_piles_up_no_more_held_changes_than_its_bound(central, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    a, b = _two_offices(central, tmp_path)
    monkeypatch.setattr(quotas, "HELD_EVENTS", 3)
    a.sync(central.url, ("push",))  # the office's people: known to the server
    for n in range(5):
        _register(a, f"ໜັງສືສະບັບທີ {n}")
    with a.store.db.session() as s:
        events = outbox(s, a.store.device_id)
    assert len(events) >= 6
    transport = HttpTransport(central.url, a.token)
    # Its first change held back (an altered PC): the next three wait for it.
    assert transport.push(events[1:4]).stored == [e.id for e in events[1:4]]
    with pytest.raises(ServerBusy) as refused:
        transport.push(events[4:6])
    assert refused.value.code == "too_many_held" and "leave 5 changes" in str(refused.value)

    def held() -> list[int]:
        with central.database.read() as s:
            return list(s.scalars(select(StoredEvent.dev_seq).where(StoredEvent.held).order_by(StoredEvent.dev_seq)))

    assert held() == [e.dev_seq for e in events[1:4]]  # the refused push stored nothing; the held ones stay
    monkeypatch.setattr(quotas, "HELD_EVENTS", 100)
    monkeypatch.setattr(quotas, "HELD_BYTES", 10)  # the bytes are bounded as well
    with pytest.raises(ServerBusy) as refused:
        transport.push(events[4:5])
    assert "more than the 0 MB of changes it keeps" in str(refused.value)
    # Another office is not affected.
    _honest_sync_passes(b, central.url, tmp_path)
    # Once the gap is filled, its held changes are stored and the PC's sync goes on.
    answer = transport.push(events[:1])
    assert set(answer.stored) == {e.id for e in events[:4]} and held() == []
    report = a.sync(central.url)
    assert report.refused == 0
    with a.store.db.session() as s:
        assert outbox(s, a.store.device_id) == []
    a.store.close()
    b.store.close()


def test_an_office_starts_no_more_number_series_than_its_bound(central, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    a, b = _two_offices(central, tmp_path)
    with central.database.read() as s:
        office_a = s.scalars(select(ServerOffice.id).where(ServerOffice.code == "ກຕ")).one()
        count = s.scalar(select(func.count()).select_from(NumberSeries).where(NumberSeries.office_id == office_a))
    monkeypatch.setattr(quotas, "SERIES", (count or 0) + 2)
    auth = {"Authorization": f"Bearer {a.token}"}

    def blocks(*keys: str) -> requests.Response:
        asked = {"series": [{"series_key": key, "count": 5} for key in keys]}
        return requests.post(f"{central.url}/v1/numbers/blocks", json=asked, headers=auth, timeout=10)

    assert blocks("in:2031:x1", "in:2031:x2").status_code == 200
    _refused(blocks("in:2031:x3"), "too_many_series")
    _refused(blocks("in:2031:x1", "in:2031:x4"), "too_many_series")  # nothing of a refused request is kept
    confirm = {"letters": [{"letter_id": "0" * 8 + "-0000-7000-8000-" + "0" * 12, "series_key": "out:2031:x5"}]}
    _refused(
        requests.post(f"{central.url}/v1/numbers/confirm", json=confirm, headers=auth, timeout=10), "too_many_series"
    )
    # Its series stay, and go on giving numbers.
    again = blocks("in:2031:x1", "in:2031:x2")
    assert again.status_code == 200 and [block["first"] for block in again.json()["blocks"]] == [6, 6]
    with central.database.read() as s:
        keys = set(s.scalars(select(NumberSeries.series_key).where(NumberSeries.office_id == office_a)))
    assert {"in:2031:x1", "in:2031:x2"} <= keys and not {"in:2031:x3", "in:2031:x4", "out:2031:x5"} & keys
    # Another office is not affected.
    _honest_sync_passes(b, central.url, tmp_path)
    a.store.close()
    b.store.close()


def test_an_office_keeps_no_more_files_than_its_bound_until_it_staff_raise_it(central, tmp_path: Path):  # type: ignore[no-untyped-def]
    a, b = _two_offices(central, tmp_path)
    places = ["--data-dir", str(tmp_path / "srv"), "--database", central.database.url]

    def admin(*words: str) -> int:
        return server_cli(["admin", *words, *places])

    assert admin("files-limit", "ກຕ", "default", "--files", "1") == 0
    _register(a, "ໜັງສືສະບັບທີໜຶ່ງ", _scan(tmp_path, "first"))
    assert a.sync(central.url).blobs_up == 1
    second = _scan(tmp_path, "second")
    _register(a, "ໜັງສືສະບັບທີສອງ", second)
    with pytest.raises(ServerBusy) as refused:
        a.sync(central.url)
    assert refused.value.code == "office_files_full"
    # Its chunks wait on the server (nothing sent again when IT staff raise the bound); its first file stays.
    second_hash = "sha256:" + hashlib.sha256(second.read_bytes()).hexdigest()
    auth = {"Authorization": f"Bearer {a.token}"}
    have = requests.post(f"{central.url}/v1/blobs/have", json={"hashes": [second_hash]}, headers=auth, timeout=10)
    assert list(have.json()["partial"]) == [second_hash]
    size = second.stat().st_size
    completing = requests.post(
        f"{central.url}/v1/blobs/{second_hash}/complete", json={"size": size}, headers=auth, timeout=10
    )
    _refused(completing, "office_files_full")
    # Another office is not affected.
    _honest_sync_passes(b, central.url, tmp_path)
    # IT staff see it on the office's page of the console (marked once 90% is used) ...
    make_admin(central.database, "admin")
    console = ConsoleClient(central.url)
    assert console.sign_in("admin").status_code == 303
    shown = console.get("/console/offices/ກຕ").text
    assert re.search(r'id="office-files">.*<b class="bad">1 / 1 ·', shown)
    # ... and raise it: the office's next sync sends the file.
    assert admin("files-limit", "ກຕ", "default", "--files", "5") == 0
    assert a.sync(central.url).blobs_up == 1
    with central.database.read() as s:
        use = quotas.files_use(s, s.scalars(select(ServerOffice.id).where(ServerOffice.code == "ກຕ")).one())
    assert (use.files, use.files_limit, use.bytes_limit) == (2, 5, quotas.FILE_BYTES)
    assert use.bytes > size
    shown = console.get("/console/offices/ກຕ").text
    assert re.search(r'id="office-files">.*<b class="">2 / 5 ·', shown)
    a.store.close()
    b.store.close()
