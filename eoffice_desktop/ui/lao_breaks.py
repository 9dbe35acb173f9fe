"""Lao lines that break between words: Lao is written without spaces between words and Qt has no Lao dictionary, so a
wrapped Lao line overflows or breaks inside a syllable. ICU's dictionary-based word breaker (through icu4py) finds the
words, and a zero-width space between them lets Qt wrap there. Only for display: search and import ignore it."""

from __future__ import annotations

import re
from functools import lru_cache

ZWSP = "\u200b"
_LAO_RUN = re.compile(r"[\u0e80-\u0eff]+")


@lru_cache(maxsize=8192)
def _words(run: str) -> tuple[str, ...]:
    try:
        from icu4py.breakers import WordBreaker
    except ImportError:  # (a build without ICU: lines wrap as before)
        return (run,)
    return tuple(WordBreaker(run, "lo"))


def soft_breaks(text: str, min_run: int = 2) -> str:
    """`text` with a zero-width space between the Lao words of every run of Lao letters at least `min_run` long."""
    if not text or not any("\u0e80" <= c <= "\u0eff" for c in text):
        return text
    return _LAO_RUN.sub(lambda m: ZWSP.join(_words(m.group())) if len(m.group()) >= min_run else m.group(), text)


def without_breaks(text: str) -> str:
    """The text as it was written (what is copied, stored or exported)."""
    return text.replace(ZWSP, "")


def shortened(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a word boundary (a chart's label), with "…" when it was cut:
    never inside a Lao word."""
    if len(text) <= limit:
        return text
    plain, cuts = "", []
    for char in soft_breaks(text):
        if char in (ZWSP, " "):
            cuts.append(len(plain))
        if char != ZWSP:
            plain += char
    fits = [cut for cut in cuts if 0 < cut <= limit]
    return plain[: fits[-1] if fits else limit].rstrip() + "…"
