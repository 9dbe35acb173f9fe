"""The sending office reads in the window where its letter is: the outgoing register's row says it in short (returned,
late, registered by how many), the Journey tab shows every recipient (the one without eOffice as sent on paper) and
the return's reason, the History says each office's news (and who passed on the news of an office further down the
chain); the office that sent a letter on sees both letters linked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl

from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation
from eoffice_desktop.core.journey.arrivals import register_arrival
from eoffice_desktop.core.journey.receipts import send_receipt
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.routing.forwarding import forward_letter
from eoffice_desktop.ui.main_window import VIEWS
from sync.client.session import sync_once
from tests.ui.test_journey_window import _enrolled, _entry_for, _showing_sent, _window

REASON = "ບໍ່ແມ່ນວຽກຂອງເມືອງ"


def _plain(text: str) -> str:
    return text.replace("\u2060", "").replace("\u200b", "")  # (display-only word joiners and breaks)


def test_the_sender_sees_where_its_letter_is_in_register_journey_and_history(app, qtbot, central, tmp_path: Path):
    ministry, m_actor = _enrolled(central, tmp_path, "ministry", "ກຊ")
    province, p_actor = _enrolled(central, tmp_path, "province", "ຂຂ")
    district, d_actor = _enrolled(central, tmp_path, "district", "ຂຕ")
    with ministry.db.write() as s:
        on_paper = add_organisation(s, ministry.log, m_actor, EntryFields("ບໍລິສັດ ພັດທະນາ")).id
    to = [_entry_for(ministry, m_actor, "ແຂວງ", province), _entry_for(ministry, m_actor, "ເມືອງ", district), on_paper]
    form = LetterForm(direction="out", register_date=date.today(), recipients=to, subject="ແຈ້ງການກອງປະຊຸມ")
    sent = register_letter(ministry, m_actor, form).letter_id
    sync_once(ministry)
    sync_once(province)
    sync_once(district)
    incoming = register_arrival(province, p_actor, sent)
    send_receipt(district, d_actor, sent, "returned", reason=REASON)
    sync_once(province)
    sync_once(district)
    sync_once(ministry)

    window = _window(ministry, qtbot)
    window.sidebar.setCurrentRow(VIEWS.index("out"))
    qtbot.waitUntil(lambda: window.model.row_of(sent) >= 0, timeout=5000)
    status = window.model.index(window.model.row_of(sent), 5)
    assert status.data() == "Returned by ເມືອງ"
    assert status.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"  # the sender has to act
    window.select_letter(sent)
    qtbot.waitUntil(lambda: window.view.detail is not None and window.view.detail.letter.id == sent, timeout=5000)
    view = window.view
    journey = _plain(view.journey.text.toPlainText())
    assert [office.office_name for office in view.journey.offices] == ["ແຂວງ", "ເມືອງ", "ບໍລິສັດ ພັດທະນາ"]
    assert f"Registered there as {incoming.registry_number}" in journey
    assert f"Returned to us: {REASON}" in journey and "Sent on paper (printed)" in journey
    assert "Not registered there after" not in journey
    fields = _plain(view.fields.toPlainText())
    assert all(name in fields for name in ("ແຂວງ", "ເມືອງ", "ບໍລິສັດ ພັດທະນາ"))  # every recipient under "To"
    assert "Registered by ເມືອງ" not in fields  # a return is no registration, and says why
    assert f"Returned by ເມືອງ: {REASON}" in fields and f"Registered by ແຂວງ as {incoming.registry_number}" in fields
    history = _plain(view.history.toPlainText())
    assert f"ແຂວງ registered it as {incoming.registry_number}" in history
    assert f"Returned by ເມືອງ: {REASON}" in history
    window.close()

    # The province sends it on: its incoming letter and the outgoing letter name each other, a click opens the other.
    forwarded = forward_letter(province, p_actor, incoming.letter_id, [_entry_for(province, p_actor, "ເມືອງ", district)])
    provincial = _window(province, qtbot)
    provincial.sidebar.setCurrentRow(VIEWS.index("in"))
    qtbot.waitUntil(lambda: provincial.model.row_of(incoming.letter_id) >= 0, timeout=5000)
    provincial.select_letter(incoming.letter_id)
    view = provincial.view
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.letter.id == incoming.letter_id, timeout=5000)
    assert f"outgoing letter {forwarded.registry_number}" in _plain(view.fields.toPlainText())
    assert f"Sent on to ເມືອງ as {forwarded.registry_number}" in _plain(view.history.toPlainText())
    view.history.anchorClicked.emit(QUrl(f"letter:{forwarded.letter_id}"))  # the clerk clicks the number
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.letter.id == forwarded.letter_id, timeout=5000)
    assert f"incoming letter {incoming.registry_number}" in _plain(view.fields.toPlainText())
    provincial.close()

    # The district registers the letter sent on: the ministry's History says the province passed that news on.
    sync_once(province)
    sync_once(district)
    at_district = register_arrival(district, d_actor, forwarded.letter_id)
    sync_once(district)
    sync_once(province)
    sync_once(ministry)
    window = _showing_sent(ministry, qtbot, sent)
    history = _plain(window.view.history.toPlainText())
    assert f"ເມືອງ (sent on by ແຂວງ) registered it as {at_district.registry_number}" in history
    window.close()
    for store in (ministry, province, district):
        store.close()
