"""The preview of a paper register being imported, on an office laptop's 1366x768 screen: a row with several problems
shows each of them whole, one per line and wrapped between Lao words, in the window's width (no scrolling sideways)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from eoffice_desktop.ui.import_rows import PreviewTable
from eoffice_desktop.ui.lao_breaks import soft_breaks
from eoffice_desktop.ui.screen_fit import TITLE_BAR
from tests.ui.import_register import import_dialog, previewed, register_csv

LAPTOP = (1366, 768 - 40)  # the screen less its taskbar


def test_a_rows_three_problems_are_read_whole_without_scrolling_sideways(qtbot, lao, demo_store, tmp_path: Path):  # type: ignore[no-untyped-def]
    register = register_csv(
        tmp_path,
        [
            "0901/ຊສຖ,31/02/2024,ກະຊວງການເງິນ,ແຈ້ງການກ່ຽວກັບການປະຊຸມທົບທວນແຜນງົບປະມານປະຈຳປີ,ດ່ວນຫຼາຍໆ,ສາມ",
            "0902/ຊສຖ,03/01/2024,ກະຊວງພາຍໃນ,ກອງປະຊຸມ,ດ່ວນ,2",
        ],
    )
    dialog, runner = import_dialog(qtbot, demo_store)
    opens_at = (min(dialog.width(), LAPTOP[0]), min(dialog.height(), LAPTOP[1] - TITLE_BAR))
    dialog.show()
    dialog.resize(*opens_at)  # (this session's own screen is another size)
    previewed(qtbot, dialog, register)
    table = dialog.preview
    last = table.columnCount() - 1
    problems = table.text(0, last).split("\n")
    assert len(problems) == 3 and all(p.startswith("• ") for p in problems), problems  # one per line
    assert "'31/02/2024'" in problems[0] and "'ດ່ວນຫຼາຍໆ'" in problems[1] and "'ສາມ'" in problems[2]
    assert table.text(1, last) == ""

    qtbot.waitUntil(lambda: table.rowHeight(0) > table.rowHeight(1))  # (laid out: the row of problems grew)
    _read_whole(table, 0, last)
    tall = table.rowHeight(0)
    assert table.rowHeight(1) < tall

    dialog.resize(opens_at[0] - 300, opens_at[1])  # a narrower window: the lines wrap again and the row grows
    qtbot.waitUntil(lambda: table.rowHeight(0) > tall)
    _read_whole(table, 0, last)
    dialog.resize(*opens_at)  # and shrinks back
    qtbot.waitUntil(lambda: table.rowHeight(0) == tall)
    runner.wait()


def _read_whole(table: PreviewTable, row: int, column: int) -> None:
    """The cell in the table's width, its row as tall as its wrapped lines (not more than a line taller)."""
    assert table.horizontalScrollBar().maximum() == 0 and not table.horizontalScrollBar().isVisible()
    place = table.visualRect(table.model().index(row, column))
    assert place.left() >= 0 and place.right() < table.viewport().width()
    option = QStyleOptionViewItem()
    option.initFrom(table)
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, table) + 1
    room = QRect(0, 0, place.width() - 2 * margin, 100_000)
    line = table.fontMetrics().height()
    lines = table.fontMetrics().boundingRect(room, Qt.TextFlag.TextWordWrap, soft_breaks(table.text(row, column)))
    assert lines.width() <= room.width()  # no word wider than the column
    assert lines.height() > 3 * line  # the three problems took more lines than three ...
    assert lines.height() <= place.height() < lines.height() + line  # ... and the row is as tall as they need


def test_the_preview_takes_the_height_the_choices_leave(qtbot, lao, demo_store, tmp_path: Path):  # type: ignore[no-untyped-def]
    """On the laptop's screen, with no import done yet, a clerk sees at least ten rows of a register at once."""
    rows = [f"{n:04d}/ຊສຖ,03/01/2024,ກະຊວງພາຍໃນ,ກອງປະຊຸມ {n},ດ່ວນ,2" for n in range(1, 301)]
    dialog, runner = import_dialog(qtbot, demo_store)
    dialog.show()
    dialog.resize(min(dialog.width(), LAPTOP[0]), min(dialog.height(), LAPTOP[1] - TITLE_BAR))
    previewed(qtbot, dialog, register_csv(tmp_path, rows))
    table = dialog.preview
    qtbot.waitUntil(lambda: table.rowAt(table.viewport().height() - 1) > 0)
    whole = [
        row
        for row in range(table.rowCount())
        if table.rowViewportPosition(row) >= 0
        and table.rowViewportPosition(row) + table.rowHeight(row) <= table.viewport().height()
    ]
    assert len(whole) >= 10, (len(whole), table.viewport().height(), table.rowHeight(0))
    assert dialog.problems.isHidden()  # (the import's own report takes room only once there is one)
    runner.wait()


def test_each_of_a_hundred_rows_with_problems_is_as_tall_as_its_lines(qtbot, lao, demo_store, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The rows' heights are fitted a few rows at each turn of the window's event loop, down to the last row shown."""
    subject = "ແຈ້ງການກ່ຽວກັບການປະຊຸມທົບທວນແຜນງົບປະມານປະຈຳປີ ຂອງກະຊວງ"
    rows = [f"{n:04d}/ຊສຖ,31/02/2024,ກະຊວງພາຍໃນ,{subject},ດ່ວນຫຼາຍໆ,ສາມ" for n in range(1, 151)]
    dialog, runner = import_dialog(qtbot, demo_store)
    dialog.show()
    dialog.resize(min(dialog.width(), LAPTOP[0]), min(dialog.height(), LAPTOP[1] - TITLE_BAR))
    previewed(qtbot, dialog, register_csv(tmp_path, rows))
    table = dialog.preview
    assert table.rowCount() == 100
    line = table.verticalHeader().defaultSectionSize()
    qtbot.waitUntil(lambda: table.rowHeight(99) == table.rowHeight(0) > line)  # (the same lines in every row)
    assert {table.rowHeight(row) for row in range(100)} == {table.rowHeight(0)}
    runner.wait()
