"""Search forgives the scan reader's usual mistakes, in text read from scans only, and says the letter was found in
its scan; a PDF's own text layer and the typed fields are matched exactly, as before."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select, text

from eoffice_desktop.core.ocr import store as ocr_store
from eoffice_desktop.core.ocr.confusions import scan_spans, skeleton, skeleton_term
from eoffice_desktop.core.ocr.engine import READER_VERSION, PageText
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.search.index import append_search_text, reindex
from eoffice_desktop.core.search.query import SearchQuery, search_letters
from eoffice_desktop.core.search.text import fold
from eoffice_desktop.core.storage.models import Attachment

TODAY = date(2026, 3, 10)


def letter_with_page(store, actor, tmp_path: Path, read: str, source: str = "ocr", subject: str = "ໜັງສື") -> str:
    scan = tmp_path / f"scan-{len(list(tmp_path.iterdir()))}.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + read.encode())  # the file's bytes only name it; its text is given
    form = LetterForm(direction="in", register_date=TODAY, sender_name="ກະຊວງ", subject=subject)
    form.attachments = [scan]
    letter_id = register_letter(store, actor, form, today=TODAY).letter_id
    with store.db.write() as s:
        blob = s.scalar(select(Attachment.blob_hash).where(Attachment.letter_id == letter_id))
        ocr_store.start_file(s, blob, 1)
        ocr_store.save_page(s, blob, 0, PageText(read, 80.0), source)
    return letter_id


def found(store, words: str) -> list[str]:
    with store.db.session() as s:
        return [r.id for r in search_letters(s, SearchQuery(text=words), today=TODAY)]


def test_a_word_the_reader_got_slightly_wrong_still_finds_the_scan(store, clerk, tmp_path):
    # The reader lost the tone mark of ແຈ້ງ and read ຈ as ວ, ໄ as ໃ: the usual mistakes of its Lao model.
    letter_id = letter_with_page(store, clerk, tmp_path, "ແວງການ ກ່ຽວກັບ ການໃປຮ່ວມ ກອງປະຊຸມ")
    assert found(store, "ແຈ້ງການ") == [letter_id]
    assert found(store, "ການໄປຮ່ວມ") == [letter_id]
    assert found(store, "ກອງປະຊຸມ") == [letter_id]  # read right: found as it is
    assert found(store, "ແຈ້ງຄວາມ") == []  # another word is not found
    with store.db.session() as s:
        assert ocr_store.found_in_scans(s, [letter_id], "ແຈ້ງການ") == {letter_id}
    with store.db.write() as s:  # a rebuilt index keeps the skeleton
        reindex(s)
    assert found(store, "ແຈ້ງການ") == [letter_id]


def test_typed_text_and_a_pdf_text_layer_are_matched_exactly(store, clerk, tmp_path):
    typed = letter_with_page(store, clerk, tmp_path, "Annual report", subject="ແວງການ ກອງປະຊຸມ")
    layer = letter_with_page(store, clerk, tmp_path, "ແວງການ ກອງປະຊຸມ ປີ 2026", source="layer")
    assert found(store, "ແຈ້ງການ") == []
    assert sorted(found(store, "ແວງການ")) == sorted([typed, layer])


def test_short_and_latin_words_have_no_skeleton():
    assert skeleton_term(fold("ແຈ້ງການ")) == skeleton(fold("ແວງການ")) == skeleton(fold("ແຈງການ"))
    assert skeleton_term(fold("ລາວ")) is None  # three letters: too many pages would share its skeleton
    assert skeleton_term("report") is None and skeleton_term(fold("ປີ 2026")) is None
    assert all(0xF700 <= ord(c) < 0xF780 for c in skeleton(fold("ແຈ້ງການ")))  # never in typed text


def test_the_words_found_through_their_skeleton_are_marked_in_the_page_text():
    page = "ແວງ ການ ກ່ຽວກັບ ກອງປະຊຸມ\nAnnual report"
    assert [page[a:b] for a, b in scan_spans(page, "ແຈ້ງການ report")] == ["ແວງ ການ", "report"]
    assert scan_spans(page, "ແຈ້ງການ", source="layer") == []  # a text layer is matched exactly, as search does


def test_a_word_only_the_reading_not_shown_got_right_still_finds_the_scan(store, clerk, tmp_path):
    scan = tmp_path / "two-readings.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n two readings")
    form = LetterForm(direction="in", register_date=TODAY, sender_name="ກະຊວງ", subject="ໜັງສື")
    form.attachments = [scan]
    letter_id = register_letter(store, clerk, form, today=TODAY).letter_id
    with store.db.write() as s:
        blob = s.scalar(select(Attachment.blob_hash).where(Attachment.letter_id == letter_id))
        ocr_store.start_file(s, blob, 1)
        ocr_store.save_page(s, blob, 0, PageText("ກະຊວງການຜິນ", 80.0, other="ກະຊວງການເງິນ"), "ocr")
    assert found(store, "ການເງິນ") == [letter_id]
    with store.db.write() as s:
        reindex(s)
    assert found(store, "ການເງິນ") == [letter_id]
    with store.db.session() as s:
        assert ocr_store.found_in_scans(s, [letter_id], "ການເງິນ") == {letter_id}
        assert [p.text for p in ocr_store.page_texts(s, blob)] == ["ກະຊວງການຜິນ"]  # the shown reading


def _extra(store, letter_id: str) -> str:
    with store.db.session() as s:
        return s.execute(
            text(
                "SELECT extra FROM letter_search WHERE rowid = "
                "(SELECT key FROM letter_search_keys WHERE letter_id = :id)"
            ),
            {"id": letter_id},
        ).scalar_one()


def test_a_page_read_again_by_a_newer_reader_finds_the_letter_by_its_new_text_only(store, clerk, tmp_path):
    letter_id = letter_with_page(store, clerk, tmp_path, "Quarterly zebrafinch report")
    with store.db.write() as s:  # the number confirmed later: another note in the same letter's document
        blob = s.scalar(select(Attachment.blob_hash).where(Attachment.letter_id == letter_id))
        append_search_text(s, letter_id, "alias-0042")
    assert found(store, "zebrafinch") == [letter_id]
    with store.db.write() as s:  # a newer reader reads the page again (or its reading came by sync)
        read = PageText("Quarterly kingfisher report", 85.0, other="Quarterly kingfishe report")
        assert ocr_store.save_page(s, blob, 0, read, "ocr", reader=READER_VERSION + 1, shared=True)
    assert found(store, "kingfisher") == [letter_id]
    assert found(store, "zebrafinch") == []  # the replaced reading no longer finds it
    with store.db.write() as s:  # an older reader's reading is kept out, and changes nothing
        assert not ocr_store.save_page(s, blob, 0, PageText("Quarterly zebrafinch report", 90.0), "ocr")
    assert found(store, "zebrafinch") == []
    live = _extra(store, letter_id)
    with store.db.write() as s:
        reindex(s)
    assert _extra(store, letter_id) == live  # what a rebuilt index holds, no more

    with store.db.write() as s:  # read again from the start: the old text finds nothing until the page is read
        ocr_store.forget_file(s, blob)
    assert found(store, "kingfisher") == []


def test_a_page_read_again_in_a_scan_two_letters_hold_changes_both(store, clerk, tmp_path):
    first = letter_with_page(store, clerk, tmp_path, "Minutes of the ostrich meeting")
    with store.db.session() as s:
        blob = s.scalar(select(Attachment.blob_hash).where(Attachment.letter_id == first))
    scan = tmp_path / "again.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"Minutes of the ostrich meeting")  # the same bytes: the same scan
    form = LetterForm(direction="in", register_date=TODAY, sender_name="ກະຊວງ", subject="ສຳເນົາ", attachments=[scan])
    second = register_letter(store, clerk, form, today=TODAY).letter_id
    assert sorted(found(store, "ostrich")) == sorted([first, second])
    with store.db.write() as s:
        ocr_store.save_page(s, blob, 0, PageText("Minutes of the pelican meeting", 88.0), "ocr", READER_VERSION + 1)
    assert found(store, "ostrich") == []
    assert sorted(found(store, "pelican")) == sorted([first, second])
