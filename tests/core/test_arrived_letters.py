"""Another office's letter that reached this PC is the sender's: every change of it is refused in one sentence
(register it here first), the pane offers none of the steps and names every office it was addressed to; returning
it to its sender takes a reason, happens once, and takes it off the Arrived list."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from eoffice_desktop.core.journey.arrivals import arrived_letters, count_arrived, register_arrival
from eoffice_desktop.core.journey.ownership import ArrivedLetterRefused
from eoffice_desktop.core.journey.receipts import receipts_for
from eoffice_desktop.core.journey.returns import MAX_REASON, ReturnRefused, return_to_sender
from eoffice_desktop.core.journey.sender_names import number_office
from eoffice_desktop.core.people.accounts import viewer_of
from eoffice_desktop.core.registry.register import ActionRefused, add_attachments, correct_field, void_letter
from eoffice_desktop.core.routing import actions
from eoffice_desktop.core.routing.actions import Recipient, comment, route
from eoffice_desktop.core.routing.forwarding import forward_letter
from eoffice_desktop.core.service.letter_pane import letter_pane
from eoffice_desktop.core.storage.models import Event, Letter, Organisation
from tests.core.arrived import RECIPIENTS, Arrived, arrived_letter


@pytest.fixture
def arrived(tmp_path: Path) -> Iterator[Arrived]:
    found = arrived_letter(tmp_path)
    yield found
    found.close()


def _changes(a: Arrived, tmp_path: Path) -> dict[str, Callable[[], object]]:
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    me, letter = a.actor, a.letter_id
    to_me = [Recipient(user_id=me.user_id)]
    return {
        "route": lambda: actions.route(a.here, me, letter, to_me, "ດ່ວນ"),
        "redirect": lambda: actions.redirect(a.here, me, letter, to_me),
        "acknowledge": lambda: actions.acknowledge(a.here, me, letter),
        "return": lambda: actions.return_letter(a.here, me, letter, "ບໍ່ແມ່ນຂອງຂ້ອຍ"),
        "comment": lambda: actions.comment(a.here, me, letter, "ບັນທຶກ"),
        "complete": lambda: actions.complete(a.here, me, letter, "filed"),
        "reopen": lambda: actions.reopen(a.here, me, letter, "ເປີດຄືນ"),
        "recall": lambda: actions.recall(a.here, me, letter, "step"),
        "correct": lambda: correct_field(a.here, me, letter, "subject", "ຫົວຂໍ້ໃໝ່", "ຜິດ"),
        "void": lambda: void_letter(a.here, me, letter, "ຊ້ຳ"),
        "attach": lambda: add_attachments(a.here, me, letter, [scan]),
        "forward": lambda: forward_letter(a.here, me, letter, [], recipient_offices=["off_other"]),
    }


def test_every_change_of_an_arrived_letter_is_refused_until_it_is_registered(arrived: Arrived, tmp_path: Path):
    before = arrived.events_here()
    for name, change in _changes(arrived, tmp_path).items():
        with pytest.raises(ArrivedLetterRefused) as refused:
            change()
        assert refused.value.code == "arrived_letter_not_registered", name
        assert str(refused.value).startswith("This letter belongs to the office that sent it."), name
    assert arrived.events_here() == before  # nothing was written to be refused by the server later

    # the registered copy is this office's own: the same steps work on it
    copy = register_arrival(arrived.here, arrived.actor, arrived.letter_id).letter_id
    route(arrived.here, arrived.actor, copy, [Recipient(user_id=arrived.actor.user_id)], "ດ່ວນ")
    comment(arrived.here, arrived.actor, copy, "ບັນທຶກ")
    correct_field(arrived.here, arrived.actor, copy, "subject", "ຫົວຂໍ້ໃໝ່", "ຜິດ")


def test_the_pane_of_an_arrived_letter_offers_no_step_and_names_every_office_it_was_sent_to(arrived: Arrived):
    with arrived.here.db.session() as s:
        viewer = viewer_of(s, arrived.actor.user_id)
    pane = letter_pane(arrived.here, arrived.letter_id, viewer)
    assert pane is not None and pane.arrived and pane.settled == ""
    assert pane.available == frozenset() and pane.journey == [] and pane.receipts == []
    assert pane.addressed_to == RECIPIENTS  # all of them, though this PC knows none of the sender's entries

    copy = register_arrival(arrived.here, arrived.actor, arrived.letter_id).letter_id
    pane = letter_pane(arrived.here, arrived.letter_id, viewer)
    assert pane is not None and pane.settled == "registered"
    own = letter_pane(arrived.here, copy, viewer)
    assert own is not None and not own.arrived and {"route", "complete", "comment"} <= own.available


def test_a_letter_is_returned_to_its_sender_once_with_a_reason(arrived: Arrived):
    here, me, letter = arrived.here, arrived.actor, arrived.letter_id
    for reason, code in (("   ", "return_reason_missing"), ("ກ" * (MAX_REASON + 1), "return_reason_too_long")):
        with pytest.raises(ReturnRefused) as refused:
            return_to_sender(here, me, letter, reason)
        assert refused.value.code == code
    own = register_arrival(here, me, letter).letter_id  # (a letter of this office cannot go "back")
    with pytest.raises(ReturnRefused) as refused:
        return_to_sender(here, me, own, "ຜິດຫ້ອງການ")
    assert refused.value.code == "return_not_arrived"
    with pytest.raises(ReturnRefused) as refused:  # registered here already: it is this office's now
        return_to_sender(here, me, letter, "ຜິດຫ້ອງການ")
    assert refused.value.code == "return_already_registered"


def test_a_returned_letter_leaves_the_arrived_list_and_cannot_be_registered(arrived: Arrived):
    here, me, letter = arrived.here, arrived.actor, arrived.letter_id
    with here.db.session() as s:
        assert [row.id for row in arrived_letters(s, me.office_id)] == [letter]
    changes = return_to_sender(here, me, letter, "  ສົ່ງຜິດຫ້ອງການ, ຄວນສົ່ງໄປກະຊວງສຶກສາ  ")
    assert changes.arrivals and letter in changes.letters
    with here.db.session() as s:
        assert arrived_letters(s, me.office_id) == [] and count_arrived(s, me.office_id) == 0
        (receipt,) = [r for r in receipts_for(s, letter) if r.status == "returned"]
    assert (receipt.office_name, receipt.registry_number) == (RECIPIENTS[0], "")
    with here.db.session() as s:
        sent = s.scalars(select(Event.payload).where(Event.letter_id == letter, Event.type == "letter.receipt"))
        (returned,) = [json.loads(raw) for raw in sent if json.loads(raw)["status"] == "returned"]
    assert returned == {
        "status": "returned",
        "office_name": RECIPIENTS[0],
        "registry_number": "",
        "reason": "ສົ່ງຜິດຫ້ອງການ, ຄວນສົ່ງໄປກະຊວງສຶກສາ",
    }
    with pytest.raises(ReturnRefused) as refused:
        return_to_sender(here, me, letter, "ອີກເທື່ອໜຶ່ງ")
    assert refused.value.code == "return_already_returned"
    with pytest.raises(ActionRefused) as not_registered:
        register_arrival(here, me, letter, today=date.today())
    assert not_registered.value.code == "letter_already_returned"


def test_an_arrived_letter_names_its_sender_as_the_sending_office_names_itself(arrived: Arrived):
    """This PC knows nothing of the ministry (no directory, no address-book entry): the letter says who sent it."""
    with arrived.here.db.session() as s:
        assert [(row.id, row.sender) for row in arrived_letters(s, arrived.here.office_id)] == [
            (arrived.letter_id, "ກະຊວງ")
        ]
        viewer = viewer_of(s, arrived.actor.user_id)
    pane = letter_pane(arrived.here, arrived.letter_id, viewer)
    assert pane is not None and pane.sent_by == "ກະຊວງ"  # the letter pane's "Sent by" too
    incoming = register_arrival(arrived.here, arrived.actor, arrived.letter_id).letter_id
    with arrived.here.db.session() as s:
        letter = s.get(Letter, incoming)
        assert letter is not None and letter.sender_name == "ກະຊວງ"
        entry = s.get(Organisation, letter.sender_org_id)
        assert entry is not None and (entry.name_lo, entry.office_id) == ("ກະຊວງ", arrived.sender.office_id)


def test_an_office_abbreviation_is_read_from_the_registry_number_styles():
    assert [number_office(n) for n in ("0012/ກງ", "0012/ກງ.ຈບ", "0012/ກງ/2026", "12/ກງ", "0012", "12/2026", "")] == [
        "ກງ",
        "ກງ.ຈບ",
        "ກງ",
        "ກງ",
        "",
        "",
        "",
    ]
