"""An office that knows nothing of the office a letter came from (no directory, no address-book entry, no list of the
server's offices) names the sender as the server names it beside the letter, and registering it makes an
address-book entry of that name, which the clerk can rename. A PC that got the letter from a server of an earlier
version (which names no sender) names it as the letter does: the sending office's own Lao name travels with a letter
sent to other offices; a letter from an older version, which does not carry it, is named by its number's office.
(An office naming itself falsely: tests/sync/test_sender_named_by_server.py.)"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sqlalchemy import delete, select

from eoffice_desktop.core.addresses.addressbook import update_organisation
from eoffice_desktop.core.journey.arrivals import arrived_letters, register_arrival
from eoffice_desktop.core.journey.sender_names import SERVER_NAMES_KEY
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.storage.ids import uuid7
from eoffice_desktop.core.storage.models import Event, Letter, Organisation, Setting
from sync.client.session import sync_once
from sync.protocol.events import EventType
from tests.sync.offices import LetterToTwo, letter_to_two
from tests.sync.unknown_sender import entry_for, letters_without_the_directory, unknown_here


def test_a_letter_from_an_office_unknown_here_is_registered_under_the_name_it_gives(central, tmp_path: Path):
    sent = letter_to_two(central, tmp_path)
    a, b, b_actor = sent.a, sent.b, sent.b_actor
    with a.db.session() as s:
        registered = s.scalars(select(Event).where(Event.letter_id == sent.letter_id)).one()
        assert json.loads(registered.payload)["office_name"] == "ຫ້ອງການສົ່ງ"
    assert sync_once(a).refused == 0
    letters_without_the_directory(central, b)
    unknown_here(b, a.office_id)
    with b.db.session() as s:
        assert [(row.id, row.sender) for row in arrived_letters(s, b.office_id)] == [(sent.letter_id, "ຫ້ອງການສົ່ງ")]

    incoming = register_arrival(b, b_actor, sent.letter_id).letter_id
    entry = entry_for(b, a.office_id)
    assert entry.name_lo == "ຫ້ອງການສົ່ງ"
    with b.db.session() as s:
        assert s.get(Letter, incoming).sender_name == "ຫ້ອງການສົ່ງ"  # type: ignore[union-attr]

    # the clerk gives the entry the office's full name; the next letter from there is registered under it
    with b.db.write() as s:
        update_organisation(s, b.log, b_actor, entry.id, name_lo="ຫ້ອງການສົ່ງ ແຂວງຈຳປາສັກ")
    form = LetterForm(direction="out", register_date=date.today(), recipients=_recipients(sent), subject="ເລື່ອງທີສອງ")
    second = register_letter(a, sent.a_actor, form).letter_id
    sync_once(a)
    letters_without_the_directory(central, b)
    with b.db.session() as s:
        assert [(row.id, row.sender) for row in arrived_letters(s, b.office_id)] == [(second, "ຫ້ອງການສົ່ງ ແຂວງຈຳປາສັກ")]
    again = register_arrival(b, b_actor, second).letter_id
    with b.db.session() as s:
        letter = s.get(Letter, again)
        assert letter is not None and (letter.sender_org_id, letter.sender_name) == (entry.id, "ຫ້ອງການສົ່ງ ແຂວງຈຳປາສັກ")
        assert len(s.scalars(select(Organisation).where(Organisation.office_id == a.office_id)).all()) == 1
    for store in (a, b, sent.c):
        store.close()


def test_a_letter_without_its_senders_name_is_named_by_the_server_else_by_its_numbers_office(central, tmp_path: Path):
    """Versions before the sender's name travelled wrote the same letter without `office_name`."""
    sent = letter_to_two(central, tmp_path)
    a, b = sent.a, sent.b
    with a.db.write() as s:
        payload = json.loads(s.scalars(select(Event.payload).where(Event.letter_id == sent.letter_id)).one())
        del payload["office_name"]
        payload.update(registry_number="0777/ສົ່ງ", registry_seq=777, subject="ໜັງສືສະບັບເກົ່າ")
        older = uuid7()
        a.log.append(s, sent.a_actor, EventType.LETTER_REGISTERED, payload, letter_id=older)
    assert sync_once(a).refused == 0
    letters_without_the_directory(central, b)
    unknown_here(b, a.office_id)
    with b.db.session() as s:
        senders = {row.id: row.sender for row in arrived_letters(s, b.office_id)}
    assert senders == {sent.letter_id: "ຫ້ອງການສົ່ງ", older: "ຫ້ອງການສົ່ງ"}  # as the server names the office

    with b.db.write() as s:  # as a PC that pulled them from a server of an earlier version holds them
        s.execute(delete(Setting).where(Setting.key == SERVER_NAMES_KEY))
    with b.db.session() as s:
        senders = {row.id: row.sender for row in arrived_letters(s, b.office_id)}
    assert senders == {sent.letter_id: "ຫ້ອງການສົ່ງ", older: "ສົ່ງ"}
    register_arrival(b, sent.b_actor, older)
    assert entry_for(b, a.office_id).name_lo == "ສົ່ງ"  # the office's abbreviation, as the letter's number shows it
    for store in (a, b, sent.c):
        store.close()


def _recipients(sent: LetterToTwo) -> list[str]:
    with sent.a.db.session() as s:
        return [org.id for org in s.scalars(select(Organisation).where(Organisation.office_id == sent.b.office_id))]
