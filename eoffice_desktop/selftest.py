"""`eoffice --self-test`: proves an installed or packaged build is complete, headless, in a temporary folder.

Each step uses the real components (database and migrations, blob store, registration, check, backup, Qt with the
bundled font and translation); the exit code is 0 only if every step passed.
"""

from __future__ import annotations

import os
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path

Step = Callable[[dict[str, object]], str]


def _office(ctx: dict[str, object]) -> str:
    from eoffice_desktop.core.office import open_store, setup_office

    store = open_store(Path(str(ctx["dir"])) / "office")
    ctx["store"] = store
    ctx["actor"] = setup_office(store, "ທດສ", "ຫ້ອງການທົດສອບ", "Self-test office", "admin", "Admin", "selftest-1")
    return "office created, migrations applied"


def _register(ctx: dict[str, object]) -> str:
    from eoffice_desktop.core.demo.files import demo_pdf
    from eoffice_desktop.core.registry.letterform import LetterForm
    from eoffice_desktop.core.registry.register import register_letter

    scan = Path(str(ctx["dir"])) / "scan.pdf"
    scan.write_bytes(demo_pdf("self-test"))
    form = LetterForm(
        register_date=date.today(), sender_name="ກະຊວງການເງິນ", subject="ແຈ້ງການກ່ຽວກັບການປະຊຸມ", attachments=[scan]
    )
    result = register_letter(ctx["store"], ctx["actor"], form)  # type: ignore[arg-type]
    ctx["letter"] = result.letter_id
    return f"letter {result.registry_number} registered"


def _check(ctx: dict[str, object]) -> str:
    from eoffice_desktop.core.checks.check import check_data_dir

    report = check_data_dir(Path(str(ctx["dir"])) / "office")
    if not report.ok:
        raise RuntimeError(report.text())
    return "check passed"


def _backup(ctx: dict[str, object]) -> str:
    from eoffice_desktop.core.storage.backup import make_backup, verify_snapshot
    from eoffice_desktop.core.storage.datadir import DataDir

    snap = make_backup(DataDir(Path(str(ctx["dir"])) / "office"), Path(str(ctx["dir"])) / "backup")
    problems = verify_snapshot(snap)
    if problems:
        raise RuntimeError("; ".join(problems))
    return "backup made and verified"


def _qt(ctx: dict[str, object]) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])
    ctx["app"] = app
    try:
        from eoffice_desktop.ui.resources import install_fonts, install_translation  # type: ignore[import-not-found]
    except ImportError:
        return f"Qt {app.platformName()} platform loaded (no bundled resources module yet)"
    families = install_fonts()
    loaded = install_translation(app, "lo")
    if not families or not loaded:
        raise RuntimeError(f"bundled font or Lao translation missing (fonts={families}, translation={loaded})")
    return f"Qt loaded, fonts {', '.join(families)}, Lao translation"


def _sign(ctx: dict[str, object]) -> str:
    from eoffice_desktop.core.signing.ledger import add_trust_items
    from eoffice_desktop.core.signing.letters import sign_letter
    from eoffice_desktop.core.signing.trust import TrustStore
    from eoffice_shared.signing.ca import OfflineCA
    from eoffice_shared.signing.certificates import Person, make_request
    from eoffice_shared.signing.keys import KeyStore

    root = Path(str(ctx["dir"]))
    store, actor = ctx["store"], ctx["actor"]
    ca = OfflineCA.init(root / "ca", "Self-test CA", "ca-passphrase-1")
    keys = KeyStore(root / "keys")
    identity = keys.create(actor.user_id, "signing-passphrase-1")  # type: ignore[attr-defined]
    request = make_request(identity.key, Person(name="Admin", title="Head", office="Self-test", user_id="admin"))
    identity = keys.install_certificate(
        actor.user_id,
        "signing-passphrase-1",  # type: ignore[attr-defined]
        ca.issue(request, "ca-passphrase-1"),
        [ca.certificate],
    )
    with store.db.write() as s:  # type: ignore[attr-defined]
        add_trust_items(s, store.log, actor, TrustStore([ca.certificate], [ca.crl()]))  # type: ignore[attr-defined]
    result = sign_letter(store, actor, str(ctx["letter"]), identity)  # type: ignore[arg-type]
    return f"letter signed (CMS, verification code {result.code if hasattr(result, 'code') else 'made'})"


def _verify(ctx: dict[str, object]) -> str:
    from eoffice_desktop.core.signing.letters import verify_letter

    checks = verify_letter(ctx["store"], str(ctx["letter"]))  # type: ignore[arg-type]
    if not checks or not all(c.status.ok for c in checks):
        raise RuntimeError(f"signature not valid: {[c.status.code for c in checks]}")
    return f"{len(checks)} signature(s) valid"


def _search(ctx: dict[str, object]) -> str:
    from eoffice_desktop.core.search.query import SearchQuery, search_letters

    with ctx["store"].db.session() as s:  # type: ignore[attr-defined]
        rows = search_letters(s, SearchQuery(text="ປະຊຸມ"))
    if not any(r.id == ctx["letter"] for r in rows):
        raise RuntimeError("the Lao word was not found")
    return "Lao word found by the search index"


class StepSkipped(Exception):
    """An optional part is not installed: said on the step's line, not counted as a failure."""


def _ocr(ctx: dict[str, object]) -> str:
    """Tesseract reads a small Lao and English image drawn here with the bundled font."""
    from eoffice_desktop.core.ocr.engine import OcrUnavailable, check_available, recognise
    from eoffice_desktop.core.search.text import fold
    from eoffice_desktop.ui.scan_sample import draw_page, encode  # type: ignore[import-not-found]

    try:
        check_available()
    except OcrUnavailable as exc:
        raise StepSkipped(f"scans will not be read: {exc}") from None
    words = ["ສາທາລະນະລັດ ປະຊາທິປະໄຕ", "Vientiane 2026"]
    read = recognise(encode(draw_page(words, dpi=200, width_in=5)))
    missing = [w for w in ("ສາທາລະນະລັດ", "vientiane") if fold(w) not in fold(read.text)]
    if missing:
        raise RuntimeError(f"the text reader did not read {missing} (it read {read.text!r})")
    return f"Lao and English read from a test image (confidence {read.confidence:.0f})"


STEPS: list[tuple[str, Step]] = [
    ("office", _office),
    ("register", _register),
    ("sign", _sign),
    ("verify", _verify),
    ("search", _search),
    ("check", _check),
    ("backup", _backup),
    ("qt", _qt),
    ("ocr", _ocr),
]


def run_self_test(print_line: Callable[[str], None] = print) -> int:
    failures = 0
    with tempfile.TemporaryDirectory(prefix="eoffice-selftest-") as tmp:
        ctx: dict[str, object] = {"dir": tmp}
        for name, step in STEPS:
            started = time.perf_counter()
            try:
                detail = step(ctx)
                print_line(f"ok   {name:<10} {detail} ({(time.perf_counter() - started) * 1000:.0f} ms)")
            except StepSkipped as skipped:
                print_line(f"skip {name:<10} {skipped}")
            except Exception:
                failures += 1
                print_line(f"FAIL {name:<10} " + traceback.format_exc().strip().replace("\n", "\n     "))
        store = ctx.get("store")
        if store is not None:
            store.close()  # type: ignore[attr-defined]
    print_line("self-test passed" if not failures else f"self-test FAILED: {failures} step(s)")
    return 0 if not failures else 1
