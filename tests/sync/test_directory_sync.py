"""Every enrolled PC receives the national directory with sync, only when it changed: all of it the first time, the
renamed offices after renames, nothing (not even a request) when nothing changed; by USB return file too. A letter
addressed to a directory office reaches that office through the real server, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import requests
import zstandard
from sqlalchemy import select

from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation
from eoffice_desktop.core.addresses.directory import (
    delivered_by_sync,
    directory_version,
    national_holidays,
    search_offices,
)
from eoffice_desktop.core.journey.arrivals import arrived_letters, register_arrival
from eoffice_desktop.core.journey.sender_names import office_names
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.storage.models import Organisation
from sync.client.bundles import export_bundle, import_bundle, seal_key_of
from sync.client.engine import SyncEngine, SyncPolicy, SyncReport
from sync.client.http import HttpTransport
from sync.protocol.bundle import DIRECTORY_PART, read_bundle
from sync.server import directory as server_directory
from sync.server.admin import new_enrolment_code
from sync.server.blobstore import ServerBlobStore
from sync.server.bundles import read_in
from sync.server.directory_import import import_holidays, import_offices
from tests.sync.offices import Desk, first_pc, give_numbers

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "directory"


class CountingTransport(HttpTransport):
    """The real HTTP transport, noting the path of every request it makes."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.paths: list[str] = []

    def _request(self, method: str, path: str, **kwargs: Any) -> Any:
        self.paths.append(path)
        return super()._request(method, path, **kwargs)


def sync(desk: Desk, url: str) -> tuple[SyncReport, list[str]]:
    transport = CountingTransport(url, desk.token)
    report = SyncEngine(desk.store, transport, SyncPolicy(big_transfers=True)).run()
    return report, transport.paths


def national(central) -> None:  # type: ignore[no-untyped-def]
    with central.database.write() as s:
        import_offices(s, RESOURCES / "offices-sample.csv")
        import_holidays(s, RESOURCES / "holidays-2026.csv")


def enrolled(central, tmp_path: Path, code: str) -> Desk:  # type: ignore[no-untyped-def]
    with central.database.write() as s:
        enrolment = new_enrolment_code(s, code)
    return first_pc(tmp_path, code, code, central.url, enrolment)


def test_the_directory_arrives_with_sync_only_when_it_changed(central, tmp_path: Path):
    national(central)
    ministry = enrolled(central, tmp_path, "ສສກ")
    first, paths = sync(ministry, central.url)
    assert paths.count("/v1/directory") == 1 and first.directory_offices == 55 and first.directory_holidays == 7
    with ministry.store.db.session() as s:
        assert [m.display for m in search_offices(s, "ວັດແສນ")] == ["ບ້ານວັດແສນ, ເມືອງຫຼວງພະບາງ, ແຂວງຫຼວງພະບາງ"]
        assert date(2026, 12, 2) in national_holidays(s)
        assert search_offices(s, "ສສກ")[0].enrolled  # its own office, enrolled just now

    for accepted, encoding in (("zstd, gzip", "zstd"), ("gzip", "gzip")):  # zstd only for a PC that asks for it
        answer = requests.get(
            central.url + "/v1/directory",
            headers={"Authorization": f"Bearer {ministry.token}", "Accept-Encoding": accepted},
            stream=True,
        )
        assert answer.status_code == 200 and answer.headers["Content-Encoding"] == encoding
        assert len(answer.raw.read()) < 20_000  # 55 offices

    quiet, paths = sync(ministry, central.url)
    assert "/v1/directory" not in paths and quiet.directory_offices == 0  # the hello answer said: no change

    with central.database.write() as s:  # ten offices get new names
        for office in server_directory.list_offices(s, kind="district")[:10]:
            server_directory.rename(s, office.code, name_lo=office.name_lo + " (ໃໝ່)")
    renamed, paths = sync(ministry, central.url)
    assert paths.count("/v1/directory") == 1 and renamed.directory_offices == 10
    with ministry.store.db.session() as s, central.database.read() as server:
        assert len([m for m in search_offices(s, "(ໃໝ່)") if m.name_lo.endswith("(ໃໝ່)")]) == 10
        assert directory_version(s) == server_directory.current_version(server)

    central.database.new_epoch()  # restored from a backup: its versions may repeat with other changes
    restored, paths = sync(ministry, central.url)
    assert restored.epoch_changed and paths.count("/v1/directory") == 1 and restored.directory_offices == 55


