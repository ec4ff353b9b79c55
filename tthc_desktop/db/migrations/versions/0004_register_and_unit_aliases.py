"""The register's next free number per year (sổ đăng ký văn bản đi), and the clerk's matches of unit texts.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('register_start',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('symbol', sa.String(), nullable=False),
    sa.Column('next_number', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_register_start_organization_id_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_register_start')),
    sa.UniqueConstraint('organization_id', 'year', 'symbol', name=op.f('uq_register_start_organization_id_year_symbol'))
    )
    with op.batch_alter_table('register_start', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_register_start_organization_id'), ['organization_id'], unique=False)

    op.create_table('unit_alias',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_unit_alias_organization_id_organization'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_unit_alias_unit_id_unit'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit_alias')),
    sa.UniqueConstraint('organization_id', 'key', name=op.f('uq_unit_alias_organization_id_key'))
    )
    with op.batch_alter_table('unit_alias', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_alias_organization_id'), ['organization_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('unit_alias', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unit_alias_organization_id'))
    op.drop_table('unit_alias')
    with op.batch_alter_table('register_start', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_register_start_organization_id'))
    op.drop_table('register_start')
