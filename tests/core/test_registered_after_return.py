"""A letter the receiving office returned by mistake: it stays findable there (when, by whom, why) and can be
registered after all, as any arrived letter, with its history saying it was returned first; the sender then sees it
registered (not returned, not to follow up), and its History and Journey say both, in order. What cannot be
registered after all is refused in one sentence."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation
from eoffice_desktop.core.eventlog.events import envelope_of
from eoffice_desktop.core.journey import resending
from eoffice_desktop.core.journey.after_return import AfterReturnRefused, register_after_all, returned_here
from eoffice_desktop.core.journey.arrivals import arrived_letters, register_arrival
from eoffice_desktop.core.journey.news import news_text
from eoffice_desktop.core.journey.resending import ResendRefused, returned_by, send_again
from eoffice_desktop.core.journey.returns import ReturnRefused, return_to_sender
from eoffice_desktop.core.journey.timeline import journey
from eoffice_desktop.core.journey.watch import watch_list
from eoffice_desktop.core.journey.whereabouts import whereabouts
from eoffice_desktop.core.people.accounts import NotAllowed, create_user
from eoffice_desktop.core.registry.register import ActionRefused, void_letter
from eoffice_desktop.core.replication import apply_remote
from eoffice_desktop.core.routing.timeline import timeline
from eoffice_desktop.core.service.letter_pane import letter_pane
from eoffice_desktop.core.storage.models import Event, Letter
from tests.core.arrived import RECIPIENTS, Arrived, arrived_letter

REASON = "ສົ່ງຜິດຫ້ອງການ"


@pytest.fixture
def returned(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The ministry's letter to the province (and a district), returned by the province's clerk."""
    sent = arrived_letter(tmp_path)
    return_to_sender(sent.here, sent.actor, sent.letter_id, REASON)
    yield sent
    sent.close()


def _to_here(sent: Arrived, letter_id: str) -> None:
    """The sender's events on its letter reach the province's PC (as a sync brings them)."""
    with sent.sender.db.session() as s:
        envelopes = [envelope_of(row) for row in s.scalars(select(Event).where(Event.letter_id == letter_id))]
    with sent.here.db.write() as s:
        apply_remote(s, sent.here.log, envelopes)


def test_the_returned_letter_is_listed_with_when_who_and_why(returned: Arrived):
    here, me = returned.here, returned.actor
    with here.db.session() as s:
        (row,) = returned_here(s, me.office_id)
        assert arrived_letters(s, me.office_id) == []
    assert (row.id, row.subject, row.returned.reason, row.returned.by) == (
        returned.letter_id,
        "ແຈ້ງການປະຊຸມ",
        REASON,
        "Admin",
    )
    assert row.returned.at.date() == date.today()


def test_registered_after_all_it_is_an_incoming_letter_whose_history_says_it_was_returned_first(returned: Arrived):
    here, me, letter = returned.here, returned.actor, returned.letter_id
    other = returned.another("ໜັງສືອື່ນ")
    first = register_arrival(here, me, other)
    registered = register_after_all(here, me, letter)
    assert registered.registry_number != first.registry_number  # the same numbering as any arrived letter
    assert registered.registry_number.split("/")[1:] == first.registry_number.split("/")[1:]
    with here.db.session() as s:
        assert returned_here(s, me.office_id) == [] and arrived_letters(s, me.office_id) == []
        receipts = select(Event.payload).where(Event.letter_id == letter, Event.type == "letter.receipt")
        statuses = [json.loads(payload)["status"] for payload in s.scalars(receipts.order_by(Event.hlc))]
        history = [(e.kind, e.who, e.text) for e in timeline(s, registered.letter_id)]
    assert statuses[-2:] == ["returned", "registered"]  # the same receipt as any registered letter, after
    kinds = [kind for kind, _, _ in history]
    assert kinds.index("returned_earlier") < kinds.index("registered")
    assert ("returned_earlier", "Admin", REASON) in history
    with pytest.raises(ActionRefused) as again:
        register_after_all(here, me, letter)
    assert again.value.code == "letter_already_registered"
    with pytest.raises(ReturnRefused) as back:
        return_to_sender(here, me, letter, "ອີກ")
    assert back.value.code == "return_already_registered"


