"""The year shows wherever a date or a registry number does: numbers restart every year."""

from __future__ import annotations

from datetime import date

from eoffice_desktop.ui.labels import number_of_year
from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.ui.resources import set_app_font
from tests.ui.conftest import clerk_of


def test_register_dates_show_their_year_and_old_numbers_say_their_year(qtbot, app, demo_store):
    set_app_font(app, 13)  # a larger font, as on a PC whose text was made bigger: dates still show whole
    actor, viewer, name = clerk_of(demo_store)
    window = MainWindow(demo_store, actor, viewer, name)
    set_app_font(app)
    qtbot.addWidget(window)
    window.show()
    model, table = window.model, window.table
    metrics = table.fontMetrics()
    for column in (1, 6):
        for row in range(model.rowCount()):
            text = model.index(row, column).data()
            assert metrics.horizontalAdvance(text) + 8 <= table.columnWidth(column), (text, table.columnWidth(column))
    years = {model.row_at(row).register_date.year for row in range(model.rowCount())}
    assert len(years) > 1  # (the demo office has two years of letters)
    for row in range(model.rowCount()):
        letter = model.row_at(row)
        shown = model.index(row, 0).data()
        assert (str(letter.register_date.year) in shown) == (letter.register_date.year != date.today().year)


def test_a_number_keeps_the_year_it_already_says():
    assert number_of_year("0045/ຊສຖ", 2025, 2026) == "0045/ຊສຖ (2025)"
    assert number_of_year("0045/ຊສຖ", 2026, 2026) == "0045/ຊສຖ"
    assert number_of_year("ຊສຖ/2025/0045", 2025, 2026) == "ຊສຖ/2025/0045"
