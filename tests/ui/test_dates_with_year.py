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


def test_a_last_years_letter_in_an_inbox_shows_its_year(qtbot, app, demo_store):
    """A letter registered last year and sent on this year: its number says its year in the inbox too."""
    from eoffice_desktop.core.people.accounts import viewer_of
    from eoffice_desktop.core.routing.actions import Recipient, route
    from eoffice_desktop.core.routing.inbox import inbox
    from eoffice_desktop.core.storage.models import Letter
    from eoffice_desktop.ui.inbox_model import InboxModel
    from tests.ui.test_routing_walk import _user_id

    actor, _viewer, _name = clerk_of(demo_store)
    last_year = date.today().year - 1
    with demo_store.db.session() as s:
        old = s.query(Letter).filter(Letter.registry_year == last_year, Letter.status != "void").first()
        new = s.query(Letter).filter(Letter.registry_year == last_year + 1, Letter.status != "void").first()
        assert old is not None and new is not None  # (the demo office has two years of letters)
        old_id, number, new_id, new_number = old.id, old.registry_number, new.id, new.registry_number
    head = _user_id(demo_store, "head")
    for letter_id in (old_id, new_id):
        route(demo_store, actor, letter_id, [Recipient(user_id=head)], "")
    model = InboxModel()
    with demo_store.db.session() as s:
        model.set_rows(inbox(s, viewer_of(s, head)))
    shown = model.index(model.row_of(old_id), 0).data()
    assert shown == f"{number} ({last_year})"
    assert model.index(model.row_of(new_id), 0).data() == new_number
