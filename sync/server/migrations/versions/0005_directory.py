"""the national directory of offices (kind, status, merges, version, history) and the calendar of public holidays

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06

Offices made before the directory become active offices of kind `other` at directory version 1, each with an
`added` history row, so every PC fetches them with its first directory sync.
"""

from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("offices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=16), nullable=False, server_default="other"))
        batch_op.add_column(sa.Column("status", sa.String(length=16), nullable=False, server_default="active"))
        batch_op.add_column(sa.Column("merged_into", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("version", sa.BigInteger(), nullable=False, server_default="0"))
        batch_op.create_index(batch_op.f("ix_offices_version"), ["version"], unique=False)
    op.create_table(
        "office_history",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("office_id", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name_lo", sa.String(length=300), nullable=False),
        sa.Column("name_en", sa.String(length=300), nullable=False),
        sa.Column("parent_id", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_office_history_office_id", "office_history", ["office_id"], unique=False)
    op.create_table(
        "holidays",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name_lo", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("removed", sa.Boolean(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("day"),
    )
    op.create_index("ix_holidays_version", "holidays", ["version"], unique=False)

    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, code, name_lo, name_en, parent_id FROM offices")).all()
    if rows:
        at = datetime.now().replace(microsecond=0)
        conn.execute(sa.text("UPDATE offices SET version = 1"))
        conn.execute(
            sa.text(
                "INSERT INTO office_history (office_id, at, action, code, name_lo, name_en, parent_id, status, note) "
                "VALUES (:id, :at, 'added', :code, :name_lo, :name_en, :parent_id, 'active', '')"
            ),
            [{**row._mapping, "at": at} for row in rows],
        )
    conn.execute(
        sa.text("INSERT INTO server_meta (key, value) VALUES ('directory_version', :v)"), {"v": "1" if rows else "0"}
    )


def downgrade() -> None:
    op.execute("DELETE FROM server_meta WHERE key = 'directory_version'")
    op.drop_index("ix_holidays_version", table_name="holidays")
    op.drop_table("holidays")
    op.drop_index("ix_office_history_office_id", table_name="office_history")
    op.drop_table("office_history")
    with op.batch_alter_table("offices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_offices_version"))
        batch_op.drop_column("version")
        batch_op.drop_column("merged_into")
        batch_op.drop_column("status")
        batch_op.drop_column("kind")
