"""Initial schema: organization, units, officials, documents, plans, indicators, tracking, outbox.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('organization',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('level', sa.Enum('commune', 'ward', 'township', name='organizationlevel', native_enum=False, length=32), nullable=False),
    sa.Column('province', sa.String(), nullable=True),
    sa.Column('parent_name', sa.String(), nullable=True),
    sa.Column('place_name', sa.String(), nullable=False),
    sa.Column('issuer_abbreviation', sa.String(), nullable=False),
    sa.Column('upstream_name', sa.String(), nullable=True),
    sa.Column('numbering_policy', sa.Enum('per_type', 'shared', name='numberingpolicy', native_enum=False, length=32), nullable=False),
    sa.Column('report_cutoff_day', sa.Integer(), nullable=False),
    sa.Column('report_due_day', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organization'))
    )
    op.create_table('dossier_stats',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('period_key', sa.String(), nullable=False),
    sa.Column('field', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('received_online', sa.Integer(), nullable=False),
    sa.Column('received_in_person', sa.Integer(), nullable=False),
    sa.Column('carried_over', sa.Integer(), nullable=False),
    sa.Column('settled_early', sa.Integer(), nullable=False),
    sa.Column('settled_on_time', sa.Integer(), nullable=False),
    sa.Column('settled_late', sa.Integer(), nullable=False),
    sa.Column('pending_within', sa.Integer(), nullable=False),
    sa.Column('pending_late', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_dossier_stats_organization_id_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_stats')),
    sa.UniqueConstraint('organization_id', 'period_key', 'field', name=op.f('uq_dossier_stats_organization_id_period_key_field'))
    )
    op.create_table('official',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('position', sa.String(), nullable=False),
    sa.Column('may_sign', sa.Boolean(), nullable=False),
    sa.Column('active_from', sa.Date(), nullable=True),
    sa.Column('active_to', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_official_organization_id_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_official'))
    )
    with op.batch_alter_table('official', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_official_organization_id'), ['organization_id'], unique=False)

    op.create_table('unit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('abbreviation', sa.String(), nullable=True),
    sa.Column('active_from', sa.Date(), nullable=True),
    sa.Column('active_to', sa.Date(), nullable=True),
    sa.Column('replaced_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_unit_organization_id_organization'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['replaced_by_id'], ['unit.id'], name=op.f('fk_unit_replaced_by_id_unit'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit'))
    )
    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_organization_id'), ['organization_id'], unique=False)

    op.create_table('document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('type', sa.Enum('QĐ', 'KH', 'BC', name='documenttype', native_enum=False, length=32), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('symbol', sa.String(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('issue_month', sa.Integer(), nullable=True),
    sa.Column('issue_day', sa.Integer(), nullable=True),
    sa.Column('place', sa.String(), nullable=False),
    sa.Column('subject', sa.String(), nullable=False),
    sa.Column('status', sa.Enum('draft', 'issued', name='documentstatus', native_enum=False, length=32), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=True),
    sa.Column('authority_line', sa.String(), nullable=True),
    sa.Column('proposed_by', sa.String(), nullable=True),
    sa.Column('addressee', sa.String(), nullable=True),
    sa.Column('signing_authority', sa.Enum('none', 'TM.', 'KT.', 'Q.', 'TL.', 'TUQ.', name='signingauthority', native_enum=False, length=32), nullable=False),
    sa.Column('signer_id', sa.Integer(), nullable=True),
    sa.Column('signer_position', sa.String(), nullable=True),
    sa.Column('signer_name', sa.String(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_document_organization_id_organization'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['signer_id'], ['official.id'], name=op.f('fk_document_signer_id_official'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document')),
    sa.UniqueConstraint('organization_id', 'year', 'symbol', 'number', name='uq_document_number')
    )
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_organization_id'), ['organization_id'], unique=False)

    op.create_table('article',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_article_document_id_document'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_article'))
    )
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_document_id'), ['document_id'], unique=False)

    op.create_table('legal_basis',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_legal_basis_document_id_document'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_legal_basis'))
    )
    with op.batch_alter_table('legal_basis', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_legal_basis_document_id'), ['document_id'], unique=False)

    op.create_table('plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('decision_id', sa.Integer(), nullable=True),
    sa.Column('task_columns', sa.JSON(), nullable=False),
    sa.Column('indicator_columns', sa.JSON(), nullable=False),
    sa.Column('task_appendix_title', sa.String(), nullable=True),
    sa.Column('indicator_appendix_title', sa.String(), nullable=True),
    sa.Column('copied_from_id', sa.Integer(), nullable=True),
    sa.Column('amends_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['amends_id'], ['plan.id'], name=op.f('fk_plan_amends_id_plan'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['copied_from_id'], ['plan.id'], name=op.f('fk_plan_copied_from_id_plan'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['decision_id'], ['document.id'], name=op.f('fk_plan_decision_id_document'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_plan_document_id_document'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_plan_organization_id_organization'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan')),
    sa.UniqueConstraint('decision_id', name=op.f('uq_plan_decision_id')),
    sa.UniqueConstraint('document_id', name=op.f('uq_plan_document_id'))
    )
    with op.batch_alter_table('plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_year'), ['year'], unique=False)

    op.create_table('recipient',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_recipient_document_id_document'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recipient'))
    )
    with op.batch_alter_table('recipient', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recipient_document_id'), ['document_id'], unique=False)

    op.create_table('section',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('heading', 'paragraph', 'bullet', name='sectionkind', native_enum=False, length=32), nullable=False),
    sa.Column('label', sa.String(), nullable=True),
    sa.Column('text', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_section_document_id_document'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['parent_id'], ['section.id'], name=op.f('fk_section_parent_id_section'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_section'))
    )
    with op.batch_alter_table('section', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_section_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_section_parent_id'), ['parent_id'], unique=False)

    op.create_table('indicator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('group_label', sa.String(), nullable=True),
    sa.Column('group_title', sa.String(), nullable=True),
    sa.Column('label', sa.String(), nullable=True),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('unit', sa.String(), nullable=True),
    sa.Column('comparator', sa.Enum('>=', '<=', '=', name='comparator', native_enum=False, length=32), nullable=False),
    sa.Column('target', sa.Double(), nullable=True),
    sa.Column('upstream_target', sa.Double(), nullable=True),
    sa.Column('last_year', sa.Double(), nullable=True),
    sa.Column('basis', sa.String(), nullable=True),
    sa.Column('formula', sa.String(), nullable=True),
    sa.Column('numerator_name', sa.String(), nullable=True),
    sa.Column('denominator_name', sa.String(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_indicator_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator'))
    )
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_plan_id'), ['plan_id'], unique=False)

    op.create_table('outline_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('group', 'task', name='outlinekind', native_enum=False, length=32), nullable=False),
    sa.Column('label', sa.String(), nullable=True),
    sa.Column('label_manual', sa.Boolean(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('objective', sa.String(), nullable=True),
    sa.Column('expected_result', sa.String(), nullable=True),
    sa.Column('schedule_text', sa.String(), nullable=True),
    sa.Column('note', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['parent_id'], ['outline_item.id'], name=op.f('fk_outline_item_parent_id_outline_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_outline_item_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outline_item'))
    )
    with op.batch_alter_table('outline_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outline_item_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outline_item_plan_id'), ['plan_id'], unique=False)

    op.create_table('report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=True),
    sa.Column('period_key', sa.String(), nullable=False),
    sa.Column('frozen_figures', sa.JSON(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_report_document_id_document'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_report_plan_id_plan'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report')),
    sa.UniqueConstraint('document_id', name=op.f('uq_report_document_id'))
    )
    with op.batch_alter_table('report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_report_plan_id'), ['plan_id'], unique=False)

    op.create_table('measurement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('period_key', sa.String(), nullable=False),
    sa.Column('numerator', sa.Double(), nullable=True),
    sa.Column('denominator', sa.Double(), nullable=True),
    sa.Column('value', sa.Double(), nullable=True),
    sa.Column('note', sa.String(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_measurement_indicator_id_indicator'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measurement')),
    sa.UniqueConstraint('indicator_id', 'period_key', name=op.f('uq_measurement_indicator_id_period_key'))
    )
    op.create_table('outbox_message',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.String(), nullable=False),
    sa.Column('report_id', sa.Integer(), nullable=True),
    sa.Column('to_addresses', sa.JSON(), nullable=False),
    sa.Column('subject', sa.String(), nullable=False),
    sa.Column('body', sa.String(), nullable=False),
    sa.Column('state', sa.Enum('queued', 'sending', 'sent', 'failed', name='outboxstate', native_enum=False, length=32), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.String(), nullable=True),
    sa.Column('next_attempt_at', sa.DateTime(), nullable=True),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['report_id'], ['report.id'], name=op.f('fk_outbox_message_report_id_report'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox_message')),
    sa.UniqueConstraint('message_id', name=op.f('uq_outbox_message_message_id'))
    )
    with op.batch_alter_table('outbox_message', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_message_report_id'), ['report_id'], unique=False)

    op.create_table('progress_update',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('checkpoint', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('not_started', 'in_progress', 'done', 'done_late', 'overdue', name='taskstatus', native_enum=False, length=32), nullable=False),
    sa.Column('reported_on', sa.Date(), nullable=False),
    sa.Column('note', sa.String(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['task_id'], ['outline_item.id'], name=op.f('fk_progress_update_task_id_outline_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_progress_update'))
    )
    with op.batch_alter_table('progress_update', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_progress_update_task_id'), ['task_id'], unique=False)

    op.create_table('unit_assignment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=True),
    sa.Column('indicator_id', sa.Integer(), nullable=True),
    sa.Column('role', sa.Enum('lead', 'cooperating', name='unitrole', native_enum=False, length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.String(), nullable=False),
    sa.CheckConstraint('(task_id IS NULL) <> (indicator_id IS NULL)', name=op.f('ck_unit_assignment_one_owner')),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_unit_assignment_indicator_id_indicator'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['task_id'], ['outline_item.id'], name=op.f('fk_unit_assignment_task_id_outline_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_unit_assignment_unit_id_unit'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit_assignment'))
    )
    with op.batch_alter_table('unit_assignment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_assignment_indicator_id'), ['indicator_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_unit_assignment_task_id'), ['task_id'], unique=False)

    op.create_table('evidence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('progress_id', sa.Integer(), nullable=True),
    sa.Column('doc_number', sa.String(), nullable=True),
    sa.Column('doc_date', sa.Date(), nullable=True),
    sa.Column('subject', sa.String(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['progress_id'], ['progress_update.id'], name=op.f('fk_evidence_progress_id_progress_update'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['task_id'], ['outline_item.id'], name=op.f('fk_evidence_task_id_outline_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence'))
    )
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_task_id'), ['task_id'], unique=False)

    op.create_table('outbox_attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['message_id'], ['outbox_message.id'], name=op.f('fk_outbox_attachment_message_id_outbox_message'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox_attachment'))
    )
    with op.batch_alter_table('outbox_attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_attachment_message_id'), ['message_id'], unique=False)

    op.create_table('attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('evidence_id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('filename', sa.String(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('added_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['evidence_id'], ['evidence.id'], name=op.f('fk_attachment_evidence_id_evidence'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_evidence_id'), ['evidence_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_sha256'), ['sha256'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_sha256'))
        batch_op.drop_index(batch_op.f('ix_attachment_evidence_id'))

    op.drop_table('attachment')
    with op.batch_alter_table('outbox_attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_attachment_message_id'))

    op.drop_table('outbox_attachment')
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_task_id'))

    op.drop_table('evidence')
    with op.batch_alter_table('unit_assignment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unit_assignment_task_id'))
        batch_op.drop_index(batch_op.f('ix_unit_assignment_indicator_id'))

    op.drop_table('unit_assignment')
    with op.batch_alter_table('progress_update', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_progress_update_task_id'))

    op.drop_table('progress_update')
    with op.batch_alter_table('outbox_message', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_message_report_id'))

    op.drop_table('outbox_message')
    op.drop_table('measurement')
    with op.batch_alter_table('report', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_report_plan_id'))

    op.drop_table('report')
    with op.batch_alter_table('outline_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outline_item_plan_id'))
        batch_op.drop_index(batch_op.f('ix_outline_item_parent_id'))

    op.drop_table('outline_item')
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_plan_id'))

    op.drop_table('indicator')
    with op.batch_alter_table('section', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_section_parent_id'))
        batch_op.drop_index(batch_op.f('ix_section_document_id'))

    op.drop_table('section')
    with op.batch_alter_table('recipient', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recipient_document_id'))

    op.drop_table('recipient')
    with op.batch_alter_table('plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_year'))
        batch_op.drop_index(batch_op.f('ix_plan_organization_id'))

    op.drop_table('plan')
    with op.batch_alter_table('legal_basis', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_legal_basis_document_id'))

    op.drop_table('legal_basis')
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_document_id'))

    op.drop_table('article')
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_organization_id'))

    op.drop_table('document')
    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unit_organization_id'))

    op.drop_table('unit')
    with op.batch_alter_table('official', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_official_organization_id'))

    op.drop_table('official')
    op.drop_table('dossier_stats')
    op.drop_table('organization')
