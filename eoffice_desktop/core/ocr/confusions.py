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

from eoffice_desktop.core.search.text import fold_with_map, highlight_spans, merged_spans, query_terms

# Learnt by `benchmarks/ocr_confusions.py --pages 24`: substitutions and losses seen in >= 10% of a letter's
# occurrences and at least 10 times on 18 training pages (clean and degraded) read by this version's reader. On 6
# held-out training pages, words were found 65.5% of the time instead of 36.6%, with no false hits. The marks lost
# are the tone marks mai ek and mai tho; ໜ (folded ຫນ) is read ບນ, hence ຫ with ບ.
DROPPED = "\u0ec8\u0ec9"
GROUPS = ("ຈວ", "ທບຜຝຫ", "ໂໃໄ")
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


def scan_spans(text: str, query: str, source: str = "ocr") -> list[tuple[int, int]]:
    """Where the query's words are in a page's text, for highlighting: exact matches, and for a page read by the
    reader also the words found through their skeleton (as the search found them), as merged (start, end) ranges."""
    spans = highlight_spans(text, query)
    shapes = [s for s in (skeleton_term(t) for t in query_terms(query)) if s]
    if source != "ocr" or not shapes:
        return spans
    folded, starts, ends = fold_with_map(text)
    letters: list[str] = []
    where: list[int] = []  # the folded character each skeleton letter came from
    for k, c in enumerate(folded):
        if _LAO_RUN.match(c):
            shape = c.translate(_TABLE)
            if shape:
                letters.append(shape)
                where.append(k)
        elif not c.isspace():  # OCR's spaces between Lao letters are closed, as in the index; anything else parts
            letters.append(" ")
            where.append(k)
    joined = "".join(letters)
    for shape in shapes:
        at = joined.find(shape)
        while at >= 0:
            spans.append((starts[where[at]], ends[where[at + len(shape) - 1]]))
            at = joined.find(shape, at + 1)
    return merged_spans(spans)
