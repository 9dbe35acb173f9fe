from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.storage.models import Event, Letter
from eoffice_desktop.ui.letter_form import LetterFormDialog
from eoffice_desktop.ui.main_window import MainWindow
from tests.ui.conftest import clerk_of, settle, type_text


def _window(qtbot, store) -> MainWindow:  # type: ignore[no-untyped-def]
    actor, viewer, name = clerk_of(store)
    window = MainWindow(store, actor, viewer, name)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.count_label.text() != "", timeout=10000)  # the count follows the first page
    return window


def test_clerk_registers_an_incoming_letter_then_finds_and_opens_it(qtbot, app, demo_store, tmp_path: Path):
    window = _window(qtbot, demo_store)
    before = window.model.total()
    dialog = LetterFormDialog(demo_store, window.actor, window.runner, "in", window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.sender.find, "ບ້ານນາຊາຍ")  # a new correspondent: typed, not chosen
    type_text(dialog.sender_ref, "0456/ສລ")
    qtbot.keyClicks(dialog.letter_date.edit, "20/11/2026")
    type_text(dialog.subject, "ແຈ້ງການກ່ຽວກັບການປະຊຸມທົບທວນແຜນງົບປະມານ")
    dialog.urgency.setCurrentIndex(dialog.urgency.findData("urgent"))
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(demo_pdf("0456"))
    dialog.add_files([scan])
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.registered is not None, timeout=10000)
    number = dialog.registered.registry_number
    window.refresh()
    settle(window)
    assert window.model.total() == before + 1
    type_text(window.search, number)  # the same number may exist in an earlier year's series
    qtbot.waitUntil(lambda: 0 < window.model.rowCount() <= 2, timeout=5000)
    window.table.selectRow(window.model.row_of(dialog.registered.letter_id))
    assert number in window.view.title.text().replace("\u200b", "")
    assert "0456/ສລ" in window.view.fields.toHtml().replace("\u200b", "")
    assert window.view.attachments.count() == 1
    with demo_store.db.session() as s:
        letter = s.get(Letter, dialog.registered.letter_id)
        assert (letter.urgency, letter.sender_name, str(letter.letter_date)) == ("urgent", "ບ້ານນາຊາຍ", "2026-11-20")
    window.runner.wait()


def test_missing_fields_are_shown_next_to_the_fields(qtbot, app, demo_store):
    window = _window(qtbot, demo_store)
    dialog = LetterFormDialog(demo_store, window.actor, window.runner, "in", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.letter_date.edit, "31/02/2026")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.errors["letter_date"].isVisible()
    dialog.letter_date.edit.clear()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors["subject"].isVisible(), timeout=5000)
    assert dialog.errors["sender"].isVisible()
    assert dialog.errors["subject"].text() == "This is required."
    assert dialog.registered is None
    window.runner.wait()


def _pick(qtbot, picker, text: str, down: int = 1) -> str:  # type: ignore[no-untyped-def]
    """Type into an office box as a clerk does, wait for the list, and choose with the arrow keys and Enter."""
    picker.find.setFocus()
    type_text(picker.find, text)
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0, timeout=5000)
    qtbot.waitUntil(lambda: picker.completer.popup().isVisible(), timeout=5000)
    popup = picker.completer.popup()
    for _ in range(down):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    label = popup.currentIndex().data()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    return str(label)


