"""A letter sent on on paper: the ministry's letter reaches the province through the server, the province sends it on
printed to a village without eOffice and records its delivery; the ministry's register reads "Sent on, on paper to
the village", then "Delivered on paper at the village" (and the new day after a correction), its Journey shows the
province's paper end, and never who signed. A confidential letter, or a province that shares no progress, tells
nothing of it. Three real offices through the real server over HTTP (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

from eoffice_desktop.core.journey.arrivals import register_arrival
from eoffice_desktop.core.journey.paper import record_paper_delivery
from eoffice_desktop.core.journey.policy import SharingPolicy
from eoffice_desktop.core.journey.reports import TRACKING, set_sharing_policy
from eoffice_desktop.core.registry.register_rows import RegisterFilter, Whereabouts
from eoffice_desktop.core.routing.actions import complete
from eoffice_desktop.core.routing.forwarding import forward_letter
from eoffice_desktop.core.routing.timeline import timeline
from eoffice_desktop.core.service.office import Office
from eoffice_desktop.ui.journey_words import news_line, whereabouts_text
from sync.protocol.payloads import payload_problems
from tests.sync.offices import Desk, address_of
from tests.sync.test_journey import _journey, _offices, _send
from tests.sync.test_journey_sender import _paper_entry, _where

VILLAGE = "ບ້ານ ນາແລ"
SIGNED_BY = "ທ້າວ ບຸນມີ"


def _sync(url: str, *desks: Desk) -> None:
    for desk in desks:
        desk.sync(url)


def _sent_on_paper(central, tmp_path: Path, days_ago: int = 0):  # type: ignore[no-untyped-def]
    """The ministry's letter, registered in the province, sent on to the village on paper; all synced."""
    ministry, province, district = _offices(central, tmp_path)
    village = _paper_entry(province, VILLAGE)
    sent = _send(ministry, [address_of(ministry, province)], "ຂໍຂໍ້ມູນ ບ້ານ")
    _sync(central.url, ministry, province)
    incoming = register_arrival(province.store, province.actor, sent)
    on = date.today() - timedelta(days=days_ago)
    forwarded = forward_letter(province.store, province.actor, incoming.letter_id, [village], today=on)
    _sync(central.url, province, ministry)
    district.store.close()
    return ministry, province, sent, forwarded.letter_id, village


def _tracking_payloads(desk: Desk, letter_id: str) -> list[dict[str, object]]:
    return [e["payload"] for e in desk.events().values() if e["type"] == TRACKING and e["letter_id"] == letter_id]


def test_the_register_and_journey_follow_a_letter_sent_on_on_paper(central, tmp_path: Path):
    ministry, province, sent, forwarded, village = _sent_on_paper(central, tmp_path, days_ago=5)
    url = central.url
    where = _where(ministry, sent)
    assert where == Whereabouts("sent_on", 0, 1, VILLAGE, "paper")
    assert whereabouts_text(where) == f"Sent on, on paper to {VILLAGE}"
    (at_province,) = _journey(ministry, sent)
    step = at_province.step("forwarded_paper")
    assert step is not None and (step.to, step.when) == (VILLAGE, None)

    # The province's clerk records the delivery from the signed delivery book: the ministry learns the day, not who.
    first = date.today() - timedelta(days=4)
    record_paper_delivery(province.store, province.actor, forwarded, village, first, SIGNED_BY, "0042/ບນລ", "ຫົວໜ້າບ້ານ")
    _sync(url, province, ministry)
    rows = Office(ministry.store).register_page(
        RegisterFilter(direction="out", office_id=ministry.store.office_id), 0, 50, "number", True, None
    )
    assert [(row.id, row.where) for row in rows] == [(sent, Whereabouts("sent_on", 0, 1, VILLAGE, "paper_delivered"))]
    assert whereabouts_text(rows[0].where) == f"Delivered on paper at {VILLAGE}"  # type: ignore[arg-type]
    (at_province,) = _journey(ministry, sent)
    step = at_province.step("forwarded_paper")
    assert step is not None and (step.to, step.when) == (VILLAGE, datetime.combine(first, datetime.min.time()))
    everything = json.dumps(_tracking_payloads(ministry, sent), ensure_ascii=False)
    assert SIGNED_BY not in everything and "0042/ບນລ" not in everything and "ຫົວໜ້າບ້ານ" not in everything
    assert [problem for p in _tracking_payloads(ministry, sent) for problem in payload_problems(TRACKING, p)] == []
    with ministry.store.db.session() as s:
        news = [entry.news for entry in timeline(s, sent) if entry.news is not None]
    assert news[-1] is not None and news_line(news[-1]) == (
        f"ຫ້ອງການ province sent it on to {VILLAGE} on paper: delivered {first:%d/%m/%Y}"  # (as its PC names itself)
    )

    # Corrected: a new name alone tells the ministry nothing new; a new day does.
    reports = len(_tracking_payloads(ministry, sent))
    record_paper_delivery(province.store, province.actor, forwarded, village, first, "ທ້າວ ບຸນມີ ສີວົງ")
    _sync(url, province, ministry)
    assert len(_tracking_payloads(ministry, sent)) == reports
    later = date.today() - timedelta(days=2)
    record_paper_delivery(province.store, province.actor, forwarded, village, later, "ທ້າວ ບຸນມີ ສີວົງ")
    _sync(url, province, ministry)
    assert _where(ministry, sent) == Whereabouts("sent_on", 0, 1, VILLAGE, "paper_delivered")
    step = _journey(ministry, sent)[0].step("forwarded_paper")
    assert step is not None and step.when == datetime.combine(later, datetime.min.time())
    for desk in (ministry, province):
        desk.store.close()


