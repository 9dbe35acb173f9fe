"""The national directory on a PC: taken from what the server sends (all of it, then what changed), searched as a
clerk types (any part of a Lao name, English, a code), with each office's place; national holidays and the office's
own days off in due dates; an outgoing letter addressed to directory offices."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation
from eoffice_desktop.core.addresses.directory import (
    DirectoryDamaged,
    apply_directory,
    delivered_by_sync,
    directory_version,
    national_holidays,
    search_offices,
    with_parents,
)
from eoffice_desktop.core.addresses.directory_match import link_sure_entries, suggest_links
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.letterform import FormInvalid, LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.routing.workdays import add_working_days, default_due_date, holidays, set_holidays
from eoffice_desktop.core.storage.models import Event, Organisation
from sync.server import directory as server_directory
from sync.server.api_directory import delta
from sync.server.database import ServerDatabase
from sync.server.directory_import import import_holidays, import_offices

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "directory"


@pytest.fixture
def server(tmp_path: Path) -> ServerDatabase:
    database = ServerDatabase(f"sqlite:///{tmp_path / 'server.sqlite'}")
    database.migrate()
    with database.write() as s:
        import_offices(s, RESOURCES / "offices-sample.csv")
        import_holidays(s, RESOURCES / "holidays-2026.csv")
    return database


def sent(server: ServerDatabase, since: int) -> dict[str, Any]:
    with server.read() as s:
        return delta(s, since)


def take(store: OfficeStore, answer: dict[str, Any]) -> None:
    with store.db.write() as s:
        apply_directory(s, answer)


def found(store: OfficeStore, text: str) -> list[str]:
    with store.db.session() as s:
        return [match.display for match in search_offices(s, text)]


def test_search_by_part_of_a_lao_name_english_or_code_with_the_place(store: OfficeStore, server: ServerDatabase):
    take(store, sent(server, 0))
    # Lao has no spaces between words: the middle of a name is found.
    education = found(store, "ສຶກສາທິການ")
    assert education[0] == "ກະຊວງສຶກສາທິການ ແລະ ກິລາ"  # the ministry before the departments
    assert len(education) == 4 and set(education[1:]) == {
        "ພະແນກສຶກສາທິການ ແລະ ກິລາ, ນະຄອນຫຼວງວຽງຈັນ",
        "ພະແນກສຶກສາທິການ ແລະ ກິລາ, ແຂວງຫຼວງພະບາງ",
        "ພະແນກສຶກສາທິການ ແລະ ກິລາ, ແຂວງສະຫວັນນະເຂດ",
    }
    assert found(store, "ວັດແສນ") == ["ບ້ານວັດແສນ, ເມືອງຫຼວງພະບາງ, ແຂວງຫຼວງພະບາງ"]
    assert found(store, "customs") == ["ກົມພາສີ, ກະຊວງການເງິນ"]  # English, any case
    assert found(store, "KAYSONE")[0].startswith("ເມືອງໄກສອນ ພົມວິຫານ")
    assert found(store, "ກງ")[0] == "ກະຊວງການເງິນ"  # the exact code first, then codes starting with it
    assert set(found(store, "ກງ.")) == {
        "ກົມງົບປະມານ, ກະຊວງການເງິນ",
        "ກົມພາສີ, ກະຊວງການເງິນ",
        "ກົມສ່ວຍສາອາກອນ, ກະຊວງການເງິນ",
        "ກົມຄັງເງິນແຫ່ງຊາດ, ກະຊວງການເງິນ",
        "ພະແນກການເງິນ, ແຂວງຫຼວງພະບາງ",
    }
    # Typed with the other spelling of ຫຼ (ຫລ), or with the tone mark before the vowel, it is still found.
    assert "ແຂວງຫຼວງພະບາງ" in found(store, "ຫລວງພະບາງ")
    assert found(store, "") == [] and found(store, "   ") == []
    with store.db.session() as s:
        assert len(search_offices(s, "ເມືອງ", limit=5)) == 5


def test_a_province_or_ministry_s_name_finds_the_offices_under_it_after_its_own(
    store: OfficeStore, server: ServerDatabase
):
    take(store, sent(server, 0))
    # The province itself, then the offices whose own name says it, then its departments and districts (their own
    # names do not say it), then its villages (under a district of it).
    province = found(store, "ຫຼວງພະບາງ")
    assert province[:2] == ["ແຂວງຫຼວງພະບາງ", "ເມືອງຫຼວງພະບາງ, ແຂວງຫຼວງພະບາງ"]
    assert set(province[2:8]) == {
        "ພະແນກການເງິນ, ແຂວງຫຼວງພະບາງ",
        "ພະແນກສາທາລະນະສຸກ, ແຂວງຫຼວງພະບາງ",
        "ພະແນກສຶກສາທິການ ແລະ ກິລາ, ແຂວງຫຼວງພະບາງ",
        "ເມືອງນານ, ແຂວງຫຼວງພະບາງ",
        "ເມືອງປາກອູ, ແຂວງຫຼວງພະບາງ",
        "ເມືອງຊຽງເງິນ, ແຂວງຫຼວງພະບາງ",
    }
    assert province[2:5] == sorted(province[2:5], key=len)  # departments before districts, shorter names first
    assert province[8:] == ["ບ້ານວັດແສນ, ເມືອງຫຼວງພະບາງ, ແຂວງຫຼວງພະບາງ"]
    assert found(store, "luang prabang") == province  # by the parents' English names too
    # A ministry's name finds its departments, after the offices whose own name holds it.
    finance = found(store, "ການເງິນ")
    assert finance[:2] == ["ກະຊວງການເງິນ", "ພະແນກການເງິນ, ແຂວງຫຼວງພະບາງ"]
    assert set(finance[2:]) == {
        "ກົມພາສີ, ກະຊວງການເງິນ",
        "ກົມງົບປະມານ, ກະຊວງການເງິນ",
        "ກົມສ່ວຍສາອາກອນ, ກະຊວງການເງິນ",
        "ກົມຄັງເງິນແຫ່ງຊາດ, ກະຊວງການເງິນ",
    }
    # Words of the office's name and of its province, in any order, with ຫລ for ຫຼ: the one office.
    assert found(store, "ສຶກສາ ສະຫວັນນະເຂດ") == ["ພະແນກສຶກສາທິການ ແລະ ກິລາ, ແຂວງສະຫວັນນະເຂດ"]
    assert found(store, "ຫລວງພະບາງ ສຶກສາ") == ["ພະແນກສຶກສາທິການ ແລະ ກິລາ, ແຂວງຫຼວງພະບາງ"]
    assert found(store, "ວັດແສນ ຫຼວງພະບາງ") == ["ບ້ານວັດແສນ, ເມືອງຫຼວງພະບາງ, ແຂວງຫຼວງພະບາງ"]
    assert found(store, "ສຶກສາ ຈຳປາສັກ") == []  # every word must be found
    # A renamed province: its new name is in its offices' keys after the delta.
    with server.write() as s:
        server_directory.rename(s, "ສຂ", name_lo="ແຂວງສະຫວັນນະເຂດໃໝ່")
    with store.db.session() as s:
        held = directory_version(s)
    take(store, sent(server, held))
    assert found(store, "ສຶກສາ ສະຫວັນນະເຂດໃໝ່") == ["ພະແນກສຶກສາທິການ ແລະ ກິລາ, ແຂວງສະຫວັນນະເຂດໃໝ່"]


def test_an_office_is_shown_with_where_it_belongs():
    assert with_parents("ພະແນກສຶກສາທິການ ແລະ ກິລາ", "ແຂວງຈຳປາສັກ") == "ພະແນກສຶກສາທິການ ແລະ ກິລາ, ແຂວງຈຳປາສັກ"
    assert with_parents("ບ້ານວັດແສນ", "ເມືອງຫຼວງພະບາງ · ແຂວງຫຼວງພະບາງ") == "ບ້ານວັດແສນ, ເມືອງຫຼວງພະບາງ, ແຂວງຫຼວງພະບາງ"
    assert with_parents("ກະຊວງການເງິນ", "") == "ກະຊວງການເງິນ"  # a national office belongs to no one
    # A parent its name already says is not repeated (spelled with ຫລ or ຫຼ).
    assert with_parents("ຫ້ອງວ່າການແຂວງຫລວງພະບາງ", "ແຂວງຫຼວງພະບາງ") == "ຫ້ອງວ່າການແຂວງຫລວງພະບາງ"


def test_renames_and_closures_arrive_as_a_delta_and_closed_offices_come_last(
    store: OfficeStore, server: ServerDatabase
):
    take(store, sent(server, 0))
    with server.write() as s:
        server_directory.rename(s, "ຫລພ", name_lo="ແຂວງ ຫຼວງພະບາງ")
        server_directory.close(s, "ປອ")
        server_directory.remove_holiday(s, date(2026, 3, 8))
    with store.db.session() as s:
        held = directory_version(s)
    answer = sent(server, held)
    assert not answer["full"] and {o["code"] for o in answer["offices"]} == {"ຫລພ", "ປອ"}
    take(store, answer)
    # The province's new name is in its offices' place; its former name still finds it.
    assert "ພະແນກການເງິນ, ແຂວງ ຫຼວງພະບາງ" in found(store, "ການເງິນ")
    assert found(store, "ແຂວງຫຼວງພະບາງ") == ["ແຂວງ ຫຼວງພະບາງ"]
    assert found(store, "ເມືອງປາກ") == ["ເມືອງປາກງື່ມ, ນະຄອນຫຼວງວຽງຈັນ", "ເມືອງປາກອູ, ແຂວງ ຫຼວງພະບາງ"]
    with store.db.session() as s:
        assert [m.status for m in search_offices(s, "ເມືອງປາກ")] == ["active", "closed"]
        assert date(2026, 3, 8) not in national_holidays(s) and date(2026, 12, 2) in national_holidays(s)
        assert directory_version(s) == answer["version"]
    take(store, sent(server, 1))  # an older answer (a stale USB file) changes nothing
    assert found(store, "ແຂວງຫຼວງພະບາງ") == ["ແຂວງ ຫຼວງພະບາງ"]


def test_a_damaged_directory_changes_nothing(store: OfficeStore, server: ServerDatabase):
    take(store, sent(server, 0))
    for bad in ({"version": 9, "offices": [{"id": "x"}]}, {"offices": []}, {"version": 9, "holidays": [{"day": "x"}]}):
        with pytest.raises(DirectoryDamaged), store.db.write() as s:
            apply_directory(s, bad)
    assert found(store, "ວັດແສນ") == ["ບ້ານວັດແສນ, ເມືອງຫຼວງພະບາງ, ແຂວງຫຼວງພະບາງ"]


def test_due_dates_skip_national_holidays_and_the_office_s_own_days_off(store: OfficeStore, server: ServerDatabase):
    start = date(2026, 4, 10)  # a Friday, before the Lao New Year (14-16 April)
    with store.db.session() as s:
        assert default_due_date(s, "very_urgent", start) == date(2026, 4, 16)  # 4 working days, no holidays yet
    take(store, sent(server, 0))
    with store.db.write() as s:
        assert default_due_date(s, "very_urgent", start) == date(2026, 4, 21)  # 13, 17, 20, 21 April
        set_holidays(s, {date(2026, 4, 17)})  # a local day off (a provincial festival)
        assert default_due_date(s, "very_urgent", start) == date(2026, 4, 22)
        assert date(2026, 4, 14) in holidays(s) and date(2026, 4, 17) in holidays(s)
    with server.write() as s:
        server_directory.remove_holiday(s, date(2026, 4, 16))  # the calendar changes on the server
    with store.db.session() as s:
        held = directory_version(s)
    take(store, sent(server, held))
    with store.db.session() as s:
        assert add_working_days(start, 4, holidays(s)) == date(2026, 4, 21)


def test_an_outgoing_letter_to_directory_offices(store: OfficeStore, clerk: Actor, server: ServerDatabase):
    take(store, sent(server, 0))
    with store.db.session() as s:
        education = search_offices(s, "ພະແນກສຶກສາທິການ ແລະ ກິລາ, ແຂວງຫຼວງພະບາງ")  # as shown: one office
        assert [m.code for m in education] == ["ສສກ.ຫລພ"]
        finance = search_offices(s, "ກງ")[0]
    form = LetterForm(
        direction="out",
        register_date=date(2026, 3, 10),
        subject="ເຊີນເຂົ້າຮ່ວມກອງປະຊຸມ",
        recipient_offices=[education[0].id, finance.id, finance.id],
    )
    done = register_letter(store, clerk, form, today=date(2026, 3, 10))
    with store.db.session() as s:
        payload = s.scalars(select(Event.payload).where(Event.letter_id == done.letter_id)).one()
        entries = {org.office_id: org.name_lo for org in s.scalars(select(Organisation))}
    assert json.loads(payload)["recipient_offices"] == [education[0].id, finance.id]  # each office once
    assert entries == {education[0].id: "ພະແນກສຶກສາທິການ ແລະ ກິລາ, ແຂວງຫຼວງພະບາງ", finance.id: "ກະຊວງການເງິນ"}
    again = register_letter(store, clerk, form, today=date(2026, 3, 10))  # the same address-book entries
    with store.db.session() as s:
        assert len(s.scalars(select(Organisation)).all()) == 2
        assert again.letter_id != done.letter_id
    with server.write() as s:
        server_directory.close(s, "ກງ.ຄງ")
    take(store, sent(server, 1))
    with store.db.session() as s:
        treasury = search_offices(s, "ກງ.ຄງ")[0]
    with pytest.raises(FormInvalid) as refused:
        register_letter(store, clerk, LetterForm(**{**form.__dict__, "recipient_offices": [treasury.id]}))
    assert refused.value.errors[0].code == "closed_office"
    with store.db.session() as s:
        assert not delivered_by_sync(s, finance.id)  # no PC enrolled: the letter goes on paper
        assert not delivered_by_sync(s, None) and not delivered_by_sync(s, "off_unknown")
    with pytest.raises(FormInvalid) as unknown:
        register_letter(store, clerk, LetterForm(**{**form.__dict__, "recipient_offices": ["off_unknown"]}))
    assert unknown.value.errors[0].code == "unknown_office"


def test_address_book_entries_of_earlier_versions_are_matched_to_directory_offices(
    store: OfficeStore, clerk: Actor, server: ServerDatabase
):
    take(store, sent(server, 0))
    with store.db.write() as s:
        made = {
            name: add_organisation(s, store.log, clerk, EntryFields(name, english, abbr, province=province)).id
            for name, english, abbr, province in (
                ("ກະຊວງການເງິນ", "Ministry of Finance", "ກງ", ""),  # code and name
                ("ຫ້ອງການປົກຄອງແຂວງຫຼວງພະບາງ", "", "ຫລພ", ""),  # the code only
                ("ພະແນກສຶກສາທິການ ແລະ ກິລາ", "", "", ""),  # three provinces have one: the clerk chooses
                ("ພະແນກສຶກສາທິການແລະກິລາ", "", "", "ສະຫວັນນະເຂດ"),  # typed without spaces, its province picks one
                ("UNDP Lao PDR", "", "UNDP", ""),  # not a government office
            )
        }
        suggestions = {suggestion.org_name: suggestion for suggestion in suggest_links(s)}
    assert set(suggestions) == set(made) - {"UNDP Lao PDR"}
    assert suggestions["ກະຊວງການເງິນ"].sure and suggestions["ກະຊວງການເງິນ"].offices[0].code == "ກງ"
    assert suggestions["ຫ້ອງການປົກຄອງແຂວງຫຼວງພະບາງ"].sure
    doubtful = suggestions["ພະແນກສຶກສາທິການ ແລະ ກິລາ"]
    assert not doubtful.sure and {m.code for m in doubtful.offices} == {"ສສກ.ຫລພ", "ສສກ.ສຂ", "ສສກ.ນວ"}
    assert [m.code for m in suggestions["ພະແນກສຶກສາທິການແລະກິລາ"].offices] == ["ສສກ.ສຂ"]

    assert link_sure_entries(store, clerk) == 3
    with store.db.session() as s:
        linked = {org.name_lo: org.office_id for org in s.scalars(select(Organisation))}
        assert linked["ກະຊວງການເງິນ"] == suggestions["ກະຊວງການເງິນ"].offices[0].id
        assert linked["ພະແນກສຶກສາທິການ ແລະ ກິລາ"] is None  # left for the clerk
        assert [x.org_name for x in suggest_links(s)] == ["ພະແນກສຶກສາທິການ ແລະ ກິລາ"]
    assert link_sure_entries(store, clerk) == 0  # nothing twice


def test_the_directory_command_shows_what_this_pc_holds(tmp_path: Path, server: ServerDatabase, capsys):
    from eoffice_desktop.cli import main
    from eoffice_desktop.core.office import open_store, setup_office

    pc = open_store(tmp_path / "pc")
    setup_office(pc, "ທດ", "ຫ້ອງການທົດລອງ", "Test office", "admin", "Admin", "password-1")
    take(pc, sent(server, 0))
    pc.close()
    assert main(["directory", "search", "ວັດແສນ", "--data-dir", str(tmp_path / "pc")]) == 0
    shown = capsys.readouterr().out
    assert "ມ.ຫລພ.ວສ\tບ້ານວັດແສນ, ເມືອງຫຼວງພະບາງ, ແຂວງຫຼວງພະບາງ\tVat Sene Village\tpaper" in shown
    assert "1 offices; directory version" in shown
    assert main(["directory", "holidays", "--data-dir", str(tmp_path / "pc")]) == 0
    assert "2026-12-02\tວັນຊາດ" in capsys.readouterr().out
