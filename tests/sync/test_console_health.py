"""The console's sync health against real desktops and the real server: a file registered but not uploaded is waiting
(for its office, and for the office it was sent to) until it is sent; a letter sent between offices and not registered
by the receiving office after the sender's working days is on the lost-letter watch until it is registered; a USB
stick relayed by the province is counted for the district; and the day's requests, refusals and bytes are charted."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from eoffice_desktop.core.demo.files import demo_png
from eoffice_desktop.core.journey.arrivals import register_arrival
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from sync.client.bundles import export_bundle
from sync.client.relay import relay_bundle, return_path
from sync.client.session import transport_for
from sync.server.blobstore import ServerBlobStore
from sync.server.console import sync_health
from sync.server.console.activity import Activity, days
from sync.server.database import ServerDatabase
from tests.sync.conftest import RunningServer
from tests.sync.console_helpers import ConsoleClient, make_admin
from tests.sync.offices import address_of, first_pc, server_office, server_office_id
from tests.sync.test_journey import _offices

LOCAL = ("push", "pull")  # a sync that leaves the files on the PC (as with "send files" turned off)


def _cell(page: str, office: str, column: str) -> str:
    row = re.search(rf'<tr[^>]*data-office="{office}">(.*?)</tr>', page, re.S)
    assert row is not None, page[:2000]
    found = re.search(rf'<td class="num {column}[^"]*">(.*?)</td>', row.group(1), re.S)
    assert found is not None, row.group(1)
    return found.group(1).split("<br>")[0].strip()


def _lost(page: str) -> str:
    found = re.search(r'<table id="lost">(.*?)</table>', page, re.S)
    assert found is not None
    return found.group(1)


def test_sync_health_counts_files_usb_sticks_lost_letters_and_traffic(central: RunningServer, tmp_path: Path) -> None:
    ministry, province, district = _offices(central, tmp_path)  # codes ກຊ, ຂຂ, and ຂຕ under the province
    make_admin(central.database, "admin")
    console = ConsoleClient(central.url)
    assert console.sign_in("admin").status_code == 303
    (tmp_path / "ແຈ້ງການ.png").write_bytes(demo_png(1))
    form = LetterForm(
        direction="out",
        register_date=date.today() - timedelta(days=14),  # longer ago than any office's working days
        recipients=[address_of(ministry, province)],
        subject="ກອງປະຊຸມ",
        attachments=[tmp_path / "ແຈ້ງການ.png"],
    )
    registered = register_letter(ministry.store, ministry.actor, form)
    ministry.sync(central.url, LOCAL)
    province.sync(central.url, LOCAL)

    page = console.get("/console/health").text
    assert _cell(page, "ກຊ", "upload") == "1" and _cell(page, "ຂຂ", "fetch") == "1"  # not on the server yet
    assert _cell(page, "ກຊ", "lost") == "1" and _cell(page, "ຂຂ", "lost") == "0"
    lost = _lost(page)
    assert registered.registry_number in lost and "ກຊ" in lost and "ຂຂ" in lost
    assert "ກອງປະຊຸມ" not in page  # never the subject
    office_page = console.get("/console/offices/ກຊ").text
    assert registered.registry_number in office_page and 'id="office-lost"' in office_page

    ministry.sync(central.url)  # the file goes up
    register_arrival(province.store, province.actor, registered.letter_id)
    province.sync(central.url)  # ... and the province's "registered" report with it
    page = console.get("/console/health").text
    assert _cell(page, "ກຊ", "upload") == "0" and _cell(page, "ຂຂ", "fetch") == "0"
    assert _cell(page, "ກຊ", "lost") == "0" and registered.registry_number not in _lost(page)

    assert _cell(page, "ຂຕ", "usb") == "0"
    stick = export_bundle(district.store, tmp_path / "district.eob")
    relay_bundle(transport_for(province.store), stick.path, return_path(stick.path))
    page = console.get("/console/health").text
    assert _cell(page, "ຂຕ", "usb") == "1" and _cell(page, "ຂຂ", "usb") == "0"  # counted for the district

    refused = httpx.get(f"{central.url}/v1/pull", headers={"Authorization": "Bearer not-a-token"})
    assert refused.status_code == 401
    page = console.get("/console/health").text
    today = datetime.now(UTC).date().isoformat()
    day = re.search(rf'<tr data-day="{today}">(.*?)</tr>', page, re.S)
    assert day is not None
    requests, refusals, errors, sent_in, sent_out = re.findall(r'<td class="num">([\d.]+)</td>', day.group(1))
    assert int(requests) > 20 and int(refusals) >= 1 and int(errors) == 0
    assert float(sent_in) > 0 and float(sent_out) > 0
    bars = re.findall(rf'<rect class="bar[^"]*"[^>]*data-day="{today}" data-value="([\d.e+-]+)"', page)
    assert len(bars) == 3 and all(float(value) > 0 for value in bars)
    for desk in (ministry, province, district):
        desk.store.close()


def test_each_process_adds_its_traffic_counts_to_the_database(tmp_path: Path) -> None:
    database = ServerDatabase(f"sqlite:///{tmp_path / 'server.sqlite'}")
    database.migrate()
    today = datetime.now(UTC).date()
    first, second = Activity(database), Activity(database)  # two server processes
    first.add(today, Counter(requests=3, refused=1, bytes_in=500))
    second.add(today, Counter(requests=2, errors=1, bytes_out=700))
    second.add(today - timedelta(days=1), Counter(requests=4))
    first.flush()
    second.flush()
    first.add(today, Counter(requests=1))  # not saved yet: still shown for this process
    with database.read() as s:
        shown = days(s, first, count=2)
    assert [(d.day, d.requests, d.refused, d.errors, d.bytes_in, d.bytes_out) for d in shown] == [
        (today - timedelta(days=1), 4, 0, 0, 0, 0),
        (today, 6, 1, 1, 500, 700),
    ]
    assert first.pending() == {today: Counter(requests=1)} and second.pending() == {}
    database.dispose()


def test_a_large_history_is_read_a_few_batches_per_page(
    central_sqlite: RunningServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    codes = server_office(central_sqlite.database, "ກຊ", "ກະຊວງ")
    desk = first_pc(tmp_path, "ministry", "ກຊ", central_sqlite.url, codes[0])
    for seed in range(3):
        (tmp_path / f"{seed}.png").write_bytes(demo_png(seed))
        form = LetterForm(direction="in", register_date=date.today(), sender_name="ແຂວງ", subject="ແຈ້ງການ")
        form.attachments = [tmp_path / f"{seed}.png"]
        register_letter(desk.store, desk.actor, form)
    desk.sync(central_sqlite.url, LOCAL)
    monkeypatch.setattr(sync_health, "SCAN_BATCH", 2)  # events per batch
    blobs, pages = ServerBlobStore(central_sqlite.blob_dir), 1
    with central_sqlite.database.write() as s:
        while not sync_health.refresh_files(s, blobs, batches=1):
            pages += 1
        office = server_office_id(central_sqlite.database, desk)
        assert pages > 2 and sync_health.files_waiting(s, [office]) == ({office: 3}, {})
    desk.store.close()
