"""With two reader threads, an answer read before a change may arrive after a newer answer for the same letter or
scan: the letter pane and the scan's text show only the answer to the newest request, never the late, older one."""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import select

from eoffice_desktop.core.service import Office
from eoffice_desktop.core.storage.models import Letter
from eoffice_desktop.ui.letter_view import LetterView
from tests.ui.conftest import clerk_of

SHOW_LETTER = LetterView.show_letter  # as it is, not as the autouse fixture waits for each answer


class HeldFirstRead:
    """The first read of an Office method is done at once but held back before it answers, until `release`."""

    def __init__(self, name: str) -> None:
        self.real = getattr(Office, name)
        self.read = threading.Event()
        self.release = threading.Event()
        self.calls = 0

    def method(self) -> Any:
        def read(office: Office, *args: Any) -> Any:
            self.calls += 1
            first = self.calls == 1
            answer = self.real(office, *args)
            if first:
                self.read.set()
                assert self.release.wait(10), "the held read was never released"
            return answer

        return read


def test_the_letter_pane_never_shows_an_answer_read_before_a_change(qtbot, app, demo_store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from eoffice_desktop.core.registry.register import correct_field
    from eoffice_desktop.ui.tasks import TaskRunner

    actor, viewer, _ = clerk_of(demo_store)
    with demo_store.db.session() as s:
        letter_id = s.scalars(select(Letter.id).where(Letter.status != "void").limit(1)).one()
    held = HeldFirstRead("letter_pane")
    monkeypatch.setattr(Office, "letter_pane", held.method())
    runner = TaskRunner()
    view = LetterView(demo_store, runner)
    qtbot.addWidget(view)
    view.set_user(actor, viewer)

    SHOW_LETTER(view, letter_id)  # read on one reader thread, its answer held
    assert held.read.wait(10)
    changing = threading.Thread(  # a clerk's correction commits meanwhile (off the GUI thread, as the app writes)
        target=correct_field, args=(demo_store, actor, letter_id, "subject", "ເລື່ອງ ທີ່ແກ້ໄຂແລ້ວ", "typo")
    )
    changing.start()
    changing.join()
    SHOW_LETTER(view, letter_id)  # the pane asks again after the change: read on the other reader thread
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.letter.subject == "ເລື່ອງ ທີ່ແກ້ໄຂແລ້ວ", timeout=10_000)
    held.release.set()  # the older answer arrives last
    qtbot.waitUntil(lambda: not view.waiting(), timeout=10_000)  # both answers have reached the pane
    assert view.detail is not None and view.detail.letter.subject == "ເລື່ອງ ທີ່ແກ້ໄຂແລ້ວ"


def test_the_scan_text_never_shows_an_older_answer(qtbot, app, demo_store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from eoffice_desktop.core.ocr import store as ocr_store
    from eoffice_desktop.core.ocr.engine import PageText
    from eoffice_desktop.ui.ops import Ops
    from eoffice_desktop.ui.scan_text import ScanTextPane
    from eoffice_desktop.ui.tasks import TaskRunner

    blob = "sha256:" + "5" * 64
    held = HeldFirstRead("scan_pages")
    monkeypatch.setattr(Office, "scan_pages", held.method())
    runner = TaskRunner()
    pane = ScanTextPane(demo_store, ops=Ops.of(demo_store, runner))
    qtbot.addWidget(pane)
    pane.show()

    pane.show_scan(blob)  # nothing read of this scan yet: held
    assert held.read.wait(10)

    def read_page() -> None:  # the scan reader saves the page's text meanwhile
        with demo_store.db.write() as s:
            ocr_store.start_file(s, blob, 1)
            ocr_store.save_page(s, blob, 0, PageText("ລາຍງານ ປະຈຳເດືອນ", 90.0), "ocr")

    reading = threading.Thread(target=read_page)
    reading.start()
    reading.join()
    pane.show_scan(blob)
    qtbot.waitUntil(lambda: "ລາຍງານ" in pane.text.toPlainText(), timeout=10_000)
    held.release.set()  # the older answer (no text yet) arrives last
    qtbot.waitUntil(lambda: not runner._live, timeout=10_000)  # both answers have reached the pane
    assert "ລາຍງານ" in pane.text.toPlainText() and pane.pages
