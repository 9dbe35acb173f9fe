"""The sending office follows its letter to its end, across real offices and the real server: a letter to two
offices with eOffice and one without, one office returns it with a reason, the other registers it and sends it on.
The ministry's register row, its journey and its History say each of these in so many words, and who relayed the
news of an office further down the chain."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation
from eoffice_desktop.core.journey.arrivals import register_arrival
from eoffice_desktop.core.journey.news import News, news_text
from eoffice_desktop.core.journey.receipts import send_receipt
from eoffice_desktop.core.journey.timeline import lost_letters
from eoffice_desktop.core.journey.whereabouts import whereabouts
from eoffice_desktop.core.registry.register_query import letter_detail
from eoffice_desktop.core.registry.register_rows import RegisterFilter, Whereabouts
from eoffice_desktop.core.routing.forwarding import forward_letter
from eoffice_desktop.core.routing.timeline import timeline
from eoffice_desktop.core.service.office import Office
from tests.sync.offices import Desk, address_of
from tests.sync.test_journey import _done, _journey, _offices, _send

REASON = "ບໍ່ແມ່ນວຽກຂອງເມືອງ, ກະລຸນາສົ່ງຫາແຂວງ"


def _where(desk: Desk, letter_id: str, today: date | None = None) -> Whereabouts | None:
    with desk.store.db.session() as s:
        return whereabouts(s, [letter_id], today).get(letter_id)


def _news(desk: Desk, letter_id: str) -> list[News]:
    with desk.store.db.session() as s:
        return [entry.news for entry in timeline(s, letter_id) if entry.news is not None]


def _paper_entry(desk: Desk, name: str) -> str:
    with desk.store.db.write() as s:
        return add_organisation(s, desk.store.log, desk.actor, EntryFields(name)).id


def test_the_sender_sees_its_letter_returned_registered_and_sent_on(central, tmp_path: Path):
    ministry, province, district = _offices(central, tmp_path)
    url = central.url
    recipients = [address_of(ministry, province), address_of(ministry, district), _paper_entry(ministry, "ບໍລິສັດ ກ")]
    sent = _send(ministry, recipients, "ແຈ້ງການກອງປະຊຸມ")
    ministry.sync(url)

    # Every recipient shows in the journey, in the letter's order; the one without eOffice as a paper step.
    chain = _journey(ministry, sent)
    assert [(j.office_name, j.paper) for j in chain] == [
        ("ຫ້ອງການ province", False),
        ("ຫ້ອງການ district", False),
        ("ບໍລິສັດ ກ", True),
    ]
    assert [step.kind for step in chain[2].steps] == ["sent", "paper", "paper_delivered"] and not chain[2].lost
    assert _where(ministry, sent) == Whereabouts("on_way", 0, 2)

    province.sync(url)
    district.sync(url)
    ministry.sync(url)
    assert _where(ministry, sent) == Whereabouts("delivered", 2, 3)  # (the company got it on paper: not recorded)

    # The province registers it; the district returns it with a reason.
    incoming = register_arrival(province.store, province.actor, sent)
    send_receipt(district.store, district.actor, sent, "returned", reason=REASON)
    province.sync(url)
    district.sync(url)
    ministry.sync(url)
    at_province, at_district, _paper = _journey(ministry, sent)
    returned = at_district.step("returned")
    assert returned is not None and returned.done and returned.reason == REASON and returned.when is not None
    assert [step.kind for step in at_district.steps if not step.done] == []  # it waits for no registration there
    assert _done(at_province)["registered"] == incoming.registry_number
    assert _where(ministry, sent) == Whereabouts("returned", 1, 2, "ຫ້ອງການ district")

    # A returned letter is not lost there, however long ago it went.
    later = date.today() + timedelta(days=30)
    assert not any(j.lost for j in _journey_on(ministry, sent, later))
    with ministry.store.db.session() as s:
        assert lost_letters(s, ministry.store.office_id, later) == []

    # The province sends it on to the district and the ministry hears where, and as which letter.
    forwarded = forward_letter(province.store, province.actor, incoming.letter_id, [address_of(province, district)])
    province.sync(url)
    ministry.sync(url)
    news = _news(ministry, sent)
    said = [news_text(item) for item in news]
    assert f"ຫ້ອງການ province registered it as {incoming.registry_number}" in said
    assert f"Returned by ຫ້ອງການ district: {REASON}" in said
    assert said[-1] == f"ຫ້ອງການ province sent it on to ຫ້ອງການ district as {forwarded.registry_number}"
    assert [item.kind for item in news].count("forwarded") == 1  # the same news is not told twice

    # In the province, the incoming letter and the letter that sent it on name each other; its History says so.
    with province.store.db.session() as s:
        incoming_detail = letter_detail(s, incoming.letter_id)
        outgoing_detail = letter_detail(s, forwarded.letter_id)
        lines = [e for e in timeline(s, incoming.letter_id) if e.kind == "sent_on"]
    assert incoming_detail is not None and outgoing_detail is not None
    assert [letter.id for letter in incoming_detail.sent_on_as] == [forwarded.letter_id]
    assert outgoing_detail.sends_on is not None and outgoing_detail.sends_on.id == incoming.letter_id
    assert [(e.text, e.details["to"]) for e in lines] == [(forwarded.registry_number, "ຫ້ອງການ district")]

    # The register's page of outgoing letters carries the state, read for its rows only.
    rows = Office(ministry.store).register_page(
        RegisterFilter(direction="out", office_id=ministry.store.office_id), 0, 50, "number", True, None
    )
    assert [(row.id, row.where) for row in rows] == [(sent, Whereabouts("returned", 1, 2, "ຫ້ອງການ district"))]

    # The district registers the letter the province sent on: the ministry hears it through the province, and its
    # History says who passed the news on.
    district.sync(url)
    at_district = register_arrival(district.store, district.actor, forwarded.letter_id)
    district.sync(url)
    province.sync(url)
    ministry.sync(url)
    relayed = [item for item in _news(ministry, sent) if item.via]
    assert [news_text(item) for item in relayed][-1] == (
        f"ຫ້ອງການ district (sent on by ຫ້ອງການ province) registered it as {at_district.registry_number}"
    )
    assert f"Returned by ຫ້ອງການ district: {REASON}" in [news_text(item) for item in _news(ministry, sent)]
    for desk in (ministry, province, district):
        desk.store.close()


def _journey_on(desk: Desk, letter_id: str, today: date):  # type: ignore[no-untyped-def]
    from eoffice_desktop.core.journey.timeline import journey

    with desk.store.db.session() as s:
        return journey(s, letter_id, today)


def test_the_register_says_late_at_which_office_then_registered_by_all(central, tmp_path: Path):
    ministry, province, district = _offices(central, tmp_path)
    url = central.url
    sent = _send(ministry, [address_of(ministry, province), address_of(ministry, district)], "ລາຍງານປະຈຳເດືອນ")
    paper_only = _send(ministry, [_paper_entry(ministry, "ບໍລິສັດ ຂ")], "ໃບສະເໜີ")
    ministry.sync(url)
    province.sync(url)
    register_arrival(province.store, province.actor, sent)
    province.sync(url)
    ministry.sync(url)
    later = date.today() + timedelta(days=30)
    assert _where(ministry, sent) == Whereabouts("registered", 1, 2)
    assert _where(ministry, sent, later) == Whereabouts("late", 1, 2, "ຫ້ອງການ district")
    assert _where(ministry, paper_only, later) == Whereabouts("paper", 0, 1)
    district.sync(url)
    register_arrival(district.store, district.actor, sent)
    district.sync(url)
    ministry.sync(url)
    assert _where(ministry, sent, later) == Whereabouts("registered", 2, 2)
    for desk in (ministry, province, district):
        desk.store.close()
