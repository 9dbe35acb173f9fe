"""Alembic environment of the server's database: migrations run on the engine the server opened."""

from alembic import context

import sync.server.console.tables  # noqa: F401  (the console's tables join Base.metadata)
from sync.server.models import Base

engine = context.config.attributes.get("engine")
if engine is None:
    raise RuntimeError("Server migrations run through sync.server.database.ServerDatabase.migrate")

with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
