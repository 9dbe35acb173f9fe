"""The server's side of the text read from scans, over HTTP against a real server (SQLite and PostgreSQL): a page
read again always reaches the PCs that took the older reading; a push that names a page twice is taken; only an
enrolled PC learns how many pages were read nationwide; a bundle whose compressed parts unpack past their bound is
refused in one sentence before anything is stored, and a part of the wrong shape is left out."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import requests
import zstandard

from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from sync.client.bundles import export_bundle
from sync.client.http import HttpTransport
from sync.protocol.bundle import SCAN_TEXT_PART, read_bundle, seal_key
from sync.protocol.zstd import InflatedTooLarge, inflate
from sync.server.api_scan_text import MAX_BUNDLE_TEXT
from sync.server.models import ScanText, StoredEvent
from tests.sync.conftest import RunningServer
from tests.sync.offices import Desk, another_pc, first_pc, server_office


def _office_with_scan(central: RunningServer, tmp: Path) -> tuple[Desk, Desk, str]:
    """Two PCs of one office; the first sent a scan that is complete on the server."""
    codes = server_office(central.database, "ກຂ", "ເມືອງ ກ", pcs=2)
    a = first_pc(tmp, "a", "ກຂ", central.url, codes[0])
    a2 = another_pc(tmp, "a2", a, central.url, codes[1])
    scan = tmp / "scan.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n a scan")
    form = LetterForm(register_date=date.today(), sender_name="ກົມ", subject="ລາຍງານ", attachments=[scan])
    register_letter(a.store, a.actor, form)
    assert a.sync(central.url).blobs_up == 1
    return a, a2, "sha256:" + hashlib.sha256(scan.read_bytes()).hexdigest()


def _reading(blob: str, page: int, reader: int, text: str) -> dict[str, Any]:
    return {"hash": blob, "pages": 3, "page": page, "text": text, "confidence": 80.0, "source": "ocr", "reader": reader}


def _push(central: RunningServer, desk: Desk, readings: list[dict[str, Any]]) -> requests.Response:
    auth = {"Authorization": f"Bearer {desk.token}"}
    return requests.post(f"{central.url}/v1/scan-text/push", json={"readings": readings}, headers=auth, timeout=30)


def _pull(central: RunningServer, desk: Desk, after: int) -> dict[str, Any]:
    auth = {"Authorization": f"Bearer {desk.token}"}
    answer = requests.get(f"{central.url}/v1/scan-text/pull", params={"after": after}, headers=auth, timeout=30)
    assert answer.status_code == 200, answer.text
    return answer.json()  # type: ignore[no-any-return]


def test_a_page_read_again_reaches_the_pcs_that_took_the_older_reading(central: RunningServer, tmp_path: Path):
    """The newest reading was replaced: on SQLite its position was given again to the new one, behind the cursor of
    every PC that had taken the old one, so they never got it."""
    a, a2, blob = _office_with_scan(central, tmp_path)
    assert _push(central, a, [_reading(blob, 0, 1, "first reading")]).status_code == 200
    first = _pull(central, a2, 0)
    assert [r["text"] for r in first["readings"]] == ["first reading"]
    assert _push(central, a, [_reading(blob, 0, 2, "better reading")]).json()["results"][0]["status"] == "stored"
    newest = HttpTransport(central.url, a2.token).hello().scan_text_seq
    assert newest is not None and newest > first["next"]  # the PC asks: the server has something past its cursor
    again = _pull(central, a2, first["next"])
    assert [(r["text"], r["reader"]) for r in again["readings"]] == [("better reading", 2)]
    a.store.close()
    a2.store.close()


def test_a_push_naming_a_page_twice_keeps_the_newer_reading(central: RunningServer, tmp_path: Path):
    """Page 0 twice, with page 1 (held already) replaced between: the first page 0 was written when page 1's old row
    was deleted, and the second then broke the one-reading-per-page rule (an error 500)."""
    a, a2, blob = _office_with_scan(central, tmp_path)
    assert _push(central, a, [_reading(blob, 1, 1, "page 1, old")]).status_code == 200
    answer = _push(
        central,
        a,
        [_reading(blob, 0, 2, "page 0, older"), _reading(blob, 1, 2, "page 1, new"), _reading(blob, 0, 3, "page 0")],
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["results"] == [{"hash": blob, "status": "stored", "stored": 2}]
    pulled = _pull(central, a2, 0)["readings"]
    assert sorted((r["page"], r["text"], r["reader"]) for r in pulled) == [(0, "page 0", 3), (1, "page 1, new", 2)]
    a.store.close()
    a2.store.close()


def test_only_an_enrolled_pc_learns_how_many_pages_were_read(central: RunningServer, tmp_path: Path):
    a, a2, blob = _office_with_scan(central, tmp_path)
    assert _push(central, a, [_reading(blob, 0, 1, "text")]).status_code == 200
    anonymous = requests.get(f"{central.url}/v1/hello", timeout=30)
    assert anonymous.status_code == 200 and anonymous.json().get("scan_text_seq") is None
    forged = requests.get(f"{central.url}/v1/hello", headers={"Authorization": "Bearer not-a-token"}, timeout=30)
    assert forged.status_code == 200 and forged.json().get("scan_text_seq") is None
    enrolled = requests.get(f"{central.url}/v1/hello", headers={"Authorization": f"Bearer {a2.token}"}, timeout=30)
    assert enrolled.status_code == 200 and enrolled.json()["scan_text_seq"] >= 1
    # The PC's own client sends its token with hello, and so learns it.
    assert (HttpTransport(central.url, a2.token).hello().scan_text_seq or 0) >= 1
    a.store.close()
    a2.store.close()


def _bomb(size: int) -> bytes:
    """A small zstd frame that declares, and holds, `size` bytes of zeros (made without holding them)."""
    compressor = zstandard.ZstdCompressor(level=1).compressobj(size=size)
    piece = bytes(1 << 20)
    parts = [compressor.compress(piece[: min(len(piece), size - done)]) for done in range(0, size, len(piece))]
    return b"".join(parts) + compressor.flush()


def test_a_small_frame_declaring_a_huge_size_is_not_unpacked_past_the_bound():
    frame = zstandard.ZstdCompressor().compress(bytes(20 * 1024 * 1024))
    assert len(frame) < 2048
    with pytest.raises(InflatedTooLarge):
        inflate(frame, 1024 * 1024)
    assert inflate(frame, 20 * 1024 * 1024) == bytes(20 * 1024 * 1024)
    assert inflate(frame + frame, 40 * 1024 * 1024) == bytes(40 * 1024 * 1024)  # frames one after the other
    with pytest.raises(zstandard.ZstdError):
        inflate(frame[:-3], 20 * 1024 * 1024)  # cut short


def test_data_of_many_tiny_frames_is_read_once():
    """Half a million empty frames (4.5 MB, as a bundle's part could be): each frame's end once copied all the data
    after it, minutes of a server's CPU for one bundle (hours for the largest bundle relayed)."""
    empty = zstandard.ZstdCompressor().compress(b"")
    last = zstandard.ZstdCompressor(write_content_size=False).compress(b"text" * 1000)  # a frame with no size
    packed = empty * 500_000 + last
    assert inflate(packed, 1 << 31) == b"text" * 1000
    with pytest.raises(InflatedTooLarge):
        inflate(packed, 3999)
    with pytest.raises(zstandard.ZstdError):
        inflate(packed[:-2], 1 << 31)


def _rebuilt(desk: Desk, tmp: Path, parts: dict[str, bytes]) -> bytes:
    """The PC's own bundle with some parts replaced, sealed by the PC as its own bundles are (clear, as a PC of an
    earlier version wrote them: the server reads those in with the same checks)."""
    exported = export_bundle(desk.store, tmp / "own.eob").path
    bundle = read_bundle(exported, key=seal_key(desk.token))
    manifest = bundle.manifest
    contents = {name: bundle.part(name) or b"" for name in manifest.files if not name.startswith("blobs/")}
    for blob_hash in bundle.blob_names():
        with bundle.open_blob(blob_hash) as scan:
            contents["blobs/" + blob_hash.removeprefix("sha256:")] = scan.read()
    contents |= parts
    bundle.close()
    manifest.encryption = manifest.secret = ""
    manifest.files = {name: "sha256:" + hashlib.sha256(data).hexdigest() for name, data in contents.items()}
    manifest.seal = manifest.sealed_with(seal_key(desk.token))
    target = tmp / "rebuilt.eob"
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, data in contents.items():
            archive.writestr(name, data)
        archive.writestr("manifest.json", manifest.to_json())
    return target.read_bytes()


def _relay(central: RunningServer, desk: Desk, bundle: bytes) -> requests.Response:
    auth = {"Authorization": f"Bearer {desk.token}", "Content-Type": "application/octet-stream"}
    return requests.post(f"{central.url}/v1/bundles/relay", data=bundle, headers=auth, timeout=120)


def _events_on_server(central: RunningServer) -> int:
    with central.database.read() as s:
        return s.query(StoredEvent).count()


def test_a_bundle_whose_parts_unpack_past_their_bound_is_refused_before_anything_is_stored(
    central_sqlite: RunningServer, tmp_path: Path
):
    central = central_sqlite
    a, _a2, blob = _office_with_scan(central, tmp_path)
    register_letter(a.store, a.actor, LetterForm(register_date=date.today(), sender_name="ກົມ", subject="ໃໝ່"))
    stored = _events_on_server(central)
    text_bomb = _rebuilt(a, tmp_path, {SCAN_TEXT_PART: _bomb(MAX_BUNDLE_TEXT + (1 << 20))})
    assert len(text_bomb) < 1024 * 1024
    refused = _relay(central, a, text_bomb)
    assert refused.status_code == 400, refused.text
    assert refused.json()["message_en"] == "The bundle's text read from scans is larger than 256 MB unpacked."
    assert _events_on_server(central) == stored  # the bundle's new event was not taken either
    events_bomb = _rebuilt(a, tmp_path, {"events.jsonl.zst": _bomb((1 << 31) + (1 << 20))})
    refused = _relay(central, a, events_bomb)
    assert refused.status_code == 400, refused.text
    assert refused.json()["message_en"] == "The bundle's events are larger than 2048 MB unpacked."
    # A part of the wrong shape is left out; the rest of the bundle is taken.
    odd = zstandard.ZstdCompressor().compress(json.dumps({"readings": 5}).encode())
    taken = _relay(central, a, _rebuilt(a, tmp_path, {SCAN_TEXT_PART: odd}))
    assert taken.status_code == 200, taken.text
    assert _events_on_server(central) == stored + 1
    a.store.close()


def _server_readings(central: RunningServer) -> list[tuple[str, int, str]]:
    with central.database.read() as s:
        return sorted((r.hash, r.page, r.text) for r in s.query(ScanText))


def _part(data: object) -> bytes:
    return zstandard.ZstdCompressor().compress(json.dumps(data, ensure_ascii=False).encode())


def test_a_bundles_readings_of_odd_shapes_are_left_out_and_the_rest_taken(central: RunningServer, tmp_path: Path):
    """A USB bundle is outside input: readings that are not readings, page numbers as strings, text that is not text,
    a file the office may not read, JSON nested past what Python parses: each is left out (or the part), never a 500,
    and the bundle's good reading and its events are taken."""
    a, _a2, blob = _office_with_scan(central, tmp_path)
    other = "sha256:" + hashlib.sha256(b"a file nobody sent").hexdigest()
    good = _reading(blob, 0, 1, "the good reading")
    odd: list[object] = [
        5,
        "text",
        None,
        [blob, 0, 1],
        {"readings": [good]},
        _reading(blob, 0, 1, "x") | {"page": "1"},
        _reading(blob, 1, 1, "x") | {"pages": "3"},
        _reading(blob, 1, 1, "x") | {"reader": True},
        _reading(blob, 1, 1, "x") | {"page": 10**30},
        _reading(blob, 1, 1, "x") | {"confidence": float("nan")},
        _reading(blob, 1, 1, "x") | {"text": ["not", "text"]},
        _reading(blob, 1, 1, "\ud800 a lone surrogate"),
        _reading(blob, 1, 1, "x") | {"hash": "sha256:" + "G" * 64},
        _reading(blob, 1, 1, "x") | {"extra": 1},
        _reading(other, 0, 1, "a file this office may not read"),
    ]
    part = zstandard.ZstdCompressor().compress(
        json.dumps({"readings": odd + [good]}, ensure_ascii=True, allow_nan=True).encode()
    )
    taken = _relay(central, a, _rebuilt(a, tmp_path, {SCAN_TEXT_PART: part}))
    assert taken.status_code == 200, taken.text
    assert _server_readings(central) == [(blob, 0, "the good reading")]

    deep = b"[" * 200_000 + b"]" * 200_000  # past the parser's recursion limit
    for shape in (deep, b'{"readings": ' + deep + b"}", b'{"readings": [' + deep + b"]}", b"\xff\xfe not UTF-8"):
        register_letter(a.store, a.actor, LetterForm(register_date=date.today(), sender_name="ກົມ", subject="ໃໝ່"))
        stored = _events_on_server(central)
        packed = zstandard.ZstdCompressor().compress(shape)
        taken = _relay(central, a, _rebuilt(a, tmp_path, {SCAN_TEXT_PART: packed}))
        assert taken.status_code == 200, taken.text  # the part is left out, the rest of the bundle is taken
        assert _events_on_server(central) == stored + 1
    assert _server_readings(central) == [(blob, 0, "the good reading")]

    # Events that are not events, and a manifest nested too deep: the bundle is refused in one sentence.
    stored = _events_on_server(central)
    for lines in (b"5\n", b"{}\n", b'{"id": [1]}\n', b"not json\n", deep + b"\n"):
        packed = zstandard.ZstdCompressor().compress(lines)
        refused = _relay(central, a, _rebuilt(a, tmp_path, {"events.jsonl.zst": packed}))
        assert refused.status_code == 400, refused.text
        assert refused.json()["message_en"] == "The bundle's events are damaged."
    nested = tmp_path / "nested.eob"
    with zipfile.ZipFile(nested, "w") as archive:
        archive.writestr("manifest.json", deep)
    refused = _relay(central, a, nested.read_bytes())
    assert refused.status_code == 400 and "is damaged (its manifest cannot be read)" in refused.json()["message_en"]
    assert _events_on_server(central) == stored
    a.store.close()
