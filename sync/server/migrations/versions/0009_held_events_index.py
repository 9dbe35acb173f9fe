"""a PC's held events found by a partial index (a push reads them without scanning the PC's other events); the feed's
index that repeated its primary key dropped (every feed entry wrote it twice)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    held = sa.text("held")
    op.create_index("ix_events_held", "events", ["device_id", "dev_seq"], postgresql_where=held, sqlite_where=held)
    op.drop_index("ix_feed_office_pos", table_name="feed")  # the primary key is (office_id, pos) already


def downgrade() -> None:
    op.create_index("ix_feed_office_pos", "feed", ["office_id", "pos"], unique=False)
    op.drop_index("ix_events_held", table_name="events")
