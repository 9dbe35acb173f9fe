"""Search that forgives the reader's usual mistakes, for text read from scans only.

Tesseract's Lao model reads some letters of some fonts as others (ຈ as ວ, ໄ as ໃ...) and loses tone marks. Besides
its text, each scan page is indexed under a *skeleton*: the folded Lao text with the letters it confuses made one and
the marks it loses left out, written in private-use characters (U+F700 + the Lao code point's offset) that typed
text never contains. A query word of MIN_LAO Lao letters or more is also looked for as its skeleton, so it finds a
scan whose reading differs from it only by such mistakes, and never a typed field through the skeleton.

The table below is learnt by `benchmarks/ocr_confusions.py` from pages drawn from the app's own Lao interface text
(translations/eoffice_lo.ts), never from the benchmark's letters; docs/performance.md gives its recall and how often
it finds a word on a page that does not have it.
"""

from __future__ import annotations

import re

# Learnt by benchmarks/ocr_confusions.py (substitutions and losses seen in >= 10% of a letter's occurrences, at least
# 10 times, on the training pages read by this version's reader).
DROPPED = "\u0ec8\u0ec9"
GROUPS = ("ຈວ", "ໂໃໄ")
MIN_LAO = 4  # shorter words would find too many pages through their skeleton
MIN_SKELETON = 3  # the index matches three characters or more
PRIVATE = 0xF700 - 0x0E80


def _table(dropped: str, groups: tuple[str, ...]) -> dict[int, str | None]:
    table: dict[int, str | None] = {code: chr(code + PRIVATE) for code in range(0x0E80, 0x0F00)}
    for group in groups:
        table.update({ord(letter): chr(ord(min(group)) + PRIVATE) for letter in group})
    table.update(dict.fromkeys(map(ord, dropped)))
    return table


_TABLE = _table(DROPPED, GROUPS)
_LAO_RUN = re.compile("[\u0e80-\u0eff]+")


def skeleton(folded: str) -> str:
    """The skeletons of the Lao runs of already folded text, separated by spaces."""
    return " ".join(s for s in (run.translate(_TABLE) for run in _LAO_RUN.findall(folded)) if s)


def skeleton_term(term: str) -> str | None:
    """The skeleton a folded query term is also looked for as, or None (not Lao, too short)."""
    if len(term) < MIN_LAO or not _LAO_RUN.fullmatch(term):
        return None
    shape = term.translate(_TABLE)
    return shape if len(shape) >= MIN_SKELETON else None
