"""A letter an office returned: it heads the sending office's list of letters to follow up, with the reason; sent
again to another office it leaves the list, the new letter has the same subject, summary and scans and both name each
other; what cannot be sent again is refused with a reason; the links fold again identically."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation
from eoffice_desktop.core.eventlog.events import envelope_of
from eoffice_desktop.core.journey.links import JourneyLink, sends_again, sent_again_as
from eoffice_desktop.core.journey.resending import ResendRefused, resend_targets, returned_by, send_again
from eoffice_desktop.core.journey.returns import return_to_sender
from eoffice_desktop.core.journey.watch import LATE, RETURNED, count_watched, watch_list
from eoffice_desktop.core.projections import rebuild
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import add_attachments, correct_field, register_letter, void_letter
from eoffice_desktop.core.replication import apply_remote
from eoffice_desktop.core.routing.timeline import timeline
from eoffice_desktop.core.service.letter_pane import letter_pane
from eoffice_desktop.core.storage.models import Attachment, Event, Letter
from tests.core.arrived import RECIPIENTS, Arrived, arrived_letter

REASON = "ສົ່ງຜິດຫ້ອງການ: ເລື່ອງນີ້ແມ່ນຂອງກະຊວງສຶກສາ"


@pytest.fixture
def returned(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The ministry's letter to the province (and a district), returned by the province; the receipt reached the
    ministry's PC as a sync brings it."""
    sent = arrived_letter(tmp_path)
    return_to_sender(sent.here, sent.actor, sent.letter_id, REASON)
    with sent.here.db.session() as s:
        envelopes = [envelope_of(row) for row in s.scalars(select(Event).where(Event.type == "letter.receipt"))]
    with sent.sender.db.write() as s:
        apply_remote(s, sent.sender.log, envelopes)
    yield sent
    sent.close()


def _education(sent: Arrived) -> str:
    """The ministry's entry for the right office (it uses eOffice)."""
    store, actor = sent.sender, sent.sender_actor
    with store.db.write() as s:
        return add_organisation(s, store.log, actor, EntryFields("ກະຊວງສຶກສາ", office_id="off_education")).id


def test_a_returned_letter_heads_the_list_with_its_reason(returned: Arrived):
    store, letter = returned.sender, returned.letter_id
    late = register_letter(
        store,
        returned.sender_actor,
        LetterForm(
            direction="out",
            register_date=date.today() - timedelta(days=20),
            recipients=[_education(returned)],
            subject="ເກົ່າ",
        ),
        today=date.today() - timedelta(days=20),
    ).letter_id
    with store.db.session() as s:
        found = watch_list(s, store.office_id)
        assert [(row.letter_id, row.kind, row.office_name, row.reason) for row in found] == [
            (letter, RETURNED, RECIPIENTS[0], REASON),  # returned first, named as the address book calls it
            (late, LATE, "ກະຊວງສຶກສາ", ""),
        ]
        assert count_watched(s, store.office_id) == 2
        assert [each.office_id for each in returned_by(s, [letter])[letter]] == [returned.here.office_id]


