"""Sign-off: pinned supervisor keys, own key, signing requests, signatures, supervision given

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 20:15:11.143188

Made by autogenerate and checked by hand: new tables only (no existing table is altered, so
no data moves); UTCDateTime written as sa.DateTime; constraint names from the naming
convention; signature.session_id is nullable with ON DELETE SET NULL (a reopened session may
be deleted and its void signatures kept), every other foreign key RESTRICT. Tables are created
in dependency order (signing_request before signature) and dropped in reverse.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "own_key",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("public_pem", sa.Text(), nullable=False),
        sa.Column("encrypted_private", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_own_key")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_own_key_fingerprint")),
    )
    op.create_table(
        "supervision_given",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("request_id", sa.String(length=36), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("student_id", sa.String(length=36), nullable=False),
        sa.Column("student_name", sa.String(length=200), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(length=20), nullable=False),
        sa.Column("group_size", sa.Integer(), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("decision", sa.String(length=10), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("signature", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "decision IN ('signed', 'rejected')", name=op.f("ck_supervision_given_decision_known")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_given")),
        sa.UniqueConstraint(
            "request_id", "session_id", name=op.f("uq_supervision_given_request_id")
        ),
    )
    with op.batch_alter_table("supervision_given", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_supervision_given_date"), ["date"], unique=False)

    op.create_table(
        "signing_request",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("supervisor_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.Column("outcome", sa.JSON(), nullable=False),
        sa.Column("response_fingerprint", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["supervisor_id"],
            ["supervisor.id"],
            name=op.f("fk_signing_request_supervisor_id_supervisor"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signing_request")),
    )
    with op.batch_alter_table("signing_request", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_signing_request_supervisor_id"), ["supervisor_id"], unique=False
        )

    op.create_table(
        "supervisor_key",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("supervisor_id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=10), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("public_pem", sa.Text(), nullable=False),
        sa.Column("encrypted_private", sa.Text(), nullable=False),
        sa.Column("pinned_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "origin IN ('in_person', 'file')", name=op.f("ck_supervisor_key_origin_known")
        ),
        sa.ForeignKeyConstraint(
            ["supervisor_id"],
            ["supervisor.id"],
            name=op.f("fk_supervisor_key_supervisor_id_supervisor"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervisor_key")),
        sa.UniqueConstraint(
            "supervisor_id", "origin", name=op.f("uq_supervisor_key_supervisor_id")
        ),
    )
    with op.batch_alter_table("supervisor_key", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_supervisor_key_supervisor_id"), ["supervisor_id"], unique=False
        )

    op.create_table(
        "signature",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=True),
        sa.Column("supervisor_id", sa.String(length=36), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("signature", sa.Text(), nullable=False),
        sa.Column("request_id", sa.String(length=36), nullable=True),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("void_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "method IN ('in_person', 'file', 'paper')", name=op.f("ck_signature_method_known")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["signing_request.id"],
            name=op.f("fk_signature_request_id_signing_request"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["session.id"],
            name=op.f("fk_signature_session_id_session"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["supervisor_id"],
            ["supervisor.id"],
            name=op.f("fk_signature_supervisor_id_supervisor"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signature")),
    )
    with op.batch_alter_table("signature", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signature_session_id"), ["session_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_signature_supervisor_id"), ["supervisor_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("signature", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signature_supervisor_id"))
        batch_op.drop_index(batch_op.f("ix_signature_session_id"))

    op.drop_table("signature")
    with op.batch_alter_table("supervisor_key", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_supervisor_key_supervisor_id"))

    op.drop_table("supervisor_key")
    with op.batch_alter_table("signing_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signing_request_supervisor_id"))

    op.drop_table("signing_request")
    with op.batch_alter_table("supervision_given", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_supervision_given_date"))

    op.drop_table("supervision_given")
    op.drop_table("own_key")
