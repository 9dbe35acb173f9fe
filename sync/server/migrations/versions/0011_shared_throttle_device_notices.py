"""failed enrolments counted in the database, so every server process throttles on the same counts (they lived in
each process's memory: N processes allowed N times the limit); a change to a PC's credentials (its revocation above
all) is announced to every server process at commit (PostgreSQL: NOTIFY; SQLite: a counter of changes moved by the
same transaction), which may then keep the PCs it checked in memory

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# The channel and the trigger's payload are read by sync/server/device_cache.py.
NOTIFY_FUNCTION = """
CREATE OR REPLACE FUNCTION eoffice_device_changed() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('eoffice_devices', OLD.token_hash);
    RETURN NULL;
END
$$ LANGUAGE plpgsql
"""
SQLITE_TRIGGERS = (
    "CREATE TRIGGER devices_changed AFTER UPDATE OF revoked_at, token_hash, office_id, replaces, id ON devices "
    "BEGIN UPDATE device_changes SET n = n + 1; END",
    "CREATE TRIGGER devices_removed AFTER DELETE ON devices BEGIN UPDATE device_changes SET n = n + 1; END",
)
NOTIFY_TRIGGER = """
CREATE TRIGGER devices_changed AFTER UPDATE OF revoked_at, token_hash, office_id, replaces, id OR DELETE ON devices
FOR EACH ROW EXECUTE FUNCTION eoffice_device_changed()
"""


def upgrade() -> None:
    op.create_table(
        "enrol_failures",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_enrol_failures_key", "enrol_failures", ["kind", "key", "at"])
    op.create_index("ix_enrol_failures_at", "enrol_failures", ["at"])
    op.create_table(
        "device_changes",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("n", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.execute("INSERT INTO device_changes (id, n) VALUES (1, 0)")
    if op.get_bind().dialect.name == "postgresql":
        op.execute(NOTIFY_FUNCTION)
        op.execute(NOTIFY_TRIGGER)
    else:
        for trigger in SQLITE_TRIGGERS:
            op.execute(trigger)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS devices_changed ON devices")
        op.execute("DROP FUNCTION IF EXISTS eoffice_device_changed()")
    else:
        op.execute("DROP TRIGGER IF EXISTS devices_changed")
        op.execute("DROP TRIGGER IF EXISTS devices_removed")
    op.drop_table("device_changes")
    op.drop_index("ix_enrol_failures_at", table_name="enrol_failures")
    op.drop_index("ix_enrol_failures_key", table_name="enrol_failures")
    op.drop_table("enrol_failures")
