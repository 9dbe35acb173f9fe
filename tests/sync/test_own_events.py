"""A PC does not download again what it pushed (the push answer acknowledged it), while the other PCs of its office
receive it all; a PC put back from an older copy gets its later events back; the digest and the data meter agree
with what went over the link."""

from __future__ import annotations

import random
import shutil
from datetime import date
from pathlib import Path

import requests
from sqlalchemy import select

from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.office import open_store
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.replication import cursor, own_held
from eoffice_desktop.core.storage.models import Event, Letter
from eoffice_desktop.core.storage.settings import set_setting
from sync.client.engine import SyncEngine, SyncPolicy, SyncReport
from sync.client.http import HttpTransport
from sync.client.session import sync_once
from sync.client.status import local_status
from sync.client.transport import PullBatch
from sync.server.feeds import client_digest
from sync.server.models import FeedHead
from tests.sync.conftest import RunningServer
from tests.sync.linkproxy import LinkProxy
from tests.sync.offices import Desk, another_pc, first_pc, give_numbers, server_office, server_office_id


class Recording(HttpTransport):
    """The real transport, keeping the ids of the events each pull answer carried."""

    def __init__(self, base_url: str, token: str) -> None:
        super().__init__(base_url, token)
        self.received: list[str] = []

    def pull(self, after: int, limit: int, own: int = 0) -> PullBatch:
        batch = super().pull(after, limit, own)
        self.received += [event.id for event in batch.events]
        return batch


def _sync(desk: Desk, transport: HttpTransport, phases: tuple[str, ...]) -> SyncReport:
    return SyncEngine(desk.store, transport, SyncPolicy(big_transfers=True)).run(phases)


def _register(desk: Desk, count: int, subject: str) -> set[str]:
    return {
        register_letter(
            desk.store, desk.actor, LetterForm(register_date=date.today(), sender_name="ກງ", subject=f"{subject} {n}")
        ).letter_id
        for n in range(count)
    }


def _office_of_two(central: RunningServer, tmp: Path) -> tuple[Desk, Desk]:
    codes = server_office(central.database, "ກຂ", "ເມືອງ ກ", pcs=2)
    first = first_pc(tmp, "first", "ກຂ", central.url, codes[0])
    give_numbers(first, 1)
    second = another_pc(tmp, "second", first, central.url, codes[1])
    give_numbers(second, 2)
    first.sync(central.url)
    second.sync(central.url)
    first.sync(central.url)
    return first, second


def _own_ids(desk: Desk) -> set[str]:
    with desk.store.db.session() as s:
        return set(s.scalars(select(Event.id).where(Event.device_id == desk.store.device_id)))


def test_a_pc_does_not_pull_back_the_letters_it_pushed_and_the_other_pc_gets_them_all(
    central: RunningServer, tmp_path: Path
) -> None:
    first, second = _office_of_two(central, tmp_path)
    before = _own_ids(first)
    sent = _register(first, 500, "ໜັງສືອອກ")
    mine = _own_ids(first) - before
    pushed = _sync(first, HttpTransport(central.url, first.token), ("push",))
    assert pushed.pushed >= 500 and pushed.refused == 0

    transport = Recording(central.url, first.token)
    report = _sync(first, transport, ("pull",))
    assert not set(transport.received) & mine, "the server sent the PC its own events back"
    assert report.pulled == 0
    with central.database.read() as s:
        high = s.get(FeedHead, server_office_id(central.database, first)).pos
    with first.store.db.session() as s:
        assert cursor(s) >= high  # past its own events: they are not looked at again

    other = Recording(central.url, second.token)
    _sync(second, other, ("push", "pull"))
    assert mine <= set(other.received)
    with second.store.db.session() as s:
        assert sent <= set(s.scalars(select(Letter.id)))
    for desk in (first, second):
        desk.store.close()


