"""A clerk's day on an office PC: the letter's steps in a menu with keys a text field does not use, what the head and
the official wrote shown on the letter's Details, sizes and decimals as people read them, plain words for an office
without a server, and all the letter's tabs in sight at 1366 pixels wide."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.routing.actions import Recipient, acknowledge, complete, route
from eoffice_desktop.core.storage.models import Letter
from eoffice_desktop.ui.main_window import VIEWS
from tests.ui.conftest import settle
from tests.ui.test_routing_walk import _sign_in, _user_id

# The keys a text field keeps for its own editing on some desktop (Ctrl+K deletes to the end of the line on Linux).
TEXT_FIELD_KEYS = (
    QKeySequence.StandardKey.DeleteEndOfLine,
    QKeySequence.StandardKey.DeleteStartOfWord,
    QKeySequence.StandardKey.DeleteEndOfWord,
    QKeySequence.StandardKey.MoveToEndOfLine,
    QKeySequence.StandardKey.MoveToStartOfLine,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Paste,
)


def _letter(store, actor, subject: str = "ຂໍຂໍ້ມູນງົບປະມານ") -> str:  # type: ignore[no-untyped-def]
    form = LetterForm(register_date=date.today(), sender_name="ກະຊວງການເງິນ", subject=subject)
    return register_letter(store, actor, form).letter_id


def _status(store, letter_id: str) -> str:  # type: ignore[no-untyped-def]
    with store.db.session() as s:
        return s.get(Letter, letter_id).status


def test_the_letter_menu_shows_the_steps_keys_and_ctrl_k_stays_with_the_text_field(qtbot, app, demo_store):
    store = demo_store
    clerk = _sign_in(qtbot, store, "clerk")
    letter_id = _letter(store, clerk.actor)
    route(store, clerk.actor, letter_id, [Recipient(user_id=_user_id(store, "head"))], "")
    head = _sign_in(qtbot, store, "head")
    menu = next(a.menu() for a in head.menuBar().actions() if a.text() == "&Letter")
    shown = {a.text(): a.shortcut().toString() for a in menu.actions()}
    assert shown["Received"] == "Ctrl+R" and shown["Send to…"] == "Ctrl+T" and shown["Complete…"] == "Ctrl+D"
    field_keys = {k.toString() for key in TEXT_FIELD_KEYS for k in QKeySequence.keyBindings(key)} | {"Ctrl+K", "Ctrl+E"}
    assert not field_keys & set(shown.values()), "a step takes a key text fields use"

    head.show()
    head.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is head, timeout=5000)
    head.select_letter(letter_id)
    qtbot.waitUntil(lambda: head.view.step_actions["acknowledge"].isEnabled(), timeout=5000)
    head.search.setText("0045 ສອບເສັງ")
    head.search.setFocus()
    head.search.setCursorPosition(4)
    QTest.keyClick(head.search, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    head.runner.wait()
    assert _status(store, letter_id) == "in_progress" and head.view.step_actions["acknowledge"].isEnabled()
    head.search.clear()
    head.sidebar.setCurrentRow(VIEWS.index("inbox"))
    head.select_letter(letter_id)
    head.inbox_table.setFocus()
    QTest.keyClick(head.inbox_table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # Received
    qtbot.waitUntil(lambda: not head.view.step_actions["acknowledge"].isEnabled(), timeout=5000)
    assert head.view.step_actions["complete"].isEnabled()
    for window in (clerk, head):
        window.runner.wait()


def test_details_show_the_minute_and_the_completion_note(qtbot, app, demo_store):
    store = demo_store
    clerk = _sign_in(qtbot, store, "clerk")
    letter_id = _letter(store, clerk.actor)
    route(store, clerk.actor, letter_id, [Recipient(user_id=_user_id(store, "head"))], "")
    head_id = _user_id(store, "head")
    head_actor = store.actor(head_id)
    acknowledge(store, head_actor, letter_id)
    route(store, head_actor, letter_id, [Recipient(user_id=_user_id(store, "noy"))], "ກະລຸນາກະກຽມຄຳຕອບກ່ອນວັນສຸກ")
    noy_actor = store.actor(_user_id(store, "noy"))
    acknowledge(store, noy_actor, letter_id)
    complete(store, noy_actor, letter_id, "filed", None, "ເກັບເຂົ້າແຟ້ມງົບປະມານ 2026")

    clerk.view.show_letter(letter_id)
    details = clerk.view.fields.toPlainText().replace("\u200b", "")
    assert "Minute" in details and "ກະລຸນາກະກຽມຄຳຕອບກ່ອນວັນສຸກ" in details  # the head's instruction
    assert "Filed" in details and "ເກັບເຂົ້າແຟ້ມງົບປະມານ 2026" in details  # the official's note, once lost
    history = clerk.view.history.toPlainText().replace("\u200b", "")
    assert "Filed: ເກັບເຂົ້າແຟ້ມງົບປະມານ 2026" in history
    clerk.runner.wait()


def test_sizes_and_decimals_read_as_people_read_them(app):
    from eoffice_desktop.ui.numbers import decimal, file_size
    from eoffice_desktop.ui.resources import install_translation

    assert file_size(0) == "0 KB"
    assert file_size(300) == "1 KB"  # never "(0.0 MB)" for a small scan
    assert file_size(200 * 1024) == "200 KB"
    assert file_size(5 * 1024 * 1024 + 512 * 1024) == "5.5 MB"
    assert decimal(343.54) == "343.5"
    try:
        assert install_translation(app, "lo")
        # One decimal mark in Lao, the one the settings' spin boxes show too.
        assert file_size(5 * 1024 * 1024 + 512 * 1024) == "5,5 MB" and decimal(343.54) == "343,5"
        assert file_size(300) == "1 KB"
    finally:
        install_translation(app, "en")


def test_an_office_without_a_server_is_told_plainly(qtbot, app, demo_store):
    clerk = _sign_in(qtbot, demo_store, "clerk")
    _letter(demo_store, clerk.actor)
    clerk.sync_indicator.refresh()
    qtbot.waitUntil(lambda: clerk.sync_indicator.state.text() == "Works on this PC only", timeout=5000)
    assert clerk.sync_indicator.detail.text() == ""  # no "809 changes waiting to go out"
    assert "needs none to work" in clerk.sync_indicator.state.toolTip()
    clerk.runner.wait()


def test_every_tab_of_the_letter_is_in_sight_at_1366_wide(qtbot, app, demo_store):
    from eoffice_desktop.ui.resources import install_translation

    assert install_translation(app, "lo")  # (the Lao titles are the long ones)
    try:
        _tabs_in_sight(qtbot, demo_store)
    finally:
        install_translation(app, "en")


def _tabs_in_sight(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    clerk = _sign_in(qtbot, demo_store, "clerk")
    clerk.resize(1366, 728)
    clerk.show()
    clerk.sidebar.setCurrentRow(VIEWS.index("out"))  # an outgoing letter has all five tabs
    settle(clerk)  # (the incoming letters stay on screen until the outgoing ones arrive)
    assert clerk.model.rowCount() > 0
    clerk.table.selectRow(0)
    qtbot.waitUntil(lambda: clerk.view.detail is not None, timeout=5000)
    tabs = clerk.view.tabs
    bar = tabs.tabBar()
    visible = [i for i in range(tabs.count()) if tabs.isTabVisible(i)]
    assert len(visible) == 5
    split = clerk.view.parentWidget()
    split.setSizes([split.width() - 260, 260])  # narrower than at 1366 (this screen's fonts are narrower than a PC's)
    QApplication.processEvents()
    for index in visible:
        assert bar.rect().contains(bar.tabRect(index)), (tabs.tabText(index), bar.tabRect(index), bar.rect())
        assert bar.tabRect(index).width() >= bar.tabSizeHint(index).width()  # the whole title, not "ປະ…"
    clerk.runner.wait()


def _lao(char: str) -> bool:
    return "\u0e80" <= char <= "\u0eff"


def _word_at(text: str, position: int) -> str:
    """The Lao word (ICU's, found afresh in the text without breaks) that holds `position`."""
    from icu4py.breakers import WordBreaker

    plain = text.replace("\u200b", "")
    position -= text[:position].count("\u200b")
    for first, end in WordBreaker(plain, "lo").segments():
        if first <= position < end:
            return plain[first:end]
    return ""


def _breaks_inside_words(document) -> tuple[int, list[str]]:  # type: ignore[no-untyped-def]
    """(lines that wrapped inside Lao text, the places where a line starts inside a run of Lao letters)."""
    wrapped, bad = 0, []
    block = document.begin()
    while block.isValid():
        text, layout = block.text(), block.layout()
        metrics = QFontMetricsF(layout.font())
        for i in range(1, layout.lineCount()):
            start = layout.lineAt(i).textStart()
            if _lao(text[start - 1]) or (text[start - 1] == "\u200b"):
                wrapped += 1
            if _lao(text[start - 1]) and _lao(text[start]):
                word = _word_at(text, start)  # (a word wider than its cell alone: Qt has to cut it somewhere)
                if metrics.horizontalAdvance(word) <= layout.lineAt(i - 1).width():
                    bad.append(text[max(0, start - 6) : start] + "|" + text[start : start + 6])
        block = block.next()
    return wrapped, bad


def test_lao_lines_in_the_letter_panel_wrap_between_words(qtbot, app, demo_store):
    from eoffice_desktop.ui.lao_breaks import soft_breaks, without_breaks

    assert soft_breaks("ແຈ້ງການກ່ຽວກັບການສອບເສັງ").split("\u200b") == ["ແຈ້ງການ", "ກ່ຽວກັບ", "ການ", "ສອບເສັງ"]
    assert without_breaks(soft_breaks("ສອບເສັງ 0045")) == "ສອບເສັງ 0045"
    clerk = _sign_in(qtbot, demo_store, "clerk")
    clerk.view.fields.setFixedWidth(260)  # narrow: long Lao subjects, senders and summaries must wrap
    clerk.view.show()
    wrapped = 0
    with demo_store.db.session() as s:
        letters = [letter_id for (letter_id,) in s.query(Letter.id).limit(25)]
    for letter_id in letters:
        clerk.view.show_letter(letter_id)
        QApplication.processEvents()
        document = clerk.view.fields.document()
        document.setTextWidth(clerk.view.fields.viewport().width())
        count, bad = _breaks_inside_words(document)
        wrapped += count
        assert not bad, f"lines that start inside a Lao word: {bad}"
    assert wrapped > 10  # (the demo office's texts did wrap, so the check saw Lao lines break)
    clerk.runner.wait()


def _english_words(window) -> list[str]:  # type: ignore[no-untyped-def]
    """English words a person sees on the window: its title, labels, buttons, tabs and tooltips of tool buttons."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

    texts = [window.windowTitle()]
    assert any(w.text() for w in window.findChildren(QLabel)), "labels are empty"
    texts += [w.text() for w in window.findChildren(QLabel) if w.isVisibleTo(window)]
    texts += [w.text() for w in window.findChildren(QAbstractButton) if w.isVisibleTo(window)]
    texts += [w.toolTip() for w in window.findChildren(QAbstractButton) if w.isVisibleTo(window)]
    for bar in window.findChildren(QTabBar):
        texts += [bar.tabText(i) for i in range(bar.count())]
    allowed = {"PDF", "eOffice", "mm", "in", "pt"}
    words = [w for t in texts for w in re.findall(r"[A-Za-z]{2,}", t.replace("&", ""))]
    return [w for w in words if w not in allowed]


def test_qt_own_file_and_print_dialogs_speak_lao(qtbot, app, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QFileDialog

    from eoffice_desktop.ui.resources import install_translation

    assert install_translation(app, "lo")
    try:
        chooser = QFileDialog(None, "ເລືອກໄຟລ໌", str(tmp_path))
        chooser.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # (Qt's own, as on a Linux office PC)
        chooser.setNameFilter("PDF (*.pdf)")
        qtbot.addWidget(chooser)
        chooser.show()
        assert _english_words(chooser) == []
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        for dialog in (QPrintDialog(printer), QPrintPreviewDialog(printer)):
            qtbot.addWidget(dialog)
            dialog.show()
            assert _english_words(dialog) == [], type(dialog).__name__
    finally:
        install_translation(app, "en")


def test_a_wrapped_message_is_never_clipped(qtbot, app):
    from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

    from eoffice_desktop.ui.key_passphrase import PassphraseDialog
    from eoffice_desktop.ui.tasks import TaskRunner
    from eoffice_shared.signing.keys import WrongPassphrase

    extra = QWidget()
    form = QFormLayout(extra)
    warning = QLabel("Your certificate ends in 12 days. Ask IT for a new one before it ends, so you can go on signing.")
    warning.setWordWrap(True)
    form.addRow(warning)
    dialog = PassphraseDialog(
        TaskRunner(), "Sign the letter", "Type the passphrase.", [("current", "Passphrase", False)],
        lambda answers, job: None, extra=extra, wait=lambda: 30.0,
    )  # fmt: skip
    qtbot.addWidget(dialog)

    def whole() -> bool:
        labels = [w for w in dialog.findChildren(QLabel) if w.isVisible() and w.wordWrap() and w.text()]
        return all(w.height() >= w.heightForWidth(w.width()) for w in labels)

    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert whole()
    dialog._failed(WrongPassphrase("wrong"))  # the refusal and the wait: several wrapped lines appear

    for _ in range(3):  # (the dialog lays itself out again, then grows)
        QApplication.processEvents()
    assert whole()
    assert dialog.error.isVisible() and "wrong" in dialog.error.text()


def test_dialogs_with_typed_words_ask_before_throwing_them_away(
    qtbot, app, demo_store, monkeypatch, quiet_message_boxes
):
    from PySide6.QtWidgets import QMessageBox

    from eoffice_desktop.ui.letter_dialogs import VoidDialog
    from eoffice_desktop.ui.routing_dialogs import CompleteDialog, RouteDialog
    from tests.ui.conftest import type_text

    with demo_store.db.session() as s:
        letter = s.query(Letter).filter(Letter.direction == "in").first()
        s.expunge(letter)
    route = RouteDialog(demo_store, letter, _user_id(demo_store, "clerk"))
    qtbot.addWidget(route)
    route.show()
    QTest.keyClick(route, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert not route.isVisible() and quiet_message_boxes == []

    for dialog, field in (
        (RouteDialog(demo_store, letter, _user_id(demo_store, "clerk")), "minute"),
        (CompleteDialog(demo_store, letter), "note"),
        (VoidDialog(letter), "reason"),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        type_text(getattr(dialog, field), "ກະລຸນາກະກຽມຄຳຕອບ")
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible(), type(dialog).__name__  # asked, and "Cancel" keeps the words
        assert quiet_message_boxes[-1][0] == "Close without keeping what you wrote?"
        monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard))
        dialog.reject()
        assert not dialog.isVisible()
        monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel))

    from PySide6.QtWidgets import QPlainTextEdit

    from eoffice_desktop.ui.routing_dialogs import _TextDialog

    reason = _TextDialog()  # the reason of Return…, Comment…, Reopen…
    reason.setOption(_TextDialog.InputDialogOption.UsePlainTextEditForTextInput)
    qtbot.addWidget(reason)
    reason.show()
    type_text(reason.findChild(QPlainTextEdit), "ຂໍ້ມູນບໍ່ຄົບ")
    QTest.keyClick(reason, Qt.Key.Key_Escape)
    assert reason.isVisible() and reason.textValue() == "ຂໍ້ມູນບໍ່ຄົບ"


def test_f1_opens_the_guide_in_the_window_language_offline(qtbot, app, demo_store, monkeypatch):
    import re

    from PySide6.QtGui import QTextDocument

    from eoffice_desktop.ui import help_guide
    from eoffice_desktop.ui.resources import install_translation

    shown: list[str] = []

    def look(dialog) -> int:  # type: ignore[no-untyped-def]
        document = dialog.page.document()
        pictures = re.findall(r'<img src="([^"]+)"', document.toHtml())
        assert len(pictures) >= 3  # the real window in the guide's language: register, form, inbox
        for picture in pictures:  # (read from the app's own files: offline)
            assert not document.resource(QTextDocument.ResourceType.ImageResource, picture).isNull(), picture
        shown.append(document.toPlainText().replace("\u200b", ""))
        return 0

    monkeypatch.setattr(help_guide.GuideDialog, "exec", look)
    clerk = _sign_in(qtbot, demo_store, "clerk")
    clerk.show()
    clerk.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is clerk, timeout=5000)
    QTest.keyClick(clerk, Qt.Key.Key_F1)
    assert shown and "For the registry clerk" in shown[-1] and "Ctrl+R" in shown[-1]
    assert install_translation(app, "lo")
    try:
        QTest.keyClick(clerk, Qt.Key.Key_F1)
        assert "ສຳລັບພະນັກງານລົງທະບຽນ" in shown[-1] and "For the registry clerk" not in shown[-1]
    finally:
        install_translation(app, "en")
    clerk.runner.wait()


def _unnamed_controls(window) -> list[str]:  # type: ignore[no-untyped-def]
    """Controls a screen reader (or a test) could not find by name: no accessible name and no text of their own."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QTabWidget,
        QTextEdit,
    )

    kinds = (QAbstractItemView, QLineEdit, QComboBox, QAbstractButton, QTextEdit, QTabWidget)
    missing = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, kinds) or isinstance(widget, QHeaderView) or not widget.isVisibleTo(window):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, (QLineEdit, QComboBox, QTabWidget)) or type(parent).__name__ == "QTabBar":
            continue  # (parts of a named control: a field's clear button, a list's own box)
        own_text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or own_text.replace("&", "").strip()):
            missing.append(f"{type(widget).__name__} {widget.objectName() or ''} in {type(parent).__name__}")
    return missing


