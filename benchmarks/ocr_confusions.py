"""Learns which Lao letters the scan reader confuses or loses (the table in core/ocr/confusions.py), on TRAINING pages
drawn from the app's own Lao interface text (translations/eoffice_lo.ts), never from the benchmark's letters
(benchmarks/ocr.py draws those from the demo generator's texts).

    python benchmarks/ocr_confusions.py [--pages 32] [--font "Noto Sans Lao"] [--reads FILE.json]

The pages (clean, and degraded as benchmarks/ocr.py degrades them) are read through the app's reader; each page's Lao
letters are aligned with the text drawn, and substitutions and losses are counted. The first three quarters of the
pages learn the table at several thresholds; the last quarter (held out) measures, for each, recall (Lao words of
4+ letters from the held-out text found in their page's reading, exactly or by skeleton) and false hits (words
found on held-out pages that do not have them). The chosen threshold is the one with most recall whose false hits
stay under 1%; the script prints it as Python to paste into core/ocr/confusions.py.
"""

from __future__ import annotations

import argparse
import collections
import html
import json
import os
import random
import re
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication  # noqa: E402

from eoffice_desktop.core.ocr import confusions  # noqa: E402
from eoffice_desktop.core.ocr.engine import recognise  # noqa: E402
from eoffice_desktop.core.ocr.pages import image_page  # noqa: E402
from eoffice_desktop.core.ocr.store import searchable  # noqa: E402
from eoffice_desktop.core.search.text import fold  # noqa: E402

THRESHOLDS = (0.3, 0.2, 0.15, 0.1, 0.05)
MIN_COUNT = 10
FALSE_HITS_MAX = 0.01


def interface_text() -> tuple[list[str], list[str]]:
    """The Lao translations and the longer English sources of the app's interface, placeholders left out."""
    ts = (ROOT / "translations" / "eoffice_lo.ts").read_text(encoding="utf-8")
    pairs = re.findall(r"<source>(.*?)</source>.*?<translation[^>]*>(.*?)</translation>", ts, re.S)

    def plain(s: str) -> str:
        return " ".join(re.sub(r"[&%]", "", re.sub(r"\{[^}]*\}", "", html.unescape(s))).split())

    lao = [plain(b) for _, b in pairs if re.search("[\u0e80-\u0eff]", b)]
    english = [plain(a) for a, _ in pairs if len(plain(a)) > 20]
    return lao, english


def training_pages(count: int, seed: int = 7) -> list[list[str]]:
    lao, english = interface_text()
    rng = random.Random(seed)
    rng.shuffle(lao)
    rng.shuffle(english)
    pages: list[list[str]] = []
    lao_at = english_at = 0
    for _ in range(count):
        lines: list[str] = []
        while len(lines) < 16:
            if rng.random() < 0.15:
                lines.append(english[english_at % len(english)][:70])
                english_at += 1
            else:
                lines.extend(wrapped(lao[lao_at % len(lao)]))
                lao_at += 1
        pages.append(lines[:16])
    return pages


def wrapped(text: str, width: int = 55) -> list[str]:
    out: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + len(word) + 1 > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*out, line] if line else out


def lao_letters(text: str) -> str:
    return "".join(c for c in fold(searchable(text)) if "\u0e80" <= c <= "\u0eff")


def _kind(c: str) -> int:
    """0 a consonant, 1 a mark above or below, 2 a vowel written beside (a misreading rarely crosses kinds)."""
    if "\u0e81" <= c <= "\u0eae" or "\u0edc" <= c <= "\u0edf":
        return 0
    return 1 if c in "\u0eb1\u0eb4\u0eb5\u0eb6\u0eb7\u0eb8\u0eb9\u0ebb\u0ec8\u0ec9\u0eca\u0ecb\u0ecc\u0ecd" else 2


def _cost(a: str, b: str) -> float:
    return 0.0 if a == b else 1.0 if _kind(a) == _kind(b) else 1.6


def align(truth: str, read: str) -> list[tuple[str, str]]:
    """(drawn, read) letter pairs of a minimal edit script; "" stands for a letter lost or added. A letter read as
    one of another kind costs more, so that ແຈ້ງ read as ແວງ counts ຈ read as ວ and ້ lost, not the reverse."""
    rows: list[list[float]] = [[float(j) for j in range(len(read) + 1)]]
    for i, t in enumerate(truth, 1):
        row = [float(i)]
        for j, r in enumerate(read, 1):
            row.append(min(rows[-1][j - 1] + _cost(t, r), rows[-1][j] + 1, row[j - 1] + 1))
        rows.append(row)
    pairs: list[tuple[str, str]] = []
    i, j = len(truth), len(read)
    while i or j:
        if i and j and rows[i][j] == rows[i - 1][j - 1] + _cost(truth[i - 1], read[j - 1]):
            pairs.append((truth[i - 1], read[j - 1]))
            i, j = i - 1, j - 1
        elif i and rows[i][j] == rows[i - 1][j] + 1:
            pairs.append((truth[i - 1], ""))
            i -= 1
        else:
            pairs.append(("", read[j - 1]))
            j -= 1
    return pairs[::-1]