def test_a_pc_put_back_from_an_older_copy_gets_its_later_letters_back(central: RunningServer, tmp_path: Path) -> None:
    first, second = _office_of_two(central, tmp_path)
    first.store.close()
    shutil.copytree(first.root, tmp_path / "copy")  # a backup, made after a sync
    first.store = open_store(first.root)
    later = _register(first, 3, "ຫຼັງສຳເນົາ")
    first.sync(central.url)
    first.store.close()
    shutil.rmtree(first.root)
    shutil.copytree(tmp_path / "copy", first.root)  # the disk died; the copy is put back
    first.store = open_store(first.root)
    with first.store.db.session() as s:
        assert not later & set(s.scalars(select(Letter.id)))
    first.sync(central.url)
    with first.store.db.session() as s:
        assert later <= set(s.scalars(select(Letter.id)))
    for desk in (first, second):
        desk.store.close()


def test_the_digest_sums_what_the_pc_pulled(central: RunningServer, tmp_path: Path) -> None:
    first, second = _office_of_two(central, tmp_path)
    _register(first, 4, "ກ")
    _register(second, 3, "ຂ")
    second.sync(central.url)
    first.sync(central.url)
    with first.store.db.session() as s:
        upto, own = cursor(s), own_held(s, first.store.device_id)
        pulled = list(s.scalars(select(Event.id).where(Event.device_id != first.store.device_id)))
    query = {"upto": upto, "count": len(pulled), "xsum": client_digest(pulled)}
    headers = {"Authorization": f"Bearer {first.token}"}
    answer = requests.post(f"{central.url}/v1/digest", json=query | {"own": own}, headers=headers, timeout=10).json()
    assert answer["ok"] and answer["server_count"] == len(pulled)
    whole = requests.post(f"{central.url}/v1/digest", json=query, headers=headers, timeout=10).json()
    assert not whole["ok"]  # without `own`, the server counts the PC's own events too
    for desk in (first, second):
        desk.store.close()


def test_the_data_meter_counts_what_went_over_the_link(central: RunningServer, tmp_path: Path) -> None:
    first, second = _office_of_two(central, tmp_path)
    proxy = LinkProxy(int(central.url.rsplit(":", 1)[1]))
    try:
        _register(first, 60, "ນັບ")
        scan = tmp_path / "scan.pdf"
        scan.write_bytes(demo_pdf("scan") + random.Random(3).randbytes(600_000))  # three chunks, incompressible
        form = LetterForm(register_date=date.today(), sender_name="ກງ", subject="ມີໄຟລ໌", attachments=[scan])
        register_letter(first.store, first.actor, form)
        transport = HttpTransport(proxy.url, first.token)
        report = _sync(first, transport, ("push", "pull", "blobs"))
        other = HttpTransport(proxy.url, second.token)
        downloaded = _sync(second, other, ("push", "pull", "blobs"))
    finally:
        proxy.close()
    assert report.blobs_up == 1 and downloaded.blobs_down == 1
    assert report.bytes_up + report.bytes_down > 600_000
    assert transport.bytes_sent + other.bytes_sent == proxy.bytes_up
    assert transport.bytes_received + other.bytes_received == proxy.bytes_down
    for desk in (first, second):
        desk.store.close()


def test_the_month_meter_and_eoffice_sync_count_what_went_over_the_link(central: RunningServer, tmp_path: Path) -> None:
    first, second = _office_of_two(central, tmp_path)
    _register(first, 60, "ເດືອນ")
    proxy = LinkProxy(int(central.url.rsplit(":", 1)[1]))
    with first.store.db.write() as s:
        set_setting(s, "sync.server_url", proxy.url)  # the whole cycle (letters, numbers, the CA) through the relay
    try:
        before = local_status(first.store).month_bytes
        report = sync_once(first.store)
    finally:
        proxy.close()
    carried = proxy.bytes_up + proxy.bytes_down
    assert report.pushed >= 60 and report.bytes_up + report.bytes_down == carried
    assert local_status(first.store).month_bytes - before == carried
    for desk in (first, second):
        desk.store.close()