def test_the_main_controls_have_accessible_names(qtbot, app, demo_store):
    clerk = _sign_in(qtbot, demo_store, "clerk")
    clerk.sidebar.setCurrentRow(VIEWS.index("in"))
    clerk.show()
    clerk.table.selectRow(0)
    qtbot.waitUntil(lambda: clerk.view.detail is not None, timeout=5000)
    assert _unnamed_controls(clerk) == []
    for index in range(clerk.view.tabs.count()):  # every tab's page too
        clerk.view.tabs.setCurrentIndex(index)
        assert _unnamed_controls(clerk.view.tabs.currentWidget()) == [], clerk.view.tabs.tabText(index)
    names = {w.accessibleName() for w in clerk.findChildren(QWidget)}
    assert {"Registers and lists", "Find letters", "Letters", "The letter's details"} <= names
    clerk.runner.wait()


def _export_and_read_back(app, store, tmp_path, language: str):  # type: ignore[no-untyped-def]
    from eoffice_desktop.core.registry.export import export_csv
    from eoffice_desktop.core.registry.importer import guess_mapping, preview
    from eoffice_desktop.core.registry.register_query import RegisterFilter
    from eoffice_desktop.core.registry.spreadsheet import read_table
    from eoffice_desktop.ui.export_words import export_words
    from eoffice_desktop.ui.resources import install_translation

    assert install_translation(app, language)
    try:
        words = export_words()
    finally:
        install_translation(app, "en")
    path = tmp_path / f"register-{language}.csv"
    with store.db.session() as s:
        count = export_csv(s, path, RegisterFilter(direction="in"), words=words)
        letters = {  # (numbers restart every year: the number and the date tell a letter)
            (letter.registry_number, letter.register_date): letter
            for letter in s.query(Letter).filter(Letter.direction == "in").all()
        }
    raw = path.read_bytes()
    table = read_table(path)
    rows = preview(table, guess_mapping(table.headers, "in"), count=count)
    return raw, table, rows, letters


