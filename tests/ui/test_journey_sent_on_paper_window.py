"""The ministry's window follows its letter to a village without eOffice that the province sent it on to on paper: the
outgoing register's Status says "Delivered on paper at" the village once the province recorded it, and the Journey
says on top, and in the province's part, "Sent on to the village on paper; delivered" on that day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation
from eoffice_desktop.core.journey.arrivals import register_arrival
from eoffice_desktop.core.journey.paper import record_paper_delivery
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.routing.forwarding import forward_letter
from sync.client.session import sync_once
from tests.ui.test_journey_sender_window import _plain
from tests.ui.test_journey_window import _enrolled, _entry_for, _showing_sent

VILLAGE = "ບ້ານ ນາແລ"


def test_the_ministry_sees_its_letter_delivered_on_paper_further_down(app, qtbot, central, tmp_path: Path):
    ministry, m_actor = _enrolled(central, tmp_path, "ministry", "ກຊ")
    province, p_actor = _enrolled(central, tmp_path, "province", "ຂຂ")
    to = [_entry_for(ministry, m_actor, "ແຂວງ", province)]
    form = LetterForm(direction="out", register_date=date.today(), recipients=to, subject="ຂໍຂໍ້ມູນ ບ້ານ")
    sent = register_letter(ministry, m_actor, form).letter_id
    sync_once(ministry)
    sync_once(province)
    incoming = register_arrival(province, p_actor, sent)
    with province.db.write() as s:
        village = add_organisation(s, province.log, p_actor, EntryFields(VILLAGE)).id
    forwarded = forward_letter(province, p_actor, incoming.letter_id, [village])
    record_paper_delivery(province, p_actor, forwarded.letter_id, village, date.today(), "ທ້າວ ບຸນມີ")
    sync_once(province)
    sync_once(ministry)

    window = _showing_sent(ministry, qtbot, sent)
    status = window.model.index(window.model.row_of(sent), 5)
    assert status.data() == f"Delivered on paper at {VILLAGE}"
    journey = _plain(window.view.journey.text.toPlainText())
    now, _, rest = journey.partition("\nແຂວງ\n")
    delivered = f"Sent on to {VILLAGE} on paper; delivered {date.today():%d/%m/%Y}"
    assert now.startswith("Where it is now") and f"ແຂວງ: {delivered}" in now
    assert f"Sent on to {VILLAGE} as {forwarded.registry_number}" in rest and delivered in rest
    assert "ທ້າວ ບຸນມີ" not in journey  # (who signed stays in the province)
    window.close()
    for store in (ministry, province):
        store.close()
