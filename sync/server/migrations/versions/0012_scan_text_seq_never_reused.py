"""on SQLite, the position of a reading of a scan's text is never given again (AUTOINCREMENT): a page read again
replaces its row, and when that row was the newest its position went to the new one, behind the cursor of every PC
that had taken the older reading. PostgreSQL's sequence never gave a number twice: nothing changes there.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def _rebuild(autoincrement: bool) -> None:
    """SQLite: the table made again with its rows (AUTOINCREMENT cannot be added in place); its sequence starts
    after the newest row kept."""
    if op.get_bind().dialect.name != "sqlite":
        return
    with op.batch_alter_table("scan_texts", recreate="always", table_kwargs={"sqlite_autoincrement": autoincrement}):
        pass


def upgrade() -> None:
    _rebuild(True)


def downgrade() -> None:
    _rebuild(False)
