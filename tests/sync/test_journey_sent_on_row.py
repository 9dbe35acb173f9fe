"""The sending office's register says where a letter is now when the office it went to sent it on: "Sent on", then
which office further down holds it, then "completed" there; the province's own "registered" no longer stands for the
letter's end. Three real offices through the real server over HTTP (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from eoffice_desktop.core.journey.arrivals import register_arrival
from eoffice_desktop.core.journey.receipts import send_receipt
from eoffice_desktop.core.journey.whereabouts import whereabouts
from eoffice_desktop.core.registry.register_rows import RegisterFilter, Whereabouts
from eoffice_desktop.core.routing.actions import complete
from eoffice_desktop.core.routing.forwarding import forward_letter
from eoffice_desktop.core.service.office import Office
from eoffice_desktop.ui.journey_words import whereabouts_alarm, whereabouts_text
from tests.sync.offices import Desk, address_of
from tests.sync.test_journey import _offices, _send

DISTRICT = "ເມືອງ, ແຂວງ"  # the district as the directory names it: with the province it sits under


def _where(desk: Desk, letter_id: str) -> Whereabouts | None:
    with desk.store.db.session() as s:
        return whereabouts(s, [letter_id], date.today()).get(letter_id)


def _sync(url: str, *desks: Desk) -> None:
    for desk in desks:
        desk.sync(url)


def test_the_register_follows_a_letter_sent_on_to_its_end(central, tmp_path: Path):
    ministry, province, district = _offices(central, tmp_path)
    url = central.url
    sent = _send(ministry, [address_of(ministry, province)], "ຂໍເອກະສານສຳຫຼວດ")
    _sync(url, ministry, province)
    incoming = register_arrival(province.store, province.actor, sent)
    _sync(url, province, ministry)
    assert _where(ministry, sent) == Whereabouts("registered", 1, 1)

    # The province sends it on: the ministry knows it went on before anyone further down said a word.
    forwarded = forward_letter(province.store, province.actor, incoming.letter_id, [address_of(province, district)])
    _sync(url, province, ministry)
    assert _where(ministry, sent) == Whereabouts("sent_on", 0, 1)
    assert whereabouts_text(Whereabouts("sent_on", 0, 1)) == "Sent on"

    # The district registers it: the ministry's row names the district as where it is now.
    _sync(url, district)
    at_district = register_arrival(district.store, district.actor, forwarded.letter_id)
    _sync(url, district, province, province, ministry)
    now = _where(ministry, sent)
    assert now is not None and (now.kind, now.stage) == ("sent_on", "registered")
    assert now.office == DISTRICT  # as the directory names it (the ministry's address book has no entry for it)
    assert whereabouts_text(now) == f"Sent on, now at {DISTRICT}" and not whereabouts_alarm(now)

    # The district completes it: the ministry's register says so, on the page a clerk opens.
    complete(district.store, district.actor, at_district.letter_id, "filed")
    _sync(url, district, province, province, ministry)
    rows = Office(ministry.store).register_page(
        RegisterFilter(direction="out", office_id=ministry.store.office_id), 0, 50, "number", True, None
    )
    assert [(row.id, row.where) for row in rows] == [(sent, Whereabouts("sent_on", 0, 1, DISTRICT, "completed"))]
    assert whereabouts_text(rows[0].where) == f"Sent on, completed at {DISTRICT}"  # type: ignore[arg-type]
    for desk in (ministry, province, district):
        desk.store.close()


def test_a_letter_to_two_offices_is_completed_when_the_chain_one_sent_it_along_is(central, tmp_path: Path):
    ministry, province, district = _offices(central, tmp_path)
    url = central.url
    sent = _send(ministry, [address_of(ministry, province), address_of(ministry, district)], "ແຈ້ງການ")
    _sync(url, ministry, province, district)
    incoming = register_arrival(province.store, province.actor, sent)
    direct = register_arrival(district.store, district.actor, sent)
    forwarded = forward_letter(province.store, province.actor, incoming.letter_id, [address_of(province, district)])
    _sync(url, province, district)
    onward = register_arrival(district.store, district.actor, forwarded.letter_id)
    complete(district.store, district.actor, direct.letter_id, "filed")
    complete(district.store, district.actor, onward.letter_id, "filed")
    _sync(url, district, province, province, ministry)
    # The province registered its copy and sent it on; the district completed both: completed by all.
    assert _where(ministry, sent) == Whereabouts("completed", 2, 2)
    for desk in (ministry, province, district):
        desk.store.close()


def test_a_return_further_down_is_not_the_senders_alarm(central, tmp_path: Path):
    ministry, province, district = _offices(central, tmp_path)
    url = central.url
    sent = _send(ministry, [address_of(ministry, province)], "ຂໍອະນຸຍາດ")
    _sync(url, ministry, province)
    incoming = register_arrival(province.store, province.actor, sent)
    forwarded = forward_letter(province.store, province.actor, incoming.letter_id, [address_of(province, district)])
    _sync(url, province, district)
    send_receipt(district.store, district.actor, forwarded.letter_id, "returned", reason="ບໍ່ແມ່ນວຽກຂອງເມືອງ")
    _sync(url, district, province, province, ministry)
    now = _where(ministry, sent)
    assert now == Whereabouts("sent_on", 0, 1, DISTRICT, "returned")
    # (the province has to act on it, not the ministry)
    assert whereabouts_text(now) == f"Sent on, returned by {DISTRICT}" and not whereabouts_alarm(now)
    for desk in (ministry, province, district):
        desk.store.close()
