"""A letter carried on paper to an office without eOffice: the sending clerk records its delivery from the signed
delivery book; a second record corrects the first (both stay in the History); the Journey, the register's Status and
the History say so; records that cannot be true are refused."""

from __future__ import annotations

from datetime import date

import pytest

from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.journey.paper import PaperDeliveryRefused, record_paper_delivery
from eoffice_desktop.core.journey.timeline import journey
from eoffice_desktop.core.journey.whereabouts import whereabouts
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.accounts import NotAllowed, create_user
from eoffice_desktop.core.projections import rebuild
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.registry.register_rows import Whereabouts
from eoffice_desktop.core.routing.timeline import timeline

SENT = date(2026, 12, 7)
TODAY = date(2026, 12, 14)


def _entries(store: OfficeStore, actor: Actor) -> tuple[str, str, str]:
    with store.db.write() as s:
        province = add_organisation(s, store.log, actor, EntryFields("ແຂວງ ຫຼວງພະບາງ", office_id="off_lpb")).id
        district = add_organisation(s, store.log, actor, EntryFields("ເມືອງ ນ້ຳບາກ")).id
        village = add_organisation(s, store.log, actor, EntryFields("ບ້ານ ນາແລ")).id
    return province, district, village


def _send(store: OfficeStore, actor: Actor, recipients: list[str], direction: str = "out") -> str:
    form = LetterForm(direction=direction, register_date=SENT, recipients=recipients, subject="ແຈ້ງການ ກອງປະຊຸມ")
    if direction == "in":
        form = LetterForm(direction="in", register_date=SENT, sender_name="ບ້ານ ນາແລ", subject="ຄຳຮ້ອງ")
    return register_letter(store, actor, form, today=SENT).letter_id


def _where(store: OfficeStore, letter_id: str) -> Whereabouts:
    with store.db.session() as s:
        return whereabouts(s, [letter_id], TODAY)[letter_id]


def test_a_delivery_on_paper_is_recorded_corrected_and_told_in_the_journey_status_and_history(
    store: OfficeStore, clerk: Actor
):
    _, district, village = _entries(store, clerk)
    letter = _send(store, clerk, [district, village])
    assert _where(store, letter) == Whereabouts("paper", 0, 2)  # "Sent on paper"
    with store.db.session() as s:
        rows = journey(s, letter, TODAY)
    assert [(row.office_name, row.org_id, row.paper) for row in rows] == [
        ("ເມືອງ ນ້ຳບາກ", district, True),
        ("ບ້ານ ນາແລ", village, True),
    ]
    assert [(step.kind, step.done) for step in rows[0].steps] == [
        ("sent", True),
        ("paper", True),
        ("paper_delivered", False),  # waiting for the clerk's record
    ]

    changes = record_paper_delivery(
        store, clerk, letter, district, date(2026, 12, 8), "  ທ້າວ ບຸນມີ  ", "0123/ມນບ", "ຝາກໄວ້ ຫ້ອງການ", today=TODAY
    )
    assert letter in changes.letters and changes.registers
    assert _where(store, letter) == Whereabouts("paper", 1, 2)  # "Delivered on paper 1/2"
    record_paper_delivery(store, clerk, letter, village, date(2026, 12, 9), "ນາງ ແສງ", today=TODAY)
    assert _where(store, letter) == Whereabouts("paper", 2, 2)  # "Delivered on paper"

    # The messenger's book said the 10th, not the 8th: recorded again, the newest counts.
    record_paper_delivery(store, clerk, letter, district, date(2026, 12, 10), "ທ້າວ ບຸນມີ ສີວົງ", today=TODAY)
    with store.db.session() as s:
        step = journey(s, letter, TODAY)[0].step("paper_delivered")
        history = [entry for entry in timeline(s, letter) if entry.kind == "paper_delivered"]
    assert step is not None and step.done
    assert (step.when.date() if step.when else None, step.holder, step.number, step.note) == (
        date(2026, 12, 10),
        "ທ້າວ ບຸນມີ ສີວົງ",
        "",
        "",
    )
    assert [(e.details["office"], e.details["received_by"], e.details["delivered_on"]) for e in history] == [
        ("ເມືອງ ນ້ຳບາກ", "ທ້າວ ບຸນມີ", "2026-12-08"),  # the earlier record stays in the History
        ("ບ້ານ ນາແລ", "ນາງ ແສງ", "2026-12-09"),
        ("ເມືອງ ນ້ຳບາກ", "ທ້າວ ບຸນມີ ສີວົງ", "2026-12-10"),
    ]
    assert history[0].text == "ຝາກໄວ້ ຫ້ອງການ" and history[0].details["their_number"] == "0123/ມນບ"

    with store.db.write() as s:  # read from the log: the same after a rebuild
        rebuild(s)
    assert _where(store, letter) == Whereabouts("paper", 2, 2)


def test_paper_and_enrolled_recipients_count_together_while_nothing_is_registered(store: OfficeStore, clerk: Actor):
    province, district, village = _entries(store, clerk)
    letter = _send(store, clerk, [province, district, village])
    assert _where(store, letter).kind == "late"  # (the province has not registered it in 3 working days)
    with store.db.session() as s:
        assert whereabouts(s, [letter], date(2026, 12, 8))[letter] == Whereabouts("on_way", 0, 1)
    record_paper_delivery(store, clerk, letter, village, date(2026, 12, 8), "ນາງ ແສງ", today=TODAY)
    with store.db.session() as s:
        assert whereabouts(s, [letter], date(2026, 12, 8))[letter] == Whereabouts("delivered", 1, 3)  # "1/3"


def test_records_that_cannot_be_true_are_refused_and_change_nothing(store: OfficeStore, clerk: Actor):
    province, district, _ = _entries(store, clerk)
    letter = _send(store, clerk, [province, district])
    incoming = _send(store, clerk, [], direction="in")

    def refused(code: str, **kwargs: object) -> None:
        given: dict[str, object] = {
            "letter_id": letter,
            "org_id": district,
            "delivered_on": date(2026, 12, 8),
            "received_by": "ທ້າວ ບຸນມີ",
            "today": TODAY,
        }
        given.update(kwargs)
        with pytest.raises(PaperDeliveryRefused) as caught:
            record_paper_delivery(store, clerk, **given)  # type: ignore[arg-type]
        assert caught.value.code == code

    refused("paper_not_own", letter_id=incoming)
    refused("paper_not_own", letter_id="no-such-letter")
    refused("paper_not_recipient", org_id=province)  # it went through the server: its office reports itself
    refused("paper_before_registered", delivered_on=date(2026, 12, 6))
    refused("paper_in_future", delivered_on=date(2026, 12, 15))
    refused("paper_name_missing", received_by="   ")
    refused("paper_name_too_long", received_by="ກ" * 121)
    refused("paper_number_too_long", their_number="1" * 41)
    refused("paper_note_too_long", note="ກ" * 301)
    reader = create_user(store, clerk, "reader", "ນາງ ອ່ານ", "password-1", ["official"])
    with pytest.raises(NotAllowed):
        record_paper_delivery(store, store.actor(reader), letter, district, date(2026, 12, 8), "ກ", today=TODAY)
    assert _where(store, letter).kind == "late"
    with store.db.session() as s:
        assert not [e for e in timeline(s, letter) if e.kind == "paper_delivered"]
        assert journey(s, letter, TODAY)[1].step("paper_delivered") == journey(s, letter, TODAY)[1].steps[-1]
        assert not journey(s, letter, TODAY)[1].steps[-1].done
