"""Folding Lao and English text to one searchable form, the same way for the index and for the query.

Also maps matches in folded text back to the original characters, for highlighting.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from typing import Any

# Marks written after a Lao consonant. NFC orders only U+0EB8/9 (class 118) before the tone marks (class 122); the
# vowels above (class 0) keep whatever order they were typed in, so "ກີ່" and "ກ່ີ" look the same but differ.
_VOWEL_MARKS = "\u0eb1\u0eb4\u0eb5\u0eb6\u0eb7\u0eb8\u0eb9\u0eba\u0ebb\u0ecd"
_TONE_MARKS = "\u0ec8\u0ec9\u0eca\u0ecb"
_OTHER_MARKS = "\u0ecc\u0ece"
_MARK_RANK = {**dict.fromkeys(_VOWEL_MARKS, 0), **dict.fromkeys(_TONE_MARKS, 1), **dict.fromkeys(_OTHER_MARKS, 2)}
# Marks (and the spacing AM, whose tone mark is typed before it) that belong to the character before them.
_ATTACHED = "\u0eb1\u0eb3-\u0ebc\u0ec8-\u0ece\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"

# Text that may be typed in two ways; the right-hand side is what both sides are folded to.
_REPLACE = {
    "\u0edc": "\u0eab\u0e99",  # ໜ -> ຫນ
    "\u0edd": "\u0eab\u0ea1",  # ໝ -> ຫມ
    "\u0ebc": "\u0ea5",  # ຫຼ -> ຫລ (subscript lo written as a full lo)
    "\u0eb3": "\u0ecd\u0eb2",  # ຳ -> ໍາ, so the tone mark of ນ້ຳ / ນໍ້າ sorts to one place
    "\u0ec0\u0ec0": "\u0ec1",  # ເເ (two e vowels) -> ແ
}
# Typing orders of one syllable that look the same on screen: a tone mark typed after ຽ (ກຽ່ວ for ກ່ຽວ), and vowel or
# tone marks typed before the subscript lo (ຫ່ຼ for ຫຼ່). Each is moved to where the standard spelling has it.
_CONSONANTS = "\u0e81-\u0eae\u0edc-\u0edf\u0ebc"
_TONE_AFTER_NYO = re.compile(f"(?<=[{_CONSONANTS}])(\u0ebd+)([{_TONE_MARKS}]+)")
_MARKS_BEFORE_LO = re.compile(f"([{_VOWEL_MARKS}{_TONE_MARKS}]+)\u0ebc")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_LAO_DIGITS = str.maketrans("໐໑໒໓໔໕໖໗໘໙", "0123456789")

# Numbers become NUMBER_MARK + digits without leading zeros + NUMBER_MARK, so "0123", "123" and "໐໑໒໓" are the same
# and "12" does not match inside "123". Control characters never survive folding, so the mark is unambiguous.
NUMBER_MARK = "\x1f"
# Separates the fields of one letter inside its index document; a query never contains it, so no match spans fields.
FIELD_SEPARATOR = "\n"

_CLUSTER = re.compile(
    rf"[0-9\u0ed0-\u0ed9]+"  # a number
    rf"|\s+"  # a run of white space
    rf"|\u0ec0\u0ec0[{_ATTACHED}]*"  # ເເ typed for ແ
    rf"|.[{_ATTACHED}\u0ebd]*",  # one character with its marks (and ຽ, whose tone mark may be typed after it)
    re.DOTALL,
)
_MARK_RUN = re.compile(f"[{_VOWEL_MARKS}{_TONE_MARKS}{_OTHER_MARKS}]{{2,}}")


def _typing_order(text: str) -> str:
    text = _MARKS_BEFORE_LO.sub("\u0ebc\\1", text)
    return _TONE_AFTER_NYO.sub("\\2\\1", text)


def _order_marks(match: re.Match[str]) -> str:
    marks: list[str] = []
    for mark in sorted(match.group(0), key=_MARK_RANK.__getitem__):
        if not marks or marks[-1] != mark:  # a mark typed twice shows once
            marks.append(mark)
    return "".join(marks)


def _fold_cluster(cluster: str) -> str:
    first = cluster[0]
    if first in "0123456789\u0ed0\u0ed1\u0ed2\u0ed3\u0ed4\u0ed5\u0ed6\u0ed7\u0ed8\u0ed9":
        return NUMBER_MARK + (cluster.translate(_LAO_DIGITS).lstrip("0") or "0") + NUMBER_MARK
    if first.isspace() or unicodedata.category(first) == "Cc":
        return " "
    text = _typing_order(unicodedata.normalize("NFC", cluster)).translate(_INVISIBLE)
    for typed, folded in _REPLACE.items():
        text = text.replace(typed, folded)
    text = _MARK_RUN.sub(_order_marks, text)
    return "".join(" " if unicodedata.category(c) == "Cc" else c for c in text.casefold())


def clusters(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, folded) for each character cluster of `text`, for mapping matches back to the original."""
    for match in _CLUSTER.finditer(text):
        yield match.start(), match.end(), _fold_cluster(match.group(0))