def test_a_register_exported_from_the_lao_window_is_in_lao_and_imports_back(qtbot, app, demo_store, tmp_path):
    raw, table, rows, letters = _export_and_read_back(app, demo_store, tmp_path, "lo")
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with its mark: Excel shows the Lao text
    text = raw.decode("utf-8-sig")
    assert "ຄວາມດ່ວນ" in table.headers and "ເລື່ອງ" in table.headers and "Urgency" not in table.headers
    assert "ດ່ວນ" in text and "very_urgent" not in text and "ທຳມະດາ" in text and "\u200b" not in text
    assert rows and all(not row.errors for row in rows), [row.errors for row in rows if row.errors][:3]
    for row in rows:  # the same words come back as the same codes
        letter = letters[(row.form.registry_number, row.form.register_date)]
        assert (row.form.urgency, row.form.doc_type, row.form.confidentiality, row.form.delivery_mode) == (
            letter.urgency,
            letter.doc_type,
            letter.confidentiality,
            letter.delivery_mode,
        )


def test_a_register_exported_from_the_english_window_imports_back_too(qtbot, app, demo_store, tmp_path):
    raw, table, rows, letters = _export_and_read_back(app, demo_store, tmp_path, "en")
    assert "Urgency" in table.headers and b"Very urgent" in raw
    assert rows and all(not row.errors for row in rows), [row.errors for row in rows if row.errors][:3]
    assert all(
        row.form.doc_type == letters[(row.form.registry_number, row.form.register_date)].doc_type for row in rows
    )


