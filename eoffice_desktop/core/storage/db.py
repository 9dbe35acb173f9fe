"""Opening the office database: SQLite pragmas, Alembic migrations with a backup first, clear refusals.

Every other module gets its sessions from `Database.session()`. SQLAlchemy is loaded when the first session (or the
engine) is asked for, not when the file is opened: the usual start checks the file and its schema with plain sqlite3,
and the window reads its first page that way too (`Database.plain`), so its rows are on screen before SQLAlchemy loads.
"""

from __future__ import annotations

import ast
import logging
import sqlite3
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from eoffice_desktop.core.search.index import LETTERS_ADDED, index_left_over, index_new_letters, rebuild_pending
from eoffice_desktop.core.search.text import register_sql_functions
from eoffice_desktop.core.storage.datadir import DataDir
from eoffice_desktop.core.storage.integrity import (  # (the refusals, also as this module's: callers name them here)
    DAMAGED,
    DatabaseDamaged,
    DatabaseRefused,
    DiskFull,
    forget_clean_close,
    is_damage,
    is_disk_full,
    needs_check,
    quick_problems,
    remember_clean_close,
)
from eoffice_desktop.core.storage.plain_write import PlainWrite

if TYPE_CHECKING:  # Alembic is loaded only when the schema is not current (it takes half a second to import)
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from eoffice_desktop.core.storage.opening_progress import OpeningProgress

READING: weakref.WeakKeyDictionary[Engine, set[Any]] = weakref.WeakKeyDictionary()
MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations"
log = logging.getLogger("eoffice.db")


class _Transaction(Protocol):
    """A write transaction of either kind (`Database.write`, `Database.write_plain`): what it keeps for its length."""

    @property
    def info(self) -> dict[Any, Any]: ...


_T = TypeVar("_T", bound=_Transaction)


def _set_pragmas(dbapi_connection: Any, _record: Any = None) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a registration reported as saved survives a power cut, not only a crash.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()
    # The search index triggers call this function; without it any write to `letters` fails loudly.
    register_sql_functions(dbapi_connection)


def make_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    reading: set[Any] = set()  # connections in a read transaction now (Database.interrupt_reads)
    READING[engine] = reading
    event.listen(engine, "checkin", lambda dbapi, _record: reading.discard(dbapi))

    # pysqlite's own transaction handling is bypassed so we choose the BEGIN: writers (Database.write) take the
    # write lock at BEGIN IMMEDIATE and queue on busy_timeout instead of failing halfway through a registration;
    # readers use a plain BEGIN and, in WAL mode, never wait for a writer.
    @event.listens_for(engine, "connect")
    def _no_autobegin(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("begin_immediate", False)
        dbapi = conn.connection.dbapi_connection
        dbapi.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")  # (straight to sqlite3: every transaction has one)
        if not immediate:
            reading.add(dbapi)

    return engine


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def head_revisions() -> set[str]:
    """Heads of the migration graph (parts of the app may add migrations side by side before a merge)."""
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def current_revisions(engine: Engine) -> set[str]:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def _assigned(tree: ast.Module, name: str) -> object:
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name) and target.id == name:
            return ast.literal_eval(value)
    raise ValueError(name)


