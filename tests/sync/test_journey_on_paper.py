"""A delivery on paper recorded on one PC of the sending office reaches the office's other PC through the real
server (its Journey and register Status say the same), a correction made on that PC comes back to the first, and the
office the letter also went to through the server never sees either record. SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from eoffice_desktop.core.journey.arrivals import register_arrival
from eoffice_desktop.core.journey.paper import PAPER_DELIVERED, record_paper_delivery
from eoffice_desktop.core.journey.timeline import OfficeJourney
from eoffice_desktop.core.registry.register_rows import Whereabouts
from sync.server.admin import new_enrolment_code
from tests.sync.offices import Desk, address_of, another_pc
from tests.sync.test_journey import _journey, _offices, _send
from tests.sync.test_journey_sender import _paper_entry, _where


def _paper_row(desk: Desk, letter_id: str) -> OfficeJourney:
    return next(row for row in _journey(desk, letter_id) if row.paper)


def test_a_delivery_on_paper_reaches_the_offices_other_pc_and_no_other_office(central, tmp_path: Path):
    ministry, province, _ = _offices(central, tmp_path)
    url = central.url
    village = _paper_entry(ministry, "ບ້ານ ນາແລ")
    sent = _send(ministry, [address_of(ministry, province), village], "ແຈ້ງການ ກອງປະຊຸມ")
    with central.database.write() as s:
        enrolment = new_enrolment_code(s, "ກຊ")
    second = another_pc(tmp_path, "ministry-2", ministry, url, enrolment)
    ministry.sync(url)
    province.sync(url)
    register_arrival(province.store, province.actor, sent)
    province.sync(url)

    today = date.today()
    record_paper_delivery(ministry.store, ministry.actor, sent, village, today, "ທ້າວ ບຸນມີ", "0042/ບນລ")
    ministry.sync(url)
    second.sync(url)
    row = _paper_row(second, sent)
    step = row.step("paper_delivered")
    assert row.org_id == village and step is not None and step.done
    assert (step.holder, step.number) == ("ທ້າວ ບຸນມີ", "0042/ບນລ")
    assert _where(second, sent) == _where(ministry, sent) == Whereabouts("registered", 1, 1)

    # Corrected on the second PC: the first gets the newest, and keeps both records.
    record_paper_delivery(second.store, second.actor, sent, village, today, "ທ້າວ ບຸນມີ ສີວົງ", note="ລົງລາຍເຊັນ")
    second.sync(url)
    ministry.sync(url)
    step = _paper_row(ministry, sent).step("paper_delivered")
    assert step is not None and (step.holder, step.note) == ("ທ້າວ ບຸນມີ ສີວົງ", "ລົງລາຍເຊັນ")
    assert [e["payload"]["received_by"] for e in ministry.events().values() if e["type"] == PAPER_DELIVERED] in (
        ["ທ້າວ ບຸນມີ", "ທ້າວ ບຸນມີ ສີວົງ"],
        ["ທ້າວ ບຸນມີ ສີວົງ", "ທ້າວ ບຸນມີ"],
    )

    province.sync(url)  # the province got the letter, never the ministry's own records about it
    assert not [e for e in province.events().values() if e["type"] == PAPER_DELIVERED]
    for desk in (ministry, second, province):
        desk.store.close()