def test_sent_again_to_another_office_it_leaves_the_list_and_both_letters_name_each_other(returned: Arrived):
    store, actor, letter = returned.sender, returned.sender_actor, returned.letter_id
    correct_field(store, actor, letter, "summary", "ເຊີນເຂົ້າຮ່ວມກອງປະຊຸມ", "ລືມໃສ່")
    scan = returned.here.data_dir.root.parent / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 the scan")
    add_attachments(store, actor, letter, [scan])
    education = _education(returned)
    registered = send_again(store, actor, letter, [education])
    again = registered.letter_id
    with store.db.session() as s:
        new = s.get(Letter, again)
        assert new is not None and new.direction == "out" and new.office_id == store.office_id
        assert (new.subject, new.summary, new.recipients_text) == ("ແຈ້ງການປະຊຸມ", "ເຊີນເຂົ້າຮ່ວມກອງປະຊຸມ", "ກະຊວງສຶກສາ")
        assert new.registry_number != s.get(Letter, letter).registry_number  # type: ignore[union-attr]
        assert [a.filename for a in s.scalars(select(Attachment).where(Attachment.letter_id == again))] == ["scan.pdf"]
        assert [row.id for row in sent_again_as(s, letter)] == [again]
        back = sends_again(s, again)
        assert back is not None and back.id == letter
        assert watch_list(s, store.office_id) == []  # acted on: no longer to follow up
        said = [(e.kind, e.text, e.details.get("letter_id")) for e in timeline(s, letter) if e.kind == "sent_again"]
        assert said == [("sent_again", new.registry_number, again)]  # the returned letter's History says so
    pane = letter_pane(store, letter, None)
    assert pane is not None and [row.id for row in pane.sent_again_as] == [again] and pane.returned[0].reason == REASON
    pane = letter_pane(store, again, None)
    assert pane is not None and pane.sends_again is not None and pane.sends_again.id == letter
    assert pane.sends_again_returned == (RECIPIENTS[0],)

    # The new letter voided: the returned one is to follow up again.
    void_letter(store, actor, again, "ສົ່ງຜິດອີກ")
    with store.db.session() as s:
        assert [row.letter_id for row in watch_list(s, store.office_id)] == [letter]
    # The links fold again from the log identically.
    with store.db.session() as s:
        before = sorted((link.letter_id, link.resends, link.origin) for link in s.scalars(select(JourneyLink)))
    with store.db.write() as s:
        rebuild(s)
    with store.db.session() as s:
        after = sorted((link.letter_id, link.resends, link.origin) for link in s.scalars(select(JourneyLink)))
    assert after == before and (again, letter, letter) in after


def test_a_voided_returned_letter_leaves_the_list_and_what_was_not_returned_is_refused(returned: Arrived):
    store, actor, letter = returned.sender, returned.sender_actor, returned.letter_id
    education = _education(returned)
    with pytest.raises(ResendRefused) as no_one:
        send_again(store, actor, letter, [])
    assert no_one.value.code == "resend_no_recipients"
    other = register_letter(
        store, actor, LetterForm(direction="out", register_date=date.today(), recipients=[education], subject="ອື່ນ")
    ).letter_id
    incoming = register_letter(
        store, actor, LetterForm(register_date=date.today(), sender_name="ບໍລິສັດ", subject="ໃບສະເໜີ")
    ).letter_id
    for letter_id, code in ((other, "resend_not_returned"), (incoming, "resend_not_own"), ("nope", "resend_not_own")):
        with pytest.raises(ResendRefused) as refused:
            send_again(store, actor, letter_id, [education])
        assert refused.value.code == code
    # The receiving office cannot send the sender's letter again in its name.
    with pytest.raises(ResendRefused) as theirs:
        send_again(returned.here, returned.actor, letter, [education])
    assert theirs.value.code == "resend_not_own"
    void_letter(store, actor, letter, "ບໍ່ຕ້ອງສົ່ງແລ້ວ")
    with store.db.session() as s:
        assert watch_list(s, store.office_id) == []
    with pytest.raises(ResendRefused) as void:
        send_again(store, actor, letter, [education])
    assert void.value.code == "resend_void"
    with store.db.session() as s:
        assert s.scalars(select(JourneyLink).where(JourneyLink.resends.is_not(None))).all() == []


def test_the_office_that_returned_the_letter_is_not_offered_it_again_and_is_refused(returned: Arrived):
    store, actor, letter = returned.sender, returned.sender_actor, returned.letter_id
    province, district = returned.recipients  # the province returned it; the district did not
    education = _education(returned)
    with store.db.session() as s:
        offered = resend_targets(s, letter, [(province, "p"), (district, "d"), (education, "e")])
    assert offered == [(district, "d"), (education, "e")]
    for chosen in (
        {"recipients": [education, province]},
        {"recipients": [], "recipient_offices": [returned.here.office_id]},
    ):
        with pytest.raises(ResendRefused) as refused:
            send_again(store, actor, letter, **chosen)  # type: ignore[arg-type]
        assert refused.value.code == "resend_to_returner" and refused.value.params == {"office": RECIPIENTS[0]}
        assert str(refused.value).startswith(f"{RECIPIENTS[0]} returned this letter, so it is not sent there again.")
    with store.db.session() as s:
        assert sent_again_as(s, letter) == []
    send_again(store, actor, letter, [education])  # another office: sent