def file_heads() -> set[str] | None:
    """The same heads read straight from the migration files, without loading Alembic: what every start needs to
    see that nothing is to migrate. None when a file does not say it plainly (then Alembic decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
            revision, down = _assigned(tree, "revision"), _assigned(tree, "down_revision")
        except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
            return None
        if not isinstance(revision, str):
            return None
        revisions.add(revision)
        parents.update([down] if isinstance(down, str) else down if isinstance(down, (tuple, list)) else [])
    return (revisions - parents) or None


def stored_revisions(connection: sqlite3.Connection) -> set[str]:
    """The revisions recorded in the database (Alembic's own table), read with plain SQL."""
    if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'").fetchone() is None:
        return set()
    return {row[0] for row in connection.execute("SELECT version_num FROM alembic_version")}


def _known_revision(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises for revisions it has never heard of
        return False


class Database:
    """One office database file, migrated to the current schema."""

    def __init__(self, data_dir: DataDir, progress: OpeningProgress | None = None) -> None:
        """`progress` hears the stages that take time (the check of a file not closed cleanly, the copy before an
        update, the update) and may stop the copy or the update (core/storage/opening_progress.py)."""
        self.data_dir = data_dir
        data_dir.create()
        existed = data_dir.database.exists() and data_dir.database.stat().st_size > 0
        self.damage: str | None = None
        # Before the first write, even a migration's, unless the file is as this app closed it (docs/architecture.md,
        # Storage); the full check, which also compares indexes with tables, is weekly.
        if existed and needs_check(data_dir.database):
            if progress is not None:
                from eoffice_desktop.core.storage.opening_progress import CHECKING

                progress.tell(CHECKING)
            if quick_problems(data_dir.database):
                raise DatabaseDamaged()
        forget_clean_close(data_dir.database)
        self._engine: Engine | None = None  # (made when first asked for: `engine`)
        self._engine_lock = threading.Lock()
        self._sessions: sessionmaker[Session]
        self._write_sessions: sessionmaker[Session]
        self._errors: tuple[type[BaseException], ...] = (sqlite3.Error,)
        try:
            self._migrate(existed, progress if existed else None)  # (a new office's tables are made at once, unseen)
        except BaseException as exc:  # (refused, a newer version's, or a failed migration: nothing of it stays open)
            if self._engine is not None:
                self._engine.dispose()
            if isinstance(exc, DatabaseRefused):  # (checked, and nothing written: the next start need not check
                with suppress(OSError):  # a file of gigabytes again; on a full drive the mark may not fit)
                    remember_clean_close(data_dir.database)
            raise
        # Where an app has one writer thread, it hands out turns here: a write from another thread (a sync cycle,
        # the scan reader) waits for the writer's turn instead of for SQLite's lock (ui/tasks.py, write_turn).
        self.turns: Callable[[], AbstractContextManager[object]] | None = None
        if existed:
            self._move_clear_token_out()

    @property
    def engine(self) -> Engine:
        """SQLAlchemy's engine, made (and SQLAlchemy loaded) by the first caller, whichever thread it is."""
        engine = self._engine
        if engine is None:
            with self._engine_lock:
                if self._engine is None:
                    self._make_engine()
                engine = self._engine
            assert engine is not None
        return engine

    def _make_engine(self) -> None:
        from sqlalchemy.exc import SQLAlchemyError
        from sqlalchemy.orm import sessionmaker

        engine = make_engine(self.data_dir.database)
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(engine.execution_options(begin_immediate=True), expire_on_commit=False)
        self._errors = (SQLAlchemyError, sqlite3.Error)
        self._engine = engine

    @contextmanager
    def plain(self) -> Iterator[sqlite3.Connection]:
        """A connection of the standard sqlite3 module with the app's pragmas and SQL functions, outside any
        transaction (`BEGIN` is the caller's), closed at the end: for what is read or written before SQLAlchemy
        has loaded (the checks at opening, the window's first page)."""
        connection = sqlite3.connect(self.data_dir.database, isolation_level=None, check_same_thread=False)
        try:
            _set_pragmas(connection)
            yield connection
        finally:
            connection.close()

    def plain_row(self, sql: str, *params: object) -> tuple[Any, ...] | None:
        """The first row of one short read, or None: on a plain connection (`plain`) until the engine is made, then on
        one of its pool's (already open: cheaper than a new connection or a session)."""
        row: tuple[Any, ...] | None
        if self._engine is None:
            with self.plain() as connection:
                row = connection.execute(sql, params).fetchone()
            return row
        pooled = self._engine.raw_connection()
        try:
            driver = pooled.driver_connection
            assert isinstance(driver, sqlite3.Connection)
            row = driver.execute(sql, params).fetchone()
        finally:
            pooled.close()
        return row

    def _move_clear_token_out(self) -> None:
        """Databases from before the credential file hold the server token in clear: move it out, overwrite its
        bytes (secure_delete) and checkpoint, so no later backup of this file can carry it."""
        with self.plain() as connection:  # (credential.CLEAR_TOKEN: its code loads only when there is one)
            if connection.execute("SELECT 1 FROM settings WHERE key = 'sync.token'").fetchone() is None:
                return
        from eoffice_desktop.core.storage.credential import CLEAR_TOKEN, move_clear_token_out

        assert CLEAR_TOKEN == "sync.token"
        with self.write() as s:
            s.connection().exec_driver_sql("PRAGMA secure_delete=ON")
            move_clear_token_out(self.data_dir, s)
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA secure_delete=OFF")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def _migrate(self, existed: bool, progress: OpeningProgress | None = None) -> None:
        with self.plain() as connection:
            stored = stored_revisions(connection)
        if stored and stored == file_heads():
            return  # current: the usual start, without loading Alembic
        from alembic import command
        from alembic.script import ScriptDirectory

        current = current_revisions(self.engine)
        if current == head_revisions():
            return
        script = ScriptDirectory.from_config(alembic_config())
        if any(not _known_revision(script, revision) for revision in current):
            raise DatabaseRefused(
                "This database was made by a newer version of eOffice. It was not changed. "
                "Install the newer version again, or restore a backup made by this version.",
                code="database_too_new",
            )
        copy: Path | None = None
        if existed:  # (a refusal when there is no room for it, or no writing: nothing migrated, nothing left)
            from eoffice_desktop.core.storage.migration_copy import keep_copy

            copy = keep_copy(self.data_dir.database, self.data_dir.backups, current, progress=progress)
            log.info("database copied to %s before its migration", copy)
        config = alembic_config(self.engine)
        try:
            if progress is None:
                command.upgrade(config, "heads")
            else:
                self._upgrade_telling(config, script, current, progress)
        except Exception as exc:
            if progress is not None and progress.stopped:  # (rolled back as a whole: the copy is not needed)
                log.info("the migration from %s was stopped; the database is as it was", sorted(current))
                if copy is not None:
                    copy.unlink(missing_ok=True)
                from eoffice_desktop.core.storage.opening_progress import UpdateStopped

                raise UpdateStopped() from None
            log.exception("the migration from %s failed; the database is as it was", sorted(current) or "nothing")
            if is_disk_full(getattr(exc, "orig", None) or exc):
                self._no_room_to_migrate(copy)
            raise
        log.info("database migrated from %s to %s", sorted(current) or "nothing", sorted(head_revisions()))

    @staticmethod
    def _upgrade_telling(config: Config, script: ScriptDirectory, current: set[str], progress: OpeningProgress) -> None:
        """The upgrade, telling `progress` each revision applied and what a migration reports within itself; a stop
        interrupts it (migrations/env.py), and the migrations' one transaction is rolled back."""
        from alembic import command

        from eoffice_desktop.core.storage import migration_progress

        pending = {rev.revision for rev in script.iterate_revisions("heads", tuple(current) or "base")}
        config.attributes["progress"] = progress
        progress.updating(max(1, len(pending)))
        with migration_progress.listening(progress.within):
            command.upgrade(config, "heads")

    def _no_room_to_migrate(self, copy: Path | None) -> None:
        """The drive filled during the migration (rolled back as a whole): the copy made for it is removed again, to
        leave the drive as it was, and the user is told how much room the update needs: the copy's, and as much
        again for the migration's log (it may rewrite every table), more than was asked before the copy."""
        from eoffice_desktop.core.storage.migration_copy import no_room, room_needed

        if copy is not None:
            copy.unlink(missing_ok=True)
        database = self.data_dir.database
        raise no_room(self.data_dir.backups, room_needed(database) + database.stat().st_size) from None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A short session for reading (it never waits for a writer)."""
        if self._engine is None:
            self.engine  # noqa: B018  (made now)
        with self._sessions() as session:
            yield session

    def write(self) -> AbstractContextManager[Session]:
        """One write transaction, committed at the end of the block (rolled back on an exception). A full disk
        and damage found by SQLite become plain refusals; after damage nothing more is written."""
        return self._writing(self._in_session)

    def write_plain(self) -> AbstractContextManager[PlainWrite]:
        """The same write transaction as `write` on the pooled sqlite3 connection itself, for code that runs only
        prepared statements (a registration: `core/storage/plain_write.py`). Committed at the end of the block,
        rolled back on an exception (NeedsSession too: its caller makes the change again with `write`)."""
        return self._writing(self._on_connection)

    @contextmanager
    def _writing(self, transaction: Callable[[], AbstractContextManager[_T]]) -> Iterator[_T]:
        """What both kinds of write transaction share: none after damage, each in the writer's turn, the search
        index entries of its new letters written after its commit in the same turn (no other write comes between),
        SQLite's errors worded as refusals (`_refuse`)."""
        if self.damage is not None:
            raise DatabaseDamaged()
        if self._engine is None:
            self.engine  # noqa: B018  (made now: SQLAlchemy's errors are caught below)
        try:
            with (self.turns or nullcontext)():
                with transaction() as tx:
                    yield tx
                if tx.info.pop(LETTERS_ADDED, False):
                    self._index_new_letters(index_new_letters)
        except self._errors as exc:
            self._refuse(exc)
            raise

    @contextmanager
    def _in_session(self) -> Iterator[Session]:
        """`write`'s transaction: an ORM session begun with BEGIN IMMEDIATE."""
        with self._write_sessions() as session, session.begin():
            yield session
            rebuild_pending(session)  # letters whose scan text was replaced, once each

    @contextmanager
    def _on_connection(self) -> Iterator[PlainWrite]:
        """`write_plain`'s transaction: BEGIN IMMEDIATE on a pooled sqlite3 connection, no session around it."""
        pooled = self.engine.raw_connection()
        try:
            connection = pooled.driver_connection
            assert isinstance(connection, sqlite3.Connection)
            connection.execute("BEGIN IMMEDIATE")
            transaction = PlainWrite(connection)
            try:
                yield transaction
                connection.execute("COMMIT")
            finally:
                if connection.in_transaction:  # an exception, or a COMMIT that failed (a full disk)
                    connection.execute("ROLLBACK")
        finally:
            pooled.close()

    def _refuse(self, exc: BaseException) -> None:
        """A write's SQLite error as a plain refusal where it is one (a full disk, damage: nothing more is written
        after damage); other errors go on as they are."""
        cause = getattr(exc, "orig", None) or exc
        if is_disk_full(cause):
            raise DiskFull() from exc
        if is_damage(cause):
            self.stop_writing()
            raise DatabaseDamaged() from exc

    def _index_new_letters(self, how: Callable[[sqlite3.Connection], int]) -> None:
        """The search index entries of the letters just committed, in a transaction of their own
        (core/search/index.py). The letters are saved whatever happens here: a failure is logged, not raised, and
        their entries are written with the next letter or at the next start."""
        connection = self.engine.raw_connection()
        try:
            driver = connection.driver_connection
            assert isinstance(driver, sqlite3.Connection)
            self._indexed(how, driver)
        finally:
            connection.close()

    def _indexed(self, how: Callable[[sqlite3.Connection], int], connection: sqlite3.Connection) -> None:
        try:
            how(connection)
        except sqlite3.Error as exc:
            log.warning("the search index entries of new letters were not written now: %s", exc)
            if is_damage(exc):
                self.stop_writing()

    def index_left_over(self) -> None:
        """At opening, by the office's only writer: letters left without their index entry (a power cut right after
        their transaction) get it (on a plain connection: the start does not wait for SQLAlchemy)."""
        if self.damage is None:
            with self.plain() as connection:
                self._indexed(index_left_over, connection)

    def interrupt_reads(self) -> None:
        """At closing: reads still running (a count in the background at a million letters) stop at once, so the
        file is closed cleanly now instead of after them (else the next start checks the whole file). A write is
        never interrupted: it ends, or rolls back as a whole."""
        if self._engine is None:
            return  # (nothing read through it yet)
        for connection in list(READING.get(self._engine, ())):
            connection.interrupt()

    def stop_writing(self, reason: str = DAMAGED) -> None:
        """Damage was found while the app runs (the weekly check): refuse every later write."""
        self.damage = reason

    def close(self, clean: bool = True) -> None:
        """`clean=False` when opening failed half way (it may be the file's fault): the next start checks it."""
        if self._engine is not None:
            self._engine.dispose()
        if clean and self.damage is None:
            remember_clean_close(self.data_dir.database)
