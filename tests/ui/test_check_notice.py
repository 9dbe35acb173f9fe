"""The app's weekly full check finds a register row changed in SQLite, and the head of office is told what to do;
an ordinary clerk is not, and the finding waits for the head's next sign-in."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from eoffice_desktop.core.checks.scheduled_check import LAST_FULL, full_check_due, problems_found, run_check
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.accounts import viewer_of
from eoffice_desktop.core.search.text import register_sql_functions
from eoffice_desktop.core.storage.models import User
from eoffice_desktop.core.storage.settings import delete_setting
from eoffice_desktop.ui.check_notice import CheckNotice
from eoffice_desktop.ui.tasks import TaskRunner


def _viewer(store: OfficeStore, username: str):  # type: ignore[no-untyped-def]
    with store.db.session() as s:
        return viewer_of(s, s.scalars(select(User).where(User.username == username)).one().id)


def _edit_a_register_row(store: OfficeStore) -> None:
    conn = sqlite3.connect(store.data_dir.database)
    register_sql_functions(conn)
    conn.execute("UPDATE letters SET subject = 'ເລື່ອງອື່ນ' WHERE id = (SELECT min(id) FROM letters)")
    conn.commit()
    conn.close()


def test_the_head_of_office_is_told_what_the_weekly_check_found(qtbot, app, demo_store, quiet_message_boxes):  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    window = QWidget()
    qtbot.addWidget(window)
    assert full_check_due(demo_store)
    assert run_check(demo_store, full=True).ok  # the untouched office
    assert not full_check_due(demo_store) and full_check_due(demo_store, datetime.now() + timedelta(days=8))
    _edit_a_register_row(demo_store)
    assert run_check(demo_store).ok, "the quick check does not rebuild the registers"

    clerk = CheckNotice(window, demo_store, runner, _viewer(demo_store, "clerk"))
    weekly = run_check(demo_store, full=True)
    assert not weekly.ok
    clerk._checked(weekly)
    assert quiet_message_boxes == []  # not for a clerk
    assert any("letters row" in p for p in problems_found(demo_store))
    assert run_check(demo_store).ok and problems_found(demo_store), "a quick check does not clear a full one's finding"

    head = CheckNotice(window, demo_store, runner, _viewer(demo_store, "head"))
    head.start(first_ms=10)
    qtbot.waitUntil(lambda: bool(quiet_message_boxes), timeout=10_000)
    title, text = quiet_message_boxes[0]
    assert title == "The office's records need attention"
    assert "letters row" in text and "call IT staff" in text

    quiet_message_boxes.clear()  # the next week, in the background of an open window
    with demo_store.db.write() as s:
        delete_setting(s, LAST_FULL)
    CheckNotice(window, demo_store, runner, _viewer(demo_store, "head")).weekly()
    qtbot.waitUntil(lambda: bool(quiet_message_boxes), timeout=60_000)
    assert "letters row" in quiet_message_boxes[0][1]
    runner.wait()
