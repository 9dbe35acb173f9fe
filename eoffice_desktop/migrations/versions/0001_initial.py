"""initial schema: event log and registry projections

Revision ID: 0001
Revises: 
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('events',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('type', sa.String(length=64), nullable=False),
    sa.Column('schema', sa.Integer(), nullable=False),
    sa.Column('letter_id', sa.String(length=36), nullable=True),
    sa.Column('office_id', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('author_id', sa.String(length=64), nullable=False),
    sa.Column('hlc', sa.String(length=96), nullable=False),
    sa.Column('dev_seq', sa.Integer(), nullable=False),
    sa.Column('prev', sa.String(length=71), nullable=False),
    sa.Column('hash', sa.String(length=71), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('deps', sa.Text(), nullable=False),
    sa.Column('blobs', sa.Text(), nullable=False),
    sa.Column('sig', sa.Text(), nullable=True),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('server_pos', sa.Integer(), nullable=True),
    sa.Column('acked', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('seq'),
    sa.UniqueConstraint('device_id', 'dev_seq', name='uq_events_device_seq'),
    sa.UniqueConstraint('id')
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_events_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_letter_id'), ['letter_id'], unique=False)
        batch_op.create_index('ix_events_outbox', ['acked', 'seq'], unique=False)

    op.create_table('form_templates',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('direction', sa.String(length=3), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('number_blocks',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('series_key', sa.String(length=64), nullable=False),
    sa.Column('first', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.Column('next', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('number_blocks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_number_blocks_series_key'), ['series_key'], unique=False)

    op.create_table('offices',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name_lo', sa.String(length=300), nullable=False),
    sa.Column('name_en', sa.String(length=300), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('organisations',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name_lo', sa.String(length=300), nullable=False),
    sa.Column('name_en', sa.String(length=300), nullable=False),
    sa.Column('abbr', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('province', sa.String(length=100), nullable=False),
    sa.Column('office_id', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('organisations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisations_name_lo'), ['name_lo'], unique=False)

    op.create_table('settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('users',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('office_id', sa.String(length=64), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('roles', sa.String(length=200), nullable=False),
    sa.Column('password_hash', sa.String(length=300), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('username')
    )
    op.create_table('letters',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('office_id', sa.String(length=64), nullable=False),
    sa.Column('direction', sa.String(length=3), nullable=False),
    sa.Column('registry_number', sa.String(length=64), nullable=False),
    sa.Column('registry_year', sa.Integer(), nullable=False),
    sa.Column('registry_seq', sa.Integer(), nullable=True),
    sa.Column('series_key', sa.String(length=64), nullable=False),
    sa.Column('provisional', sa.Boolean(), nullable=False),
    sa.Column('registered_at', sa.DateTime(), nullable=False),
    sa.Column('registered_by', sa.String(length=64), nullable=False),
    sa.Column('register_date', sa.Date(), nullable=False),
    sa.Column('letter_date', sa.Date(), nullable=True),
    sa.Column('sender_org_id', sa.String(length=36), nullable=True),
    sa.Column('sender_name', sa.String(length=300), nullable=False),
    sa.Column('sender_ref', sa.String(length=100), nullable=False),
    sa.Column('delivery_mode', sa.String(length=16), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('doc_type', sa.String(length=16), nullable=False),
    sa.Column('urgency', sa.String(length=16), nullable=False),
    sa.Column('confidentiality', sa.String(length=16), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=True),
    sa.Column('reply_due', sa.Date(), nullable=True),
    sa.Column('keywords', sa.Text(), nullable=False),
    sa.Column('signatory', sa.String(length=200), nullable=False),
    sa.Column('recipients_text', sa.Text(), nullable=False),
    sa.Column('in_reply_to', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('void_reason', sa.Text(), nullable=False),
    sa.Column('moved', sa.Boolean(), nullable=False),
    sa.Column('attachment_count', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('updated_hlc', sa.String(length=96), nullable=False),
    sa.ForeignKeyConstraint(['in_reply_to'], ['letters.id'], ),
    sa.ForeignKeyConstraint(['sender_org_id'], ['organisations.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('office_id', 'direction', 'registry_year', 'registry_number', name='uq_letters_number')
    )
    with op.batch_alter_table('letters', schema=None) as batch_op:
        batch_op.create_index('ix_letters_date', ['direction', 'register_date'], unique=False)
        batch_op.create_index('ix_letters_register', ['direction', 'registry_year', 'registry_seq'], unique=False)
        batch_op.create_index('ix_letters_reply', ['in_reply_to'], unique=False)
        batch_op.create_index('ix_letters_series', ['series_key', 'registry_seq'], unique=False)

    op.create_table('attachments',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('letter_id', sa.String(length=36), nullable=False),
    sa.Column('blob_hash', sa.String(length=71), nullable=False),
    sa.Column('filename', sa.String(length=300), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('added_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['letter_id'], ['letters.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachments_letter_id'), ['letter_id'], unique=False)

    op.create_table('letter_recipients',
    sa.Column('letter_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('org_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['letter_id'], ['letters.id'], ),
    sa.ForeignKeyConstraint(['org_id'], ['organisations.id'], ),
    sa.PrimaryKeyConstraint('letter_id', 'position')
    )


def downgrade() -> None:
    op.drop_table('letter_recipients')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachments_letter_id'))

    op.drop_table('attachments')
    with op.batch_alter_table('letters', schema=None) as batch_op:
        batch_op.drop_index('ix_letters_series')
        batch_op.drop_index('ix_letters_reply')
        batch_op.drop_index('ix_letters_register')
        batch_op.drop_index('ix_letters_date')

    op.drop_table('letters')
    op.drop_table('users')
    op.drop_table('settings')
    with op.batch_alter_table('organisations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organisations_name_lo'))

    op.drop_table('organisations')
    op.drop_table('offices')
    with op.batch_alter_table('number_blocks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_number_blocks_series_key'))

    op.drop_table('number_blocks')
    op.drop_table('form_templates')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_outbox')
        batch_op.drop_index(batch_op.f('ix_events_letter_id'))
        batch_op.drop_index(batch_op.f('ix_events_hlc'))

    op.drop_table('events')
