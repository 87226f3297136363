"""Initial schema: profile, supervisors, sessions, attendance, assignments, audit chain

Revision ID: 0001
Revises: (first revision)
Create Date: 2026-11-23 19:56:13.031144

Made by autogenerate and checked by hand: UTCDateTime is written as sa.DateTime (what it stores),
constraint names come from the metadata's naming convention, defaults are Python-side (the
services set every column), and the session table comes after supervisor (its foreign key).
Keep later revisions batch-mode (SQLite), and add a fixture
tests/fixtures/db/<revision>.sqlite for every released schema (see make_fixtures.py).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "assignment",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("handed_in", sa.Date(), nullable=True),
        sa.Column("approved", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignment")),
    )
    op.create_table(
        "attendance",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("minutes_present", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('present', 'partial', 'absent')", name=op.f("ck_attendance_status_known")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint("day", name=op.f("uq_attendance_day")),
    )
    op.create_table(
        "audit_event",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("entity", sa.String(length=30), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_event")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_event_hash")),
    )
    op.create_index(op.f("ix_audit_event_entity_id"), "audit_event", ["entity_id"], unique=False)
    op.create_table(
        "profile",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("profession", sa.String(length=100), nullable=False),
        sa.Column("workplace", sa.String(length=200), nullable=False),
        sa.Column("programme_id", sa.String(length=100), nullable=False),
        sa.Column("client_group", sa.Text(), nullable=False),
        sa.Column("tasks", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_profile")),
    )
    op.create_table(
        "supervisor",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("profession", sa.String(length=100), nullable=False),
        sa.Column("approvals", sa.JSON(), nullable=False),
        sa.Column("workplace", sa.String(length=200), nullable=False),
        sa.Column("position", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervisor")),
    )
    op.create_table(
        "session",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(length=20), nullable=False),
        sa.Column("supervisor_id", sa.String(length=36), nullable=False),
        sa.Column("group_size", sa.Integer(), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("reflection", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("made_up_by_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "form IN ('individual', 'external_group', 'gathering_group')",
            name=op.f("ck_session_form_known"),
        ),
        sa.CheckConstraint("status IN ('held', 'missed')", name=op.f("ck_session_status_known")),
        sa.CheckConstraint("group_size >= 1", name=op.f("ck_session_group_size_positive")),
        sa.CheckConstraint("minutes > 0", name=op.f("ck_session_minutes_positive")),
        sa.ForeignKeyConstraint(
            ["made_up_by_id"],
            ["session.id"],
            name=op.f("fk_session_made_up_by_id_session"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["supervisor_id"],
            ["supervisor.id"],
            name=op.f("fk_session_supervisor_id_supervisor"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session")),
    )
    op.create_index(op.f("ix_session_date"), "session", ["date"], unique=False)
    op.create_index(op.f("ix_session_supervisor_id"), "session", ["supervisor_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_session_supervisor_id"), table_name="session")
    op.drop_index(op.f("ix_session_date"), table_name="session")
    op.drop_table("session")
    op.drop_table("supervisor")
    op.drop_table("profile")
    op.drop_index(op.f("ix_audit_event_entity_id"), table_name="audit_event")
    op.drop_table("audit_event")
    op.drop_table("attendance")
    op.drop_table("assignment")
