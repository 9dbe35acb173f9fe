"""An office cannot make another office's PC show it under a name the server does not hold for it. A letter names
its sender (`office_name`, the name the office gave itself when setting its PC up); a receiving PC that does not
know the sender (no directory, no address-book entry) names it as the server does, which the server sends beside
the letters it hands out (a pull's `senders`, a return bundle's sealed manifest), never inside them. Through the real
server over HTTP and by USB, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sqlalchemy import select

from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation
from eoffice_desktop.core.journey.arrivals import arrived_letters, register_arrival
from eoffice_desktop.core.journey.sender_names import server_names
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.service.letter_pane import letter_pane
from eoffice_desktop.core.storage.models import Event, Letter
from sync.client.bundles import export_bundle, import_bundle
from sync.client.session import sync_once
from sync.server.blobstore import ServerBlobStore
from sync.server.bundles import read_in
from sync.server.directory import rename
from tests.sync.offices import enrolled_office
from tests.sync.unknown_sender import entry_for, letters_without_the_directory, unknown_here

FALSE_NAME = "ກະຊວງການເງິນ"  # the Ministry of Finance


def _letter(sender: OfficeStore, actor, to: OfficeStore, subject: str) -> str:  # type: ignore[no-untyped-def]
    with sender.db.write() as s:
        entry = add_organisation(s, sender.log, actor, EntryFields("ຫ້ອງການຮັບ", office_id=to.office_id)).id
    form = LetterForm(direction="out", register_date=date.today(), recipients=[entry], subject=subject)
    return register_letter(sender, actor, form).letter_id


def _stated(store: OfficeStore, letter_id: str) -> str:
    with store.db.session() as s:
        registered = s.scalars(select(Event).where(Event.letter_id == letter_id)).one()
        return str(json.loads(registered.payload).get("office_name"))


def _shown(store: OfficeStore, letter_id: str) -> tuple[str, str]:
    """How the receiving PC names the sender: on its Arrived list and in the letter pane."""
    with store.db.session() as s:
        listed = {row.id: row.sender for row in arrived_letters(s, store.office_id)}[letter_id]
    pane = letter_pane(store, letter_id, None)
    assert pane is not None
    return listed, pane.sent_by


def test_an_office_that_calls_itself_a_ministry_is_shown_by_its_server_name(central, tmp_path: Path):
    # The office's administrator set its PC up as the Ministry of Finance; the server knows it as what it is.
    a, a_actor = enrolled_office(central, tmp_path, "ສົ່ງ", "ຫ້ອງການສົ່ງ", calls_itself=FALSE_NAME)
    b, b_actor = enrolled_office(central, tmp_path, "ຮັບ", "ຫ້ອງການຮັບ")
    letter_id = _letter(a, a_actor, b, "ແຈ້ງການດ່ວນ")
    assert _stated(a, letter_id) == FALSE_NAME
    assert sync_once(a).refused == 0  # nothing refused: the letter travels, the server just does not repeat the name
    letters_without_the_directory(central, b)
    unknown_here(b, a.office_id)

    assert _shown(b, letter_id) == ("ຫ້ອງການສົ່ງ", "ຫ້ອງການສົ່ງ")
    incoming = register_arrival(b, b_actor, letter_id).letter_id
    assert entry_for(b, a.office_id).name_lo == "ຫ້ອງການສົ່ງ"
    with b.db.session() as s:
        registered = s.get(Letter, incoming)
        assert registered is not None and registered.sender_name == "ຫ້ອງການສົ່ງ"
        assert server_names(s) == {a.office_id: "ຫ້ອງການສົ່ງ"}  # (b's own name is its own)
    a.close()
    b.close()


def test_an_office_renamed_on_the_server_is_shown_by_its_new_name(central, tmp_path: Path):
    a, a_actor = enrolled_office(central, tmp_path, "ສົ່ງ", "ຫ້ອງການສົ່ງ")
    b, b_actor = enrolled_office(central, tmp_path, "ຮັບ", "ຫ້ອງການຮັບ")
    first = _letter(a, a_actor, b, "ເລື່ອງທີໜຶ່ງ")
    sync_once(a)
    letters_without_the_directory(central, b)
    assert _shown(b, first) == ("ຫ້ອງການສົ່ງ", "ຫ້ອງການສົ່ງ")

    # A letter waits in the office's outbox, written under its old name, while IT staff rename it on the server.
    second = _letter(a, a_actor, b, "ເລື່ອງທີສອງ")
    with central.database.write() as s:
        rename(s, "ສົ່ງ", name_lo="ພະແນກການສຶກສາ ແຂວງຈຳປາສັກ")
    assert _stated(a, second) == "ຫ້ອງການສົ່ງ"
    assert sync_once(a).refused == 0  # the queued letter is not stuck
    letters_without_the_directory(central, b)
    unknown_here(b, a.office_id)
    assert _shown(b, second) == ("ພະແນກການສຶກສາ ແຂວງຈຳປາສັກ", "ພະແນກການສຶກສາ ແຂວງຈຳປາສັກ")
    assert _shown(b, first)[0] == "ພະແນກການສຶກສາ ແຂວງຈຳປາສັກ"  # one office, one name
    register_arrival(b, b_actor, second)
    assert entry_for(b, a.office_id).name_lo == "ພະແນກການສຶກສາ ແຂວງຈຳປາສັກ"
    a.close()
    b.close()


def test_a_return_bundle_names_the_senders_as_the_server_does(central, tmp_path: Path):
    """An office that gets its letters by USB: the server's names come in the return bundle's sealed manifest."""
    a, a_actor = enrolled_office(central, tmp_path, "ສົ່ງ", "ຫ້ອງການສົ່ງ", calls_itself=FALSE_NAME)
    b, _ = enrolled_office(central, tmp_path, "ຮັບ", "ຫ້ອງການຮັບ")
    letter_id = _letter(a, a_actor, b, "ແຈ້ງການດ່ວນ")
    sync_once(a)
    stick = export_bundle(b, tmp_path / "to-server.eob")
    outcome = read_in(central.database, ServerBlobStore(central.blob_dir), stick.path, tmp_path / "return.eob")
    assert outcome.answer is not None and outcome.returned_events > 0
    import_bundle(b, outcome.answer)
    with b.db.session() as s:
        assert server_names(s) == {a.office_id: "ຫ້ອງການສົ່ງ"}
    assert _shown(b, letter_id) == ("ຫ້ອງການສົ່ງ", "ຫ້ອງການສົ່ງ")
    a.close()
    b.close()
