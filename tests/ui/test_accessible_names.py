"""Every labelled field of a window gets its label's words as the name a screen reader says (accessible_names.py),
even when a part of the window Qt made itself (a drop-down's open list) cannot be read any more: that part is
skipped alone, never the fields after it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


def test_fields_after_a_drop_down_that_was_opened_are_named(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    """A drop-down opened once keeps its list in a window of its own; reading it used to stop the naming there."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    register = QComboBox()
    register.addItems(["Incoming letters", "Outgoing letters"])
    register.setAccessibleName("Register")
    layout.addWidget(register)
    dialog.show()
    qtbot.waitExposed(dialog)
    register.showPopup()  # (its list and the window around it now exist)
    qtbot.waitUntil(lambda: register.view().isVisible())
    register.hidePopup()
    dialog.hide()

    fields: dict[str, QWidget] = {}  # (built after the drop-down was opened, like columns read from a file)
    row = QHBoxLayout()
    fields["Reference"] = QLineEdit()
    row.addWidget(QLabel("Reference:"))
    row.addWidget(fields["Reference"])
    layout.addLayout(row)
    grid_place = QWidget()
    grid = QGridLayout(grid_place)
    for i, title in enumerate(["Number", "Date received", "From", "Subject"]):
        fields[title] = QComboBox()
        grid.addWidget(QLabel(title), i // 2, (i % 2) * 2)
        grid.addWidget(fields[title], i // 2, (i % 2) * 2 + 1)
    layout.addWidget(grid_place)
    form = QFormLayout()
    fields["Pages"] = QSpinBox()
    form.addRow("Pages", fields["Pages"])
    fields["Remark"] = QLineEdit()
    form.addRow(QLabel("Remark:"), fields["Remark"])
    layout.addLayout(form)

    dialog.show()
    qtbot.waitExposed(dialog)
    assert {title: field.accessibleName() for title, field in fields.items()} == {title: title for title in fields}
