"""One letter walks through the office as people would do it, each signing in on the same PC."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eoffice_desktop.core.people.accounts import LoginThrottle
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.storage.models import Letter, User
from eoffice_desktop.ui import letter_view
from eoffice_desktop.ui.main_window import VIEWS, MainWindow
from eoffice_desktop.ui.start_dialogs import LoginDialog


def _sign_in(qtbot, store, username: str) -> MainWindow:  # type: ignore[no-untyped-def]
    login = LoginDialog(store, LoginThrottle(), username=username)
    qtbot.addWidget(login)
    login.password.setText("eoffice-demo")
    login.sign_in()
    assert login.viewer is not None, username
    with store.db.session() as s:
        name = s.get(User, login.viewer.user_id).display_name
    window = MainWindow(store, store.actor(login.viewer.user_id), login.viewer, name)
    qtbot.addWidget(window)
    window.sidebar.setCurrentRow(VIEWS.index("inbox"))
    qtbot.waitUntil(lambda: "(" in _inbox_text(window), timeout=5000)  # the counts arrive after the window shows
    return window


def _user_id(store, username: str) -> str:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    with store.db.session() as s:
        return s.scalars(select(User.id).where(User.username == username)).one()


def _inbox_text(window: MainWindow) -> str:
    return window.sidebar.item(VIEWS.index("inbox")).text()


def _send_to(monkeypatch, store, username: str) -> None:  # type: ignore[no-untyped-def]
    target = _user_id(store, username)

    def choose(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.select("user", target)
        dialog.minute.setPlainText(f"ສົ່ງໃຫ້ {username}")
        return 1

    monkeypatch.setattr(letter_view.RouteDialog, "exec", choose)


def test_register_route_forward_comment_complete(qtbot, app, demo_store, monkeypatch):
    store = demo_store
    clerk = _sign_in(qtbot, store, "clerk")
    letter_id = register_letter(
        store,
        clerk.actor,
        LetterForm(register_date=date.today(), sender_name="ກະຊວງການເງິນ", subject="ຂໍຂໍ້ມູນງົບປະມານ", urgency="urgent"),
    ).letter_id
    clerk.view.show_letter(letter_id)
    _send_to(monkeypatch, store, "head")
    clerk.view._route()
    clerk.runner.wait()
    qtbot.waitUntil(lambda: "ສົ່ງໃຫ້ head" in clerk.view.history.toPlainText().replace("\u200b", ""), timeout=5000)

    head = _sign_in(qtbot, store, "head")
    assert head.inbox_model.row_of(letter_id) >= 0
    before = _inbox_text(head)
    head.select_letter(letter_id)
    assert head.view.route_buttons["acknowledge"].isVisibleTo(head.view)
    head.view._acknowledge()
    head.runner.wait()
    _send_to(monkeypatch, store, "noy")
    head.view._route()
    head.runner.wait()
    qtbot.waitUntil(lambda: head.inbox_model.row_of(letter_id) < 0, timeout=5000)
    qtbot.waitUntil(lambda: _inbox_text(head) != before, timeout=5000)

    noy = _sign_in(qtbot, store, "noy")
    noy.select_letter(letter_id)
    noy.view._acknowledge()
    noy.runner.wait()
    monkeypatch.setattr(letter_view, "ask_text", lambda *a: "ກຳລັງກະກຽມຄຳຕອບ")
    noy.view._comment()
    noy.runner.wait()
    reply = register_letter(
        store,
        clerk.actor,
        LetterForm(direction="out", register_date=date.today(), recipients=[_org(store, letter_id)], subject="ຕອບ"),
    )

    def finish(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("answered"))
        dialog.reply.setCurrentIndex(dialog.reply.findData(reply.letter_id))
        return 1

    monkeypatch.setattr(letter_view.CompleteDialog, "exec", finish)
    noy.view._complete()
    noy.runner.wait()
    qtbot.waitUntil(lambda: noy.inbox_model.row_of(letter_id) < 0, timeout=5000)
    with store.db.session() as s:
        letter = s.get(Letter, letter_id)
        assert letter.status == "completed" and s.get(Letter, reply.letter_id).in_reply_to == letter_id
    noy.view.show_letter(letter_id)
    history = noy.view.history.toPlainText().replace("\u200b", "")
    for word in ("ສົ່ງໃຫ້ head", "ສົ່ງໃຫ້ noy", "ກຳລັງກະກຽມຄຳຕອບ"):
        assert word in history
    for window in (clerk, head, noy):
        window.runner.wait()


def _org(store, letter_id: str) -> str:  # type: ignore[no-untyped-def]
    with store.db.session() as s:
        return s.get(Letter, letter_id).sender_org_id


def test_official_cannot_act_on_a_letter_not_routed_to_them(qtbot, app, demo_store):
    noy = _sign_in(qtbot, demo_store, "noy")
    letter_id = register_letter(
        demo_store,
        demo_store.admin_actor(),
        LetterForm(register_date=date.today(), sender_name="ກງ", subject="ລັບ", confidentiality="confidential"),
    ).letter_id
    noy.view.show_letter(letter_id)
    assert noy.view.detail is None  # not shown at all
    assert not any(b.isVisibleTo(noy.view) for b in noy.view.route_buttons.values())


def test_routing_slip_register_book_and_dashboard(qtbot, app, demo_store, tmp_path: Path):
    from eoffice_desktop.core.journey.tracking import format_code
    from eoffice_desktop.core.registry.register_query import RegisterFilter, fetch_page
    from eoffice_desktop.core.routing.timeline import timeline
    from eoffice_desktop.ui.dashboard import DashboardDialog
    from eoffice_desktop.ui.printing import print_document, register_book, routing_slip

    head = _sign_in(qtbot, demo_store, "head")
    with demo_store.db.session() as s:
        from sqlalchemy import select

        letter = s.scalars(select(Letter).where(Letter.moved.is_(True))).first()
        entries = timeline(s, letter.id)
        rows = fetch_page(s, RegisterFilter("in"), 0, 50, descending=False)
    slip = routing_slip(letter, demo_store.office(), entries)
    assert format_code(letter.tracking_code) in slip.toPlainText()
    assert print_document(slip, pdf=tmp_path / "slip.pdf")
    assert (tmp_path / "slip.pdf").read_bytes().startswith(b"%PDF")
    book = register_book(demo_store.office(), "in", None, None, rows)
    assert rows[0].registry_number in book.toPlainText()
    assert print_document(book, pdf=tmp_path / "book.pdf", landscape=True)
    dialog = DashboardDialog(demo_store, head.viewer, head)
    qtbot.addWidget(dialog)
    busiest = max(dialog.charts[3].bars, key=lambda b: b.value)
    dialog.show_letters(busiest)
    assert dialog.letters.count() == min(int(busiest.value), 500) > 0


@pytest.mark.parametrize("typed", ["{code}", "{dashed}", "{lower}"])
def test_scanned_tracking_code_opens_the_letter(qtbot, app, demo_store, typed: str):
    from eoffice_desktop.core.journey.tracking import format_code

    clerk = _sign_in(qtbot, demo_store, "clerk")
    with demo_store.db.session() as s:
        from sqlalchemy import select

        letter = s.scalars(select(Letter).where(Letter.direction == "out")).first()
    text = typed.format(
        code=letter.tracking_code, dashed=format_code(letter.tracking_code), lower=letter.tracking_code.lower()
    )
    clerk.search.setText(text)
    clerk._open_exact()
    assert clerk.view.detail is not None and clerk.view.detail.letter.id == letter.id


def test_head_redirects_a_letter_and_the_previous_holder_keeps_a_copy(qtbot, app, demo_store, monkeypatch):
    store = demo_store
    clerk = _sign_in(qtbot, store, "clerk")
    letter_id = register_letter(
        store, clerk.actor, LetterForm(register_date=date.today(), sender_name="ແຂວງ", subject="ຂໍອະນຸຍາດ")
    ).letter_id
    clerk.view.show_letter(letter_id)
    _send_to(monkeypatch, store, "noy")
    clerk.view._route()
    clerk.runner.wait()

    head = _sign_in(qtbot, store, "head")
    head.view.show_letter(letter_id)
    button = head.view.route_buttons["redirect"]
    assert button.isVisibleTo(head.view)
    _send_to(monkeypatch, store, "somsak")
    head.view._redirect()
    head.runner.wait()
    qtbot.waitUntil(lambda: "Redirected" in head.view.history.toPlainText().replace("\u200b", ""), timeout=5000)
    history = head.view.history.toPlainText().replace("\u200b", "")
    assert "ສົ່ງໃຫ້ somsak" in history and "Copy (previous holder)" in history

    noy = _sign_in(qtbot, store, "noy")
    assert noy.inbox_model.row_of(letter_id) >= 0  # kept in copy, for information
    noy.select_letter(letter_id)
    assert not noy.view.route_buttons["complete"].isVisibleTo(noy.view)
    somsak = _sign_in(qtbot, store, "somsak")
    assert somsak.inbox_model.row_of(letter_id) >= 0
    with store.db.session() as s:
        somsak_name = s.get(User, _user_id(store, "somsak")).display_name
        assert s.get(Letter, letter_id).holders_text == somsak_name
    for window in (clerk, head, noy, somsak):
        window.runner.wait()
