"""Alembic environment: migrations run on the engine the app opened (never a URL from a config file), all of them in
one transaction, so a failed upgrade leaves the database exactly as it was."""

from collections import Counter
from contextlib import nullcontext

from alembic import context
from sqlalchemy import Connection, event

from eoffice_desktop.core.storage.models import Base

engine = context.config.attributes.get("engine")
progress = context.config.attributes.get("progress")  # (the window shown meanwhile: core/storage/opening_progress.py)
if engine is None:
    raise RuntimeError("eOffice migrations run through eoffice_desktop.core.storage.db.Database")


def dangling(connection: Connection) -> Counter[tuple[str, str]]:
    """Rows whose foreign key points at nothing, counted by (table, parent)."""
    return Counter((row[0], row[2]) for row in connection.exec_driver_sql("PRAGMA foreign_key_check"))


with engine.connect() as connection:
    # A batch migration rebuilds a table and drops the old one; with foreign keys on, SQLite refuses to drop `letters`
    # while attachments point at it. The pragma only changes outside a transaction, so it is set on the driver's
    # connection before the migrations' transaction begins, checked before that transaction commits, and set back.
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute("PRAGMA foreign_keys=OFF")
    if progress is not None:  # a stop ends the update at its next statement (or within a long one: `watching`)
        event.listen(connection, "before_cursor_execute", lambda *_statement: progress.check())
    try:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=True,
            transactional_ddl=True,  # SQLite rolls DDL back too; Alembic assumes it cannot
            on_version_apply=progress.applied if progress is not None else (),
        )
        with context.begin_transaction(), progress.watching(driver) if progress is not None else nullcontext():
            before = dangling(connection)
            context.run_migrations()
            if progress is not None:  # (the check below and the commit take seconds on a large office)
                progress.saving()
            broken = dangling(connection) - before
            if broken:
                raise RuntimeError(f"a migration left rows pointing at nothing: {dict(broken)}")
    finally:
        driver.execute("PRAGMA foreign_keys=ON")
