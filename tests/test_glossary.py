"""The office words of docs/glossary.md are the ones the Lao windows show: a button or title that is exactly one of
its English words has the Lao chosen there, and nothing about voiding a letter says ຍົກເລີກ (Cancel)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _glossary() -> dict[str, str]:
    """English word (its note in brackets left out) -> the Lao chosen (its note left out); words the table names
    twice (Register: the verb and the book) are left to the reader."""
    rows: list[tuple[str, str]] = []
    for line in (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[0] in ("English", "---"):
            continue
        english = re.sub(r"\s*\(.*?\)", "", cells[0]).strip()
        lao = re.sub(r"\s*\(.*?\)", "", cells[1]).strip()
        rows.append((english, lao))
    names = [english for english, _ in rows]
    return {english: lao for english, lao in rows if names.count(english) == 1}


def _translations() -> list[tuple[str, str, str]]:
    found = []
    for context in ET.parse(ROOT / "translations" / "eoffice_lo.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message.findtext("translation") or ""))
    return found


def test_the_glossary_words_are_the_windows_words() -> None:
    words = _glossary()
    assert {"Void", "Cancel", "Return", "Complete", "Minute", "Received"} <= set(words)
    wrong = []
    for context, source, translation in _translations():
        for english, lao in words.items():
            if source.rstrip("…").casefold() == english.rstrip("…").casefold() and lao not in translation:
                wrong.append((context, source, translation, lao))
    assert not wrong, f"(context, English, Lao shown, Lao of the glossary): {wrong}"


def test_voiding_never_says_cancel() -> None:
    """Void and Cancel were both ຍົກເລີກ: the void dialog offered "ຍົກເລີກໜັງສື" beside "ຍົກເລີກ"."""
    wrong = [
        (context, source, translation)
        for context, source, translation in _translations()
        if re.search(r"\bvoid", source, re.IGNORECASE) and ("ຍົກເລີກ" in translation or "ໂມຄະ" not in translation)
    ]
    assert not wrong, wrong
