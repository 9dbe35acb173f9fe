"""What checking the signatures a USB bundle brought adds to reading it in: one PC of an office registers and signs N
letters, each with a small PDF (default 1,000), and writes them to a bundle; a second PC of the office, started from
the office's snapshot, reads the bundle in with `import_bundle`. CPU time of the whole read and of the signatures'
check within it (from its first progress report to its end), and of the same read stopped as its check begins (what
reading a bundle cost before it checked signatures), beside the load average.

    python benchmarks/bundle_signatures.py [--letters 1000] [--repeat 3]

Each repeat reads the same bundle into fresh copies of the second PC, stopped then whole. Ends with one line of
figures.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.signatures import PASS, _office  # noqa: E402
from eoffice_desktop.core.demo.files import demo_pdf  # noqa: E402
from eoffice_desktop.core.office import open_store  # noqa: E402
from eoffice_desktop.core.registry.letterform import LetterForm  # noqa: E402
from eoffice_desktop.core.registry.register import register_letter  # noqa: E402
from eoffice_desktop.core.signing.ledger import trust_store  # noqa: E402
from eoffice_desktop.core.signing.letters import sign_letter  # noqa: E402
from sync.client.bundles import export_bundle, import_bundle  # noqa: E402


def prepare(tmp: Path, letters: int) -> tuple[Path, Path]:
    """The second PC's data folder (from the snapshot) and the bundle of `letters` signed letters."""
    store, actor, keys = _office(tmp / "first")
    export_bundle(store, tmp / "snapshot.eob", everything=True)
    second = open_store(tmp / "second")
    import_bundle(second, tmp / "snapshot.eob")
    second.close()
    identity = keys.unlock(actor.user_id, PASS)  # type: ignore[attr-defined]
    print(f"preparing {letters} signed letters ...", file=sys.stderr)
    trust = None
    for first in range(0, letters, 250):
        with store.db.session() as s, s.begin():
            trust = trust or trust_store(s)
            for n in range(first, min(first + 250, letters)):
                pdf = tmp / "letter.pdf"
                pdf.write_bytes(demo_pdf(f"Letter {n} that travels on a USB stick"))
                form = LetterForm(direction="in", register_date=date.today(), sender_name="ກະຊວງ", subject=f"{n}")
                form.attachments = [pdf]
                letter_id = register_letter(store, actor, form, session=s).letter_id  # type: ignore[arg-type]
                sign_letter(store, actor, letter_id, identity, trust=trust, session=s)  # type: ignore[arg-type]
    bundle = export_bundle(store, tmp / "stick.eob")
    store.close()
    print(f"bundle: {bundle.events} changes, {bundle.blobs} files, {bundle.bytes >> 10} KB", file=sys.stderr)
    return tmp / "second", bundle.path


def read_once(second: Path, bundle: Path, into: Path, stop_at_check: bool = False) -> tuple[float, float, int]:
    """CPU seconds of `import_bundle` in all, and of its signatures' check; how many it checked. With
    `stop_at_check`, Stop comes as the check begins: the read as it was before it checked signatures."""
    shutil.copytree(second, into)
    store = open_store(into)
    began: list[float] = []

    def checking(done: int, _total: int) -> None:
        if not began:
            began.append(time.process_time())

    try:
        started = time.process_time()
        read = import_bundle(store, bundle, cancelled=lambda: stop_at_check and bool(began), checking=checking)
        ended = time.process_time()
    finally:
        store.close()
    return ended - started, ended - (began[0] if began else ended), read.signatures_checked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        second, bundle = prepare(tmp, args.letters)
        stopped, runs = [], []
        for n in range(args.repeat):
            stopped.append(read_once(second, bundle, tmp / f"stopped-{n}", stop_at_check=True))
            runs.append(read_once(second, bundle, tmp / f"read-{n}"))
    whole = statistics.median(r[0] for r in runs)
    check = statistics.median(r[1] for r in runs)
    without = statistics.median(r[0] for r in stopped)
    checked = runs[0][2]
    load = os.getloadavg()[0]
    print(
        f"reading a bundle of {args.letters} signed letters, CPU (median of {args.repeat}): {whole:.2f} s in all, of "
        f"which checking its {checked} signatures {check:.2f} s ({check * 1000 / max(checked, 1):.2f} ms each, "
        f"{check / whole:.0%} of the read); the same read stopped as the check begins {without:.2f} s "
        f"(load average {load:.1f})"
    )
    print(f"read_cpu_s={whole:.3f} check_cpu_s={check:.3f} stopped_cpu_s={without:.3f} checked={checked}", end="")
    print(f" load={load:.1f}")


if __name__ == "__main__":
    main()
