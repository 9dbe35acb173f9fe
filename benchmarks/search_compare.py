"""Which index for Lao: the trigram index against a Lao word segmenter (ICU's dictionary BreakIterator, through
PyICU if installed) and an unindexed instr() scan, on the same letters: build time, size, query time and recall.

Recall is measured against the exact answer (the folded text contains the folded word), which is what a clerk
expects when a word sits inside a longer run such as "ປະຊຸມ" in "ແຈ້ງການກ່ຽວກັບການປະຊຸມ".

    python benchmarks/search_compare.py --data-dir DIR [--letters 100000]   (DIR built by benchmarks/search.py)
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eoffice_desktop.core.search.text import fold, search_document  # noqa: E402

WORDS = [
    "ປະຊຸມ",
    "ງົບປະມານ",
    "ຝຶກອົບຮົມ",
    "ນ້ຳຖ້ວມ",
    "ໄຂ້ເລືອດອອກ",
    "ການເງິນ",
    "ລັດຖະບານ",
    "ດິຈິຕອນ",
    "ສຳມະນາ",
    "ຊ່ວຍເຫຼືອ",
    "ປະຊາກອນ",
    "ສະຖິຕິ",
    "ບຸກຄະລາກອນ",
    "ແຂວງ",
]
RAW_COLUMNS = "registry_number, sender_ref, subject, summary, sender_name, recipients_text, keywords, signatory"


def _segmenter() -> Callable[[str], list[str]] | None:
    try:
        import icu  # type: ignore[import-not-found]
    except ImportError:
        return None
    breaker = icu.BreakIterator.createWordInstance(icu.Locale("lo"))

    def segment(text: str) -> list[str]:
        breaker.setText(text)
        words, start = [], breaker.first()
        for end in breaker:
            word = fold(text[start:end]).strip()
            if word:
                words.append(word)
            start = end
        return words

    return segment


def _timed(fn: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = fn()
    return (time.perf_counter() - started) * 1000, result


def compare(data: Path, letters: int) -> None:
    source = sqlite3.connect(data / "eoffice.sqlite")
    rows = source.execute(f"SELECT {RAW_COLUMNS} FROM letters ORDER BY rowid LIMIT ?", (letters,)).fetchall()
    source.close()
    segment = _segmenter()
    print(f"\nIndex kinds on {len(rows)} letters (Lao words; recall against the exact substring answer):")
    with tempfile.TemporaryDirectory() as tmp:
        db = sqlite3.connect(Path(tmp) / "compare.sqlite", isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        started = time.perf_counter()
        docs = [search_document(*row) for row in rows]
        fold_s = time.perf_counter() - started
        kinds: dict[str, tuple[float, Callable[[str], tuple[float, int]]]] = {}

        db.execute("CREATE TABLE plain(doc)")
        db.execute("BEGIN")
        db.executemany("INSERT INTO plain(rowid, doc) VALUES (?, ?)", enumerate(docs, 1))
        db.execute("COMMIT")

        def scan(word: str) -> tuple[float, int]:
            ms, n = _timed(
                lambda: db.execute("SELECT count(*) FROM plain WHERE instr(doc, ?)", (fold(word),)).fetchone()[0]
            )
            return ms, n  # type: ignore[return-value]

        db.execute(
            "CREATE VIRTUAL TABLE tri USING fts5(doc, tokenize='trigram case_sensitive 1', detail=full, columnsize=0)"
        )
        started = time.perf_counter()
        db.execute("BEGIN")
        db.executemany("INSERT INTO tri(rowid, doc) VALUES (?, ?)", enumerate(docs, 1))
        db.execute("COMMIT")
        kinds["trigram"] = (time.perf_counter() - started + fold_s, lambda w: _count(db, "tri", f'"{fold(w)}"'))
        if segment is not None:
            db.execute("CREATE VIRTUAL TABLE seg USING fts5(doc, tokenize='ascii', detail=full, columnsize=0)")
            started = time.perf_counter()
            segmented = [" ".join(segment(" ".join(str(c) for c in row if c))) for row in rows]
            db.execute("BEGIN")
            db.executemany("INSERT INTO seg(rowid, doc) VALUES (?, ?)", enumerate(segmented, 1))
            db.execute("COMMIT")
            kinds["ICU words"] = (time.perf_counter() - started, lambda w: _count(db, "seg", _phrase(segment(w))))
        sizes = dict(db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall())

        truth = {word: db.execute("SELECT count(*) FROM plain WHERE instr(doc, ?)", (fold(word),)).fetchone()[0]
                 for word in WORDS}  # fmt: skip
        print(f"{'word':14} {'exact':>7} " + " ".join(f"{k + ' ms':>14} {k + ' recall':>16}" for k in kinds))
        results: dict[str, list[tuple[float, float]]] = {k: [] for k in kinds}
        for word in WORDS:
            cells = []
            for kind, (_, run) in kinds.items():
                ms, found = run(word)
                recall = found / truth[word] if truth[word] else 1.0
                results[kind].append((ms, recall))
                cells.append(f"{ms:14.1f} {recall:16.0%}")
            print(f"{word:14} {truth[word]:7d} " + " ".join(cells))
        scan_ms = statistics.median(scan(w)[0] for w in WORDS)
        print(f"instr() scan without an index: median {scan_ms:.1f} ms per word (recall 100% by definition)")
        for kind, (build_s, _) in kinds.items():
            table = {"trigram": "tri", "ICU words": "seg"}[kind]
            size = sum(v for k, v in sizes.items() if k.startswith(table + "_") or k == table)
            ms = statistics.median(r[0] for r in results[kind])
            recall = statistics.mean(r[1] for r in results[kind])
            print(
                f"{kind}: build {build_s:.1f} s ({len(rows) / build_s:.0f} letters/s), "
                f"{size / len(rows):.0f} bytes per letter, median {ms:.1f} ms per word (count of all matches), "
                f"mean recall {recall:.0%}"
            )
        if segment is None:
            print("ICU words: skipped (PyICU is not installed; pip install pyicu needs libicu-dev)")
        db.close()


def _phrase(words: list[str]) -> str:
    return '"' + " ".join(w.replace('"', '""') for w in words) + '"'


def _count(db: sqlite3.Connection, table: str, match: str) -> tuple[float, int]:
    ms, row = _timed(lambda: db.execute(f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (match,)).fetchone())
    return ms, row[0]  # type: ignore[index]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", required=True, help="an office built by benchmarks/search.py")
    parser.add_argument("--letters", type=int, default=100_000)
    args = parser.parse_args()
    compare(Path(args.data_dir), args.letters)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
