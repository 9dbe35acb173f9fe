"""A page's words as Tesseract's TSV gives them, line by line, and the Lao lines it misread as Latin letters.

With `lao+eng` the English model sometimes wins on a short Lao line (ແຈ້ງການ read as "udjmu"): such words come out as
Latin letters with a low confidence. They are read again with the Lao model alone (`latin_guesses`, then `replace`);
a reading that is not Lao (a real English word read badly) keeps the first reading. See docs/performance.md.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

# Below this confidence a Latin word inside a Lao page may be a Lao word the English model took (learnt on pages of
# the app's own Lao interface text, not on the benchmark's letters: real English words there read at 85-97).
LATIN_DOUBT = 80.0
LAO_SHARE = 0.9  # a second reading is taken only if this share of its letters and digits is Lao


@dataclass(frozen=True)
class Word:
    text: str
    confidence: float
    left: int
    top: int
    width: int
    height: int


@dataclass(frozen=True)
class Line:
    paragraph: tuple[int, int, int]  # (page, block, paragraph)
    words: list[Word]

    @property
    def box(self) -> tuple[int, int, int, int]:
        return (
            min(w.left for w in self.words),
            min(w.top for w in self.words),
            max(w.left + w.width for w in self.words),
            max(w.top + w.height for w in self.words),
        )


@dataclass(frozen=True)
class Guess:
    """Words `first`..`last` of line `line` that may be Lao read as Latin, and the part of the page they cover."""

    line: int
    first: int
    last: int
    box: tuple[int, int, int, int]  # left, top, right, bottom


def is_lao(c: str) -> bool:
    return "\u0e80" <= c <= "\u0eff"


def _latin(text: str) -> bool:
    return any(c.isascii() and c.isalpha() for c in text) and not any(is_lao(c) for c in text)


def lao_share(text: str) -> float:
    letters = [c for c in text if c.isalnum()]
    return sum(is_lao(c) for c in letters) / len(letters) if letters else 0.0


def parse(tsv: str) -> list[Line]:
    """The recognised lines of a TSV reading, in reading order, without empty words."""
    lines: dict[tuple[int, ...], Line] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        try:
            key = tuple(int(row[k]) for k in ("page_num", "block_num", "par_num", "line_num"))
            word = Word(text, float(row["conf"]), *(int(row[k]) for k in ("left", "top", "width", "height")))
        except (KeyError, TypeError, ValueError):
            continue
        lines.setdefault(key, Line((key[0], key[1], key[2]), [])).words.append(word)
    return list(lines.values())


def text_of(lines: list[Line]) -> str:
    """The page's text: one line per line, a blank line between paragraphs (as Tesseract's own text output)."""
    out: list[str] = []
    for n, line in enumerate(lines):
        if n and line.paragraph != lines[n - 1].paragraph:
            out.append("")
        out.append(" ".join(w.text for w in line.words if w.text))
    return "\n".join(out)


def confidence(lines: list[Line]) -> float:
    scores = [w.confidence for line in lines for w in line.words if w.confidence >= 0]
    return round(sum(scores) / len(scores), 1) if scores else 0.0


def weight(lines: list[Line]) -> float:
    """How much text a reading read confidently: its characters, each counted by its word's confidence. Of two
    readings of a page the heavier one is kept (learnt on the training pages: it keeps the strengthened reading of
    thin glyphs and the plain one of looped glyphs, whose loops strengthening fills)."""
    return sum(len(w.text) * max(w.confidence, 0.0) for line in lines for w in line.words) / 100


def latin_guesses(lines: list[Line], doubt: float = LATIN_DOUBT) -> list[Guess]:
    """Runs of doubtful Latin words, each with the line's height, to be read again by the Lao model."""
    guesses: list[Guess] = []
    for n, line in enumerate(lines):
        _, top, _, bottom = line.box
        run: list[int] = []
        for i, word in enumerate([*line.words, None]):
            if word is not None and _latin(word.text) and word.confidence < doubt:
                run.append(i)
                continue
            if run:
                words = [line.words[i] for i in run]
                left, right = min(w.left for w in words), max(w.left + w.width for w in words)
                guesses.append(Guess(n, run[0], run[-1], (left, top, right, bottom)))
                run = []
    return guesses


def replace(lines: list[Line], guesses: list[Guess], readings: list[tuple[str, float] | None]) -> list[Line]:
    """The lines with each guess's words replaced by its second reading (text, confidence), where that is Lao."""
    fixed = [Line(line.paragraph, list(line.words)) for line in lines]
    for guess, reading in sorted(zip(guesses, readings, strict=True), key=lambda g: -g[0].first):
        if reading is None or lao_share(reading[0]) < LAO_SHARE:
            continue
        words = fixed[guess.line].words
        left, top, right, bottom = guess.box
        words[guess.first : guess.last + 1] = [Word(reading[0], reading[1], left, top, right - left, bottom - top)]
    return fixed
