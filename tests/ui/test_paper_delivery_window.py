"""The clerk writes down, from the signed delivery book, that a letter carried on paper was delivered: from the
Journey tab with the keyboard (Enter on "Delivered on paper…", the name typed in Lao, Enter again), and the Journey's
row, the register's Status and the History then say it; a second record corrects the first."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl

from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation
from eoffice_desktop.core.office import open_store, setup_office
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.ui.register_model import COLUMN_OF
from tests.ui.conftest import type_text
from tests.ui.test_journey_window import _showing_sent


def _status(window: Any, letter_id: str) -> str:
    model = window.model
    return str(model.data(model.index(model.row_of(letter_id), COLUMN_OF["status"]), Qt.ItemDataRole.DisplayRole))


def _journey(view: Any) -> str:
    return str(view.journey.text.toPlainText()).replace("\u2060", "")  # (word joiners: Lao breaks only at spaces)


def test_the_clerk_records_a_delivery_on_paper_from_the_journey(tmp_path: Path, qtbot: Any):
    store = open_store(tmp_path / "district")
    actor = setup_office(store, "ມນບ", "ຫ້ອງການ ເມືອງ", "District", "admin", "Admin", "password-1")
    with store.db.write() as s:
        village = add_organisation(s, store.log, actor, EntryFields("ບ້ານ ນາແລ")).id
        other = add_organisation(s, store.log, actor, EntryFields("ບ້ານ ຫ້ວຍຊາຍ")).id
    form = LetterForm(direction="out", register_date=date.today(), recipients=[village, other], subject="ເຊີນປະຊຸມ")
    letter_id = register_letter(store, actor, form).letter_id
    window = _showing_sent(store, qtbot, letter_id)
    window.show()
    qtbot.waitExposed(window)
    view = window.view
    assert _status(window, letter_id) == "Sent on paper"
    view.tabs.setCurrentWidget(view.journey)
    assert "Sent on paper (printed)" in _journey(view)
    assert view.journey.record.isVisible()

    view.journey.record.setFocus()
    qtbot.keyClick(view.journey.record, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.paper_dialog is not None and view.paper_dialog.isVisible(), timeout=20_000)
    dialog = view.paper_dialog
    assert dialog is not None and dialog.office.currentData() == village  # the first one not written down yet
    assert dialog.on.value() == date.today() and dialog.focusWidget() is dialog.name
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # no name yet: nothing is saved, the window stays
    assert dialog.isVisible()
    type_text(dialog.name, "ທ້າວ ບຸນມີ")
    type_text(dialog.number, "0042/ບນລ")
    dialog.on.set_date(date(2099, 1, 1))  # (the messenger's book can't say tomorrow)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "future" in dialog.error.text(), timeout=30_000)
    assert dialog.isVisible() and dialog.name.isEnabled()
    dialog.on.set_date(date.today())
    with qtbot.waitSignal(dialog.recorded, timeout=30_000):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: "received by ທ້າວ ບຸນມີ" in _journey(view), timeout=30_000)
    today = f"{date.today():%d/%m/%Y}"
    assert f"Delivered on paper, {today}, received by ທ້າວ ບຸນມີ; their number 0042/ບນລ" in _journey(view)
    qtbot.waitUntil(lambda: _status(window, letter_id) == "Delivered on paper 1/2", timeout=30_000)
    history = view.history.toPlainText().replace("\u200b", "")
    assert f"ບ້ານ ນາແລ received it on paper on {today}, signed by ທ້າວ ບຸນມີ; their number 0042/ບນລ" in history

    # The second village's row: its own link opens the window on it; recorded, both are delivered.
    view.journey.text.anchorClicked.emit(QUrl(f"paper:{other}"))
    qtbot.waitUntil(lambda: view.paper_dialog is not dialog and view.paper_dialog.isVisible(), timeout=20_000)
    second = view.paper_dialog
    assert second.office.currentData() == other
    type_text(second.name, "ນາງ ແສງ")
    with qtbot.waitSignal(second.recorded, timeout=30_000):
        qtbot.keyClick(second.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _status(window, letter_id) == "Delivered on paper", timeout=30_000)
    qtbot.waitUntil(lambda: "received by ນາງ ແສງ" in _journey(view), timeout=30_000)
    assert "Correct the delivery…" in _journey(view)
    window.close()
    store.close()
