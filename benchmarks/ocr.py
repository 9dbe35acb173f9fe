"""OCR benchmark on a Lao test set made here: letter-like pages drawn from the demo generator's texts with the
bundled Lao font at 300 dpi, and the same pages degraded as a cheap scanner makes them (200 dpi, slight rotation,
blur, speckles, rough JPEG). The ground truth is the text drawn.

    python benchmarks/ocr.py [--pages 6] [--words 50] [--font FAMILY] [--keep DIR]

Prints, for clean and degraded pages: the character error rate of Lao and of Latin text (letters and digits)
separately, pages per minute through the app's own reader (one low-priority Tesseract process, as the app runs it),
and search recall: of --words (word, page) pairs taken from the ground truth, the share for which the real search
box finds the page's letter through the recognised text only (the letter's typed fields hold none of them). Last
(unless --no-frames), the GUI thread's frame interval with a 16 ms timer, idle and while the app's background worker
reads the clean pages.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication  # noqa: E402
from sqlalchemy import select  # noqa: E402

from eoffice_desktop.core.demo.data import (  # noqa: E402
    ENGLISH_SUBJECTS,
    LAO_SUBJECTS,
    ORGANISATIONS,
    SIGNATORIES,
    SUMMARIES_LO,
)
from eoffice_desktop.core.ocr.worker import ScanReader  # noqa: E402
from eoffice_desktop.core.office import open_store, setup_office  # noqa: E402
from eoffice_desktop.core.registry.letterform import LetterForm  # noqa: E402
from eoffice_desktop.core.registry.register import register_letter  # noqa: E402
from eoffice_desktop.core.search.query import SearchQuery, search_letters  # noqa: E402
from eoffice_desktop.core.storage.models import OcrPage  # noqa: E402

MONTHS = ["ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ", "ຕຸລາ", "ພະຈິກ", "ທັນວາ"]
# Words a clerk types into the search box; each (word, page) pair counts where the word is on that page.
VOCABULARY = [
    "ງົບປະມານ", "ປະຊຸມ", "ລາຍງານ", "ກອງປະຊຸມ", "ແຈ້ງການ", "ກ່ຽວກັບ", "ແຜນການ", "ກະຊວງ", "ຫ້ອງການ", "ປົກຄອງ",
    "ແຂວງ", "ສຳມະນາ", "ດິຈິຕອນ", "ພິຈາລະນາ", "ປະຕິບັດ", "ເອກະສານ", "ຜູ້ຕາງໜ້າ", "ສະຖິຕິ", "ປະຊາກອນ", "ລາຍຮັບ",
    "ພະຍາດ", "ນ້ຳຖ້ວມ", "ຊ່ວຍເຫຼືອ", "ອະນຸມັດ", "ສ້ອມແປງ", "ບຸກຄະລາກອນ", "ແຕ່ງຕັ້ງ", "ກຳມະການ", "ການເງິນ", "ສຶກສາ",
    "ສາທາລະນະສຸກ", "ພະລັງງານ", "ວັນທີ", "ເລກທີ", "ສຳເນົາ", "ເຈົ້າເມືອງ", "ຝຶກອົບຮົມ", "ລັດຖະບານ", "ປ່ຽນແປງ", "ລົງທຶນ",
    "Workshop", "Interoperability", "health", "facilities", "electrification", "audit", "agreement", "archive",
    "Ministry", "quarterly", "progress", "Request", "digital", "Invitation", "Notification", "district",
]  # fmt: skip


def letter_lines(n: int, rng: random.Random) -> list[str]:
    org_lo, org_en, abbr, _kind, _province = ORGANISATIONS[n % len(ORGANISATIONS)]
    subject = LAO_SUBJECTS[n % len(LAO_SUBJECTS)][0].format(year=2026)
    other = LAO_SUBJECTS[(n + 5) % len(LAO_SUBJECTS)][0].format(year=2025)
    english = ENGLISH_SUBJECTS[n % len(ENGLISH_SUBJECTS)][0].format(year=2026)
    day, month = rng.randint(1, 28), rng.randrange(12)
    return [
        "ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ",
        "ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ",
        org_lo,
        f"ເລກທີ {rng.randint(1, 999):04d}/{abbr}",
        f"ນະຄອນຫຼວງວຽງຈັນ, ວັນທີ {day} {MONTHS[month]} 2026",
        "ແຈ້ງການ",
        f"ວ່າດ້ວຍ {subject}",
        f"ອີງຕາມ {other}",
        SUMMARIES_LO[n % len(SUMMARIES_LO)],
        SUMMARIES_LO[(n + 1) % len(SUMMARIES_LO)],
        f"{org_en}:",
        english,
        f"Ref. {rng.randint(10, 999)}/{rng.randint(1, 12):02d}/2026, {rng.randint(2, 40)} pages attached.",
        SUMMARIES_LO[(n + 2) % len(SUMMARIES_LO)],
        SIGNATORIES[n % len(SIGNATORIES)],
        "ສຳເນົາ: ພະແນກການເງິນ, ພະແນກແຜນການ ແລະ ການລົງທຶນ",
    ]


def edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def script_text(text: str, lao: bool) -> str:
    """The characters of one script, spaces and punctuation left out (OCR's spacing is not an error of reading)."""
    text = unicodedata.normalize("NFC", text)
    if lao:
        return "".join(c for c in text if "\u0e80" <= c <= "\u0eff" and not "\u0ed0" <= c <= "\u0ed9")
    return "".join(c for c in text if c.isascii() and c.isalnum())


def cer(truths: list[str], reads: list[str], lao: bool) -> float:
    errors = total = 0
    for truth, read in zip(truths, reads, strict=True):
        t, r = script_text(truth, lao), script_text(read, lao)
        errors += edit_distance(t, r)
        total += len(t)
    return errors / max(total, 1)


def run_set(name: str, images: list[bytes], truths: list[str], root: Path, words: int, seed: int) -> dict[str, float]:
    store = open_store(root / name)
    actor = setup_office(store, "ທດລ", "ຫ້ອງການທົດລອງ", "Test office", "admin", "Admin", "password-1")
    letters: list[str] = []
    for n, image in enumerate(images):
        scan = root / f"{name}-{n}.jpg"
        scan.write_bytes(image)
        form = LetterForm(register_date=date(2026, 3, 1), sender_name="Scan", subject=f"Scan {n}")
        form.attachments = [scan]
        letters.append(register_letter(store, actor, form).letter_id)
    reader = ScanReader(store)
    started = time.perf_counter()
    while reader.read_next_page():
        pass
    minutes = (time.perf_counter() - started) / 60
    with store.db.session() as s:
        rows = s.execute(select(OcrPage.blob_hash, OcrPage.text)).all()
        from eoffice_desktop.core.storage.models import Attachment

        page_of_blob = {a.blob_hash: letters.index(a.letter_id) for a in s.scalars(select(Attachment))}
    reads = [""] * len(images)
    for blob_hash, text in rows:
        reads[page_of_blob[blob_hash]] = text
    pairs = [(w, n) for n, truth in enumerate(truths) for w in VOCABULARY if w in truth]
    chosen = random.Random(seed).sample(pairs, min(words, len(pairs)))
    hits = 0
    missed = []
    with store.db.session() as s:
        for word, n in chosen:
            found = {r.id for r in search_letters(s, SearchQuery(text=word), limit=None)}
            hits += letters[n] in found
            if letters[n] not in found:
                missed.append(word)
    print(f"{name}: not found: {' '.join(missed)}")
    store.close()
    return {
        "cer_lao": cer(truths, reads, lao=True),
        "cer_latin": cer(truths, reads, lao=False),
        "pages_per_minute": len(images) / minutes,
        "recall": hits / max(len(chosen), 1),
        "words": len(chosen),
    }


def frame_times(images: list[bytes], root: Path, seconds: float = 2.0) -> dict[str, float]:
    """The GUI thread's frame interval (a 16 ms timer, as a window's animation asks for) for `seconds` with nothing
    else running, then while the app's background worker (OcrWorker) reads `images` attached to letters."""
    import statistics

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from eoffice_desktop.core.ocr.worker import OcrWorker

    def measure(until: Callable[[], bool]) -> list[float]:
        gaps: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        loop = QEventLoop()
        timer = QTimer(interval=16)

        def tick() -> None:
            gaps.append(clock.restart())
            if until():
                loop.quit()

        timer.timeout.connect(tick)
        timer.start()
        loop.exec()
        timer.stop()
        return gaps[1:]

    started = time.perf_counter()
    idle = measure(lambda: time.perf_counter() - started > seconds)
    store = open_store(root / "frames")
    actor = setup_office(store, "ທດລ", "ຫ້ອງການທົດລອງ", "Test office", "admin", "Admin", "password-1")
    for n, image in enumerate(images):
        scan = root / f"frames-{n}.png"
        scan.write_bytes(image)
        form = LetterForm(register_date=date(2026, 3, 1), sender_name="Scan", subject=f"Scan {n}")
        form.attachments = [scan]
        register_letter(store, actor, form)
    worker = OcrWorker(store)
    worker.start()
    busy = measure(lambda: worker.reader.progress().idle)
    worker.stop(timeout=60)
    store.close()

    def p99(values: list[float]) -> float:
        return sorted(values)[int(len(values) * 0.99)] if values else 0.0

    return {
        "idle_median": statistics.median(idle),
        "idle_p99": p99(idle),
        "busy_median": statistics.median(busy),
        "busy_p99": p99(busy),
        "busy_max": max(busy, default=0.0),
        "frames": len(busy),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=6)
    parser.add_argument("--words", type=int, default=50)
    parser.add_argument("--seed", type=int, default=23)
    parser.add_argument(
        "--font", default="Noto Sans Lao", help="Lao font family (the bundled one by default; e.g. 'Phetsarath OT')"
    )
    parser.add_argument("--no-frames", action="store_true", help="skip the frame-time measurement")
    parser.add_argument("--keep", help="also write the test pages and their ground truth to this folder")
    args = parser.parse_args()
    app = QGuiApplication.instance() or QGuiApplication([])
    from eoffice_desktop.ui.scan_sample import degrade, draw_page, encode

    rng = random.Random(args.seed)
    pages = [letter_lines(n, rng) for n in range(args.pages)]
    truths = ["\n".join(lines) for lines in pages]
    drawn = [draw_page(lines, point_size=12, family=args.font) for lines in pages]
    clean = [encode(image) for image in drawn]
    degraded = [encode(degrade(image, seed=args.seed + n), "JPG", quality=60) for n, image in enumerate(drawn)]
    if args.keep:
        keep = Path(args.keep)
        keep.mkdir(parents=True, exist_ok=True)
        for n, truth in enumerate(truths):
            (keep / f"page{n}.txt").write_text(truth + "\n", encoding="utf-8")
            (keep / f"page{n}-clean.png").write_bytes(clean[n])
            (keep / f"page{n}-degraded.jpg").write_bytes(degraded[n])
    with tempfile.TemporaryDirectory(prefix="eoffice-ocr-bench-") as tmp:
        results = {
            "clean": run_set("clean", clean, truths, Path(tmp), args.words, args.seed),
            "degraded": run_set("degraded", degraded, truths, Path(tmp), args.words, args.seed),
        }
        frames = None if args.no_frames else frame_times(clean, Path(tmp))
    print(f"{'set':<9} {'CER Lao':>8} {'CER Latin':>10} {'pages/min':>10} {'recall':>8}")
    for name, r in results.items():
        print(
            f"{name:<9} {r['cer_lao']:>8.1%} {r['cer_latin']:>10.1%} {r['pages_per_minute']:>10.1f} "
            f"{r['recall']:>7.0%} ({int(r['words'])} words)"
        )
    summary = " ".join(
        f"{name}_cer_lao={r['cer_lao']:.3f} {name}_cer_latin={r['cer_latin']:.3f} "
        f"{name}_ppm={r['pages_per_minute']:.1f} {name}_recall={r['recall']:.2f}"
        for name, r in results.items()
    )
    if frames is not None:
        print(
            f"GUI thread frame interval (16 ms timer), ms: idle median {frames['idle_median']:.0f} "
            f"p99 {frames['idle_p99']:.0f}; while OCR reads {args.pages} pages: median {frames['busy_median']:.0f} "
            f"p99 {frames['busy_p99']:.0f} max {frames['busy_max']:.0f} ({int(frames['frames'])} frames)"
        )
        summary += f" frame_p99_ms={frames['busy_p99']:.0f} frame_max_ms={frames['busy_max']:.0f}"
    print(f"pages={args.pages} font={args.font!r} {summary}")
    del app


if __name__ == "__main__":
    main()
