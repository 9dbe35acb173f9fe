"""server schema: offices, devices, enrolment codes, events, feeds, letter access, blobs

Revision ID: 0001
Revises:
Create Date: 2026-11-23

The schema `migrate` created before the server had migrations; such a database is stamped at this revision.
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "blob_access",
        sa.Column("hash", sa.String(length=71), nullable=False),
        sa.Column("office_id", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("hash", "office_id"),
    )
    op.create_table(
        "blobs",
        sa.Column("hash", sa.String(length=71), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("hash"),
    )
    op.create_table(
        "devices",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("office_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("last_seen", sa.DateTime(), nullable=True),
        sa.Column("app_version", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_devices_office_id"), ["office_id"], unique=False)

    op.create_table(
        "enrolment_codes",
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("office_id", sa.String(length=64), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("code_hash"),
    )
    op.create_table(
        "events",
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("office_id", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("dev_seq", sa.BigInteger(), nullable=False),
        sa.Column("type", sa.String(length=64), nullable=False),
        sa.Column("letter_id", sa.String(length=36), nullable=True),
        sa.Column("hash", sa.String(length=71), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("held", sa.Boolean(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("device_id", "dev_seq", name="uq_server_device_seq"),
        sa.UniqueConstraint("id"),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_letter_id"), ["letter_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_office_id"), ["office_id"], unique=False)

    op.create_table(
        "feed",
        sa.Column("office_id", sa.String(length=64), nullable=False),
        sa.Column("pos", sa.BigInteger(), nullable=False),
        sa.Column("event_seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("office_id", "pos"),
        sa.UniqueConstraint("office_id", "event_seq", name="uq_feed_event"),
    )
    with op.batch_alter_table("feed", schema=None) as batch_op:
        batch_op.create_index("ix_feed_office_pos", ["office_id", "pos"], unique=False)

    op.create_table(
        "feed_heads",
        sa.Column("office_id", sa.String(length=64), nullable=False),
        sa.Column("pos", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("office_id"),
    )
    op.create_table(
        "letter_access",
        sa.Column("letter_id", sa.String(length=36), nullable=False),
        sa.Column("office_id", sa.String(length=64), nullable=False),
        sa.Column("owner", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("letter_id", "office_id"),
    )
    op.create_table(
        "office_members",
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("office_id", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("user_id"),
    )
    op.create_table(
        "offices",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name_lo", sa.String(length=300), nullable=False),
        sa.Column("name_en", sa.String(length=300), nullable=False),
        sa.Column("province", sa.String(length=100), nullable=False),
        sa.Column("parent_id", sa.String(length=64), nullable=True),
        sa.Column("event_office_id", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
        sa.UniqueConstraint("event_office_id"),
    )
    op.create_table(
        "org_offices",
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("office_id", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("org_id"),
    )
    op.create_table(
        "server_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    op.drop_table("server_meta")
    op.drop_table("org_offices")
    op.drop_table("offices")
    op.drop_table("office_members")
    op.drop_table("letter_access")
    op.drop_table("feed_heads")
    op.drop_table("feed")
    op.drop_table("events")
    op.drop_table("enrolment_codes")
    op.drop_table("devices")
    op.drop_table("blobs")
    op.drop_table("blob_access")
