"""Wrapped Lao lines in the app's own labels and message boxes break between words: the application gives every
word-wrapped label ICU's word breaks as it shows (ui/lao_wrap.py). Checked at a narrow width against ICU's own break
positions, found afresh in the text without the breaks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QVBoxLayout, QWidget

from eoffice_desktop.ui.lao_breaks import ZWSP
from eoffice_desktop.ui.lao_wrap import shown_text


def _icu_boundaries(plain: str) -> set[int]:
    from icu4py.breakers import WordBreaker

    return {end for _first, end in WordBreaker(plain, "lo").segments()} | {0}


def _line_ends(label: QLabel) -> list[int]:
    """Where the label's lines end, as positions in its text without breaks: laid out as QLabel draws plain text
    (word wrap at the width of its contents)."""
    text = label.text()
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    width = label.contentsRect().width() - 2 * max(label.margin(), 0)
    layout.beginLayout()
    ends = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        end = line.textStart() + line.textLength()
        ends.append(end - text[:end].count(ZWSP))
    layout.endLayout()
    return ends[:-1]  # (the last line ends with the text)


def _inside_words(label: QLabel) -> list[str]:
    plain = shown_text(label)
    bounds = _icu_boundaries(plain)
    return [
        plain[max(0, end - 6) : end] + "|" + plain[end : end + 6]
        for end in _line_ends(label)
        if end not in bounds and end < len(plain) and "\u0e80" <= plain[end - 1] <= "\u0eff"
    ]


def _lao(app) -> None:  # type: ignore[no-untyped-def]
    from eoffice_desktop.ui.resources import install_translation

    assert install_translation(app, "lo")


def test_a_message_box_wraps_lao_between_words(qtbot, app):
    from eoffice_desktop.ui.resources import install_translation

    _lao(app)
    try:
        text = QCoreApplication.translate(  # (long: the box turns wrapping on and wraps it over several lines)
            "KeyServer",
            "No connection to the server. Your key is safe on this PC. Try again when the PC is online, or save the "
            "certificate request to a file for IT staff.",
        )
        assert "\u0e80" <= text[0] <= "\u0eff" and ZWSP not in text  # the translation itself is as written
        box = QMessageBox(QMessageBox.Icon.Question, "ປິດ", text)
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        label = next(w for w in box.findChildren(QLabel) if w.wordWrap() and shown_text(w) == text)
        assert ZWSP in label.text() and label.wordWrap()
        assert len(_line_ends(label)) >= 1
        assert _inside_words(label) == []
    finally:
        install_translation(app, "en")


def test_a_label_whose_text_changes_while_shown_wraps_between_words(qtbot, app):
    from eoffice_desktop.ui.resources import install_translation

    _lao(app)
    try:
        window = QWidget()
        label = QLabel("ok")
        label.setWordWrap(True)
        column = QVBoxLayout(window)
        column.addWidget(label)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        text = QCoreApplication.translate(
            "EnrolDialog",
            "IT staff: type the address of the eOffice server and the one-time enrolment code made for this "
            "office. Letters already on this PC are kept and sent to the server.",
        )
        label.setText(text)
        label.setFixedWidth(150)
        qtbot.waitUntil(lambda: ZWSP in label.text(), timeout=3000)  # given its breaks when Qt repaints it
        assert shown_text(label) == text
        assert len(_line_ends(label)) >= 4 and _inside_words(label) == []

        plain = QLabel(text)  # not wrapped: left as it is (nothing to break)
        column.addWidget(plain)
        QApplication.processEvents()
        assert ZWSP not in plain.text()
    finally:
        install_translation(app, "en")


def test_without_the_breaks_the_same_label_breaks_inside_words(qtbot, app):
    """The check above can fail: the same text laid out by Qt alone breaks inside a syllable or overflows."""
    text = "ກະລຸນາກວດເບິ່ງລະຫັດລົງທະບຽນແລ້ວລອງໃໝ່ອີກຄັ້ງໜຶ່ງ"
    label = QLabel(text)
    label.setWordWrap(True)
    label.setFixedWidth(150)
    label.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    ends = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(150)
        ends.append(line.textStart() + line.textLength())
    layout.endLayout()
    assert [end for end in ends[:-1] if end not in _icu_boundaries(text)]  # Qt alone cuts syllables
