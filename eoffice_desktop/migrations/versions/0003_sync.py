"""sync state: attachment transfer states, refused events, sync issues

Revision ID: 0003_sync
Revises: 0002_routing
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa


revision = '0003_sync'
down_revision = '0002_routing'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('blob_sync',
    sa.Column('hash', sa.String(length=71), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('urgent', sa.Boolean(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('hash')
    )
    op.create_table('sync_issues',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=True),
    sa.Column('letter_id', sa.String(length=36), nullable=True),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('resolved', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('sync_issues', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_issues_event_id'), ['event_id'], unique=False)

    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('refused', sa.Text(), nullable=True))

    # Looking a number up must not scan a whole year's series (numbering checks every new number).
    op.create_index('ix_letters_number', 'letters', ['registry_number'], unique=False)
    # Dropping the constraint rebuilds `letters`. A database where search came first has views and triggers that
    # name `letters`: SQLite refuses the rebuild's rename while a view names the dropped table, and the old table's
    # triggers go with it. So they are set aside and made again, exactly as they were, once the new table is in place.
    kept = _set_aside_views_and_triggers()
    with op.batch_alter_table('letters', schema=None) as batch_op:
        batch_op.drop_constraint('uq_letters_number', type_='unique')
        batch_op.create_index('ix_letters_office_number', ['office_id', 'direction', 'registry_year',
                                                           'registry_number'], unique=False)
    for sql in kept:
        op.execute(sql)


def _set_aside_views_and_triggers() -> list[str]:
    rows = op.get_bind().exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('view', 'trigger') ORDER BY type = 'trigger', rowid"
    ).fetchall()
    for kind, name, _sql in reversed(rows):
        op.execute(f'DROP {kind.upper()} "{name}"')
    return [sql for _kind, _name, sql in rows]



def downgrade() -> None:
    with op.batch_alter_table('letters', schema=None) as batch_op:
        batch_op.drop_index('ix_letters_office_number')
        batch_op.create_unique_constraint('uq_letters_number', ['office_id', 'direction', 'registry_year',
                                                                'registry_number'])
    op.drop_index('ix_letters_number', table_name='letters')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_column('refused')

    with op.batch_alter_table('sync_issues', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_issues_event_id'))

    op.drop_table('sync_issues')
    op.drop_table('blob_sync')
