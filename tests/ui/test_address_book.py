"""The address book window: a clerk corrects an entry's name and merges a duplicate into it; the change is recorded,
the duplicate's letters are found under the entry, and a refusal is shown in words."""

from __future__ import annotations

from sqlalchemy import select

from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation, list_organisations
from eoffice_desktop.core.storage.models import Event, Organisation
from eoffice_desktop.ui import address_book
from eoffice_desktop.ui.address_book import AddressBookDialog
from eoffice_desktop.ui.tasks import TaskRunner
from tests.ui.conftest import clerk_of


def _row_of(dialog: AddressBookDialog, name: str) -> int:
    for row in range(dialog.table.rowCount()):
        if dialog.table.item(row, 0).text().startswith(name):
            return row
    raise AssertionError(f"{name} is not listed")


def test_a_clerk_renames_an_entry_and_merges_a_duplicate(qtbot, app, demo_store, monkeypatch):
    store = demo_store
    clerk, _viewer, _name = clerk_of(store)
    with store.db.write() as s:
        right = add_organisation(s, store.log, clerk, EntryFields("ສູນທົດລອງພືດນາຊາຍ")).id
        add_organisation(s, store.log, clerk, EntryFields("ສູນທົດລອງ ພືດນາຊາຍ"))
    runner = TaskRunner()
    dialog = AddressBookDialog(store, clerk, runner)
    qtbot.addWidget(dialog)
    dialog.find.setText("ນາຊາຍ")
    assert dialog.table.rowCount() == 2
    assert not dialog.buttons["edit"].isEnabled()  # nothing chosen yet

    dialog.table.selectRow(_row_of(dialog, "ສູນທົດລອງພືດ"))

    def rename(entry) -> int:  # type: ignore[no-untyped-def]
        entry.name_en.setText("Agriculture and Forestry Office")
        entry.abbr.setText("ກປ")
        return 1

    monkeypatch.setattr(address_book.EntryDialog, "exec", rename)
    with qtbot.waitSignal(dialog.changed):
        dialog.edit()
    assert dialog.table.item(_row_of(dialog, "ສູນທົດລອງພືດ"), 2).text() == "ກປ"

    dialog.table.selectRow(_row_of(dialog, "ສູນທົດລອງ ພືດນາຊາຍ"))

    def choose(merge) -> int:  # type: ignore[no-untyped-def]
        merge.target.setCurrentIndex(merge.target.findData(right))
        return 1

    monkeypatch.setattr(address_book.MergeDialog, "exec", choose)
    with qtbot.waitSignal(dialog.changed):
        dialog.merge()
    assert dialog.table.rowCount() == 1
    dialog.show_merged.setChecked(True)
    assert dialog.table.rowCount() == 2
    assert "ສູນທົດລອງພືດນາຊາຍ" in dialog.table.item(_row_of(dialog, "ສູນທົດລອງ ພືດນາຊາຍ"), 0).text()
    with store.db.session() as s:
        assert [o.id for o in list_organisations(s, "ນາຊາຍ")] == [right]
        assert {e.type for e in s.scalars(select(Event).where(Event.type.like("org.%")))} >= {
            "org.updated",
            "org.merged",
        }

    # Merging the entry into itself is refused in words; nothing is written.
    dialog.show_merged.setChecked(False)
    dialog.table.selectRow(_row_of(dialog, "ສູນທົດລອງພືດ"))
    monkeypatch.setattr(address_book.MergeDialog, "exec", lambda merge: 1)
    monkeypatch.setattr(address_book.MergeDialog, "chosen", lambda merge: right)
    before = _count(store)
    dialog.merge()
    qtbot.waitUntil(lambda: not dialog.error.isHidden())
    assert "itself" in dialog.error.text()
    assert _count(store) == before


def _count(store) -> int:  # type: ignore[no-untyped-def]
    with store.db.session() as s:
        return len(s.scalars(select(Organisation)).all()) + len(s.scalars(select(Event)).all())


def test_a_doubtful_entry_is_linked_to_the_office_the_clerk_confirms(qtbot, app, demo_store, monkeypatch):
    """Three provinces have an education department of that name: the clerk is offered the three and picks one."""
    from eoffice_desktop.ui import address_book_dialogs

    store = demo_store
    clerk, _viewer, _name = clerk_of(store)
    with store.db.write() as s:
        entry = add_organisation(s, store.log, clerk, EntryFields("ພະແນກສຶກສາທິການ ແລະ ກິລາ")).id
    dialog = AddressBookDialog(store, clerk, TaskRunner())
    qtbot.addWidget(dialog)
    dialog.find.setText("ພະແນກສຶກສາ")
    dialog.table.selectRow(_row_of(dialog, "ພະແນກສຶກສາທິການ ແລະ ກິລາ"))
    offered: list[str] = []

    def confirm(link) -> int:  # type: ignore[no-untyped-def]
        offered.extend(link.suggested.item(i).text() for i in range(link.suggested.count()))
        link.suggested.setCurrentRow(1)
        return 1

    monkeypatch.setattr(address_book_dialogs.LinkDialog, "exec", confirm)
    with qtbot.waitSignal(dialog.changed):
        dialog.link()
    assert len(offered) == 3 and all("ພະແນກສຶກສາທິການ ແລະ ກິລາ, " in text for text in offered)
    with store.db.session() as s:
        linked = s.get(Organisation, entry).office_id
    assert linked is not None and linked.startswith("off_demo_")
    row = _row_of(dialog, "ພະແນກສຶກສາທິການ ແລະ ກິລາ")
    assert "ສສກ." in dialog.table.item(row, 5).text()  # the office's code beside "on paper"


def test_entries_from_before_the_directory_are_linked_the_sure_ones_in_one_click(qtbot, app, tmp_path):
    from eoffice_desktop.core.demo.directory import load_demo_directory
    from eoffice_desktop.core.office import open_store, setup_office

    store = open_store(tmp_path / "office")
    clerk = setup_office(store, "ຂຕ", "ຫ້ອງການເມືອງ", "District office", "admin", "Admin", "password-1")
    with store.db.write() as s:
        finance = add_organisation(s, store.log, clerk, EntryFields("ກະຊວງການເງິນ")).id  # one office has this name: sure
        # three provinces have one: doubtful
        add_organisation(s, store.log, clerk, EntryFields("ພະແນກສຶກສາທິການ ແລະ ກິລາ"))
    with store.db.write() as s:  # then the directory arrives
        load_demo_directory(s)
    dialog = AddressBookDialog(store, clerk, TaskRunner())
    qtbot.addWidget(dialog)
    assert "1" in dialog.matches.text() and not dialog.link_sure.isHidden()
    with qtbot.waitSignal(dialog.changed):
        dialog.link_sure.click()
    with store.db.session() as s:
        linked = s.get(Organisation, finance).office_id
    assert linked is not None and linked.startswith("off_demo_")
    assert dialog.link_sure.isHidden() and not dialog.matches.isHidden()  # the doubtful one waits for the clerk
    store.close()
