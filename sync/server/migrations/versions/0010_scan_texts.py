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


NAMED = "migration_0010_named"  # while this revision runs: which office named which file first (its event's seq)
BATCH = 5_000  # events read at a time (by their seq): a server with millions of events is read in bounded memory
FILL = f"INSERT INTO {NAMED} (hash, office_id, first_seq) VALUES (:hash, :office_id, :seq) ON CONFLICT DO NOTHING"
# An office that named the file itself; else the first office that named it; else (no event names it) itself.
LEARN = f"""
UPDATE blob_access SET via_office = COALESCE(
    (SELECT n.office_id FROM {NAMED} n WHERE n.hash = blob_access.hash AND n.office_id = blob_access.office_id),
    (SELECT n.office_id FROM {NAMED} n WHERE n.hash = blob_access.hash ORDER BY n.first_seq LIMIT 1),
    blob_access.office_id)
"""


def _learn_why_offices_read_their_files() -> None:
    """For access granted before this revision: an office that named the file in an event of its own had the file
    itself (the upload gave it access); any other office got it from the first office that named it in an event.
    The events are read a batch at a time, what they name is kept in a table (not in memory), and the access rows
    are set by one statement."""
    events = sa.table(
        "events",
        sa.column("seq", sa.BigInteger),
        sa.column("office_id", sa.String),
        sa.column("body", sa.Text),
        sa.column("held", sa.Boolean),
        sa.column("refused", sa.String),
    )
    op.create_table(
        NAMED,
        sa.Column("hash", sa.Text(), nullable=False),
        sa.Column("office_id", sa.String(length=64), nullable=False),
        sa.Column("first_seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("hash", "office_id"),
    )
    bind = op.get_bind()
    after = 0
    while True:
        rows = bind.execute(
            sa.select(events.c.seq, events.c.office_id, events.c.body)
            .where(
                events.c.seq > after,
                events.c.held == sa.false(),
                events.c.refused.is_(None),
                sa.or_(events.c.body.like('%"blobs":["%'), events.c.body.like('%"blobs": ["%')),
            )
            .order_by(events.c.seq)
            .limit(BATCH)
        ).all()
        if not rows:
            break
        named: dict[tuple[str, str], int] = {}  # (file, office) -> the first event of the batch naming it
        for seq, office_id, body in rows:
            for blob_hash in json.loads(body).get("blobs", []):
                named.setdefault((blob_hash, office_id), seq)
        if named:  # a batch's events in their order, after those of earlier batches: the first naming is kept
            bind.execute(sa.text(FILL), [{"hash": h, "office_id": o, "seq": n} for (h, o), n in named.items()])
        after = rows[-1][0]
    bind.execute(sa.text(LEARN))
    op.drop_table(NAMED)


def downgrade() -> None:
    op.drop_table("scan_texts")
    with op.batch_alter_table("blob_access") as table:
        table.drop_column("via_office")