def test_a_letter_to_a_directory_office_is_delivered_through_the_server(central, tmp_path: Path):
    national(central)
    ministry = enrolled(central, tmp_path, "ສສກ")
    province = enrolled(central, tmp_path, "ຫລພ")
    give_numbers(ministry, 1)
    sync(ministry, central.url)
    with ministry.store.db.session() as s:
        to_province = search_offices(s, "ຫຼວງພະບາງ")[0]  # typed part of its name: the province comes first
        not_enrolled = search_offices(s, "ສສກ.ຫລພ")[0]
    assert to_province.code == "ຫລພ" and to_province.enrolled and not not_enrolled.enrolled
    with ministry.store.db.session() as s:
        assert delivered_by_sync(s, to_province.id) and delivered_by_sync(s, province.store.office_id)
        assert not delivered_by_sync(s, not_enrolled.id)
    form = LetterForm(
        direction="out",
        register_date=date.today(),
        subject="ເຊີນເຂົ້າຮ່ວມກອງປະຊຸມສົກຮຽນໃໝ່",
        recipient_offices=[to_province.id, not_enrolled.id],
    )
    sent = register_letter(ministry.store, ministry.actor, form)
    pushed, _ = sync(ministry, central.url)
    assert pushed.refused == 0

    sync(province, central.url)
    with province.store.db.session() as s:
        arrived = arrived_letters(s, province.store.office_id)
        names = office_names(s)
    assert [row.id for row in arrived] == [sent.letter_id]
    assert names[ministry.store.office_id] == "ກະຊວງສຶກສາທິການ ແລະ ກິລາ"  # the sender, named by the directory

    # The province registers it and answers the ministry, chosen from the directory: one address-book entry for
    # the ministry (the one its letter made), and the answer reaches it.
    register_arrival(province.store, province.actor, sent.letter_id)
    give_numbers(province, 2)
    with province.store.db.session() as s:
        to_ministry = search_offices(s, "ສສກ")[0]
    answer = LetterForm(
        direction="out", register_date=date.today(), subject="ຕອບ: ເຊີນເຂົ້າຮ່ວມ", recipient_offices=[to_ministry.id]
    )
    replied = register_letter(province.store, province.actor, answer)
    with province.store.db.session() as s:
        entries = s.scalars(select(Organisation.name_lo)).all()
    assert list(entries).count("ກະຊວງສຶກສາທິການ ແລະ ກິລາ") == 1 and len(entries) == 1
    sync(province, central.url)
    sync(ministry, central.url)
    with ministry.store.db.session() as s:
        assert [row.id for row in arrived_letters(s, ministry.store.office_id)] == [replied.letter_id]