def test_the_sender_sees_it_registered_after_all_and_no_longer_follows_it_up(returned: Arrived):
    sender, letter = returned.sender, returned.letter_id
    returned.report_back()
    with sender.db.session() as s:
        assert whereabouts(s, [letter])[letter].kind == "returned"
        assert [row.letter_id for row in watch_list(s, sender.office_id)] == [letter]
    number = register_after_all(returned.here, returned.actor, letter).registry_number
    returned.report_back()
    with sender.db.session() as s:
        where = whereabouts(s, [letter])[letter]
        assert (where.kind, where.count, where.total) == ("registered", 1, 2)
        assert watch_list(s, sender.office_id) == [] and returned_by(s, [letter]) == {}
        news = [news_text(e.news) for e in timeline(s, letter) if e.news is not None]
        (province,) = [office for office in journey(s, letter) if office.office_name == RECIPIENTS[0]]
    assert news[-2:] == [
        f"Returned by {RECIPIENTS[0]}: {REASON}",
        f"{RECIPIENTS[0]} registered it as {number} after all",
    ]
    kinds = [step.kind for step in province.steps if step.done]
    assert kinds[-2:] == ["was_returned", "registered"] and "returned" not in kinds
    assert province.step("was_returned").reason == REASON and not province.lost  # type: ignore[union-attr]


def test_sent_again_elsewhere_and_registered_after_all_both_stand(returned: Arrived):
    sender, actor, letter = returned.sender, returned.sender_actor, returned.letter_id
    returned.report_back()
    with sender.db.write() as s:
        education = add_organisation(s, sender.log, actor, EntryFields("ກະຊວງສຶກສາ", office_id="off_education")).id
    again = send_again(sender, actor, letter, [education]).letter_id
    register_after_all(returned.here, returned.actor, letter)  # (the province does not know)
    returned.report_back()
    with sender.db.session() as s:
        found = whereabouts(s, [letter, again])
        assert (found[letter].kind, found[letter].count, found[letter].total) == ("registered", 1, 2)
        assert watch_list(s, sender.office_id) == []
        pane = letter_pane(sender, again, None)
        assert pane is not None and pane.sends_again_returned == (RECIPIENTS[0],)  # it had returned it
        kinds = [e.kind for e in timeline(s, letter)]
    assert "sent_again" in kinds


def test_what_cannot_be_registered_after_all_is_refused_in_one_sentence(returned: Arrived, monkeypatch):
    here, me, letter = returned.here, returned.actor, returned.letter_id
    waiting = returned.another("ຍັງລໍຖ້າ")
    with pytest.raises(AfterReturnRefused) as not_returned:
        register_after_all(here, me, waiting)
    assert not_returned.value.code == "after_return_not_returned"
    clerk = here.actor(create_user(here, me, "reader", "ທ່ານ ອ່ານ", "password1", ["official"]))
    with pytest.raises(NotAllowed):
        register_after_all(here, clerk, letter)
    returned.report_back()
    sender, boss = returned.sender, returned.sender_actor
    with pytest.raises(ResendRefused) as to_returner:  # this version sends it again only to other offices
        send_again(sender, boss, letter, [returned.recipients[0]])
    assert to_returner.value.code == "resend_to_returner"
    monkeypatch.setattr(resending, "_refuse_returners", lambda *args: None)  # (as a PC before that rule did)
    resent = send_again(sender, boss, letter, [returned.recipients[0]]).letter_id  # sent here again, itself
    _to_here(returned, resent)
    with pytest.raises(AfterReturnRefused) as sent_again:
        register_after_all(here, me, letter)
    assert sent_again.value.code == "after_return_sent_again"
    with sender.db.session() as s:
        assert sent_again.value.params["number"] == s.get(Letter, resent).registry_number  # type: ignore[union-attr]
    void_letter(sender, boss, letter, "ຍົກເລີກ")
    _to_here(returned, letter)
    with pytest.raises(AfterReturnRefused) as void:
        register_after_all(here, me, letter)
    assert void.value.code == "after_return_void"
    with here.db.session() as s:
        assert returned_here(s, me.office_id) == []  # voided by its office: nothing more to do with it