def learn(pairs: collections.Counter[tuple[str, str]], rate: float) -> tuple[str, tuple[str, ...]]:
    seen: collections.Counter[str] = collections.Counter()
    for (drawn, _), n in pairs.items():
        seen[drawn] += n
    dropped = sorted(d for (d, r), n in pairs.items() if d and not r and n >= MIN_COUNT and n / seen[d] >= rate)
    parent: dict[str, str] = {}

    def root(c: str) -> str:
        while parent.get(c, c) != c:
            c = parent[c]
        return c

    for (drawn, read), n in pairs.items():
        kept = drawn and read and drawn != read and drawn not in dropped and read not in dropped
        if kept and n >= MIN_COUNT and n / seen[drawn] >= rate:
            parent[root(drawn)] = root(read)
    groups: dict[str, set[str]] = collections.defaultdict(set)
    for c in list(parent):
        groups[root(c)] |= {c, root(c)}
    return "".join(dropped), tuple(sorted("".join(sorted(g)) for g in groups.values()))


def words_of(text: str) -> set[str]:
    return {
        w
        for w in (fold(t) for t in text.split())
        if len(w) >= confusions.MIN_LAO and re.fullmatch("[\u0e80-\u0eff]+", w)
    }


def held_out(truths: list[str], reads: list[str], dropped: str, groups: tuple[str, ...]) -> tuple[float, float, int]:
    table = confusions._table(dropped, groups)
    folded = [fold(searchable(r)) for r in reads]
    shapes = [" ".join(s.translate(table) for s in re.findall("[\u0e80-\u0eff]+", f)) for f in folded]
    vocabulary = sorted(set().union(*(words_of(t) for t in truths)))
    hits = total = false = negatives = 0
    for word in vocabulary:
        shape = word.translate(table)
        for truth, text, skeleton in zip(truths, folded, shapes, strict=True):
            found = word in text or (len(shape) >= confusions.MIN_SKELETON and shape in skeleton)
            if word in fold(searchable(truth)):
                hits, total = hits + found, total + 1
            else:
                false, negatives = false + found, negatives + 1
    return hits / max(total, 1), false / max(negatives, 1), total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=32)
    parser.add_argument("--font", default="Noto Sans Lao")
    parser.add_argument("--reads", help="keep the readings in this JSON file and use them again if it exists")
    args = parser.parse_args()
    app = QGuiApplication.instance() or QGuiApplication([])
    from eoffice_desktop.ui.scan_sample import degrade, draw_page, encode

    pages = training_pages(args.pages)
    truths = ["\n".join(lines) for lines in pages]
    drawn = [draw_page(lines, point_size=12, family=args.font) for lines in pages]
    images = [(encode(d), "image/png") for d in drawn] + [
        (encode(degrade(d, seed=100 + n), "JPG", quality=60), "image/jpeg") for n, d in enumerate(drawn)
    ]
    truths = truths + truths

    def read(item: tuple[bytes, str]) -> str:
        page = image_page(*item)
        return recognise(page.image, page.suffix).text

    cache = Path(args.reads) if args.reads else None
    if cache is not None and cache.exists():
        reads = json.loads(cache.read_text(encoding="utf-8"))
    else:
        with ThreadPoolExecutor(2) as pool:
            reads = list(pool.map(read, images))
        if cache is not None:
            cache.write_text(json.dumps(reads, ensure_ascii=False), encoding="utf-8")
    learning = [n for n in range(len(truths)) if n % args.pages < args.pages * 3 // 4]
    testing = [n for n in range(len(truths)) if n not in learning]
    pairs: collections.Counter[tuple[str, str]] = collections.Counter()
    for n in learning:
        pairs.update(align(lao_letters(truths[n]), lao_letters(reads[n])))
    test_truths, test_reads = [truths[n] for n in testing], [reads[n] for n in testing]
    recall, false, total = held_out(test_truths, test_reads, "", ())
    print(f"exact only: held-out recall {recall:.1%} of {total} (word, page) pairs, false hits {false:.2%}")
    best: tuple[str, tuple[str, ...]] = ("", ())
    best_recall = recall
    for rate in THRESHOLDS:
        dropped, groups = learn(pairs, rate)
        recall, false, _ = held_out(test_truths, test_reads, dropped, groups)
        print(f"rate {rate}: dropped {dropped!r} groups {groups} held-out recall {recall:.1%}, false hits {false:.2%}")
        if false <= FALSE_HITS_MAX and recall > best_recall:
            best, best_recall = (dropped, groups), recall
    print(f"DROPPED = {best[0]!r}\nGROUPS = {best[1]!r}")
    del app


if __name__ == "__main__":
    main()
