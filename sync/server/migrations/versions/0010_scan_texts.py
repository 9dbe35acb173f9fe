"""the text read from scans, shared between PCs (derived data, one row per file, page and office), and why each
office may read a file (the office that gave it the file, or itself), so text comes only from there

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("blob_access") as table:
        table.add_column(sa.Column("via_office", sa.String(length=64), nullable=True))
    op.create_table(
        "scan_texts",
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("hash", sa.String(length=71), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("reader", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("other_text", sa.Text(), nullable=False),
        sa.Column("pushed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("hash", "page", "office_id", name="uq_scan_text_page"),
    )
    _learn_why_offices_read_their_files()


def _learn_why_offices_read_their_files() -> None:
    """For access granted before this revision: an office that named the file in an event of its own had the file
    itself (the upload gave it access); any other office got it from the first office that named it in an event."""
    events = sa.table(
        "events",
        sa.column("seq", sa.BigInteger),
        sa.column("office_id", sa.String),
        sa.column("body", sa.Text),
        sa.column("held", sa.Boolean),
        sa.column("refused", sa.String),
    )
    access = sa.table("blob_access", sa.column("hash"), sa.column("office_id"), sa.column("via_office"))
    bind = op.get_bind()
    named: dict[str, list[str]] = {}  # file -> offices that named it, first first
    rows = bind.execute(
        sa.select(events.c.office_id, events.c.body)
        .where(
            events.c.held == sa.false(),
            events.c.refused.is_(None),
            sa.or_(events.c.body.like('%"blobs":["%'), events.c.body.like('%"blobs": ["%')),
        )
        .order_by(events.c.seq)
    )
    for office_id, body in rows:
        for blob_hash in json.loads(body).get("blobs", []):
            offices = named.setdefault(blob_hash, [])
            if office_id not in offices:
                offices.append(office_id)
    for blob_hash, office_id in bind.execute(sa.select(access.c.hash, access.c.office_id)).all():
        offices = named.get(blob_hash, [])
        via = office_id if office_id in offices or not offices else offices[0]
        bind.execute(
            access.update().where(access.c.hash == blob_hash, access.c.office_id == office_id).values(via_office=via)
        )


def downgrade() -> None:
    op.drop_table("scan_texts")
    with op.batch_alter_table("blob_access") as table:
        table.drop_column("via_office")
