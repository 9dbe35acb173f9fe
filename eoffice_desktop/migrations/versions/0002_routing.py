"""routing: departments, routing steps, delegations; letter status columns

Revision ID: 0002_routing
Revises: 0001
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa


revision = '0002_routing'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('delegations',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('from_user_id', sa.String(length=64), nullable=False),
    sa.Column('to_user_id', sa.String(length=64), nullable=False),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('end', sa.Date(), nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('delegations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delegations_from_user_id'), ['from_user_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_delegations_to_user_id'), ['to_user_id'], unique=False)

    op.create_table('departments',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name_lo', sa.String(length=300), nullable=False),
    sa.Column('name_en', sa.String(length=300), nullable=False),
    sa.Column('head_user_id', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('routing_steps',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('letter_id', sa.String(length=36), nullable=False),
    sa.Column('parent_step_id', sa.String(length=36), nullable=True),
    sa.Column('from_user_id', sa.String(length=64), nullable=False),
    sa.Column('to_user_id', sa.String(length=64), nullable=True),
    sa.Column('to_department_id', sa.String(length=36), nullable=True),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('minute', sa.Text(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=False),
    sa.Column('acknowledged_at', sa.DateTime(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('acted_by', sa.String(length=64), nullable=True),
    sa.Column('flags', sa.String(length=100), nullable=False),
    sa.Column('sent_hlc', sa.String(length=96), nullable=False),
    sa.ForeignKeyConstraint(['letter_id'], ['letters.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('routing_steps', schema=None) as batch_op:
        batch_op.create_index('ix_routing_open', ['status', 'to_user_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_routing_steps_from_user_id'), ['from_user_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_routing_steps_letter_id'), ['letter_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_routing_steps_to_department_id'), ['to_department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_routing_steps_to_user_id'), ['to_user_id'], unique=False)

    with op.batch_alter_table('letters', schema=None) as batch_op:
        batch_op.add_column(sa.Column('outcome', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('holders_text', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('routing_due', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('completed_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('tracking_code', sa.String(length=20), nullable=False, server_default=''))
        batch_op.create_index(batch_op.f('ix_letters_tracking_code'), ['tracking_code'], unique=False)

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('department_id', sa.String(length=36), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('department_id')

    with op.batch_alter_table('letters', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_letters_tracking_code'))
        batch_op.drop_column('tracking_code')
        batch_op.drop_column('completed_at')
        batch_op.drop_column('routing_due')
        batch_op.drop_column('holders_text')
        batch_op.drop_column('outcome')

    with op.batch_alter_table('routing_steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_routing_steps_to_user_id'))
        batch_op.drop_index(batch_op.f('ix_routing_steps_to_department_id'))
        batch_op.drop_index(batch_op.f('ix_routing_steps_letter_id'))
        batch_op.drop_index(batch_op.f('ix_routing_steps_from_user_id'))
        batch_op.drop_index('ix_routing_open')

    op.drop_table('routing_steps')
    op.drop_table('departments')
    with op.batch_alter_table('delegations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_delegations_to_user_id'))
        batch_op.drop_index(batch_op.f('ix_delegations_from_user_id'))

    op.drop_table('delegations')
