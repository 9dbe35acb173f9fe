"""A page's lines from Tesseract's TSV, the Lao words it misread as Latin letters, and their second reading."""

from __future__ import annotations

from eoffice_desktop.core.ocr import lines

HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"


def tsv(*words: tuple[int, int, int, str, float, int]) -> str:
    """Rows of (paragraph, line, word, text, confidence, left) on page 1, block 1."""
    rows = [HEADER, "1\t1\t0\t0\t0\t0\t0\t0\t1000\t1000\t-1\t\n"]
    for par, line, word, text, conf, left in words:
        rows.append(f"4\t1\t1\t{par}\t{line}\t0\t{left}\t{100 * line}\t500\t40\t-1\t\n")
        rows.append(f"5\t1\t1\t{par}\t{line}\t{word}\t{left}\t{100 * line}\t80\t40\t{conf}\t{text}\n")
    return "".join(rows)


PAGE = tsv(
    (1, 1, 1, "ກະຊວງການເງິນ", 91.0, 10),
    (1, 2, 1, "udjmu", 31.5, 10),
    (2, 3, 1, "Ministry", 96.0, 10),
    (2, 3, 2, "of", 95.0, 100),
    (2, 3, 3, "Finance", 93.0, 150),
    (2, 4, 1, "ເລກທີ", 88.0, 10),
    (2, 4, 2, "ajgonuao", 12.0, 100),
    (2, 4, 3, "wl2", 20.0, 190),
)


def test_the_text_keeps_lines_and_paragraphs_and_the_mean_confidence():
    found = lines.parse(PAGE)
    assert lines.text_of(found) == "ກະຊວງການເງິນ\nudjmu\n\nMinistry of Finance\nເລກທີ ajgonuao wl2"
    assert lines.confidence(found) == round((91 + 31.5 + 96 + 95 + 93 + 88 + 12 + 20) / 8, 1)


def test_only_doubtful_latin_words_are_read_again_in_runs():
    found = lines.parse(PAGE)
    guesses = lines.latin_guesses(found)
    assert [(g.line, g.first, g.last) for g in guesses] == [(1, 0, 0), (3, 1, 2)]  # English read well stays
    assert guesses[1].box == (100, 400, 270, 440)  # the run's width, the line's height


def test_a_lao_second_reading_replaces_the_run_and_anything_else_keeps_the_first():
    found = lines.parse(PAGE)
    guesses = lines.latin_guesses(found)
    fixed = lines.replace(found, guesses, [("ແຈ້ງການ", 70.0), ("ສົ່ງອອກແລ້ວ", 40.0)])
    assert lines.text_of(fixed) == "ກະຊວງການເງິນ\nແຈ້ງການ\n\nMinistry of Finance\nເລກທີ ສົ່ງອອກແລ້ວ"
    kept = lines.replace(found, guesses, [("(#.)ດ5ເ", 10.0), None])  # not Lao: a real English word read badly
    assert lines.text_of(kept) == lines.text_of(found)


def test_rows_that_are_not_words_are_left_out():
    assert lines.parse(HEADER + "5\t1\t1\t1\t1\t1\tx\t0\t1\t1\t90\tbroken\n") == []
    assert lines.text_of(lines.parse(HEADER)) == "" and lines.confidence([]) == 0.0
