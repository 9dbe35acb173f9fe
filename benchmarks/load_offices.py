"""The offices of a server load run, set up as the e-Government Center sets up a real network, and kept for the next
run: the directory read from a CSV file (`eoffice-server admin directory-import`: one statement per table), a
one-time code for one PC of each office (`admin enrol-code`, all in one insert), and each PC enrolled through the
server's API (`POST /v1/devices/enrol` on a running `eoffice-server serve`, several at a time).

What that leaves in the database (offices, feed heads, history, used codes, devices, the directory's version) is kept
as a prepared copy: a PostgreSQL database used as the template of each run's database (`CREATE DATABASE ... TEMPLATE`,
a file copy inside PostgreSQL), or a SQLite file copied for each run; the PCs' credentials beside it in a JSON file
readable only by its owner. A run starts from that state exactly as if it had just enrolled its PCs; the copy is made
again when the server's schema revision changes, or with `--fresh`.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

import aiohttp
import psycopg
from alembic.script import ScriptDirectory

from benchmarks.server_processes import Database, drop_database, free_port, fresh_database, serving
from sync.server.admin import new_enrolment_codes
from sync.server.database import MIGRATIONS, ServerDatabase
from sync.server.directory_import import import_offices

ROOT = Path(__file__).resolve().parent.parent
PREPARED = Path(tempfile.gettempdir()) / "eoffice-load-prepared"
ENROLLING_AT_ONCE = 8  # enrolments share one lock (the directory's version): more at once only wait longer
# The network's shape (issue: speed to national scale): ministries and provinces at the top, departments under the
# ministries, districts under the provinces, villages under the districts.
SHAPE = (("ministry", 100), ("province", 32), ("department", 700), ("district", 141), ("village", 2000))


@dataclass
class EnrolledPC:
    """One enrolled PC of an office, as the load client needs it."""

    code: str  # the office's code
    office_id: str  # the office id its events carry
    device_id: str
    token: str


def directory_csv(count: int) -> str:
    """`count` offices in the network's shape (repeated or cut to the count), parents before their offices."""
    kinds = [kind for kind, many in SHAPE for _ in range(many)]
    kinds = (kinds * (count // len(kinds) + 1))[:count]
    rows, latest = ["code,name_lo,name_en,kind,province,parent"], {}
    above = {"department": "ministry", "district": "province", "village": "district"}
    for n, kind in enumerate(kinds):
        code = f"L{n:04d}"
        parent = latest.get(above.get(kind, ""), "")
        rows.append(f"{code},ຫ້ອງການ {code},Office {code},{kind},,{parent}")
        latest[kind] = code
    return "\n".join(rows) + "\n"


def schema_head(server_code: Path = ROOT) -> str:
    """The newest schema revision of the server in `server_code` (a checkout), and a digest of its migrations (a
    revision changed while it was being written makes a new prepared copy too)."""
    migrations = server_code / MIGRATIONS.relative_to(ROOT)
    digest = hashlib.sha256()
    for path in sorted((migrations / "versions").glob("*.py")):
        digest.update(path.read_bytes())
    return "_".join(sorted(ScriptDirectory(str(migrations)).get_heads())) + "_" + digest.hexdigest()[:8]


def add_directory(url: str, count: int, folder: Path) -> tuple[list[str], list[str]]:
    """The directory of `count` offices and an enrolment code for each: (office codes, enrolment codes), in a
    database whose schema is made already."""
    database = ServerDatabase(url)
    source = folder / "offices.csv"
    source.write_text(directory_csv(count), encoding="utf-8")
    with database.write() as s:
        import_offices(s, source)
    codes = [f"L{n:04d}" for n in range(count)]
    with database.write() as s:
        enrolment = new_enrolment_codes(s, codes)
    database.dispose()
    return codes, enrolment


async def enrol_all(
    base: str, codes: list[str], enrolment: list[str], at_once: int = ENROLLING_AT_ONCE
) -> list[EnrolledPC]:
    """Enrol one PC per office through the API, `at_once` at a time."""
    gate = asyncio.Semaphore(at_once)

    async def one(client: aiohttp.ClientSession, office: str, code: str) -> EnrolledPC:
        device_id = "dev_" + os.urandom(6).hex()
        async with (
            gate,
            client.post(
                "/v1/devices/enrol", json={"code": code, "device_name": "load", "device_id": device_id}
            ) as answer,
        ):
            answer.raise_for_status()
            data = await answer.json()
        return EnrolledPC(office, data["office_id"], device_id, data["token"])

    connector = aiohttp.TCPConnector(limit=at_once)
    async with aiohttp.ClientSession(base_url=base, connector=connector) as client:
        return list(await asyncio.gather(*(one(client, o, c) for o, c in zip(codes, enrolment, strict=True))))


def enrolled_offices(url: str, count: int, folder: Path, server_code: Path) -> list[EnrolledPC]:
    """Start the server of `server_code` on `url` (which makes its schema), add the directory and the codes, and
    enrol the PCs through the server's API."""
    port = free_port()
    command = [sys.executable, "-m", "sync.server.cli", "--data-dir", str(folder / "server"), "--database", url]
    command += ["serve", "--port", str(port), "--workers", "1"]
    with serving(command, port, server_code):
        codes, enrolment = add_directory(url, count, folder)
        return asyncio.run(enrol_all(f"http://127.0.0.1:{port}", codes, enrolment))


def _prepared_name(count: int, pg: bool, server_code: Path = ROOT) -> str:
    return f"eoffice_load_ready_{count}_{schema_head(server_code)}_{'pg' if pg else 'sqlite'}"


def _credentials(store: Path, name: str) -> list[EnrolledPC] | None:
    try:
        rows = json.loads((store / f"{name}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return [EnrolledPC(**row) for row in rows]


def _keep_credentials(store: Path, name: str, pcs: list[EnrolledPC]) -> None:
    store.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = store / f"{name}.json"
    with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w", encoding="utf-8") as out:
        json.dump([asdict(pc) for pc in pcs], out)


def _pg_exists(admin: str, name: str) -> bool:
    with psycopg.connect(admin, autocommit=True) as conn:
        return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is not None


def _sqlite_copy(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as given, sqlite3.connect(target) as copy:
        given.backup(copy)
    given.close()
    copy.close()


@dataclass
class Prepared:
    how: str  # what the setup did, for the report
    seconds: float


@contextmanager
def offices_ready(
    pg_url: str, folder: Path, count: int, store: Path = PREPARED, fresh: bool = False, server_code: Path = ROOT
) -> Iterator[tuple[Database, list[EnrolledPC], Prepared]]:
    """A database for one run holding `count` offices with one enrolled PC each (made from the prepared copy, which
    is made first, by the server of `server_code`, when there is none for this count and its schema revision), the
    PCs, and how long that took."""
    started = time.monotonic()
    name = _prepared_name(count, bool(pg_url), server_code)
    pcs = None if fresh else _credentials(store, name)
    if pg_url:
        admin = pg_url.replace("postgresql+psycopg://", "postgresql://")
        if pcs is None or not _pg_exists(admin, name):
            drop_database(admin, name)
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f"CREATE DATABASE {name}")
            url = pg_url.rsplit("/", 1)[0] + "/" + name
            pcs = enrolled_offices(url, count, folder, server_code)
            _keep_credentials(store, name, pcs)
            how = f"made the prepared copy (PostgreSQL database {name})"
        else:
            how = f"copied the prepared PostgreSQL database {name}"
        with fresh_database(pg_url, folder, "eoffice_load", template=name) as database:
            yield database, pcs, Prepared(how, time.monotonic() - started)
        return
    kept = store / f"{name}.sqlite"
    if pcs is None or not kept.is_file():
        store.mkdir(mode=0o700, parents=True, exist_ok=True)
        kept.unlink(missing_ok=True)
        url = f"sqlite:///{kept}"
        pcs = enrolled_offices(url, count, folder, server_code)
        _keep_credentials(store, name, pcs)
        how = f"made the prepared copy ({kept})"
    else:
        how = f"copied the prepared SQLite file {kept}"
    target = folder / "eoffice_load.db"
    _sqlite_copy(kept, target)
    yield Database(f"sqlite:///{target}"), pcs, Prepared(how, time.monotonic() - started)


def drop_prepared(pg_url: str, store: Path = PREPARED) -> list[str]:
    """Remove every prepared copy (PostgreSQL databases and files); returns what was removed."""
    removed = []
    for path in sorted(store.glob("eoffice_load_ready_*.json")):
        name = path.stem
        if name.endswith("_pg") and pg_url:
            drop_database(pg_url.replace("postgresql+psycopg://", "postgresql://"), name)
        (store / f"{name}.sqlite").unlink(missing_ok=True)
        path.unlink()
        removed.append(name)
    if store.is_dir() and not any(store.iterdir()):
        shutil.rmtree(store)
    return removed
