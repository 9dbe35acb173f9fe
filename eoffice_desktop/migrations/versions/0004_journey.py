"""journeys across offices: links between the copies of one letter

Revision ID: 0004_journey
Revises: 0003_sync
Create Date: 2026-12-06
"""

from alembic import op
import sqlalchemy as sa


revision = "0004_journey"
down_revision = "0003_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "journey_links",
        sa.Column("letter_id", sa.String(length=36), nullable=False),
        sa.Column("arrived_from", sa.String(length=36), nullable=True),
        sa.Column("forwards", sa.String(length=36), nullable=True),
        sa.Column("answers", sa.String(length=36), nullable=True),
        sa.Column("origin", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("letter_id"),
    )
    with op.batch_alter_table("journey_links", schema=None) as batch_op:
        batch_op.create_index("ix_journey_links_arrived_from", ["arrived_from"], unique=False)
        batch_op.create_index("ix_journey_links_forwards", ["forwards"], unique=False)
        batch_op.create_index("ix_journey_links_origin", ["origin"], unique=False)
    # Letters registered before this version have no links yet: they are filled by folding the log again.
    op.execute(
        "INSERT INTO journey_links (letter_id, arrived_from, forwards, answers, origin) "
        "SELECT letter_id, json_extract(payload, '$.arrived_from'), json_extract(payload, '$.forwards'), "
        "json_extract(payload, '$.answers'), json_extract(payload, '$.origin') FROM events "
        "WHERE type = 'letter.registered' AND letter_id IS NOT NULL AND ("
        "json_extract(payload, '$.arrived_from') IS NOT NULL OR json_extract(payload, '$.forwards') IS NOT NULL OR "
        "json_extract(payload, '$.answers') IS NOT NULL OR json_extract(payload, '$.origin') IS NOT NULL)"
    )


def downgrade() -> None:
    with op.batch_alter_table("journey_links", schema=None) as batch_op:
        batch_op.drop_index("ix_journey_links_origin")
        batch_op.drop_index("ix_journey_links_forwards")
        batch_op.drop_index("ix_journey_links_arrived_from")
    op.drop_table("journey_links")
