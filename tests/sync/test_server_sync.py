"""Desktops and the real server over HTTP: enrolment, push, pull, letters between offices, files, refusals."""

from __future__ import annotations

import json
import threading
from datetime import date
from pathlib import Path

import pytest
import requests

from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation
from eoffice_desktop.core.checks.check import check_data_dir
from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.office import open_store, setup_office
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.replication import outbox_size
from eoffice_desktop.core.storage.credential import load_token
from eoffice_desktop.core.storage.models import Event, Letter
from sync.client.errors import DeviceRevoked, Offline
from sync.client.http import HttpTransport
from sync.client.session import enrol_pc, sync_once
from sync.server.admin import add_office, new_enrolment_code, revoke_device


def _office_with_code(central, code: str, name: str) -> str:
    with central.database.write() as s:
        add_office(s, code, name, name)
        return new_enrolment_code(s, code)


def _desktop(tmp_path: Path, name: str, code: str):  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / name)
    actor = setup_office(store, code, f"ຫ້ອງການ {code}", f"Office {code}", "admin", "Admin", "password-1")
    return store, actor


def test_two_offices_exchange_a_letter_through_the_server(central, tmp_path: Path):
    code_a = _office_with_code(central, "ຊສຖ", "ເມືອງໄຊເສດຖາ")
    code_b = _office_with_code(central, "ນວ", "ນະຄອນຫຼວງ")
    a, a_actor = _desktop(tmp_path, "a", "ຊສຖ")
    b, _b_actor = _desktop(tmp_path, "b", "ນວ")
    enrol_pc(a, central.url, code_a, "PC A")
    enrol_pc(b, central.url, code_b, "PC B")
    with a.db.write() as s:
        to_b = add_organisation(s, a.log, a_actor, EntryFields("ຫ້ອງວ່າການນະຄອນຫຼວງ", office_id=b.office_id)).id
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(demo_pdf("to the capital") * 40)  # several chunks
    sent = register_letter(
        a,
        a_actor,
        LetterForm(
            direction="out", register_date=date.today(), recipients=[to_b], subject="ສະເໜີງົບປະມານ", attachments=[scan]
        ),
    )
    register_letter(a, a_actor, LetterForm(register_date=date.today(), sender_name="ກງ", subject="ພາຍໃນ"))
    report = sync_once(a)
    assert report.pushed > 0 and report.blobs_up == 1 and report.refused == 0
    with a.db.session() as s:
        assert outbox_size(s, a.device_id) == 0
    report_b = sync_once(b)
    assert report_b.blobs_down == 1
    with b.db.session() as s:
        arrived = s.get(Letter, sent.letter_id)
        assert arrived is not None and arrived.office_id == a.office_id
        assert s.query(Event).filter(Event.office_id == a.office_id, Event.type == "user.created").count() == 0
        internal = s.query(Letter).filter(Letter.subject == "ພາຍໃນ").count()
    assert internal == 0  # b sees only what was addressed to it
    attachment_hash = "sha256:" + __import__("hashlib").sha256(scan.read_bytes()).hexdigest()
    assert b.blobs.verify(attachment_hash)
    again = sync_once(b)
    assert again.pulled == 0 and again.pushed == 0
    a.close()
    b.close()
    assert check_data_dir(tmp_path / "a").ok and check_data_dir(tmp_path / "b").ok


