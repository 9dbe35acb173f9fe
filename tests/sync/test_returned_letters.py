"""A letter sent to the wrong office goes back through the real server: the receiving office returns it with a
reason, the sending office's PC gets the receipt (returned, with the reason) and no other office does; a receipt
holding more than a receipt may is refused by the server."""

from __future__ import annotations

import json
from pathlib import Path

from eoffice_desktop.core.journey.arrivals import arrived_letters
from eoffice_desktop.core.journey.receipts import receipts_for
from eoffice_desktop.core.journey.returns import return_to_sender
from eoffice_desktop.core.storage.models import Event
from sync.client.session import sync_once
from tests.sync.offices import letter_to_two

REASON = "ສົ່ງຜິດຫ້ອງການ: ເລື່ອງນີ້ແມ່ນຂອງກະຊວງສຶກສາ"


def _returned(store, letter_id: str) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    with store.db.session() as s:
        rows = s.query(Event).filter(Event.letter_id == letter_id, Event.type == "letter.receipt").all()
        payloads = [json.loads(row.payload) for row in rows]
    return [p for p in payloads if p.get("status") == "returned"]


def test_a_letter_returned_to_its_sender_reaches_the_sender_only(central, tmp_path: Path):
    sent = letter_to_two(central, tmp_path)
    a, b, b_actor, c, letter = sent.a, sent.b, sent.b_actor, sent.c, sent.letter_id
    for store in (a, b, c):
        sync_once(store)

    return_to_sender(b, b_actor, letter, f"  {REASON} ")
    assert sync_once(b).refused == 0
    sync_once(a)
    sync_once(c)
    assert _returned(a, letter) == [
        {"status": "returned", "office_name": "ຫ້ອງການຮັບ", "registry_number": "", "reason": REASON}
    ]
    with a.db.session() as s:
        assert [(r.office_id, r.status) for r in receipts_for(s, letter) if r.status == "returned"] == [
            (b.office_id, "returned")
        ]
    assert _returned(c, letter) == []  # the other office the letter went to never hears of it
    with b.db.session() as s:
        assert arrived_letters(s, b.office_id) == []
    with c.db.session() as s:
        assert [row.id for row in arrived_letters(s, c.office_id)] == [letter]  # still waiting there

    # a receipt that carries more than a receipt may (another key, a long text, an unknown status) is refused
    with b.db.write() as s:
        for payload in (
            {"status": "returned", "reason": "ok", "minute": "ລັບ"},
            {"status": "returned", "reason": "ກ" * 301},
            {"status": "lost"},
            {"status": "registered", "registry_number": 42},
        ):
            b.log.append(s, b_actor, "letter.receipt", payload, letter_id=letter)
    report = sync_once(b)
    assert report.refused == 4 and all("A receipt may hold only" in reason for reason in report.refusals)
    sync_once(a)
    assert len(_returned(a, letter)) == 1
    for store in (a, b, c):
        store.close()
