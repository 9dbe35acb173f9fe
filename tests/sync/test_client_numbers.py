"""Registry numbers on enrolled desktops against the real server over HTTP: two PCs of one office register letters
alternately, with syncs in between and offline, and never share a number; a PC out of blocks offline gives
provisional numbers that become final at its next sync (an event in the history, the same on every PC, findable
under both numbers); a PC enrolled by an older version switches at its next sync; a lone PC numbers as before."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from eoffice_desktop.core import projections
from eoffice_desktop.core.office import open_store, setup_office
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.replication import mark_acknowledged, outbox
from eoffice_desktop.core.routing.timeline import timeline
from eoffice_desktop.core.search.query import SearchQuery, search_letters
from eoffice_desktop.core.storage.credential import save_token
from eoffice_desktop.core.storage.models import Event, Letter, NumberBlock
from eoffice_desktop.core.storage.settings import get_setting, set_setting
from sync.client.errors import Offline
from sync.client.http import HttpTransport
from sync.client.numbers import BLOCK_SIZE, NOT_CONFIRMED, keep_numbers
from sync.client.status import local_status
from sync.server.models import LetterAccess, ServerOffice
from tests.sync.conftest import RunningServer, _free_port
from tests.sync.offices import Desk, another_pc, server_office

YEAR = date.today().year


def _register(desk: Desk, subject: str, direction: str = "in", today: date | None = None) -> str:
    form = LetterForm(direction=direction, register_date=today or date.today(), subject=subject)
    if direction == "in":
        form.sender_name = "ກະຊວງ ກສ"
    else:
        form.recipients = [_recipient(desk)]
    return register_letter(desk.store, desk.actor, form, today=today).registry_number


def _recipient(desk: Desk) -> str:
    from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation
    from eoffice_desktop.core.storage.models import Organisation

    with desk.store.db.write() as s:
        org = s.scalars(select(Organisation).where(Organisation.name_lo == "ແຂວງ ວຽງຈັນ")).first()
        if org is None:
            org = add_organisation(s, desk.store.log, desk.actor, EntryFields("ແຂວງ ວຽງຈັນ"))
        return org.id


def _register_view(desk: Desk) -> dict[str, tuple[Any, ...]]:
    with desk.store.db.session() as s:
        return {
            letter.id: (
                letter.direction,
                letter.registry_year,
                letter.registry_number,
                letter.registry_seq,
                letter.series_key,
                letter.provisional,
                letter.status,
                letter.subject,
            )
            for letter in s.scalars(select(Letter))
        }


def _lone_pc(tmp: Path, name: str, code: str) -> Desk:
    store = open_store(tmp / name)
    actor = setup_office(store, code, f"ຫ້ອງການ {code}", f"Office {code}", "admin", "Admin", "password-1")
    return Desk(name, tmp / name, store, actor)


def _enrol_as_older_version(desk: Desk, url: str, code: str) -> None:
    """What enrolment stored before number blocks came from the server: credentials only, the local block kept."""
    data = HttpTransport(url).enrol(code, desk.name, "0.9", desk.store.office_id, desk.store.device_id)
    with desk.store.db.write() as s:
        set_setting(s, "sync.server_url", url)
        save_token(desk.store.data_dir, s, data["token"])
        set_setting(s, "sync.office_code", data["office_code"])


def _assert_distinct(view: dict[str, tuple[Any, ...]]) -> None:
    numbers = [(v[0], v[1], v[2]) for v in view.values()]
    assert len(numbers) == len(set(numbers)), sorted(numbers)
    assert not [v for v in view.values() if v[5]], "a provisional number was left unconfirmed"


def test_two_pcs_of_one_office_never_give_the_same_number(central: RunningServer, tmp_path: Path) -> None:
    codes = server_office(central.database, "ນຄ", "ນະຄອນ", pcs=2)
    first = _lone_pc(tmp_path, "first", "ນຄ")
    lone = [_register(first, f"ກ່ອນລົງທະບຽນ {i}") for i in range(3)]  # a lone PC: 0001..0003 from its own series
    assert lone == ["0001/ນຄ", "0002/ນຄ", "0003/ນຄ"]
    _enrol_as_older_version(first, central.url, codes[0])
    assert _register(first, "ເຄື່ອງເກົ່າ") == "0004/ນຄ"  # the older version still numbers from the whole series
    second = another_pc(tmp_path, "second", first, central.url, codes[1])  # enrolled by this version
    with second.store.db.session() as s:
        assert get_setting(s, "numbering.server_blocks") == "yes"
        held = list(s.scalars(select(NumberBlock).where(NumberBlock.series_key == f"in:{YEAR}")))
    assert [(b.first, b.source) for b in held] == [(5, "server")]  # after the highest number it knew of
    first.sync(central.url)  # switches: its whole-series block ends at 4, the server continues after the second's
    with first.store.db.session() as s:
        blocks = {(b.first, b.last, b.source) for b in s.scalars(select(NumberBlock))}
    assert (1, 4, "local") in blocks and (5 + BLOCK_SIZE, 4 + 2 * BLOCK_SIZE, "server") in blocks

    for round_ in range(3):  # alternately, with syncs in between (and a round where neither syncs)
        for desk in (first, second):
            _register(desk, f"{desk.name} ຮອບ {round_}")
            _register(desk, f"{desk.name} ອອກ {round_}", direction="out")
        if round_ != 1:
            first.sync(central.url)
            second.sync(central.url)
    dead = f"http://127.0.0.1:{_free_port()}"
    with pytest.raises(Offline):
        second.sync(dead)  # the link is down: registering goes on all the same
    given = [_register(second, f"ບໍ່ມີເນັດ {i}") for i in range(BLOCK_SIZE)]  # more than its block holds
    provisional = [n for n in given if n.startswith("P-")]
    assert provisional and len(set(given)) == len(given)
    _register(first, "ຫ້ອງການ ອອນລາຍ")

    for desk in (first, second, first, second):
        desk.sync(central.url)
    views = [_register_view(desk) for desk in (first, second)]
    assert views[0] == views[1]
    _assert_distinct(views[0])
    assert len(views[0]) == 4 + 2 * 6 + BLOCK_SIZE + 1
    assert not [v for v in views[0].values() if v[2].startswith("P-")]
    for desk in (first, second):
        desk.store.close()
        assert desk.check() == [], desk.name


def test_out_of_blocks_offline_gives_provisional_numbers_made_final_at_the_next_sync(
    central: RunningServer, tmp_path: Path
) -> None:
    codes = server_office(central.database, "ສນ", "ສະໜາມ", pcs=2)
    first = _lone_pc(tmp_path, "first", "ສນ")
    from sync.client.session import enrol_pc

    enrol_pc(first.store, central.url, codes[0], "first")
    second = another_pc(tmp_path, "second", first, central.url, codes[1])
    with first.store.db.write() as s:  # its block is used up (another clerk's busy week)
        for block in s.scalars(select(NumberBlock)):
            block.next = block.last + 1
    number = _register(first, "ໜັງສືດ່ວນ ບໍ່ມີເນັດ")
    assert number.startswith("P-") and number.endswith("IN0001")
    with first.store.db.session() as s:
        letter = s.scalars(select(Letter).where(Letter.registry_number == number)).one()
        letter_id = letter.id
        assert letter.provisional and letter.registry_seq is None

    # The server lost the letter (restored from an older backup): the confirmation is refused, shown with its reason.
    transport = HttpTransport(central.url, first.token)
    with first.store.db.write() as s:  # sent (a sync cut right after its push)
        mark_acknowledged(s, transport.push(outbox(s, first.store.device_id)).stored)
    with central.database.write() as s:
        office_id = s.scalars(select(ServerOffice.id).where(ServerOffice.code == "ສນ")).one()
        access = s.get(LetterAccess, (letter_id, office_id))
        assert access is not None
        saved = (access.letter_id, access.office_id, access.owner)
        s.delete(access)
    report = first.sync(central.url)
    assert any(number in refusal for refusal in report.refusals)
    problems = [r for r in local_status(first.store).refusals if r.code == NOT_CONFIRMED]
    assert len(problems) == 1 and number in problems[0].message and "ເຊີບເວີ" in problems[0].message
    first.sync(central.url)  # asked again, still refused: still one problem shown, not one per sync
    assert len([r for r in local_status(first.store).refusals if r.code == NOT_CONFIRMED]) == 1
    with central.database.write() as s:
        s.add(LetterAccess(letter_id=saved[0], office_id=saved[1], owner=saved[2]))

    first.sync(central.url)
    assert [r for r in local_status(first.store).refusals if r.code == NOT_CONFIRMED] == []
    second.sync(central.url)
    with first.store.db.session() as s:
        final = s.get(Letter, letter_id)
        assert final is not None and not final.provisional and final.registry_seq is not None
        final_number = final.registry_number
        assert final_number == f"{final.registry_seq:04d}/ສນ"
        history = timeline(s, letter_id)
    assert [e.kind for e in history][-1] == "number_confirmed"
    assert history[-1].text == f"{number} → {final_number}"
    for desk in (first, second):
        with desk.store.db.session() as s:
            for text in (final_number, number):  # the final number, and the provisional one as an alias
                found = search_letters(s, SearchQuery(text=text))
                assert [row.id for row in found] == [letter_id], (desk.name, text)
            events = s.scalars(select(Event.type).where(Event.letter_id == letter_id)).all()
            assert sorted(events) == ["letter.number_confirmed", "letter.registered"]
    before = _register_view(first)
    assert before == _register_view(second)
    with second.store.db.session() as s, s.begin():  # the register rebuilt from the log is the same
        projections.rebuild(s)
    assert _register_view(second) == before
    # The block was refilled in the same sync: the next letter has a final number at once.
    assert not _register(first, "ຫຼັງຊິງຄ໌").startswith("P-")
    for desk in (first, second):
        desk.store.close()
        assert desk.check() == [], desk.name


def test_new_year_and_department_template_get_their_own_series(central: RunningServer, tmp_path: Path) -> None:
    codes = server_office(central.database, "ປກ", "ປາກເຊ", pcs=1)
    desk = _lone_pc(tmp_path, "pc", "ປກ")
    with desk.store.db.write() as s:
        set_setting(s, "numbering.template", "{seq:04d}/{abbr}.{dept}")
    from sync.client.session import enrol_pc

    enrol_pc(desk.store, central.url, codes[0], "pc")
    assert _register(desk, "ປີນີ້") == "0001/ປກ."
    next_year = date(YEAR + 1, 1, 2)
    assert _register(desk, "ປີໃໝ່ ກ່ອນຊິງຄ໌", today=next_year).startswith("P-")  # no block for next year yet
    transport = HttpTransport(central.url, desk.token)
    desk.sync(central.url)
    keep_numbers(desk.store, transport, today=next_year)  # the first sync of the new year
    with desk.store.db.session() as s:
        keys = set(s.scalars(select(NumberBlock.series_key).where(NumberBlock.source == "server")))
    assert {f"in:{YEAR}:", f"out:{YEAR}:", f"in:{YEAR + 1}:", f"out:{YEAR + 1}:"} <= keys
    with desk.store.db.session() as s:
        confirmed = s.scalars(select(Letter).where(Letter.subject == "ປີໃໝ່ ກ່ອນຊິງຄ໌")).one()
        assert not confirmed.provisional and confirmed.registry_year == YEAR + 1
    assert _register(desk, "ປີໃໝ່", today=next_year) == f"{confirmed.registry_seq + 1:04d}/ປກ."  # type: ignore[operator]
    desk.store.close()
    assert desk.check() == []


def test_a_lone_pc_keeps_numbering_its_whole_series(tmp_path: Path) -> None:
    desk = _lone_pc(tmp_path, "lone", "ລດ")
    numbers = [_register(desk, f"ໜັງສື {i}") for i in range(3)] + [_register(desk, "ອອກ", direction="out")]
    assert numbers == ["0001/ລດ", "0002/ລດ", "0003/ລດ", "0001/ລດ"]
    with desk.store.db.session() as s:
        assert get_setting(s, "numbering.server_blocks") == ""
        assert {b.source for b in s.scalars(select(NumberBlock))} == {"local"}
    desk.store.close()
    assert desk.check() == []


def _number_taken_then_forged(central: RunningServer, tmp_path: Path) -> tuple[Desk, Letter, int]:
    """An enrolled PC whose first letter got its final number from the server; then a second, provisionally
    numbered letter is made final here, without asking the server, with the first letter's number (an old, broken
    or tampered PC). Returns the PC, the first letter and its number."""
    from eoffice_desktop.core.registry.register import confirm_number
    from sync.client.session import enrol_pc

    (code,) = server_office(central.database, "ກສ", "ກະສິກຳ")
    desk = _lone_pc(tmp_path, "pc", "ກສ")
    enrol_pc(desk.store, central.url, code, "pc")

    def use_up_blocks() -> None:
        with desk.store.db.write() as s:
            for block in s.scalars(select(NumberBlock)):
                block.next = block.last + 1

    use_up_blocks()
    first = _register(desk, "ໜັງສືທຳອິດ")
    desk.sync(central.url)
    with desk.store.db.session() as s:
        confirmed = s.scalars(select(Letter).where(Letter.subject == "ໜັງສືທຳອິດ")).one()
        assert not confirmed.provisional and confirmed.registry_number != first
        taken_seq = confirmed.registry_seq
    assert taken_seq is not None
    use_up_blocks()
    second = _register(desk, "ໜັງສືທີສອງ")
    assert second.startswith("P-")
    with desk.store.db.write() as s:
        letter = s.scalars(select(Letter).where(Letter.subject == "ໜັງສືທີສອງ")).one()
        confirm_number(desk.store, s, letter.id, taken_seq)
    return desk, confirmed, taken_seq


def test_a_final_number_the_server_did_not_give_is_refused(central: RunningServer, tmp_path: Path) -> None:
    """The server refuses the forged final number with a clear reason, and the number stays with the first letter."""
    desk, confirmed, taken_seq = _number_taken_then_forged(central, tmp_path)
    report = desk.sync(central.url)
    assert report.refused == 1
    refusals = [r for r in local_status(desk.store).refusals if r.code == "number"]
    assert len(refusals) == 1 and "registry number" in refusals[0].message
    from sync.server.models import ConfirmedNumber, StoredEvent

    with central.database.read() as s:
        kept = s.scalars(
            select(StoredEvent.letter_id).where(
                StoredEvent.type == "letter.number_confirmed", StoredEvent.refused.is_(None)
            )
        ).all()
        assert kept == [confirmed.id]  # the forged change was not taken
        owners = s.scalars(select(ConfirmedNumber.letter_id).where(ConfirmedNumber.seq == taken_seq)).all()
        assert owners == [confirmed.id]
    # The PC's later changes are not stuck behind the refused one: they follow it in the PC's chain and flow on.
    _register(desk, "ໜັງສືຫຼັງຈາກນັ້ນ")
    later = desk.sync(central.url)
    assert later.pushed == 1 and later.refused == 0
    with central.database.read() as s:
        row = s.scalars(
            select(StoredEvent)
            .where(StoredEvent.device_id == desk.store.device_id)
            .order_by(StoredEvent.dev_seq.desc())
        ).first()
        assert row is not None and row.type == "letter.registered" and not row.held and row.refused is None
        refused_link = s.scalars(select(StoredEvent).where(StoredEvent.refused == "number")).one()
        assert refused_link.dev_seq == row.dev_seq - 1  # kept as a link only
    # Sent again (e.g. after the server was restored), the refused change gets the same answer, not "stored".
    from eoffice_desktop.core.eventlog.events import envelope_of

    with desk.store.db.session() as s:
        forged = s.scalars(select(Event).where(Event.type == "letter.number_confirmed", Event.refused.is_not(None)))
        envelope = envelope_of(forged.one())
    answer = HttpTransport(central.url, desk.token).push([envelope])
    assert answer.stored == [] and answer.rejected[envelope.id][0] == "number"
    desk.store.close()


def test_a_change_held_out_of_order_and_refused_later_is_reported_to_its_pc(
    central: RunningServer, tmp_path: Path
) -> None:
    """The forged final number arrives before the registration it follows (held: its place is not known yet). When
    the registration arrives, the held change is checked, refused, and the PC is told in the same answer; the PC's
    next changes flow."""
    from eoffice_desktop.core.replication import outbox

    desk, _confirmed, _seq = _number_taken_then_forged(central, tmp_path)
    transport = HttpTransport(central.url, desk.token)
    with desk.store.db.session() as s:
        registration, forged = outbox(s, desk.store.device_id)
    assert (registration.type, forged.type) == ("letter.registered", "letter.number_confirmed")
    early = transport.push([forged])
    assert early.stored == [forged.id] and not early.rejected  # held
    answer = transport.push([registration])
    assert answer.stored == [registration.id]
    assert answer.rejected[forged.id][0] == "number"
    with desk.store.db.write() as s:  # what the sync does with such an answer
        mark_acknowledged(s, answer.stored)
        from eoffice_desktop.core.replication import refuse_event

        refuse_event(s, forged.id, *answer.rejected[forged.id])
    assert [r.code for r in local_status(desk.store).refusals] == ["number"]
    _register(desk, "ໜັງສືຕໍ່ມາ")
    later = desk.sync(central.url)  # its registration, and the confirmation of its provisional number
    assert later.pushed >= 1 and later.refused == 0
    from sync.server.models import StoredEvent

    with central.database.read() as s:
        newest = s.scalars(
            select(StoredEvent)
            .where(StoredEvent.device_id == desk.store.device_id)
            .order_by(StoredEvent.dev_seq.desc())
        ).first()
        assert newest is not None and not newest.held and newest.refused is None
    desk.store.close()