def test_a_confidential_letter_tells_nothing_of_its_paper_end(central, tmp_path: Path):
    ministry, province, sent, forwarded, village = _sent_on_paper(central, tmp_path)
    secret = _send(ministry, [address_of(ministry, province)], "ເອກະສານລັບ", confidentiality="confidential")
    _sync(central.url, ministry, province)
    incoming = register_arrival(province.store, province.actor, secret)
    secret_on = forward_letter(province.store, province.actor, incoming.letter_id, [village]).letter_id
    for letter_id in (forwarded, secret_on):
        record_paper_delivery(province.store, province.actor, letter_id, village, date.today(), SIGNED_BY)
    _sync(central.url, province, ministry)
    assert _where(ministry, sent) == Whereabouts("sent_on", 0, 1, VILLAGE, "paper_delivered")
    assert _where(ministry, secret) == Whereabouts("registered", 1, 1)  # (only registered and completed)
    assert VILLAGE not in json.dumps(_tracking_payloads(ministry, secret), ensure_ascii=False)
    assert _journey(ministry, secret)[0].step("forwarded_paper") is None
    for desk in (ministry, province):
        desk.store.close()


def test_a_province_that_shares_no_progress_tells_nothing_of_its_paper_end(central, tmp_path: Path):
    ministry, province, sent, forwarded, village = _sent_on_paper(central, tmp_path)
    assert _where(ministry, sent) == Whereabouts("sent_on", 0, 1, VILLAGE, "paper")
    set_sharing_policy(province.store, province.actor, SharingPolicy(progress=False))
    record_paper_delivery(province.store, province.actor, forwarded, village, date.today(), SIGNED_BY)
    _sync(central.url, province, ministry)
    payloads = _tracking_payloads(ministry, sent)
    assert "forwarded_on_paper" not in payloads[-1] and "delivered_on_paper" not in payloads[-1]
    assert _where(ministry, sent) == Whereabouts("sent_on", 0, 1)  # (it knew the letter went on: no more than that)
    assert _journey(ministry, sent)[0].step("forwarded_paper") is None
    for desk in (ministry, province):
        desk.store.close()


def test_a_chain_ending_on_paper_and_in_an_office_names_the_end_it_got_least_far_at(central, tmp_path: Path):
    ministry, province, district = _offices(central, tmp_path)
    url = central.url
    village = _paper_entry(province, VILLAGE)
    sent = _send(ministry, [address_of(ministry, province)], "ແຈ້ງການ ເມືອງ ແລະ ບ້ານ")
    _sync(url, ministry, province)
    incoming = register_arrival(province.store, province.actor, sent)
    to = [address_of(province, district), village]
    forwarded = forward_letter(province.store, province.actor, incoming.letter_id, to).letter_id
    _sync(url, province, district)
    at_district = register_arrival(district.store, district.actor, forwarded)
    _sync(url, district, province, province, ministry)
    # The district registered it; the village's delivery is not written down yet: that is where it is least far.
    assert _where(ministry, sent) == Whereabouts("sent_on", 0, 1, VILLAGE, "paper")

    record_paper_delivery(province.store, province.actor, forwarded, village, date.today(), SIGNED_BY)
    complete(district.store, district.actor, at_district.letter_id, "filed")
    _sync(url, district, province, province, ministry)
    # Delivered on paper is all the village will ever tell: it stays the end least far, after the district completed.
    where = _where(ministry, sent)
    assert where == Whereabouts("sent_on", 0, 1, VILLAGE, "paper_delivered")
    assert whereabouts_text(where) == f"Delivered on paper at {VILLAGE}"
    for desk in (ministry, province, district):
        desk.store.close()
