"""The pieces that give back the Lao of Qt-made PDFs, on the bundled font itself (the PDFs are in tests/ui)."""

from __future__ import annotations

from fontTools.ttLib import TTFont

from eoffice_desktop.core.documents.pdf_glyph_text import (
    _outline,
    glyph_texts,
    keep_marks_before_their_base,
    mapped_codes,
    text_of_outline,
    with_more_chars,
)
from eoffice_desktop.core.signing.stamp_text import FONT_FOLDER

LAO = FONT_FOLDER / "NotoSansLao-Regular.ttf"


def test_shaped_glyphs_stand_for_the_marks_they_were_made_from() -> None:
    texts = glyph_texts(TTFont(str(LAO)))
    assert texts["maiTho-lao.small"] == "\u0ec9"
    assert texts["uVowel-lao.narrow"] == "\u0eb8"
    # one ligature draws ໍ + ້ whichever was typed first: its text is the order Lao is written in, the tone mark last
    assert texts["niggahita_maiTho-lao"] == "\u0ecd\u0ec9"
    assert texts["niggahita_maiTho-lao.narrow"] == "\u0ecd\u0ec9"


def test_a_glyph_redrawn_at_another_size_is_still_recognised() -> None:
    """Qt redraws subsets at 2048 units to the em, re-fitting the curves; the outline still finds its glyph."""
    font = TTFont(str(LAO))
    outline = _outline(font, "maiTho-lao.small")
    assert outline is not None
    assert text_of_outline(LAO, outline) == "\u0ec9"
    shifted = tuple((x + 30, y) for x, y in outline.samples)
    moved = type(outline)(outline.advance, outline.contours, outline.bounds, shifted)
    assert text_of_outline(LAO, moved) is None  # another place is another glyph, not a near match


def test_missing_codes_are_added_to_the_map_and_read_back() -> None:
    cmap = b"begincmap\n1 beginbfrange\n<0001> <0003> [<0E81> <0E82> <0E84>]\nendbfrange\nendcmap\nend"
    assert mapped_codes(cmap) == {1, 2, 3}
    mended = with_more_chars(cmap, {6: "\u0ec9", 7: "\u0ecd\u0ec9"})
    assert mapped_codes(mended) == {1, 2, 3, 6, 7}
    assert b"<0007> <0ECD0EC9>" in mended
    assert mended.endswith(b"endcmap\nend")


def test_a_consonant_never_starts_left_of_the_mark_before_it() -> None:
    content = (
        b"BT\n/F11 167 Tf 1 0 0 -1 0 0 Tm\n938 -1135.54687 Td <0001> Tj\n106.046875 0 Td <0002> Tj\n"
        b"0 -10.3593750 Td <0003> Tj\n-2.171875 10.3593750 Td <0004> Tj\n100.875 0 Td <0005> Tj\nET\n"
        b"BT\n/F12 167 Tf\n-5 -20 Td <0001> Tj\nET\n"
    )
    marks = {"F11": {2, 3}}  # ົ and ່: no advance
    mended, count = keep_marks_before_their_base(content, marks)
    assert count == 1
    assert b"0.03125 10.3593750 Td <0004> Tj" in mended  # the consonant starts just after the mark...
    assert b"98.671875 0 Td <0005> Tj" in mended  # ...and the glyph after it where it was
    assert b"-5 -20 Td <0001> Tj" in mended  # a text object's first position is where Qt put it
    assert keep_marks_before_their_base(mended, marks) == (mended, 0)


def test_a_mark_placed_left_by_the_font_stays_where_the_font_put_it() -> None:
    content = b"BT\n/F11 167 Tf\n10 10 Td <0001> Tj\n102.5 0 Td <0021> Tj\n-20.546875 -10.359375 Td <0022> Tj\nET\n"
    assert keep_marks_before_their_base(content, {"F11": {0x22}}) == (content, 0)
