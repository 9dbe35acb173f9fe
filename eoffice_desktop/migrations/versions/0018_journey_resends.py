"""journey links: an outgoing letter that sends again, to other offices, a letter an office returned

Revision ID: 0018_journey_resends
Revises: 0017_directory_parents_key
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa

revision = "0018_journey_resends"
down_revision = "0017_directory_parents_key"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("journey_links", schema=None) as batch_op:
        batch_op.add_column(sa.Column("resends", sa.String(length=36), nullable=True))
        batch_op.create_index("ix_journey_links_resends", ["resends"], unique=False)
    # No version before this one wrote the field: nothing to fill.


def downgrade() -> None:
    with op.batch_alter_table("journey_links", schema=None) as batch_op:
        batch_op.drop_index("ix_journey_links_resends")
        batch_op.drop_column("resends")