_TABLE: dict[int, str | None] = {
    **_INVISIBLE,
    **{ord(d): str(i) for i, d in enumerate("໐໑໒໓໔໕໖໗໘໙")},
    **{ord(k): v for k, v in _REPLACE.items() if len(k) == 1},
    **{c: " " for c in [*range(0x20), *range(0x7F, 0xA0)]},
}
_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"[0-9]+")


def _number(match: re.Match[str]) -> str:
    return NUMBER_MARK + (match.group(0).lstrip("0") or "0") + NUMBER_MARK


def fold(text: str | None) -> str:
    """The searchable form of `text`: NFC, Lao spelling variants unified, lower case, numbers marked.

    Works on the whole string for speed; it gives the same result as folding cluster by cluster (`fold_slowly`) on
    real text, which the tests check.
    """
    if not text:
        return ""
    text = _typing_order(unicodedata.normalize("NFC", text)).translate(_TABLE).replace("\u0ec0\u0ec0", "\u0ec1")
    text = _MARK_RUN.sub(_order_marks, text).casefold()
    return _DIGITS.sub(_number, _SPACES.sub(" ", text))


def fold_slowly(text: str) -> str:
    """Folding cluster by cluster, as highlighting does."""
    return "".join(piece for _, _, piece in clusters(text))


def fold_with_map(text: str) -> tuple[str, list[int], list[int]]:
    """The folded text and, for each folded character, the start and end of the original cluster it came from."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for start, end, piece in clusters(text):
        pieces.append(piece)
        starts.extend([start] * len(piece))
        ends.extend([end] * len(piece))
    return "".join(pieces), starts, ends


def search_document(*fields: str | None) -> str:
    """One letter's index document: its folded fields, one per line."""
    return FIELD_SEPARATOR.join(f for f in (fold(field).strip(" ") for field in fields) if f)


def typed_terms(text: str) -> list[str]:
    """The terms of a typed query as typed: words split at spaces, "quoted phrases" kept whole."""
    return [quoted or word for quoted, word in re.findall(r'"([^"]*)"?|(\S+)', text)]


def query_terms(text: str) -> list[str]:
    """The folded terms of a typed query, without empty ones or repeats."""
    terms: list[str] = []
    for typed in typed_terms(text):
        term = fold(typed).strip(" ")
        if term and term not in terms:
            terms.append(term)
    return terms


def highlight_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the query's terms occur in `text`, as sorted, merged (start, end) ranges of the original string."""
    terms = [t for t in (fold_slowly(typed).strip(" ") for typed in typed_terms(query)) if t]
    if not text or not terms:
        return []
    folded, starts, ends = fold_with_map(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        at = folded.find(term)
        while at >= 0:
            spans.append((starts[at], ends[at + len(term) - 1]))
            at = folded.find(term, at + 1)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _sql_search_document(*fields: Any) -> str:
    return search_document(*(None if f is None else str(f) for f in fields))


def register_sql_functions(connection: sqlite3.Connection) -> None:
    """Make `eoffice_search_doc(...)` available to the search triggers on this SQLite connection."""
    connection.create_function("eoffice_search_doc", -1, _sql_search_document, deterministic=True)