def test_the_printed_register_book_and_chart_labels_keep_lao_words_whole(qtbot, app, demo_store):
    from eoffice_desktop.core.registry.register_query import RegisterFilter, fetch_page
    from eoffice_desktop.ui.lao_breaks import shortened
    from eoffice_desktop.ui.printing import register_book

    with demo_store.db.session() as s:
        rows = fetch_page(s, RegisterFilter("in"), 0, 50, descending=False)
    book = register_book(demo_store.office(), "in", None, None, rows)
    book.setTextWidth(800)  # (narrow: long subjects and senders wrap)
    book.documentLayout().documentSize()
    wrapped, bad = _breaks_inside_words(book)
    assert not bad, f"printed lines that start inside a Lao word: {bad}"
    assert wrapped > 0

    label = shortened("ແຈ້ງການກ່ຽວກັບການສອບເສັງເຂົ້າຮຽນ", 18)  # a chart's label: cut between words
    assert label == "ແຈ້ງການກ່ຽວກັບການ…"
    assert shortened("ພະແນກການເງິນ", 18) == "ພະແນກການເງິນ"

    # The overview's charts of the demo office: every bar has its label, each whole or cut between two words.
    from PySide6.QtCharts import QBarCategoryAxis

    from eoffice_desktop.core.people.accounts import viewer_of
    from eoffice_desktop.ui.dashboard import DashboardDialog
    from tests.ui.test_lao_wrap import _icu_boundaries

    with demo_store.db.session() as s:
        head = viewer_of(s, _user_id(demo_store, "head"))
    overview = DashboardDialog(demo_store, head)
    qtbot.addWidget(overview)
    cut = 0
    for chart in overview.charts:
        axis = next(a for a in chart.chart().axes() if isinstance(a, QBarCategoryAxis))
        shown = axis.categories()
        assert len(shown) == max(len(chart.bars), 1)  # (none skipped)
        for bar, label in zip(chart.bars, shown, strict=False):
            if label == bar.label or not bar.label:  # (whole, or letters outside any department: "(not set)")
                continue
            kept = label.removesuffix("…")
            assert label.endswith("…") and bar.label.startswith(kept), (bar.label, label)
            end = len(kept.rstrip())  # (ICU's word breaker, asked afresh: the cut is one of its boundaries)
            assert end in _icu_boundaries(bar.label) or bar.label[end] == " ", f"cut inside a word: {label}"
            cut += 1
    assert sum(len(c.bars) for c in overview.charts) > 10 and cut > 0  # (some long names were cut)


