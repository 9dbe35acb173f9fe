"""the files each office has sent, counted as they come, and its bounds set by IT staff (`office_files`): counted
once here from the files each office uploaded itself

Revision ID: 0017
Revises: 0016
Create Date: 2027-01-08
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "office_files",
        sa.Column("office_id", sa.String(length=64), nullable=False),
        sa.Column("files", sa.BigInteger(), nullable=False),
        sa.Column("bytes", sa.BigInteger(), nullable=False),
        sa.Column("files_limit", sa.BigInteger(), nullable=True),
        sa.Column("bytes_limit", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("office_id"),
    )
    # An office's own files: those it may read because it sent them (`via_office`, since 0010).
    op.execute(
        "INSERT INTO office_files (office_id, files, bytes) "
        "SELECT a.office_id, COUNT(*), COALESCE(SUM(b.size), 0) FROM blob_access a JOIN blobs b ON b.hash = a.hash "
        "WHERE a.via_office = a.office_id GROUP BY a.office_id"
    )


def downgrade() -> None:
    op.drop_table("office_files")
