"""Alembic environment: migrations run on the engine the app opened (never a URL from a config file)."""

from alembic import context

from eoffice_desktop.core.models import Base

engine = context.config.attributes.get("engine")
if engine is None:
    raise RuntimeError("eOffice migrations run through eoffice_desktop.core.db.Database")

with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