def refused_soon(store, within_s: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    """A revoked PC is refused from the moment the server process has heard of the revocation (PostgreSQL tells
    every process when it commits; under load the notice may take a moment to arrive), and for ever after."""
    import time

    deadline = time.monotonic() + within_s
    while True:
        try:
            sync_once(store)
        except DeviceRevoked:
            break
        assert time.monotonic() < deadline, "a revoked PC was still served"
        time.sleep(0.05)
    with pytest.raises(DeviceRevoked):
        sync_once(store)


def test_refusals_are_clear_json_and_change_nothing(central, tmp_path: Path):
    code = _office_with_code(central, "ທດ", "ທົດລອງ")
    other_code = _office_with_code(central, "ອື່ນ", "ອື່ນ")
    store, actor = _desktop(tmp_path, "a", "ທດ")
    enrol_pc(store, central.url, code)
    other, _ = _desktop(tmp_path, "o", "ອື່ນ")
    enrol_pc(other, central.url, other_code)
    sync_once(store)
    sync_once(other)
    token = _token(store)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    for body in (b"{", b'{"events": "x"}', json.dumps({"events": [{"id": "short"}]}).encode()):
        response = requests.post(f"{central.url}/v1/push", data=body, headers=headers, timeout=10)
        assert response.status_code in (400, 422)
        assert response.json()["protocol"] == 1 and response.json()["message_lo"]
    # a value of the wrong JSON type is refused, not coerced (`true` is not a count, `"5"` is not a size, 1.5 is not an
    # integer; 1.0 is one, as JSON Schema says)
    for path, wrong in (
        ("/v1/digest", {"upto": True, "count": True, "xsum": 1}),
        ("/v1/digest", {"upto": 1.5, "count": 0, "xsum": 1}),
        ("/v1/numbers/blocks", {"series": [{"series_key": "in:2026", "count": "5"}]}),
    ):
        response = requests.post(f"{central.url}{path}", json=wrong, headers=headers, timeout=10)
        assert response.status_code in (400, 422), (path, wrong, response.status_code)
        assert response.json()["protocol"] == 1 and response.json()["message_lo"]
    big = requests.post(f"{central.url}/v1/push", data=b"x" * (5 * 1024 * 1024), headers=headers, timeout=30)
    assert big.status_code == 413
    assert requests.get(f"{central.url}/v1/pull", timeout=10).status_code == 401
    # an event claiming the other office is refused, the rest flows
    with other.db.session() as s:
        foreign = s.query(Event).filter(Event.device_id == other.device_id).first()
    forged = {
        k: v
        for k, v in json.loads(
            json.dumps(
                {
                    "id": foreign.id,
                    "type": foreign.type,
                    "letter_id": foreign.letter_id,
                    "office_id": foreign.office_id,
                    "device_id": store.device_id,
                    "author_id": foreign.author_id,
                    "hlc": foreign.hlc,
                    "dev_seq": 999,
                    "prev": foreign.prev,
                    "payload": json.loads(foreign.payload),
                }
            )
        ).items()
    }
    answer = requests.post(f"{central.url}/v1/push", json={"events": [forged]}, headers=headers, timeout=10).json()
    assert answer["results"][0]["status"] == "rejected" and answer["results"][0]["code"] == "wrong_office"
    missing = "sha256:" + "ab" * 32
    assert requests.get(f"{central.url}/v1/blobs/{missing}", headers=headers, timeout=10).status_code == 404
    with central.database.write() as s:
        revoke_device(s, store.device_id)
    refused_soon(store)  # (each server process hears of it as the database delivers its notice: milliseconds)
    store.close()
    other.close()


def test_a_captive_portal_page_is_not_an_acknowledgement(tmp_path: Path):
    from http.server import BaseHTTPRequestHandler, HTTPServer

    class Portal(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html><body>Please log in to the hotel Wi-Fi</body></html>")

        do_POST = do_GET  # noqa: N815

        def log_message(self, *args: object) -> None:
            pass

    portal = HTTPServer(("127.0.0.1", 0), Portal)
    thread = threading.Thread(target=portal.serve_forever, daemon=True)
    thread.start()
    transport = HttpTransport(f"http://127.0.0.1:{portal.server_address[1]}", "token")
    with pytest.raises(Offline):
        transport.hello()
    with pytest.raises(Offline):
        transport.push([])
    portal.shutdown()


def test_feed_positions_are_gap_free_under_concurrent_pushes(central, tmp_path: Path):
    """Several PCs of one office push at once while a reader follows the feed: it must never skip an event."""
    code_words = []
    with central.database.write() as s:
        add_office(s, "ພຫ", "ຫຼາຍເຄື່ອງ")
        code_words = [new_enrolment_code(s, "ພຫ") for _ in range(4)]
    first, actor = _desktop(tmp_path, "pc0", "ພຫ")
    enrol_pc(first, central.url, code_words[0])
    sync_once(first)
    from sync.client.bundles import export_bundle, import_bundle

    export_bundle(first, tmp_path / "office.eob", everything=True)
    stores = [first]
    for n, code in enumerate(code_words[1:], start=1):
        pc = open_store(tmp_path / f"pc{n}")
        import_bundle(pc, tmp_path / "office.eob")
        enrol_pc(pc, central.url, code)
        stores.append(pc)
    from eoffice_desktop.core.registry.numbering import assign_block, series_for

    for n, pc in enumerate(stores):  # IT staff gave each PC its own block of numbers
        with pc.db.write() as s:
            assign_block(s, series_for(s, "in", date.today().year), 1000 * (n + 1), 1000 * (n + 1) + 999, "manual")
    for n, pc in enumerate(stores):
        for i in range(25):
            register_letter(
                pc,
                pc.actor(actor.user_id),
                LetterForm(register_date=date.today(), sender_name="ກງ", subject=f"pc{n} {i}"),
            )
    reader = open_store(tmp_path / "reader")
    import_bundle(reader, tmp_path / "office.eob")
    with central.database.write() as s:
        reader_code = new_enrolment_code(s, "ພຫ")
    enrol_pc(reader, central.url, reader_code)
    seen: list[int] = []
    stop = threading.Event()

    def follow() -> None:
        transport = HttpTransport(central.url, _token(reader))
        cursor = 0
        while not stop.is_set() or cursor < _high(transport):
            batch = transport.pull(cursor, 50)
            positions = list(range(cursor + 1, batch.next + 1))
            assert len(positions) == len(batch.events), "a reader saw a gap in the feed"
            seen.extend(positions)
            cursor = batch.next

    follower = threading.Thread(target=follow)
    follower.start()
    pushers = [threading.Thread(target=sync_once, args=(pc,)) for pc in stores[1:]]
    for thread in pushers:
        thread.start()
    for thread in pushers:
        thread.join()
    stop.set()
    follower.join(timeout=60)
    total = _high(HttpTransport(central.url, _token(reader)))
    assert seen == list(range(1, total + 1))
    for pc in [*stores, reader]:
        pc.close()


def _token(store) -> str:  # type: ignore[no-untyped-def]

    with store.db.session() as s:
        return load_token(store.data_dir, s)


def _high(transport: HttpTransport) -> int:
    return int(transport._request("GET", "/v1/pull", params={"after": 0, "limit": 1})["high_water"])
