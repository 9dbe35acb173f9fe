"""A search's results in the window: an outgoing letter of this office says where it is in the offices it went to,
in the register's Status column and colour (a returned letter in red: the sender has something to do)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from eoffice_desktop.core.journey.receipts import send_receipt
from eoffice_desktop.core.people.accounts import viewer_of
from eoffice_desktop.core.search.query import SearchRow
from eoffice_desktop.ui.main_window import VIEWS, MainWindow
from tests.core.arrived import RECIPIENTS, arrived_letter


def test_a_search_result_says_where_an_outgoing_letter_is(app, qtbot, tmp_path: Path):
    arrived = arrived_letter(tmp_path)
    send_receipt(arrived.here, arrived.actor, arrived.letter_id, "returned", reason="ສົ່ງຜິດຫ້ອງການ")
    arrived.report_back()
    ministry, actor = arrived.sender, arrived.sender_actor
    with ministry.db.session() as s:
        viewer = viewer_of(s, actor.user_id)
    window = MainWindow(ministry, actor, viewer, "Admin")
    qtbot.addWidget(window)
    window.show()
    window.sidebar.setCurrentRow(VIEWS.index("out"))
    window.search.setText("ແຈ້ງການ")
    window.refresh()
    qtbot.waitUntil(lambda: window.results.active and isinstance(window.model.row_at(0), SearchRow), timeout=10_000)
    assert [row.id for row in window.model.rows()] == [arrived.letter_id]
    status = window.model.index(0, 5)
    assert status.data() == f"Returned by {RECIPIENTS[0]}"
    assert status.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"  # as in the register
    window.close()
    window.runner.wait()
    arrived.close()
