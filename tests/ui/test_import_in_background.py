"""The import dialog reads a register's file and checks its rows on the reader pool: the window keeps working while a
large file is read, a newer file or mapping supersedes an older one (whose late answer is never shown), a file that
cannot be read is told in one Lao sentence, and the clerk can look at only the rows with problems."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from sqlalchemy import func, select

from eoffice_desktop.core.registry import import_check
from eoffice_desktop.core.storage.models import Letter
from eoffice_desktop.ui import import_rows
from eoffice_desktop.ui.lao_wrap import shown_text
from tests.ui.import_register import import_dialog, previewed, register_csv
from tests.ui.lao_told import LAO, told

GOOD = "02/01/2024,ກະຊວງການເງິນ,ແຈ້ງການກ່ຽວກັບງົບປະມານ,ດ່ວນ,2"
BAD = "31/02/2024,ກະຊວງພາຍໃນ,ກອງປະຊຸມ,ດ່ວນ,ສາມ"  # a date that does not exist, pages in words


def _rows(count: int, bad_every: int = 0) -> list[str]:
    """`count` rows, every `bad_every`-th one with problems (none when 0); each its own number."""
    return [f"{n:05d}/ຊສຖ," + (BAD if bad_every and n % bad_every == 0 else GOOD) for n in range(1, count + 1)]


def _settled(runner) -> None:  # type: ignore[no-untyped-def]
    """Every answer the reader pool had to give has been handed to the window (a stale one too)."""
    runner.wait()
    for _ in range(5):
        QCoreApplication.processEvents()


def test_the_preview_is_built_on_the_reader_pool_and_counted(qtbot, app, demo_store, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    readers: list[threading.Thread] = []
    real = import_check.read_table
    monkeypatch.setattr(
        import_check, "read_table", lambda path: readers.append(threading.current_thread()) or real(path)
    )
    wording: list[threading.Thread] = []  # (and where the rows shown are worded, their problems in the window's words)
    cells = import_rows.row_cells
    monkeypatch.setattr(import_rows, "row_cells", lambda row: wording.append(threading.current_thread()) or cells(row))
    dialog, runner = import_dialog(qtbot, demo_store)
    dialog.load(register_csv(tmp_path, _rows(5, bad_every=2)))
    assert dialog.checked is None and dialog.preview.rowCount() == 0  # not at once: the file is read meanwhile
    assert dialog.status.text() == "Reading the file…" and not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.checked is not None, timeout=20_000)
    assert readers and threading.main_thread() not in readers
    assert len(wording) == 5 + 2 and threading.main_thread() not in wording  # (every row, and those with problems)
    assert dialog.status.text() == "5 rows; 2 with problems."
    assert dialog.preview.rowCount() == 5 and dialog.import_button.isEnabled()
    _settled(runner)


def test_the_window_keeps_working_while_a_large_register_is_read(qtbot, app, demo_store, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    register = register_csv(tmp_path, _rows(20_000, bad_every=1000))
    dialog, runner = import_dialog(qtbot, demo_store)
    dialog.show()
    ticks: list[str] = []  # what the window said at each tick of a timer on the GUI thread while it worked
    ticked = threading.Event()

    def tick() -> None:
        if dialog.checked is None:
            ticks.append(dialog.status.text())
            if len(ticks) >= 3:
                ticked.set()

    # The file's reading waits, on the reader pool, for three ticks of the GUI thread's timer: were the GUI thread
    # busy with the file, they would never come (and the reading would give up after 60 s).
    real = import_check.read_table
    monkeypatch.setattr(import_check, "read_table", lambda path: real(path) if ticked.wait(60) else None)
    clock = QTimer(interval=10)
    clock.timeout.connect(tick)
    clock.start()
    dialog.load(register)
    qtbot.waitUntil(lambda: dialog.checked is not None, timeout=120_000)
    clock.stop()
    assert len(ticks) >= 3 and set(ticks) <= {"Reading the file…"}  # the GUI thread was free meanwhile
    assert dialog.status.text().startswith("20000 rows; 20 with problems. The first 100 are shown.")
    assert dialog.preview.rowCount() == 100
    _settled(runner)


def test_a_newer_mapping_supersedes_the_preview_being_built(qtbot, app, demo_store, tmp_path: Path):  # type: ignore[no-untyped-def]
    dialog, runner = import_dialog(qtbot, demo_store)
    previewed(qtbot, dialog, register_csv(tmp_path, _rows(3000, bad_every=3)))
    shown: list[object] = []
    dialog.builder.checked.connect(lambda checked, _rows: shown.append(checked))
    subject = dialog.columns["subject"]
    subject.setCurrentIndex(0)  # "(not in the file)": every row would miss its subject ...
    assert dialog.status.text() == "Checking the rows…" and not dialog.import_button.isEnabled()
    subject.setCurrentIndex(subject.findData("Subject"))  # ... but the clerk chose the column again at once
    qtbot.waitUntil(lambda: dialog.checked is not None, timeout=60_000)
    _settled(runner)  # (the older answer, had it come, has come by now)
    assert len(shown) == 1 and dialog.checked is shown[0]
    assert dialog.checked.mapping.columns["subject"] == "Subject" and dialog.checked.bad == 1000
    assert dialog.status.text().startswith("3000 rows; 1000 with problems.") and dialog.error.isHidden()


def test_a_file_chosen_while_another_is_read_is_the_one_shown(qtbot, app, demo_store, tmp_path: Path):  # type: ignore[no-untyped-def]
    large = register_csv(tmp_path, _rows(20_000), name="large.csv")
    small = register_csv(tmp_path, _rows(2, bad_every=2), name="small.csv")
    dialog, runner = import_dialog(qtbot, demo_store)
    dialog.load(large)
    dialog.load(small)  # (the large one's answer comes later, if at all)
    qtbot.waitUntil(lambda: dialog.checked is not None, timeout=60_000)
    _settled(runner)
    assert dialog.checked.rows == 2 and dialog.preview.rowCount() == 2
    assert dialog.file_label.text() == "small.csv: 2 rows, read as UTF-8."


def test_closing_the_window_while_the_file_is_read_is_safe(qtbot, app, demo_store, tmp_path: Path):  # type: ignore[no-untyped-def]
    from eoffice_desktop.ui.import_dialog import ImportDialog
    from eoffice_desktop.ui.tasks import TaskRunner
    from tests.ui.conftest import clerk_of

    register = register_csv(tmp_path, _rows(20_000))
    runner = TaskRunner()
    closed = ImportDialog(demo_store, clerk_of(demo_store)[0], runner)
    closed.load(register)
    closed.reject()
    assert closed.result() == 0
    gone = ImportDialog(demo_store, clerk_of(demo_store)[0], runner)
    gone.load(register)
    gone.close()
    gone.deleteLater()
    QCoreApplication.processEvents()
    _settled(runner)  # the answers arrive: the closed window shows nothing, the deleted one is not there to
    assert closed.checked is None and closed.preview.rowCount() == 0


def test_a_file_that_is_not_a_register_is_told_in_one_lao_sentence(qtbot, lao, demo_store, tmp_path: Path):  # type: ignore[no-untyped-def]
    garbage = tmp_path / "register.csv"
    garbage.write_bytes(bytes(range(128, 256)) * 40)  # no text in any encoding a register is saved in
    damaged = tmp_path / "register.xlsx"
    damaged.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 20)  # a spreadsheet cut short
    folder = tmp_path / "folder.csv"
    folder.mkdir()  # (a name that is not a file: the system refuses to read it)
    dialog, runner = import_dialog(qtbot, demo_store)
    for path, what_to_do in (
        (garbage, "ລອງໃໝ່"),
        (damaged, "ລອງໃໝ່"),
        (folder, "ລອງໃໝ່"),
        (tmp_path / "gone.csv", ""),
    ):
        dialog.load(path)
        qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=20_000)
        said = shown_text(dialog.error)
        assert LAO.search(said) and what_to_do in said and "Traceback" not in said and "\n" not in said, said
        assert dialog.checked is None and dialog.preview.rowCount() == 0 and not dialog.import_button.isEnabled()
        dialog.start_import()  # (the button is off; nothing to import either way)
        assert dialog.job is None
    told(shown_text(dialog.error).replace(str(tmp_path / "gone.csv"), ""), "")
    with demo_store.db.session() as s:
        before = s.scalar(select(func.count()).select_from(Letter))
    _settled(runner)
    with demo_store.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Letter)) == before


def test_only_the_rows_with_problems_can_be_shown(qtbot, app, demo_store, tmp_path: Path):  # type: ignore[no-untyped-def]
    dialog, runner = import_dialog(qtbot, demo_store)
    previewed(qtbot, dialog, register_csv(tmp_path, _rows(250, bad_every=50)))
    assert dialog.status.text() == "250 rows; 5 with problems. The first 100 are shown."
    assert dialog.preview.rowCount() == 100
    dialog.only_problems.setChecked(True)
    assert dialog.status.text() == "250 rows; 5 with problems."
    lines = [dialog.preview.text(row, 0) for row in range(dialog.preview.rowCount())]
    assert lines == ["51", "101", "151", "201", "251"]  # (line 1 holds the titles)
    last = dialog.preview.columnCount() - 1
    assert all("'31/02/2024'" in dialog.preview.text(row, last) for row in range(5))
    dialog.only_problems.setChecked(False)
    assert dialog.preview.rowCount() == 100 and dialog.preview.text(0, last) == ""
    _settled(runner)
