"""A letter returned through the real server and sent again to the right office: the receiving office returns it with
a reason, the sending office's list of letters to follow up has it with that reason, the clerk sends it to a fourth
office, which receives it with its scan, and the returned letter leaves the list; both letters name each other."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation
from eoffice_desktop.core.journey.arrivals import arrived_letters
from eoffice_desktop.core.journey.links import sends_again, sent_again_as
from eoffice_desktop.core.journey.resending import send_again
from eoffice_desktop.core.journey.returns import return_to_sender
from eoffice_desktop.core.journey.watch import RETURNED, watch_list
from eoffice_desktop.core.registry.register import add_attachments
from eoffice_desktop.core.storage.models import Attachment
from sync.client.session import sync_once
from tests.sync.offices import enrolled_office, letter_to_two

REASON = "ສົ່ງຜິດຫ້ອງການ: ເລື່ອງນີ້ແມ່ນຂອງກະຊວງສຶກສາ"


def test_a_returned_letter_sent_again_reaches_the_right_office_and_leaves_the_list(central, tmp_path: Path):
    sent = letter_to_two(central, tmp_path)
    a, a_actor, b, c, letter = sent.a, sent.a_actor, sent.b, sent.c, sent.letter_id
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 the letter as signed")
    add_attachments(a, a_actor, letter, [scan])
    d, _ = enrolled_office(central, tmp_path, "ສສ", "ກະຊວງສຶກສາ")
    for store in (a, b, c, d):
        sync_once(store)

    return_to_sender(b, sent.b_actor, letter, REASON)
    sync_once(b)
    sync_once(a)
    with a.db.session() as s:
        rows = watch_list(s, a.office_id)
    assert [(row.letter_id, row.kind, row.office_name, row.reason) for row in rows] == [
        (letter, RETURNED, "ຫ້ອງການຮັບ", REASON)
    ]

    with a.db.write() as s:
        to_d = add_organisation(s, a.log, a_actor, EntryFields("ກະຊວງສຶກສາ", office_id=d.office_id)).id
    again = send_again(a, a_actor, letter, [to_d]).letter_id
    assert sync_once(a).refused == 0
    for store in (d, b, c):
        sync_once(store)
    with d.db.session() as s:
        arrived = arrived_letters(s, d.office_id)
        assert [(row.id, row.subject) for row in arrived] == [(again, "ແຈ້ງການປະຊຸມ")]
        files = s.scalars(select(Attachment).where(Attachment.letter_id == again)).all()
        assert [(f.filename, d.blobs.read(f.blob_hash)) for f in files] == [
            ("scan.pdf", b"%PDF-1.4 the letter as signed")
        ]
    for store in (b, c):  # the offices it was not sent to again never get the new letter
        with store.db.session() as s:
            assert again not in [row.id for row in arrived_letters(s, store.office_id)]
    with a.db.session() as s:
        assert watch_list(s, a.office_id) == []
        assert [row.id for row in sent_again_as(s, letter)] == [again]
        back = sends_again(s, again)
        assert back is not None and back.id == letter
    for store in (a, b, c, d):
        store.close()
