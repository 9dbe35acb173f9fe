"""An office that knows nothing of the office a letter came from (no directory, no address-book entry, no list of the
server's offices) names the sender as the letter names it: the sending office's own Lao name travels with a letter
sent to other offices through the real server, and registering it makes an address-book entry of that name, which
the clerk can rename; a letter from an older version, which does not carry it, is named by its number's office."""

from __future__ import annotations

import contextlib
import json
from datetime import date
from pathlib import Path

from sqlalchemy import select

from eoffice_desktop.core.addresses.addressbook import update_organisation
from eoffice_desktop.core.journey.arrivals import DIRECTORY_KEY, arrived_letters, office_names, register_arrival
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.storage.credential import load_token
from eoffice_desktop.core.storage.ids import uuid7
from eoffice_desktop.core.storage.models import Event, Letter, Organisation
from eoffice_desktop.core.storage.settings import get_setting
from sync.client.engine import SyncEngine, SyncPolicy
from sync.client.http import HttpTransport
from sync.client.session import sync_once
from sync.protocol.events import EventType
from tests.sync.linkproxy import Fault, LinkProxy
from tests.sync.offices import LetterToTwo, letter_to_two


def _entry(store, office_id: str) -> Organisation:  # type: ignore[no-untyped-def]
    with store.db.session() as s:
        found = s.scalars(select(Organisation).where(Organisation.office_id == office_id)).one()
        s.expunge(found)
        return found


def _letters_without_the_directory(central, store) -> None:  # type: ignore[no-untyped-def]
    """A sync whose link breaks once the letters are in, as the directory of offices is asked for: this PC never
    got the directory (nor the server's list of offices, which the window asks for only from older servers)."""
    proxy = LinkProxy(int(central.url.rsplit(":", 1)[1]))
    proxy.arm(Fault(request=b"GET /v1/directory"))
    with store.db.session() as s:
        token = str(load_token(store.data_dir, s))
    try:
        with contextlib.suppress(Exception):  # (the sync stops where the link broke)
            SyncEngine(store, HttpTransport(proxy.url, token), SyncPolicy(big_transfers=True)).run(("push", "pull"))
    finally:
        proxy.close()
    assert proxy.cuts == 1


def _unknown_here(sent: LetterToTwo) -> None:
    """The receiving office knows nothing of the sender but what its letters bring."""
    with sent.b.db.session() as s:
        assert sent.a.office_id not in office_names(s)
        assert json.loads(get_setting(s, DIRECTORY_KEY, "[]")) == []


def test_a_letter_from_an_office_unknown_here_is_registered_under_the_name_it_gives(central, tmp_path: Path):
    sent = letter_to_two(central, tmp_path)
    a, b, b_actor = sent.a, sent.b, sent.b_actor
    with a.db.session() as s:
        registered = s.scalars(select(Event).where(Event.letter_id == sent.letter_id)).one()
        assert json.loads(registered.payload)["office_name"] == "ຫ້ອງການສົ່ງ"
    assert sync_once(a).refused == 0
    _letters_without_the_directory(central, b)
    _unknown_here(sent)
    with b.db.session() as s:
        assert [(row.id, row.sender) for row in arrived_letters(s, b.office_id)] == [(sent.letter_id, "ຫ້ອງການສົ່ງ")]

    incoming = register_arrival(b, b_actor, sent.letter_id).letter_id
    entry = _entry(b, a.office_id)
    assert entry.name_lo == "ຫ້ອງການສົ່ງ"
    with b.db.session() as s:
        assert s.get(Letter, incoming).sender_name == "ຫ້ອງການສົ່ງ"  # type: ignore[union-attr]

    # the clerk gives the entry the office's full name; the next letter from there is registered under it
    with b.db.write() as s:
        update_organisation(s, b.log, b_actor, entry.id, name_lo="ຫ້ອງການສົ່ງ ແຂວງຈຳປາສັກ")
    form = LetterForm(direction="out", register_date=date.today(), recipients=_recipients(sent), subject="ເລື່ອງທີສອງ")
    second = register_letter(a, sent.a_actor, form).letter_id
    sync_once(a)
    _letters_without_the_directory(central, b)
    with b.db.session() as s:
        assert [(row.id, row.sender) for row in arrived_letters(s, b.office_id)] == [(second, "ຫ້ອງການສົ່ງ ແຂວງຈຳປາສັກ")]
    again = register_arrival(b, b_actor, second).letter_id
    with b.db.session() as s:
        letter = s.get(Letter, again)
        assert letter is not None and (letter.sender_org_id, letter.sender_name) == (entry.id, "ຫ້ອງການສົ່ງ ແຂວງຈຳປາສັກ")
        assert len(s.scalars(select(Organisation).where(Organisation.office_id == a.office_id)).all()) == 1
    for store in (a, b, sent.c):
        store.close()


def test_a_letter_from_an_older_version_is_named_by_the_office_in_its_number(central, tmp_path: Path):
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
    _letters_without_the_directory(central, b)
    _unknown_here(sent)
    with b.db.session() as s:
        senders = {row.id: row.sender for row in arrived_letters(s, b.office_id)}
    assert senders == {sent.letter_id: "ຫ້ອງການສົ່ງ", older: "ສົ່ງ"}

    register_arrival(b, sent.b_actor, older)
    assert _entry(b, a.office_id).name_lo == "ສົ່ງ"  # the office's abbreviation, as the letter's number shows it
    for store in (a, b, sent.c):
        store.close()


def _recipients(sent: LetterToTwo) -> list[str]:
    with sent.a.db.session() as s:
        return [org.id for org in s.scalars(select(Organisation).where(Organisation.office_id == sent.b.office_id))]
