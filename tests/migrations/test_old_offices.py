"""Offices made by the released code of each old migration head open with today's code: the backup first, every
letter, routing step and signature kept, the same schema as a new office, `eoffice check` clean, search working."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from eoffice_desktop.core.office import OfficeStore, open_store
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.search.query import SearchQuery, search_letters
from eoffice_desktop.core.signing.letters import verify_letter
from eoffice_desktop.core.signing.status import VALID
from eoffice_desktop.core.signing.tables import Signature
from eoffice_desktop.core.storage.db import head_revisions, stored_revisions
from eoffice_desktop.core.storage.models import Letter

OLD = Path(__file__).resolve().parent / "old_offices"
FACTS = json.loads((OLD / "offices.json").read_text(encoding="utf-8"))


def unpack(head: str, root: Path) -> Path:
    with zipfile.ZipFile(OLD / f"{head}.zip") as archive:
        archive.extractall(root)
    return root


def schema(database: Path) -> dict[str, object]:
    """Tables with their columns, indexes, views and triggers: what a migrated office must share with a new one."""
    conn = sqlite3.connect(database)
    try:
        objects = sorted(conn.execute("SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
        tables = [row[1] for row in objects if row[0] == "table"]
        columns = {t: sorted(tuple(r[1:]) for r in conn.execute(f'PRAGMA table_info("{t}")')) for t in tables}
        uniques = {t: sorted(r[2] for r in conn.execute(f'PRAGMA index_list("{t}")')) for t in tables}
        return {"objects": objects, "columns": columns, "unique": uniques}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def new_office_schema(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    root = tmp_path_factory.mktemp("new") / "office"
    open_store(root).close()
    return schema(root / "eoffice.sqlite")


def _search(store: OfficeStore, text: str) -> set[str]:
    with store.db.session() as s:
        return {row.id for row in search_letters(s, SearchQuery(text=text, include_void=True), limit=None)}


def test_the_migrations_have_one_head() -> None:
    """Parts of the app that add a migration side by side must merge it (as 0006_one_head does), and an office made by
    the code of every head that was ever released is kept in old_offices/ (make_old_offices.py)."""
    assert len(head_revisions()) == 1, head_revisions()


@pytest.mark.parametrize("head", sorted(FACTS))
def test_an_office_of_an_old_head_opens_with_everything_in_it(
    head: str, tmp_path: Path, new_office_schema: dict[str, object]
) -> None:
    facts = FACTS[head]
    root = unpack(head, tmp_path / "office")
    with sqlite3.connect(root / "eoffice.sqlite") as conn:
        assert sorted(r[0] for r in conn.execute("SELECT version_num FROM alembic_version")) == facts["revisions"]

    store = open_store(root)
    try:
        assert _stored(store) == head_revisions()
        backup = "before-migration-" + "+".join(facts["revisions"])
        assert [p.name for p in (root / "backups").iterdir() if p.name.startswith(backup)]
        with store.db.session() as s:
            letters = s.execute(select(Letter.id, Letter.registry_number, Letter.subject).order_by(Letter.id)).all()
            assert [list(row) for row in letters] == facts["letters"]
            signed = sorted(set(s.scalars(select(Signature.letter_id))))
        with store.db.session() as s:
            for table in ("events", "attachments", "routing_steps", "signatures"):
                assert s.scalar(text(f"SELECT count(*) FROM {table}")) == facts[table], table
        assert bool(signed) == bool(facts["signatures"])
        for letter_id in signed:  # the signed manifest still matches the letter as today's code reads it
            assert {sig.status.code for sig in verify_letter(store, letter_id)} == {VALID}

        # Search: an old letter by a word of its subject, and a letter registered now (the index triggers survived)
        old_id, _number, subject = facts["letters"][0]
        assert old_id in _search(store, subject.split(",")[0])
        new = register_letter(
            store,
            store.admin_actor(),
            LetterForm(
                direction="in",
                register_date=date.today(),
                sender_name="ແຂວງ ສະຫວັນນະເຂດ",
                subject="ບົດລາຍງານ ນ້ຳຖ້ວມ ເມືອງໄຊພູທອງ",
            ),
        )
        assert _search(store, "ໄຊພູທອງ") == {new.letter_id}
    finally:
        store.close()

    assert schema(root / "eoffice.sqlite") == new_office_schema
    check = subprocess.run(
        [sys.executable, "-m", "eoffice_desktop", "check", "--full", "--data-dir", str(root)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert f"{len(facts['letters']) + 1} letters checked" in check.stdout


def test_a_migration_that_fails_halfway_leaves_the_old_office_as_it_was(tmp_path: Path) -> None:
    """All migrations run in one transaction: when a later one fails, the earlier ones are undone too."""
    root = unpack("0002_search", tmp_path / "office")
    database = root / "eoffice.sqlite"
    with sqlite3.connect(database) as conn:  # something in the way of 0003_sync, which runs after 0002_routing
        conn.execute("CREATE TABLE blob_sync (hash TEXT)")
    before = schema(database)
    with pytest.raises(Exception, match="blob_sync"):
        open_store(root)
    assert schema(database) == before
    with sqlite3.connect(database) as conn:
        assert [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")] == ["0002_search"]
        assert conn.execute("PRAGMA foreign_keys").fetchone() == (0,)  # a new connection's default: nothing left on
    assert list((root / "backups").glob("before-migration-0002_search-*.sqlite"))


def _stored(store) -> set[str]:
    with store.db.plain() as connection:
        return stored_revisions(connection)
