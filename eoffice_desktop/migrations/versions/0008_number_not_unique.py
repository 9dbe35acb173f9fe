"""letters of databases made by the first 0003_sync lose the unique registry-number constraint, as every other has

0003_sync dropped `uq_letters_number` (two PCs may briefly hold the same provisional number; numbering checks it
itself) only from its third version on; a database made by an earlier one kept the constraint and lacked the
index that replaced it. Both are brought to the schema every other database has. Nothing happens elsewhere.

Revision ID: 0008_number_not_unique
Revises: 0007_fill_old_rows
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_number_not_unique"
down_revision = "0007_fill_old_rows"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    unique = {c["name"] for c in inspector.get_unique_constraints("letters")}
    indexes = {i["name"] for i in inspector.get_indexes("letters")}
    if "uq_letters_number" not in unique and "ix_letters_office_number" in indexes:
        return
    # The rebuild of `letters` must not lose the search triggers or trip over the view that names it (0003_sync).
    rows = bind.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('view', 'trigger') ORDER BY type = 'trigger', rowid"
    ).fetchall()
    for kind, name, _sql in reversed(rows):
        op.execute(f'DROP {kind.upper()} "{name}"')
    with op.batch_alter_table("letters", schema=None) as batch_op:
        if "uq_letters_number" in unique:
            batch_op.drop_constraint("uq_letters_number", type_="unique")
        if "ix_letters_office_number" not in indexes:
            batch_op.create_index(
                "ix_letters_office_number", ["office_id", "direction", "registry_year", "registry_number"], unique=False
            )
    for _kind, _name, sql in rows:
        op.execute(sql)


def downgrade() -> None:
    pass  # every database at 0007 or later is meant to have this schema
