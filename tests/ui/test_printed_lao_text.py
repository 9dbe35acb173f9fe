"""The Lao text of the PDFs the app makes with Qt (routing slip, register book, history) read back with `pdftotext`.

Qt's PDF writer maps each glyph back to Unicode through the font's cmap only, so glyphs that exist only after shaping
(Noto Sans Lao's `maiTho-lao.small`, `uVowel-lao.narrow`, the ligature `niggahita_maiTho-lao` for ໍ + ້) come out
without text; `core/documents/pdf_glyph_text.py` adds it. Each document is checked with poppler, which we did not
write, and looked at as a picture: the page still draws the same."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from eoffice_desktop.core.registry.register_query import RegisterRow
from eoffice_desktop.core.routing.timeline import TimelineEntry
from eoffice_desktop.core.storage.models import Letter, Office

SUBJECT = "ເຊີນເຂົ້າຮ່ວມກອງປະຊຸມ ຂໍ້ຕົກລົງ ສຳນັກງານ"  # ົ້ and ຸ (variants), ໍ້ (a ligature)
SENDER = "ກົມສົ່ງເສີມກະສິກຳ ແຂວງຫຼວງພຣະບາງ"
MINUTE = "ໃຫ້ພະແນກຕິດຕາມ ແລະ ລາຍງານຂໍ້ມູນຄືນ"


def _text_of(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True)
    return re.sub(r"\s+", " ", out.stdout)


def _letter() -> Letter:
    return Letter(
        registry_number="0012/ກຕສ",
        subject=SUBJECT,
        direction="in",
        sender_name=SENDER,
        register_date=date(2026, 12, 1),
        tracking_code="7KQ2M9XW4PTA",
        urgency="normal",
    )


def _entries() -> list[TimelineEntry]:
    return [
        TimelineEntry(
            when=datetime(2026, 12, 1, 9, 30),
            who="ທ່ານ ສົມສັກ",
            kind="routed",
            to=[("ພະແນກແຜນການ", "act")],
            text=MINUTE,
            details={},
        )
    ]


def _documents():  # type: ignore[no-untyped-def]
    from eoffice_desktop.ui.printing import history_document, register_book, routing_slip

    office = Office(code="ກຕສ", name_lo="ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ", name_en="Ministry")
    row = RegisterRow(
        id="1",
        registry_number="0012/ກຕສ",
        register_date=date(2026, 12, 1),
        correspondent=SENDER,
        sender_ref="12/ກສກ",
        subject=SUBJECT,
        urgency="normal",
        confidentiality="normal",
        status="registered",
        reply_due=None,
        attachment_count=0,
        provisional=False,
    )
    return {
        "history": (history_document(_letter(), _entries()), False),
        "slip": (routing_slip(_letter(), office, _entries()), False),
        "book": (register_book(office, "in", None, None, [row]), True),
    }


@pytest.mark.parametrize("name", ["history", "slip", "book"])
def test_qt_made_pdf_gives_back_the_lao_written(qtbot, app, tmp_path: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    from eoffice_desktop.ui.printing import print_document

    document, landscape = _documents()[name]
    pdf = tmp_path / f"{name}.pdf"
    assert print_document(document, pdf=pdf, landscape=landscape)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "NotoSansLao" in fonts, fonts
    text = _text_of(pdf)
    assert SUBJECT in text
    if name != "book":
        assert MINUTE in text
    assert SENDER in text or name == "history"


def test_mending_adds_text_and_leaves_the_page_as_drawn(qtbot, app, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The same page before and after, as pixels; before, the marks are lost (the fault is Qt's, and still there)."""
    from PySide6.QtGui import QImage

    from eoffice_desktop.core.documents.pdf_glyph_text import mend_glyph_text
    from eoffice_desktop.ui import printing

    pdf = tmp_path / "history.pdf"
    document, _ = _documents()["history"]
    with monkeypatch.context() as patched:
        patched.setattr(printing, "mend_glyph_text", lambda _path: 0)  # the file as Qt writes it
        assert printing.print_document(document, pdf=pdf)
    as_qt_wrote = tmp_path / "as-qt-wrote.pdf"
    shutil.copy(pdf, as_qt_wrote)
    assert SUBJECT not in _text_of(as_qt_wrote)

    assert mend_glyph_text(pdf) >= 4  # at least ົ, ້ (small), ຸ (narrow) and the ໍ້ ligature
    assert SUBJECT in _text_of(pdf)
    again = pdf.read_bytes()
    assert mend_glyph_text(pdf) == 0  # nothing left to mend: the file is not touched again
    assert pdf.read_bytes() == again

    pictures = []
    for source in (as_qt_wrote, pdf):
        subprocess.run(["pdftoppm", "-r", "150", "-gray", "-singlefile", str(source), str(source)], check=True)
        pictures.append(QImage(str(source) + ".pgm"))
    before, after = pictures
    assert before.size() == after.size()
    changed = sum(
        1
        for y in range(before.height())
        for x in range(before.width())
        if abs((before.pixel(x, y) & 0xFF) - (after.pixel(x, y) & 0xFF)) > 64
    )
    assert changed < 20, changed  # consonants after a mark moved by a hundredth of a letter, nothing more


def test_every_lao_text_of_the_demo_office_comes_back(qtbot, app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A hundred subjects, names and minutes: each read back as written, or (ນ້ຳ drawn with one ligature for both ways of
    writing it) as the same word for the app's search."""
    from PySide6.QtGui import QTextDocument

    from eoffice_desktop.core.demo import data as demo_data
    from eoffice_desktop.core.search.text import fold
    from eoffice_desktop.ui.printing import STYLE, print_document

    def strings(value: object) -> list[str]:
        if isinstance(value, str):
            return [value]
        return [s for item in value for s in strings(item)] if isinstance(value, list | tuple) else []

    texts = sorted(
        {s for value in vars(demo_data).values() for s in strings(value) if any("\u0e80" <= c <= "\u0eff" for c in s)}
    )
    assert len(texts) > 50
    document = QTextDocument()
    document.setHtml(STYLE + "".join(f"<p>{text}</p>" for text in texts))
    pdf = tmp_path / "texts.pdf"
    assert print_document(document, pdf=pdf)
    back = _text_of(pdf)
    assert [t for t in texts if fold(t) not in fold(back)] == []
    exact = [t for t in texts if t in back]
    assert len(exact) >= len(texts) - 2, sorted(set(texts) - set(exact))
