"""The search box on a real office: typing searches off the GUI thread, a newer query supersedes a slow one, matched
words are highlighted, the "More filters" popup combines with the words, and saved searches live in the sidebar."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import select

from eoffice_desktop.core.demo.build import generate_demo
from eoffice_desktop.core.office import open_store
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter, void_letter
from eoffice_desktop.core.search.query import SearchQuery, count_matches, search_letters
from eoffice_desktop.core.signing.tables import Signature
from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.ui.search_highlight import MARK
from tests.ui.conftest import clerk_of, settle, type_text

WORD = "ປະຊຸມ"


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("search") / "office"
    store = open_store(root)
    generate_demo(store, 1500, attachment_share=0.0, routed=30)
    actor, _, _ = clerk_of(store)
    today = date.today()
    form = LetterForm(register_date=today, sender_name="ແຂວງຄຳມ່ວນ", subject="ລົງທະບຽນຊໍ້າ ກອງປະຊຸມພິເສດ")
    void_letter(store, actor, register_letter(store, actor, form, today=today).letter_id, "registered twice")
    store.close()
    return root


@pytest.fixture
def window(qtbot, app, office):  # type: ignore[no-untyped-def]
    store = open_store(office)
    actor, viewer, name = clerk_of(store)
    win = MainWindow(store, actor, viewer, name)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    win.runner.wait()
    store.close()


def shown_ids(win: MainWindow) -> list[str]:
    return [row.id for row in win.model.rows()]


def core_ids(win: MainWindow, query: SearchQuery, sort: str = "recent", descending: bool = True) -> list[str]:
    with win.store.db.session() as s:
        return [r.id for r in search_letters(s, query, 0, 200, sort, descending, viewer=win.viewer)]


def test_typing_searches_off_the_gui_thread_and_highlights_the_words(qtbot, window):
    register_rows = shown_ids(window)
    type_text(window.search, WORD)
    assert shown_ids(window) == register_rows  # nothing ran while typing: the query waits for a pause
    query = SearchQuery(WORD, direction="in")
    expected = core_ids(window, query)
    assert expected
    qtbot.waitUntil(lambda: shown_ids(window) == expected, timeout=10000)
    with window.store.db.session() as s:
        total = count_matches(s, query, viewer=window.viewer)
    qtbot.waitUntil(lambda: window.count_label.text() == f"{total} letters found", timeout=10000)

    row = next(i for i in range(window.model.rowCount()) if WORD in window.model.row_at(i).subject)
    subject = window.model.row_at(row).subject
    start = subject.index(WORD)
    assert window.highlight.spans(subject) and (start, start + len(WORD)) in window.highlight.spans(subject)
    window.table.scrollTo(window.model.index(row, 3))
    rect = window.table.visualRect(window.model.index(row, 3))
    image = window.table.viewport().grab().toImage()
    marked = [
        (x, y)
        for y in range(rect.top() + 2, rect.bottom() - 1, 2)
        for x in range(rect.left(), rect.right(), 2)
        if image.pixelColor(x, y) == MARK
    ]
    assert marked, "the matched word is drawn on the highlight colour"

    window.search.clear()  # back to the register, sorted by number again
    qtbot.waitUntil(lambda: shown_ids(window) == register_rows, timeout=10000)
    assert window.model.sort_key == "number"


def test_many_matches_say_more_than_first_then_the_exact_count(qtbot, window):
    window.results._runner.approximate_above = 5  # a million letters' "more than 10,000", on a small office
    query = SearchQuery("ປະ", direction="in")
    with window.store.db.session() as s:
        total = count_matches(s, query, viewer=window.viewer)
    assert total > 200  # more than one page, so the count is asked for
    seen: list[tuple[bool, str]] = []
    window.results.counted.connect(lambda _total, exact: seen.append((exact, window.count_label.text())))
    window.search.setText(query.text)
    window.refresh()
    qtbot.waitUntil(lambda: any(exact for exact, _ in seen), timeout=20000)
    assert seen == [(False, "More than 5 letters found"), (True, f"{total} letters found")]
    assert window.model.total() == total


def test_tone_mark_typed_first_is_highlighted_where_the_letter_has_it(window):
    window.highlight.query = "ນ\u0ec9\u0ecd\u0eb2"  # ນ້ຳ typed as ນ + tone + nikhahit + aa
    text = "ລາຍງານໄພນ້ຳຖ້ວມ"
    start = text.index("ນ້ຳ")
    assert window.highlight.spans(text) == ((start, start + len("ນ້ຳ")),)


def test_a_slow_search_is_superseded_by_the_next_keystroke(qtbot, window):
    window.search.setText("ປະ")
    window.refresh()
    qtbot.waitUntil(lambda: window.count_label.text().endswith("found"), timeout=10000)
    resets: list[list[str]] = []
    window.model.reloaded.connect(lambda: resets.append(shown_ids(window)))

    window.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # by sender over a two-letter word: a slow query
    assert resets == []  # the GUI thread only handed it to the search worker; no rows were computed here
    type_text(window.search, "ຊຸມ")  # the user keeps typing while it runs (or waits for the worker)
    window._search_timer.stop()
    window.refresh()
    final = SearchQuery("ປະຊຸມ", direction="in")
    expected = core_ids(window, final, sort="correspondent", descending=False)
    qtbot.waitUntil(lambda: shown_ids(window) == expected, timeout=10000)
    qtbot.wait(300)  # anything the slow query might still report would have arrived by now
    assert resets == [expected]  # the rows of "ປະ" sorted by sender never reached the table
    assert shown_ids(window) == expected


def test_more_filters_void_letters_and_saved_searches(qtbot, window, monkeypatch):
    type_text(window.search, "ກອງປະຊຸມພິເສດ")
    qtbot.waitUntil(lambda: window.count_label.text().endswith("found"), timeout=10000)
    voided = [window.model.row_at(i) for i in range(window.model.rowCount()) if window.model.row_at(i).status == "void"]
    assert voided == []  # void letters stay out by default
    window.more_filters.include_void.setChecked(True)
    qtbot.waitUntil(lambda: any(window.model.row_at(i).status == "void" for i in range(window.model.rowCount())))
    assert "(1)" in window.more_button.text()

    window.search.clear()
    window.more_filters.include_void.setChecked(False)
    window._show_more_filters()
    assert window.more_filters.isVisible()
    window.more_filters.both.setChecked(True)
    window.more_filters.signed.setChecked(True)  # filters alone, no words: still a search
    with window.store.db.session() as s:
        signed = set(s.scalars(select(Signature.letter_id)))
    assert signed
    qtbot.waitUntil(lambda: set(shown_ids(window)) == signed, timeout=10000)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("ລົງລາຍເຊັນແລ້ວ", True)))
    window.more_filters.save_requested.emit()
    assert window.saved.names() == ["ລົງລາຍເຊັນແລ້ວ"]
    window.more_filters.clear()
    qtbot.waitUntil(lambda: not window.results.active and window.model.sort_key == "number", timeout=10000)
    settle(window)
    assert set(shown_ids(window)) != signed

    item = window.saved.item(0)
    qtbot.mouseClick(window.saved.viewport(), Qt.MouseButton.LeftButton, pos=window.saved.visualItemRect(item).center())
    assert window.more_filters.signed.isChecked() and window.more_filters.both.isChecked()
    qtbot.waitUntil(lambda: set(shown_ids(window)) == signed, timeout=10000)

    window.saved.save("ດ່ວນ", SearchQuery(urgency="urgent", direction="in"))
    assert window.saved.rename(window.saved.item(1), "ລົງລາຍເຊັນແລ້ວ") is not None  # that name is taken
    assert window.saved.rename(window.saved.item(1), "ດ່ວນ, ມາແຕ່ແຂວງ") is None
    assert window.saved.save("   ", SearchQuery()) is not None  # a name is needed
    window.saved.delete(window.saved.item(0))
    assert window.saved.names() == ["ດ່ວນ, ມາແຕ່ແຂວງ"]


def test_a_mistyped_date_gets_a_message_and_keeps_the_search(qtbot, window):
    window.more_filters.date_from.edit.setText("01/01/2020")
    qtbot.waitUntil(lambda: window.count_label.text().endswith("found"), timeout=10000)
    rows = shown_ids(window)
    window.more_filters.date_to.edit.setText("31/02/2026")  # no such day
    assert window.more_filters.date_error.isVisibleTo(window.more_filters)
    assert "26/02/2026" in window.more_filters.date_error.text()
    assert window.more_filters.values()["date_to"] is None and window.more_filters.date_to.text() == "31/02/2026"
    assert shown_ids(window) == rows  # the results stay as they were
    window.more_filters.date_to.edit.setText("28/02/2026")
    assert not window.more_filters.date_error.isVisibleTo(window.more_filters)
    expected = core_ids(window, SearchQuery(direction="in", date_from=date(2020, 1, 1), date_to=date(2026, 2, 28)))
    qtbot.waitUntil(lambda: shown_ids(window) == expected, timeout=10000)


def test_the_sender_filter_is_found_by_typing_part_of_a_name(qtbot, app, demo_store):
    from eoffice_desktop.ui.search_filters import MoreFilters
    from tests.ui.conftest import type_text

    filters = MoreFilters(demo_store)
    qtbot.addWidget(filters)
    filters.reload_choices()
    filters.show()
    filters.sender.lineEdit().selectAll()  # "Any" is replaced by what is typed
    type_text(filters.sender.lineEdit(), "ການເງິນ")  # the middle of "ກະຊວງການເງິນ"
    completer = filters.sender.completer()
    assert completer.completionCount() >= 1
    assert "ກະຊວງການເງິນ" in completer.currentCompletion()
