"""The window listens to what changed: a change announced on its hub makes each part read again only when the change
touched what it shows (the register, the letter pane, the saved searches), and a change made through the letter pane
reaches the register without a reload of everything."""

from __future__ import annotations

from datetime import date

from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import correct_field, register_letter
from eoffice_desktop.core.search.query import SearchQuery
from eoffice_desktop.core.service import Office
from eoffice_desktop.ui.main_window import MainWindow
from tests.ui.conftest import clerk_of, settle


def test_each_part_reads_again_only_what_a_change_touched(qtbot, app, demo_store, monkeypatch):
    store = demo_store
    actor, viewer, name = clerk_of(store)
    window = MainWindow(store, actor, viewer, name)
    qtbot.addWidget(window)
    window.show()
    resets: list[int] = []
    window.model.reloaded.connect(lambda: resets.append(1))
    shown_letters: list[str | None] = []
    original_show = window.view.show_letter

    def show_letter(letter_id: str | None) -> None:
        shown_letters.append(letter_id)
        original_show(letter_id)

    monkeypatch.setattr(window.view, "show_letter", show_letter)
    window.table.selectRow(0)
    shown = window.selected_letter()
    assert shown is not None
    shown_letters.clear()
    resets.clear()

    window.ops.hub.publish(Changes(settings=True, outbox=False))  # a setting: no list and no letter reads again
    window.ops.hub.publish(Changes(letters=frozenset({"let_not_shown"}), inbox=True))  # another letter's routing
    assert resets == [] and shown_letters == []

    window.ops.hub.publish(Changes(letters=frozenset({shown})))  # the letter on screen, its register row unchanged
    assert shown_letters == [shown] and resets == []

    shown_letters.clear()
    form = LetterForm(register_date=date.today(), sender_name="ກະຊວງການເງິນ", subject="ມາຮອດລະຫວ່າງເຮັດວຽກ")
    new = register_letter(store, actor, form)  # (made elsewhere, e.g. by a sync: announced like one)
    window.apply_changes(new.changes)
    settle(window)
    assert resets  # the register on screen read again, and the clerk's selection stayed
    assert window.selected_letter() == shown
    assert window.model.row_of(new.letter_id) >= 0

    before = window.saved.names()
    window.ops.change_and_wait(lambda office: office.save_search(viewer.user_id, "ດ່ວນ", SearchQuery(urgency="urgent")))
    assert window.saved.names() == [*before, "ດ່ວນ"]  # the list heard it from the hub
    window.close()


def test_a_change_through_the_letter_pane_reaches_the_register(qtbot, app, demo_store):
    store = demo_store
    actor, viewer, name = clerk_of(store)
    window = MainWindow(store, actor, viewer, name)
    qtbot.addWidget(window)
    window.show()
    announced: list[Changes] = []
    window.ops.hub.changed.connect(announced.append)
    window.table.selectRow(0)
    letter_id = window.selected_letter()
    assert letter_id is not None
    with qtbot.waitSignal(window.view.changed, timeout=10_000):
        window.view._run(lambda _job: correct_field(store, actor, letter_id, "subject", "ເລື່ອງທີ່ແກ້ໄຂແລ້ວ", "ພິມຜິດ"))
    assert any(letter_id in c.letters and c.registers for c in announced)
    settle(window)
    row = window.model.row_of(letter_id)
    assert window.model.row_at(row).subject == "ເລື່ອງທີ່ແກ້ໄຂແລ້ວ"
    assert Office(store).letter_place(letter_id) is not None
    window.close()


def test_a_sync_a_usb_bundle_and_an_import_say_what_they_changed_and_the_window_reads_again(qtbot, app, demo_store):
    """A sync cycle (`SyncReport`), a USB bundle read in (`ApplyResult`) and a register import (`ImportReport`) carry
    their `Changes`; the window announces a finished sync's on its hub, and the register and the letter on screen
    read again."""
    from eoffice_desktop.core.registry.importer import ImportReport
    from eoffice_desktop.core.replication import ApplyResult
    from eoffice_desktop.ui.ops import changes_of
    from sync.client.engine import SyncReport

    assert changes_of(SyncReport()) == changes_of(ApplyResult()) == Changes.from_elsewhere()
    assert not Changes.from_elsewhere().outbox and Changes.from_elsewhere().all_letters
    assert changes_of(ImportReport()).outbox is False  # (nothing imported: nothing to read again)
    store = demo_store
    actor, viewer, name = clerk_of(store)
    window = MainWindow(store, actor, viewer, name)
    qtbot.addWidget(window)
    window.show()
    window.table.selectRow(0)
    shown = window.selected_letter()
    announced: list[Changes] = []
    window.ops.hub.changed.connect(announced.append)
    resets: list[int] = []
    window.model.reloaded.connect(lambda: resets.append(1))
    window.sync_worker.finished.emit(SyncReport(pulled=3))
    settle(window)
    assert announced == [Changes.from_elsewhere()]
    assert resets and window.selected_letter() == shown
    window.close()


def test_the_overview_reads_again_only_for_the_changes_it_shows(qtbot, app, demo_store):
    from eoffice_desktop.ui.dashboard import DashboardDialog
    from eoffice_desktop.ui.ops import ChangeHub

    hub = ChangeHub()
    _actor, viewer, _name = clerk_of(demo_store)
    dialog = DashboardDialog(demo_store, viewer, hub=hub)
    qtbot.addWidget(dialog)
    charts = list(dialog.charts)
    hub.publish(Changes(settings=True, outbox=False))  # a setting: the charts stay as they are
    assert dialog.charts == charts
    hub.publish(Changes(letters=frozenset({"let_x"}), inbox=True))  # routing: the charts are drawn again
    assert dialog.charts != charts and len(dialog.charts) == len(charts)