def test_outgoing_letter_to_directory_offices_found_by_typing(qtbot, app, demo_store):
    window = _window(qtbot, demo_store)
    dialog = LetterFormDialog(demo_store, window.actor, window.runner, "out", window)
    qtbot.addWidget(dialog)
    dialog.show()
    chosen = _pick(qtbot, dialog.recipients, "ສຶກສາ", down=2)  # the second: a province's department
    assert "ພະແນກສຶກສາທິການ ແລະ ກິລາ, " in chosen
    _pick(qtbot, dialog.recipients, "finance")  # English works too: the Ministry of Finance
    qtbot.waitUntil(lambda: dialog.recipients.chosen.count() == 2 and dialog.recipients.find.text() == "")
    assert "on paper" in dialog.recipients.hint.text()  # no office of the demo is on the server
    dialog.recipients.chosen.setCurrentRow(1)
    qtbot.keyClick(dialog.recipients.chosen, Qt.Key.Key_Delete)
    assert dialog.recipients.chosen.count() == 1
    _pick(qtbot, dialog.recipients, "ກງ")
    dialog.in_reply_to.setCurrentIndex(1)
    answered = dialog.in_reply_to.currentData()
    type_text(dialog.subject, "ຕອບໜັງສືກ່ຽວກັບງົບປະມານ")
    type_text(dialog.signatory, "ທ່ານ ສົມພອນ ວົງສະຫວັນ")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.registered is not None, timeout=10000)
    with demo_store.db.session() as s:
        letter = s.get(Letter, dialog.registered.letter_id)
        assert letter.in_reply_to == answered
        assert letter.recipients_text.count(";") == 1
        assert "ແຂວງຫຼວງພະບາງ" in letter.recipients_text and "ກະຊວງການເງິນ" in letter.recipients_text
        event = s.scalars(select(Event).where(Event.letter_id == letter.id)).first()
        assert len(json.loads(event.payload)["recipient_offices"]) == 2
    window.runner.wait()


