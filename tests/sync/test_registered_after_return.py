"""A letter returned by mistake and registered after all, through the real server: the server takes the receiving
office's `registered` receipt after its `returned` one and hands it to the sending office only, which then sees the
letter registered there (not returned, not to follow up) with both answers in its History; what the server refused
before (a receipt on the office's own letter, a receipt holding more than a receipt may) it still refuses."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from eoffice_desktop.core.journey.after_return import register_after_all, returned_here
from eoffice_desktop.core.journey.news import news_text
from eoffice_desktop.core.journey.returns import return_to_sender
from eoffice_desktop.core.journey.watch import watch_list
from eoffice_desktop.core.journey.whereabouts import whereabouts
from eoffice_desktop.core.routing.timeline import timeline
from eoffice_desktop.core.storage.models import Event, Letter
from sync.client.session import sync_once
from tests.sync.offices import letter_to_two

REASON = "ສົ່ງຜິດຫ້ອງການ"


def _statuses(store, letter_id: str, office_id: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The receipts on this PC that `office_id` wrote on the letter, oldest first."""
    with store.db.session() as s:
        query = select(Event.payload).where(
            Event.letter_id == letter_id, Event.type == "letter.receipt", Event.office_id == office_id
        )
        return [json.loads(payload)["status"] for payload in s.scalars(query.order_by(Event.hlc))]


def test_registered_after_all_reaches_the_sender_and_supersedes_the_return(central, tmp_path: Path):
    sent = letter_to_two(central, tmp_path)
    a, b, b_actor, c, letter = sent.a, sent.b, sent.b_actor, sent.c, sent.letter_id
    for store in (a, b, c):
        sync_once(store)
    return_to_sender(b, b_actor, letter, REASON)
    assert sync_once(b).refused == 0
    sync_once(a)
    with a.db.session() as s:
        assert whereabouts(s, [letter])[letter].kind == "returned"

    registered = register_after_all(b, b_actor, letter)
    assert sync_once(b).refused == 0
    sync_once(a)
    sync_once(c)
    assert [status for status in _statuses(a, letter, b.office_id) if status != "delivered"] == [
        "returned",
        "registered",
    ]
    assert _statuses(c, letter, b.office_id) == []  # for the sender's eyes only
    with a.db.session() as s:
        where = whereabouts(s, [letter])[letter]
        assert (where.kind, where.count, where.total) == ("registered", 1, 2)  # (c has not registered it)
        assert watch_list(s, a.office_id) == []
        news = [news_text(e.news) for e in timeline(s, letter) if e.news is not None and e.news.kind != "delivered"]
    assert news[0].startswith("Returned by ") and news[0].endswith(REASON)
    assert news[1].endswith(f"registered it as {registered.registry_number} after all")
    with b.db.session() as s:
        assert returned_here(s, b.office_id) == []
        incoming = s.get(Letter, registered.letter_id)
        assert incoming is not None and incoming.direction == "in"

    # the server still refuses what it refused: a receipt on the office's own letter, one holding too much
    with a.db.write() as s:
        a.log.append(s, sent.a_actor, "letter.receipt", {"status": "registered"}, letter_id=letter)
    assert sync_once(a).refused == 1
    with b.db.write() as s:
        b.log.append(s, b_actor, "letter.receipt", {"status": "returned", "reason": "ກ" * 301}, letter_id=letter)
    assert sync_once(b).refused == 1
    sync_once(a)
    assert [status for status in _statuses(a, letter, b.office_id) if status != "delivered"] == [
        "returned",
        "registered",
    ]
    for store in (a, b, c):
        store.close()
