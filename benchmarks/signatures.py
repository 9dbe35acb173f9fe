"""Signature benchmark: signing and verifying a letter with a 1 MB and a 20 MB attachment (hashing dominates),
checking N signatures that arrived by sync (default 10,000), each against a baseline measured in the same run, and
the upgrade to a time-stamped signature (B-T): the server's time-stamping authority, the PC's part, the check.

    python benchmarks/signatures.py [--arrivals 10000] [--repeat 5]

Baselines: plain SHA-256 of the attachment (what signing and verifying cannot avoid), and storing the same events
without checking them. Ends with one line of figures `sign_1mb_ms=.. ...` so runs can be compared.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from eoffice_desktop.core.eventlog.events import envelope_of  # noqa: E402
from eoffice_desktop.core.eventlog.events import store as store_event  # noqa: E402
from eoffice_desktop.core.office import OfficeStore, open_store, setup_office  # noqa: E402
from eoffice_desktop.core.registry.letterform import LetterForm  # noqa: E402
from eoffice_desktop.core.registry.register import register_letter  # noqa: E402
from eoffice_desktop.core.signing.ledger import add_trust_items, trust_store  # noqa: E402
from eoffice_desktop.core.signing.letters import sign_letter, verify_letter, verify_pending  # noqa: E402
from eoffice_desktop.core.signing.trust import TrustStore  # noqa: E402
from eoffice_desktop.core.storage.models import Event  # noqa: E402
from eoffice_shared.signing.ca import OfflineCA  # noqa: E402
from eoffice_shared.signing.certificates import Person, make_request  # noqa: E402
from eoffice_shared.signing.keys import KeyStore, default_key_folder  # noqa: E402

PASS = "benchmark passphrase"


def _pdf_of_size(path: Path, size: int) -> Path:
    # A PDF header then incompressible bytes: the blob store accepts it and hashing cost is real.
    head = b"%PDF-1.4\n%benchmark\n"
    path.write_bytes(head + os.urandom(size - len(head)))
    return path


def _office(root: Path) -> tuple[OfficeStore, object, object]:
    store = open_store(root)
    actor = setup_office(store, "BM", "ຫ້ອງການ ທົດສອບ", "Benchmark office", "head", "ທ່ານ ຫົວໜ້າ", "secret-pass")
    ca = OfflineCA.init(root.parent / "ca", "Benchmark CA", PASS)
    with store.db.session() as s, s.begin():
        add_trust_items(s, store.log, actor, TrustStore([ca.certificate], [ca.crl()]))
    keys = KeyStore(default_key_folder(root))
    identity = keys.create(actor.user_id, PASS)
    cert = ca.issue(make_request(identity.key, Person("ທ່ານ ຫົວໜ້າ", "ຫົວໜ້າ", "ຫ້ອງການ")), PASS)
    keys.install_certificate(actor.user_id, PASS, cert, [ca.certificate])
    return store, actor, keys


def _letter(store: OfficeStore, actor: object, files: list[Path]) -> str:
    form = LetterForm(direction="in", register_date=date.today(), sender_name="ກະຊວງ", subject="Benchmark letter")
    form.attachments = files
    return register_letter(store, actor, form).letter_id  # type: ignore[arg-type]


def attachments(tmp: Path, store: OfficeStore, actor: object, keys: KeyStore, repeat: int) -> dict[str, float]:
    figures: dict[str, float] = {}
    started = time.perf_counter()
    identity = keys.unlock(actor.user_id, PASS)  # type: ignore[attr-defined]
    figures["unlock_ms"] = (time.perf_counter() - started) * 1000
    for megabytes in (1, 20):
        path = _pdf_of_size(tmp / f"file-{megabytes}mb.pdf", megabytes * 1024 * 1024)
        data = path.read_bytes()
        hashing, signing, verifying = [], [], []
        for _ in range(repeat):
            started = time.perf_counter()
            hashlib.sha256(data).hexdigest()
            hashing.append(time.perf_counter() - started)
            letter_id = _letter(store, actor, [path])
            started = time.perf_counter()
            sign_letter(store, actor, letter_id, identity)  # type: ignore[arg-type]
            signing.append(time.perf_counter() - started)
            started = time.perf_counter()
            [result] = verify_letter(store, letter_id)
            verifying.append(time.perf_counter() - started)
            assert result.status.ok, result.status.describe()
        h, s, v = (statistics.median(x) * 1000 for x in (hashing, signing, verifying))
        figures[f"sha256_{megabytes}mb_ms"], figures[f"sign_{megabytes}mb_ms"] = h, s
        figures[f"verify_{megabytes}mb_ms"] = v
        print(
            f"{megabytes:>2} MB attachment: SHA-256 alone {h:7.1f} ms | sign letter {s:7.1f} ms ({s / h:4.1f}x) "
            f"| verify letter {v:7.1f} ms ({v / h:4.1f}x)"
        )
    return figures


def arrivals(tmp: Path, store: OfficeStore, actor: object, keys: KeyStore, count: int) -> dict[str, float]:
    identity = keys.unlock(actor.user_id, PASS)  # type: ignore[attr-defined]
    print(f"preparing {count} signed letters on the sending PC ...", file=sys.stderr)
    started = time.perf_counter()
    trust = None
    for first in range(0, count, 500):
        # Batches of 500 letters per transaction, as the demo and the import do: one fsync per batch.
        with store.db.session() as s, s.begin():
            trust = trust or trust_store(s)
            for _ in range(first, min(first + 500, count)):
                form = LetterForm(direction="in", register_date=date.today(), sender_name="ກະຊວງ", subject="Arrival")
                letter_id = register_letter(store, actor, form, session=s).letter_id  # type: ignore[arg-type]
                sign_letter(store, actor, letter_id, identity, trust=trust, session=s)  # type: ignore[arg-type]
        print(f"\r  {min(first + 500, count)}/{count}", end="", file=sys.stderr)
    print(file=sys.stderr)
    sender_rate = count / (time.perf_counter() - started)
    with store.db.session() as s:
        envelopes = [envelope_of(e) for e in s.scalars(select(Event).order_by(Event.seq))]
    figures: dict[str, float] = {"sign_and_register_per_s": sender_rate}
    for name, check in (("store_only", False), ("store_and_verify", True)):
        receiver = open_store(tmp / f"receiver-{name}")
        try:
            started = time.perf_counter()
            with receiver.db.session() as s, s.begin():
                for envelope in envelopes:
                    store_event(s, envelope)
            stored = time.perf_counter() - started
            checked = 0
            if check:
                while True:
                    done = verify_pending(receiver, limit=2000)
                    if not done:
                        break
                    checked += done
            figures[f"{name}_s"] = time.perf_counter() - started
            if check:
                figures["verify_only_s"] = figures[f"{name}_s"] - stored
                figures["verified"] = checked
        finally:
            receiver.close()
    base, full = figures["store_only_s"], figures["store_and_verify_s"]
    print(
        f"{count} signatures arriving: store events {base:6.2f} s | store + verify {full:6.2f} s "
        f"({full / base:4.1f}x); verification alone {figures['verify_only_s']:6.2f} s "
        f"= {count / figures['verify_only_s']:7.0f} signatures/s"
    )
    return figures


class _Loopback:
    """The PC's transport to the server's authority, in one process: measures the work, not the network."""

    def __init__(self, tsa: object) -> None:
        self.tsa, self.server_seconds = tsa, 0.0

    def timestamp(self, query: bytes) -> bytes:
        started = time.perf_counter()
        reply: bytes = self.tsa.answer(query)  # type: ignore[attr-defined]
        self.server_seconds += time.perf_counter() - started
        return reply


def timestamps(tmp: Path, store: OfficeStore, actor: object, keys: KeyStore, repeat: int) -> dict[str, float]:
    import asyncio

    from eoffice_desktop.core.signing.ledger import signatures_of, stored_signature
    from eoffice_desktop.core.signing.timestamps import record_token, signature_value
    from sync.client.timestamps import ServerTimeStamper
    from sync.server.ca import ServerCA
    from sync.server.database import ServerDatabase
    from sync.server.tsa import ServerTSA

    database = ServerDatabase(f"sqlite:///{tmp / 'server.sqlite'}")
    database.migrate()
    tsa = ServerTSA(ServerCA.create(tmp / "server", "Benchmark server CA"), database)
    with store.db.session() as s, s.begin():
        add_trust_items(s, store.log, actor, TrustStore([tsa.ca.unlock()[0].certificate], []))  # type: ignore[arg-type]
    loop = _Loopback(tsa)
    stamper = ServerTimeStamper(loop)  # type: ignore[arg-type]
    identity = keys.unlock(actor.user_id, PASS)  # type: ignore[attr-defined]
    server, pc, plain, stamped = [], [], [], []
    for index in range(repeat * 4 + 1):
        letter_id = _letter(store, actor, [])
        sign_letter(store, actor, letter_id, identity)  # type: ignore[arg-type]
        with store.db.session() as s:
            row = signatures_of(s, letter_id)[0]
            cms = stored_signature(s, row).item.cms
        started, before = time.perf_counter(), loop.server_seconds
        token = asyncio.run(stamper.async_timestamp(hashlib.sha256(signature_value(cms)).digest(), "sha256"))
        with store.db.write() as s:
            record_token(s, store.log, store.actor(row.signer_user_id), row, token.dump())
        total, on_server = time.perf_counter() - started, loop.server_seconds - before
        if index == 0:
            continue  # the first request makes the authority's key
        server.append(on_server)
        pc.append(total - on_server)
        started = time.perf_counter()
        [result] = verify_letter(store, letter_id)
        stamped.append(time.perf_counter() - started)
        assert result.status.timestamped_at is not None, result.status.describe()
        other = _letter(store, actor, [])
        sign_letter(store, actor, other, identity)  # type: ignore[arg-type]
        started = time.perf_counter()
        verify_letter(store, other)
        plain.append(time.perf_counter() - started)
    figures = {
        "tsa_server_ms": statistics.median(server) * 1000,
        "tsa_pc_ms": statistics.median(pc) * 1000,
        "verify_plain_ms": statistics.median(plain) * 1000,
        "verify_stamped_ms": statistics.median(stamped) * 1000,
    }
    print(
        f"time-stamp (B-T): server {figures['tsa_server_ms']:6.1f} ms | PC {figures['tsa_pc_ms']:6.1f} ms | "
        f"verify without {figures['verify_plain_ms']:6.1f} ms, with it {figures['verify_stamped_ms']:6.1f} ms"
    )
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--arrivals", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="eoffice-sigbench-") as name:
        tmp = Path(name)
        store, actor, keys = _office(tmp / "office")
        try:
            figures = attachments(tmp, store, actor, keys, args.repeat)
            figures.update(timestamps(tmp, store, actor, keys, args.repeat))
            figures.update(arrivals(tmp, store, actor, keys, args.arrivals))
        finally:
            store.close()
    print(" ".join(f"{key}={value:.1f}" for key, value in figures.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