def test_the_letter_panel_keeps_one_width_and_the_status_bar_stays_whole(qtbot, app, demo_store):
    """The panel was as wide as its row of step buttons: wider for a letter with six steps, narrower in an empty
    inbox, so the buttons moved under the mouse and the register's subjects were squeezed. Now it has one width."""
    from eoffice_desktop.ui.resources import install_translation

    assert install_translation(app, "lo")  # (the Lao words are the long ones)
    try:
        head = _sign_in(qtbot, demo_store, "head")
        head.resize(1366, 728)
        head.show()
        qtbot.waitExposed(head)
        widths = {"empty inbox": head.view.width()}
        head.inbox_table.selectRow(0)
        qtbot.waitUntil(lambda: head.view.detail is not None, timeout=5000)
        QApplication.processEvents()
        widths["a letter with its steps"] = head.view.width()
        assert sum(not b.isHidden() for b in head.view.route_buttons.values()) >= 4
        head.sidebar.setCurrentRow(VIEWS.index("in"))
        qtbot.waitUntil(lambda: head.model.rowCount() > 0, timeout=5000)
        head.table.selectRow(head.model.rowCount() - 1)
        QApplication.processEvents()
        widths["the register"] = head.view.width()
        assert len(set(widths.values())) == 1, widths
        bar = head.statusBar()
        assert bar.rect().contains(head.sync_indicator.geometry()), (bar.rect(), head.sync_indicator.geometry())
        head.runner.wait()
    finally:
        install_translation(app, "en")
