"""Initial schema: the records of DOMAIN.md §4, the outbox and sync state.

Revision ID: 0001
Revises: 
Create Date: 2026-11-27 00:40:42.746537
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('attachment',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('mime_type', sa.String(length=100), nullable=False),
    sa.Column('size_bytes', sa.BigInteger(), nullable=False),
    sa.Column('kind', sa.Enum('SCAN_QUYET_DINH', 'PHIEU_XAC_NHAN_KY', 'HINH_ANH', 'BAN_VE', 'CHUNG_TU', 'KHAC', name='attachmentkind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('owner_type', sa.String(length=40), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=False),
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_attachment')),
    sa.UniqueConstraint('id', name=op.f('uq_attachment_id'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index('ix_attachment_owner', ['owner_type', 'owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_sha256'), ['sha256'], unique=False)

    op.create_table('audit_entry',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('officer_id', sa.String(length=36), nullable=True),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=True),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index('ix_audit_entry_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('employer',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('parent_org', sa.String(length=200), nullable=True),
    sa.Column('ownership_type', sa.Enum('DNNN', 'FDI', 'NGOAI_NHA_NUOC', 'HCSN', name='ownershiptype', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('tax_code', sa.String(length=20), nullable=True),
    sa.Column('address', sa.String(length=300), nullable=True),
    sa.Column('head_name', sa.String(length=120), nullable=True),
    sa.Column('head_title', sa.String(length=120), nullable=True),
    sa.Column('has_council', sa.Boolean(), nullable=False),
    sa.Column('council_chair_name', sa.String(length=120), nullable=True),
    sa.Column('doc_symbol', sa.String(length=20), nullable=True),
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_employer')),
    sa.UniqueConstraint('id', name=op.f('uq_employer_id'))
    )
    op.create_table('officer',
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.Enum('CHU_TICH', 'CAN_BO', 'XEM', name='officerrole', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('pin_hash', sa.String(length=200), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_officer')),
    sa.UniqueConstraint('id', name=op.f('uq_officer_id'))
    )
    op.create_table('outbox',
    sa.Column('op_id', sa.String(length=36), nullable=False),
    sa.Column('device_epoch', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('entity_type', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('op_type', sa.String(length=10), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('payload', sa.Text(), nullable=True),
    sa.Column('payload_sha256', sa.String(length=64), nullable=False),
    sa.Column('blob_refs', sa.Text(), nullable=True),
    sa.Column('created_at_local', sa.DateTime(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('batch_id', sa.String(length=36), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('result_status', sa.String(length=20), nullable=True),
    sa.Column('result_code', sa.String(length=40), nullable=True),
    sa.Column('result_message', sa.Text(), nullable=True),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('server_received_at', sa.DateTime(), nullable=True),
    sa.Column('settled_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('op_id', name=op.f('pk_outbox')),
    sa.UniqueConstraint('device_epoch', 'seq', name=op.f('uq_outbox_device_epoch_seq'))
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_entity_id'), ['entity_id'], unique=False)
        batch_op.create_index('ix_outbox_state_seq', ['state', 'seq'], unique=False)

    op.create_table('person',
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('family_name', sa.String(length=60), nullable=False),
    sa.Column('middle_name', sa.String(length=80), nullable=False),
    sa.Column('given_name', sa.String(length=60), nullable=False),
    sa.Column('name_parts_overridden', sa.Boolean(), nullable=False),
    sa.Column('name_sort_key', sa.String(length=400), nullable=False),
    sa.Column('sex', sa.Enum('NAM', 'NU', 'KHONG_RO', name='sex', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('birth_date_precision', sa.Enum('NGAY', 'NAM', name='dateprecision', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('department', sa.String(length=200), nullable=True),
    sa.Column('workplace', sa.String(length=200), nullable=True),
    sa.Column('job_title', sa.String(length=120), nullable=True),
    sa.Column('qualification', sa.String(length=120), nullable=True),
    sa.Column('is_member', sa.Boolean(), nullable=False),
    sa.Column('worker_kind', sa.Enum('TRUC_TIEP_SX', 'QUAN_LY', 'KHAC', name='workerkind', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('ethnicity', sa.String(length=40), nullable=True),
    sa.Column('id_number', sa.String(length=20), nullable=True),
    sa.Column('phone', sa.String(length=30), nullable=True),
    sa.Column('email', sa.String(length=120), nullable=True),
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_person')),
    sa.UniqueConstraint('id', name=op.f('uq_person_id'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_name_sort_key'), ['name_sort_key'], unique=False)

    op.create_table('print_record',
    sa.Column('template', sa.Enum('A', 'B', 'C', 'D', 'E', 'CAL', name='documenttemplate', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('serial', sa.String(length=40), nullable=True),
    sa.Column('verification_code', sa.String(length=20), nullable=True),
    sa.Column('record_type', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('printed_at', sa.DateTime(), nullable=False),
    sa.Column('printed_by', sa.String(length=120), nullable=True),
    sa.Column('on_blank', sa.Boolean(), nullable=False),
    sa.Column('printer_profile', sa.String(length=80), nullable=True),
    sa.Column('offset_x_mm', sa.String(length=12), nullable=True),
    sa.Column('offset_y_mm', sa.String(length=12), nullable=True),
    sa.Column('reprint_of', sa.String(length=36), nullable=True),
    sa.Column('pdf_sha256', sa.String(length=64), nullable=True),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('revoke_reason', sa.Text(), nullable=True),
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['reprint_of'], ['print_record.id'], name=op.f('fk_print_record_reprint_of_print_record')),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_print_record')),
    sa.UniqueConstraint('id', name=op.f('uq_print_record_id'))
    )
    with op.batch_alter_table('print_record', schema=None) as batch_op:
        batch_op.create_index('ix_print_record_serial', ['serial'], unique=False)

    op.create_table('programme',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('doc_number', sa.String(length=40), nullable=True),
    sa.Column('doc_date', sa.Date(), nullable=True),
    sa.Column('doc_verified', sa.Boolean(), nullable=False),
    sa.Column('guidance_number', sa.String(length=40), nullable=True),
    sa.Column('guidance_date', sa.Date(), nullable=True),
    sa.Column('window_from', sa.Date(), nullable=False),
    sa.Column('window_to', sa.Date(), nullable=False),
    sa.Column('requires_recognition', sa.Boolean(), nullable=False),
    sa.Column('field_codes', sa.Text(), nullable=True),
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_programme')),
    sa.UniqueConstraint('code', name=op.f('uq_programme_code')),
    sa.UniqueConstraint('id', name=op.f('uq_programme_id'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('verified', sa.Boolean(), nullable=False),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('sync_state',
    sa.Column('singleton', sa.Integer(), nullable=False),
    sa.Column('server_url', sa.String(length=300), nullable=True),
    sa.Column('server_id', sa.String(length=80), nullable=True),
    sa.Column('device_id', sa.String(length=36), nullable=True),
    sa.Column('device_epoch', sa.Integer(), nullable=False),
    sa.Column('next_seq', sa.Integer(), nullable=False),
    sa.Column('pull_cursor', sa.String(length=100), nullable=True),
    sa.Column('last_success_at', sa.DateTime(), nullable=True),
    sa.Column('needs_epoch', sa.Boolean(), nullable=False),
    sa.CheckConstraint('singleton = 1', name=op.f('ck_sync_state_single_row')),
    sa.PrimaryKeyConstraint('singleton', name=op.f('pk_sync_state'))
    )
    op.create_table('initiative',
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('kind', sa.Enum('KY_THUAT', 'QUAN_LY', 'TAC_NGHIEP', 'UNG_DUNG_TBKT', 'DE_TAI_NCKH', name='solutionkind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('field_code', sa.Enum('SX_KD', 'ATVSLD', 'BVMT', 'CCHC', 'XD_DANG_HTCT', 'QUAN_LY_DIEU_HANH', 'CONG_DONG', 'CNTT', 'KHAC', name='fieldcode', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('field_text', sa.Text(), nullable=True),
    sa.Column('department', sa.String(length=200), nullable=True),
    sa.Column('problem', sa.Text(), nullable=True),
    sa.Column('prior_state', sa.Text(), nullable=True),
    sa.Column('content', sa.Text(), nullable=True),
    sa.Column('applicability', sa.Text(), nullable=True),
    sa.Column('confidential_info', sa.Text(), nullable=True),
    sa.Column('is_confidential', sa.Boolean(), nullable=False),
    sa.Column('ip_protected', sa.Boolean(), nullable=False),
    sa.Column('conditions', sa.Text(), nullable=True),
    sa.Column('first_applied_on', sa.Date(), nullable=True),
    sa.Column('first_application_is_trial', sa.Boolean(), nullable=False),
    sa.Column('investor_name', sa.String(length=200), nullable=True),
    sa.Column('investor_address', sa.String(length=300), nullable=True),
    sa.Column('state_funded', sa.Boolean(), nullable=True),
    sa.Column('benefit_by_author', sa.Text(), nullable=True),
    sa.Column('benefit_by_applier', sa.Text(), nullable=True),
    sa.Column('benefit_value', sa.BigInteger(), nullable=True),
    sa.Column('benefit_is_estimate', sa.Boolean(), nullable=False),
    sa.Column('benefit_source', sa.Enum('TAC_GIA', 'PHIEU_XAC_NHAN', 'QUYET_DINH', name='benefitsource', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('benefit_not_quantifiable', sa.Boolean(), nullable=False),
    sa.Column('scope', sa.Enum('CO_SO', 'NGANH', 'TINH', 'TOAN_QUOC', name='scope', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('programme_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.Enum('Y_TUONG', 'AP_DUNG_THU', 'DA_NOP_DON', 'CAN_BO_SUNG', 'DON_HOP_LE', 'DANG_XET', 'KHONG_CONG_NHAN', 'DA_CONG_NHAN', 'CDCS_XAC_NHAN', 'SAN_SANG_TAI_LEN', 'DA_TAI_LEN', 'HOP_LE', 'KHONG_HOP_LE', name='initiativestatus', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('status_changed_at', sa.DateTime(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('benefit_value IS NULL OR benefit_value >= 0', name=op.f('ck_initiative_benefit_not_negative')),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_initiative_programme_id_programme')),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_initiative')),
    sa.UniqueConstraint('code', name=op.f('uq_initiative_code')),
    sa.UniqueConstraint('id', name=op.f('uq_initiative_id'))
    )
    with op.batch_alter_table('initiative', schema=None) as batch_op:
        batch_op.create_index('ix_initiative_status_pk', ['status', 'pk'], unique=False)

    op.create_table('programme_phase',
    sa.Column('programme_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('national_target', sa.Integer(), nullable=True),
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_programme_phase_programme_id_programme')),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_programme_phase')),
    sa.UniqueConstraint('id', name=op.f('uq_programme_phase_id'))
    )
    with op.batch_alter_table('programme_phase', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_programme_phase_programme_id'), ['programme_id'], unique=False)

    op.create_table('reward_decision',
    sa.Column('number', sa.String(length=40), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('issuer_kind', sa.Enum('CONG_DOAN', 'NSDLD', name='issuerkind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('issuer_id', sa.String(length=36), nullable=True),
    sa.Column('subject', sa.String(length=300), nullable=True),
    sa.Column('legal_bases', sa.Text(), nullable=True),
    sa.Column('authority', sa.Enum('TM_BCH', 'KT_CHU_TICH', name='signingauthority', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('signer_id', sa.String(length=36), nullable=True),
    sa.Column('fund_source', sa.Enum('QUY_CONG_DOAN', 'NSDLD', 'KHAC', name='fundsource', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('distribution', sa.Text(), nullable=True),
    sa.Column('state', sa.Enum('DU_THAO', 'DA_BAN_HANH', name='decisionstate', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['signer_id'], ['person.id'], name=op.f('fk_reward_decision_signer_id_person')),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_reward_decision')),
    sa.UniqueConstraint('id', name=op.f('uq_reward_decision_id'))
    )
    op.create_table('target',
    sa.Column('programme_id', sa.String(length=36), nullable=False),
    sa.Column('period_kind', sa.Enum('NAM', 'QUY', 'DOT', name='periodkind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('period', sa.String(length=40), nullable=False),
    sa.Column('assigned', sa.Integer(), nullable=False),
    sa.Column('registered', sa.Integer(), nullable=False),
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_target_programme_id_programme')),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_target')),
    sa.UniqueConstraint('id', name=op.f('uq_target_id')),
    sa.UniqueConstraint('programme_id', 'period_kind', 'period', name=op.f('uq_target_programme_id_period_kind_period'))
    )
    op.create_table('union_unit',
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('short_name', sa.String(length=60), nullable=False),
    sa.Column('doc_symbol', sa.String(length=20), nullable=True),
    sa.Column('parent_union_name', sa.String(length=200), nullable=True),
    sa.Column('top_affiliate', sa.String(length=200), nullable=True),
    sa.Column('emulation_cluster', sa.String(length=200), nullable=True),
    sa.Column('place_name', sa.String(length=60), nullable=True),
    sa.Column('chair_id', sa.String(length=36), nullable=True),
    sa.Column('employer_id', sa.String(length=36), nullable=False),
    sa.Column('unit_code', sa.String(length=20), nullable=False),
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['chair_id'], ['person.id'], name=op.f('fk_union_unit_chair_id_person')),
    sa.ForeignKeyConstraint(['employer_id'], ['employer.id'], name=op.f('fk_union_unit_employer_id_employer')),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_union_unit')),
    sa.UniqueConstraint('id', name=op.f('uq_union_unit_id'))
    )
    op.create_table('upload_batch',
    sa.Column('programme_id', sa.String(length=36), nullable=True),
    sa.Column('created_by', sa.String(length=120), nullable=True),
    sa.Column('export_file_id', sa.String(length=36), nullable=True),
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['export_file_id'], ['attachment.id'], name=op.f('fk_upload_batch_export_file_id_attachment')),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_upload_batch_programme_id_programme')),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_upload_batch')),
    sa.UniqueConstraint('id', name=op.f('uq_upload_batch_id'))
    )
    op.create_table('application_confirmation',
    sa.Column('initiative_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=True),
    sa.Column('confirmed_on', sa.Date(), nullable=False),
    sa.Column('applied_at', sa.String(length=300), nullable=True),
    sa.Column('applied_since', sa.Date(), nullable=True),
    sa.Column('still_applied', sa.Boolean(), nullable=False),
    sa.Column('scope_text', sa.Text(), nullable=True),
    sa.Column('benefit_value', sa.BigInteger(), nullable=True),
    sa.Column('benefit_basis', sa.Text(), nullable=True),
    sa.Column('is_estimate', sa.Boolean(), nullable=False),
    sa.Column('not_quantifiable', sa.Boolean(), nullable=False),
    sa.Column('qualitative_benefit', sa.Text(), nullable=True),
    sa.Column('employer_rep_name', sa.String(length=120), nullable=True),
    sa.Column('employer_rep_title', sa.String(length=120), nullable=True),
    sa.Column('union_rep_name', sa.String(length=120), nullable=True),
    sa.Column('union_rep_title', sa.String(length=120), nullable=True),
    sa.Column('signed_scan_id', sa.String(length=36), nullable=True),
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_application_confirmation_initiative_id_initiative')),
    sa.ForeignKeyConstraint(['signed_scan_id'], ['attachment.id'], name=op.f('fk_application_confirmation_signed_scan_id_attachment')),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_application_confirmation')),
    sa.UniqueConstraint('id', name=op.f('uq_application_confirmation_id'))
    )
    with op.batch_alter_table('application_confirmation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_confirmation_initiative_id'), ['initiative_id'], unique=False)

    op.create_table('authorship',
    sa.Column('initiative_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('TAC_GIA', 'DONG_TAC_GIA', name='authorrole', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('share_pct', sa.Integer(), nullable=True),
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('share_pct IS NULL OR (share_pct > 0 AND share_pct <= 10000)', name=op.f('ck_authorship_share_range')),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_authorship_initiative_id_initiative')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_authorship_person_id_person')),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_authorship')),
    sa.UniqueConstraint('id', name=op.f('uq_authorship_id')),
    sa.UniqueConstraint('initiative_id', 'person_id', name=op.f('uq_authorship_initiative_id_person_id'))
    )
    with op.batch_alter_table('authorship', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_authorship_person_id'), ['person_id'], unique=False)

    op.create_table('recognition_decision',
    sa.Column('initiative_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('issuer_id', sa.String(length=36), nullable=True),
    sa.Column('authority_line', sa.String(length=120), nullable=True),
    sa.Column('signer_name', sa.String(length=120), nullable=True),
    sa.Column('level', sa.Enum('CO_SO', 'NGANH', 'TINH', name='recognitionlevel', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('outcome', sa.Enum('CONG_NHAN', 'KHONG_CONG_NHAN', name='recognitionoutcome', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('certificate_no', sa.String(length=40), nullable=True),
    sa.Column('scan_id', sa.String(length=36), nullable=True),
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_recognition_decision_initiative_id_initiative')),
    sa.ForeignKeyConstraint(['issuer_id'], ['employer.id'], name=op.f('fk_recognition_decision_issuer_id_employer')),
    sa.ForeignKeyConstraint(['scan_id'], ['attachment.id'], name=op.f('fk_recognition_decision_scan_id_attachment')),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_recognition_decision')),
    sa.UniqueConstraint('id', name=op.f('uq_recognition_decision_id'))
    )
    with op.batch_alter_table('recognition_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recognition_decision_initiative_id'), ['initiative_id'], unique=False)

    op.create_table('recognition_request',
    sa.Column('initiative_id', sa.String(length=36), nullable=False),
    sa.Column('addressee_id', sa.String(length=36), nullable=False),
    sa.Column('filed_on', sa.Date(), nullable=False),
    sa.Column('receipt_no', sa.String(length=40), nullable=True),
    sa.Column('receipt_on', sa.Date(), nullable=True),
    sa.Column('promised_on', sa.Date(), nullable=True),
    sa.Column('state', sa.Enum('DA_NOP', 'YEU_CAU_BO_SUNG', 'CHAP_NHAN', 'TU_CHOI_DON', name='requeststate', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('accepted_on', sa.Date(), nullable=True),
    sa.Column('review_due_on', sa.Date(), nullable=True),
    sa.Column('state_reason', sa.Text(), nullable=True),
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['addressee_id'], ['employer.id'], name=op.f('fk_recognition_request_addressee_id_employer')),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_recognition_request_initiative_id_initiative')),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_recognition_request')),
    sa.UniqueConstraint('id', name=op.f('uq_recognition_request_id'))
    )
    with op.batch_alter_table('recognition_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recognition_request_initiative_id'), ['initiative_id'], unique=False)

    op.create_table('remuneration',
    sa.Column('initiative_id', sa.String(length=36), nullable=False),
    sa.Column('year_index', sa.Integer(), nullable=False),
    sa.Column('period_from', sa.Date(), nullable=False),
    sa.Column('period_to', sa.Date(), nullable=False),
    sa.Column('year_benefit', sa.BigInteger(), nullable=True),
    sa.Column('rate_pct', sa.Integer(), nullable=False),
    sa.Column('amount_due', sa.BigInteger(), nullable=False),
    sa.Column('amount_paid', sa.BigInteger(), nullable=True),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('proof_id', sa.String(length=36), nullable=True),
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_remuneration_initiative_id_initiative')),
    sa.ForeignKeyConstraint(['proof_id'], ['attachment.id'], name=op.f('fk_remuneration_proof_id_attachment')),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_remuneration')),
    sa.UniqueConstraint('id', name=op.f('uq_remuneration_id')),
    sa.UniqueConstraint('initiative_id', 'year_index', name=op.f('uq_remuneration_initiative_id_year_index'))
    )
    op.create_table('reward',
    sa.Column('decision_id', sa.String(length=36), nullable=False),
    sa.Column('form', sa.Enum('GIAY_KHEN_CDCS', 'GIAY_KHEN_CD_CAP_TREN', 'BANG_KHEN_LDLD', 'BANG_KHEN_TLD', 'BANG_LDST', 'THUONG_NSDLD', 'KHAC', name='rewardform', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('level', sa.Enum('CDCS', 'CAP_TREN', 'TINH_NGANH', 'TLD', 'NSDLD', name='rewardlevel', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('recipient_kind', sa.Enum('CA_NHAN', 'TAP_THE', name='recipientkind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('collective_name', sa.String(length=200), nullable=True),
    sa.Column('position_line', sa.String(length=150), nullable=True),
    sa.Column('initiative_ids', sa.Text(), nullable=True),
    sa.Column('citation', sa.String(length=300), nullable=True),
    sa.Column('golden_book_no', sa.String(length=20), nullable=True),
    sa.Column('coefficient', sa.Integer(), nullable=True),
    sa.Column('amount', sa.BigInteger(), nullable=True),
    sa.Column('nominate_upward', sa.Boolean(), nullable=False),
    sa.Column('nominate_level', sa.Enum('CDCS', 'CAP_TREN', 'TINH_NGANH', 'TLD', 'NSDLD', name='rewardlevel', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('(person_id IS NULL) <> (collective_name IS NULL)', name=op.f('ck_reward_one_recipient')),
    sa.CheckConstraint('amount IS NULL OR amount >= 0', name=op.f('ck_reward_amount_not_negative')),
    sa.ForeignKeyConstraint(['decision_id'], ['reward_decision.id'], name=op.f('fk_reward_decision_id_reward_decision')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_reward_person_id_person')),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_reward')),
    sa.UniqueConstraint('id', name=op.f('uq_reward_id'))
    )
    with op.batch_alter_table('reward', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reward_decision_id'), ['decision_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reward_person_id'), ['person_id'], unique=False)

    op.create_table('trial_participant',
    sa.Column('initiative_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('full_name', sa.String(length=120), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('workplace', sa.String(length=200), nullable=True),
    sa.Column('job_title', sa.String(length=120), nullable=True),
    sa.Column('qualification', sa.String(length=120), nullable=True),
    sa.Column('support_work', sa.Text(), nullable=True),
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_trial_participant_initiative_id_initiative')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_trial_participant_person_id_person')),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_trial_participant')),
    sa.UniqueConstraint('id', name=op.f('uq_trial_participant_id'))
    )
    with op.batch_alter_table('trial_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_trial_participant_initiative_id'), ['initiative_id'], unique=False)

    op.create_table('upload_item',
    sa.Column('batch_id', sa.String(length=36), nullable=False),
    sa.Column('initiative_id', sa.String(length=36), nullable=False),
    sa.Column('initiative_version', sa.Integer(), nullable=False),
    sa.Column('result', sa.Enum('CHO', 'HOP_LE', 'KHONG_HOP_LE', 'LOI', name='uploadresult', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('server_received_at', sa.DateTime(), nullable=True),
    sa.Column('remote_ref', sa.String(length=100), nullable=True),
    sa.Column('message', sa.Text(), nullable=True),
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['upload_batch.id'], name=op.f('fk_upload_item_batch_id_upload_batch')),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_upload_item_initiative_id_initiative')),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_upload_item')),
    sa.UniqueConstraint('id', name=op.f('uq_upload_item_id'))
    )
    with op.batch_alter_table('upload_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_upload_item_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_upload_item_initiative_id'), ['initiative_id'], unique=False)

    # The device's sequence row exists from the first revision on.
    op.execute("INSERT INTO sync_state (singleton, device_epoch, next_seq, needs_epoch) VALUES (1, 1, 1, 0)")


def downgrade() -> None:
    with op.batch_alter_table('upload_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_upload_item_initiative_id'))
        batch_op.drop_index(batch_op.f('ix_upload_item_batch_id'))

    op.drop_table('upload_item')
    with op.batch_alter_table('trial_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_trial_participant_initiative_id'))

    op.drop_table('trial_participant')
    with op.batch_alter_table('reward', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reward_person_id'))
        batch_op.drop_index(batch_op.f('ix_reward_decision_id'))

    op.drop_table('reward')
    op.drop_table('remuneration')
    with op.batch_alter_table('recognition_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recognition_request_initiative_id'))

    op.drop_table('recognition_request')
    with op.batch_alter_table('recognition_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recognition_decision_initiative_id'))

    op.drop_table('recognition_decision')
    with op.batch_alter_table('authorship', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_authorship_person_id'))

    op.drop_table('authorship')
    with op.batch_alter_table('application_confirmation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_application_confirmation_initiative_id'))

    op.drop_table('application_confirmation')
    op.drop_table('upload_batch')
    op.drop_table('union_unit')
    op.drop_table('target')
    op.drop_table('reward_decision')
    with op.batch_alter_table('programme_phase', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_programme_phase_programme_id'))

    op.drop_table('programme_phase')
    with op.batch_alter_table('initiative', schema=None) as batch_op:
        batch_op.drop_index('ix_initiative_status_pk')

    op.drop_table('initiative')
    op.drop_table('sync_state')
    op.drop_table('setting')
    op.drop_table('programme')
    with op.batch_alter_table('print_record', schema=None) as batch_op:
        batch_op.drop_index('ix_print_record_serial')

    op.drop_table('print_record')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_name_sort_key'))

    op.drop_table('person')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_state_seq')
        batch_op.drop_index(batch_op.f('ix_outbox_entity_id'))

    op.drop_table('outbox')
    op.drop_table('officer')
    op.drop_table('employer')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entry_entity')

    op.drop_table('audit_entry')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_sha256'))
        batch_op.drop_index('ix_attachment_owner')

    op.drop_table('attachment')