def test_template_keeps_the_sender_chosen_from_the_directory(qtbot, app, demo_store, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    window = _window(qtbot, demo_store)
    dialog = LetterFormDialog(demo_store, window.actor, window.runner, "in", window)
    qtbot.addWidget(dialog)
    dialog.show()
    _pick(qtbot, dialog.sender, "ຫຼວງພະບາງ")
    qtbot.waitUntil(lambda: dialog.sender.values() != [])
    dialog.urgency.setCurrentIndex(dialog.urgency.findData("very_urgent"))
    dialog.keywords.setText("ງົບປະມານ")
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Budget", True)))
    dialog._save_template()
    fresh = LetterFormDialog(demo_store, window.actor, window.runner, "in", window)
    qtbot.addWidget(fresh)
    fresh.templates.setCurrentIndex(fresh.templates.findText("Budget"))
    fresh._apply_template(fresh.templates.currentIndex())
    assert fresh.urgency.currentData() == "very_urgent"
    assert fresh.keywords.text() == "ງົບປະມານ"
    assert fresh.sender.values() == dialog.sender.values()
    assert fresh.sender.find.text() == dialog.sender.values()[0].display
    window.runner.wait()


def test_import_dialog_previews_then_imports_all_rows(qtbot, app, demo_store, tmp_path: Path):
    from eoffice_desktop.ui.import_dialog import ImportDialog

    register = tmp_path / "register.csv"
    register.write_text(
        "No.,Date received,From,Subject,Urgency\n"
        "0901/ຊສຖ,02/01/2024,ກະຊວງການເງິນ,ແຈ້ງການກ່ຽວກັບງົບປະມານ,ດ່ວນ\n"
        "0902/ຊສຖ,03/01/2024,UNDP Lao PDR,Workshop invitation,\n",
        encoding="utf-8",
    )
    window = _window(qtbot, demo_store)
    dialog = ImportDialog(demo_store, window.actor, window.runner, window)
    qtbot.addWidget(dialog)
    dialog.load(register)
    qtbot.waitUntil(lambda: dialog.checked is not None, timeout=10000)
    assert dialog.columns["subject"].currentData() == "Subject"
    assert dialog.preview.rowCount() == 2 and dialog.preview.text(0, 0) == "2"
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert dialog.report.imported == 2
    with demo_store.db.session() as s:
        from sqlalchemy import select

        assert s.scalars(select(Letter).where(Letter.registry_number == "0901/ຊສຖ")).one().urgency == "urgent"
    window.runner.wait()


def test_import_problems_are_told_in_lao(qtbot, app, demo_store, tmp_path: Path):
    from eoffice_desktop.ui.import_dialog import ImportDialog
    from eoffice_desktop.ui.resources import install_translation

    register = tmp_path / "register.csv"
    register.write_text(
        "No.,Date received,From,Subject\n0903/ຊສຖ,31/02/2024,ກະຊວງການເງິນ,ງົບປະມານ\n,03/01/2024,UNDP,\n",
        encoding="utf-8",
    )
    install_translation(app, "lo")
    try:
        window = _window(qtbot, demo_store)
        dialog = ImportDialog(demo_store, window.actor, window.runner, window)
        qtbot.addWidget(dialog)
        dialog.load(register)
        qtbot.waitUntil(lambda: dialog.checked is not None, timeout=10000)
        assert "ອ່ານບໍ່ໄດ້ ('31/02/2024'" in dialog.preview.text(0, dialog.preview.columnCount() - 1)
        dialog.start_import()
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
        problems = dialog.problems.toPlainText()
        assert dialog.report.imported == 0
        assert "ອ່ານບໍ່ໄດ້" in problems and "ຫວ່າງເປົ່າ" in problems  # unreadable date, empty registry number
        assert "'31/02/2024' ບໍ່ແມ່ນວັນທີທີ່ມີຢູ່ແທ້" in problems  # the cell as written is quoted, the reason in Lao
        assert "is not a valid date" not in problems
        window.runner.wait()
    finally:
        install_translation(app, "en")


def test_search_box_finds_a_lao_word_inside_a_run_of_text(qtbot, app, demo_store):
    from datetime import date

    from eoffice_desktop.core.registry.letterform import LetterForm
    from eoffice_desktop.core.registry.register import register_letter

    window = _window(qtbot, demo_store)
    wanted = register_letter(
        demo_store,
        window.actor,
        LetterForm(register_date=date.today(), sender_name="ກງ", subject="ແຈ້ງການກ່ຽວກັບການປະຊຸມວິສາມັນ"),
    )
    type_text(window.search, "ປະຊຸມວິສາ")
    qtbot.waitUntil(lambda: window.model.row_of(wanted.letter_id) >= 0, timeout=5000)
    assert all("ປະຊຸມວິສາ" in window.model.row_at(i).subject for i in range(window.model.rowCount()))
    window.runner.wait()


def test_escape_asks_before_a_half_filled_form_is_thrown_away(qtbot, app, demo_store, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = _window(qtbot, demo_store)
    empty = LetterFormDialog(demo_store, window.actor, window.runner, "in", window)
    qtbot.addWidget(empty)
    empty.show()
    qtbot.keyClick(empty, Qt.Key.Key_Escape)  # nothing typed: it closes at once
    assert not empty.isVisible()

    dialog = LetterFormDialog(demo_store, window.actor, window.runner, "out", window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.subject, "ແຈ້ງການ")
    asked: list[str] = []

    def answer(choice):  # type: ignore[no-untyped-def]
        def ask(_parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            asked.append(text)
            return choice

        return staticmethod(ask)

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.subject.text() == "ແຈ້ງການ" and len(asked) == 1
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and len(asked) == 2


def test_enter_in_the_office_box_chooses_the_first_office_found(qtbot, app, demo_store):
    window = _window(qtbot, demo_store)
    dialog = LetterFormDialog(demo_store, window.actor, window.runner, "out", window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.recipients.find.setFocus()
    type_text(dialog.recipients.find, "ກະຊວງການເງິນ")
    qtbot.keyClick(dialog.recipients.find, Qt.Key.Key_Return)  # before or after the list came: the first one
    qtbot.waitUntil(lambda: dialog.recipients.chosen.count() == 1, timeout=5000)
    assert dialog.recipients.values()[0].code == "ກງ"
    assert dialog.registered is None and dialog.isVisible()  # Enter did not register a half-filled letter
    window.runner.wait()