def test_a_department_s_letter_arrives_named_with_its_province(central, tmp_path: Path):
    """18 provinces have a "ພະແນກສຶກສາທິການ ແລະ ກິລາ": the Arrived page's sender says which one, even where the
    address book already had the department under its bare name."""
    national(central)
    ministry = enrolled(central, tmp_path, "ສສກ")
    with central.database.write() as s:
        enrolment = new_enrolment_code(s, "ສສກ.ຫລພ")
    department = first_pc(tmp_path, "department", "ສສກ.ຫລພ", central.url, enrolment)
    give_numbers(department, 1)
    sync(department, central.url)
    with department.store.db.session() as s:
        to_ministry = search_offices(s, "ກະຊວງສຶກສາທິການ")[0]
    form = LetterForm(
        direction="out", register_date=date.today(), subject="ບົດລາຍງານສົກຮຽນ", recipient_offices=[to_ministry.id]
    )
    sent = register_letter(department.store, department.actor, form)
    sync(department, central.url)
    sync(ministry, central.url)
    with ministry.store.db.write() as s:  # an entry an earlier version made for it, under its bare name
        bare = EntryFields("ພະແນກສຶກສາທິການ ແລະ ກິລາ", office_id=department.store.office_id)
        add_organisation(s, ministry.store.log, ministry.actor, bare)
    with ministry.store.db.session() as s:
        arrived = arrived_letters(s, ministry.store.office_id)
    assert [(row.id, row.sender) for row in arrived] == [(sent.letter_id, "ພະແນກສຶກສາທິການ ແລະ ກິລາ, ແຂວງຫຼວງພະບາງ")]


def test_a_pc_without_network_receives_the_directory_by_usb_return_file(central, tmp_path: Path):
    national(central)
    district = enrolled(central, tmp_path, "ຈທບ")
    blobs = ServerBlobStore(central.blob_dir)

    def round_trip(name: str) -> dict[str, Any] | None:
        """The directory the return file carried (its part `directory.json.zst`), once read in on the PC."""
        out = export_bundle(district.store, tmp_path / f"{name}.eob").path
        outcome = read_in(central.database, blobs, out, tmp_path / f"{name}-return.eob")
        assert outcome.answer is not None
        import_bundle(district.store, outcome.answer)
        opened = read_bundle(outcome.answer, key=seal_key_of(district.store))  # every part checked, then decrypted
        try:
            packed = opened.part(DIRECTORY_PART)
            return json.loads(zstandard.ZstdDecompressor().decompress(packed)) if packed else None
        finally:
            opened.close()

    first = round_trip("first")
    assert first is not None and len(first["offices"]) == 55 and first["full"]
    with district.store.db.session() as s:
        assert search_offices(s, "ຈັນທະບູລີ")[0].code == "ຈທບ"
    assert round_trip("second") is None  # nothing changed: the return file carries none
    with central.database.write() as s:
        server_directory.rename(s, "ວຈ", name_en="Vientiane Province (renamed)")
    changed = round_trip("third")
    assert changed is not None and not changed["full"] and [o["code"] for o in changed["offices"]] == ["ວຈ"]
    with district.store.db.session() as s:
        assert search_offices(s, "renamed")[0].code == "ວຈ"


def test_a_letter_to_an_office_merged_while_the_pc_was_offline_reaches_the_office_it_joined(central, tmp_path: Path):
    national(central)
    with central.database.write() as s:  # a duplicate of the province, added by mistake
        server_directory.add_office(s, "ຫລພ2", "ແຂວງ ຫຼວງພະບາງ", "Luang Prabang (again)", "province")
    ministry = enrolled(central, tmp_path, "ສສກ")
    province = enrolled(central, tmp_path, "ຫລພ")
    give_numbers(ministry, 1)
    sync(ministry, central.url)
    with ministry.store.db.session() as s:
        duplicate = search_offices(s, "ຫລພ2")[0]
    with central.database.write() as s:  # IT staff merge it; the ministry has not synced since
        server_directory.merge(s, "ຫລພ2", "ຫລພ")
    form = LetterForm(direction="out", register_date=date.today(), subject="ແຈ້ງການ", recipient_offices=[duplicate.id])
    sent = register_letter(ministry.store, ministry.actor, form)
    assert sync(ministry, central.url)[0].refused == 0
    sync(province, central.url)
    with province.store.db.session() as s:
        assert [row.id for row in arrived_letters(s, province.store.office_id)] == [sent.letter_id]
    with ministry.store.db.session() as s:  # and the ministry now knows of the merge
        assert search_offices(s, "ຫລພ2")[0].status == "merged"
