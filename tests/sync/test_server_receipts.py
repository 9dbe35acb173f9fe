"""Letters between offices through the real server: the receiving office's receipt reaches the sending office only,
and no office can write into (or void) another office's letter, not even one it received."""

from __future__ import annotations

from pathlib import Path

from eoffice_desktop.core.journey.receipts import receipts_for, send_receipt
from eoffice_desktop.core.storage.models import Event, Letter
from sync.client.session import sync_once
from tests.sync.offices import enrolled_office, letter_to_two


def test_the_sender_sees_that_its_letter_was_registered_and_nobody_else_does(central, tmp_path: Path):
    sent = letter_to_two(central, tmp_path)
    a, b, b_actor, c = sent.a, sent.b, sent.b_actor, sent.c
    letter = sent  # (its `letter_id`)
    sync_once(a)
    sync_once(b)
    sync_once(c)
    with b.db.session() as s:
        assert s.get(Letter, letter.letter_id) is not None
    send_receipt(b, b_actor, letter.letter_id, "registered", "0042/ຮັບ")
    report = sync_once(b)
    assert report.refused == 0
    sync_once(a)
    sync_once(c)
    with a.db.session() as s:
        receipts = receipts_for(s, letter.letter_id)
    # Each recipient's PC said "delivered" by itself when the letter arrived; b then registered it.
    assert sorted((r.office_id, r.status, r.registry_number, r.office_name) for r in receipts) == sorted(
        [
            (b.office_id, "delivered", "", "ຫ້ອງການຮັບ"),
            (c.office_id, "delivered", "", "ຫ້ອງການທີສາມ"),
            (b.office_id, "registered", "0042/ຮັບ", "ຫ້ອງການຮັບ"),
        ]
    )
    with c.db.session() as s:  # another recipient of the same letter does not learn what b did with it
        assert {r.office_id for r in receipts_for(s, letter.letter_id)} == {c.office_id}

    # b only reports back on a's letter: a void, a correction or a routing of it is refused (b works on its own
    # incoming letter, registered from it); a's letter is not voided, and c never hears of it.
    with b.db.write() as s:
        b.log.append(s, b_actor, "letter.voided", {"reason": "ຊ້ຳ"}, letter_id=letter.letter_id)
        b.log.append(s, b_actor, "letter.field_corrected", {"field": "subject", "new": "x"}, letter_id=letter.letter_id)
    report = sync_once(b)
    assert report.refused == 2 and all("only reported back on" in reason for reason in report.refusals)
    sync_once(a)
    sync_once(c)
    for store in (a, c):
        with store.db.session() as s:
            assert s.query(Event).filter(Event.type == "letter.voided").count() == 0
            assert s.get(Letter, letter.letter_id).status != "void"

    # an office the letter was not sent to cannot write into it at all, not even a receipt
    d, d_actor = enrolled_office(central, tmp_path, "ນອກ", "ຫ້ອງການນອກ")
    with d.db.write() as s:
        d.log.append(s, d_actor, "letter.receipt", {"status": "registered"}, letter_id=letter.letter_id)
        d.log.append(s, d_actor, "letter.voided", {"reason": "x"}, letter_id=letter.letter_id)
    report = sync_once(d)
    assert report.refused == 2 and all("has not received" in reason for reason in report.refusals)
    sync_once(a)
    with a.db.session() as s:
        assert len(receipts_for(s, letter.letter_id)) == 3 and s.get(Letter, letter.letter_id).status != "void"
    for store in (a, b, c, d):
        store.close()
