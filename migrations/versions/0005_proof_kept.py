"""Proof kept: signed responses as imported, and supervisor keys replaced by a re-pin

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 15:00:00

Two new tables, nothing altered (so no row's audited content changes and the audit chain needs
no ``migrate`` events):

- ``signing_response``: each imported response file whole. Its envelope signature covers the
  decisions and the student's audit chain head the request carried, so ``audit verify`` can
  compare the chain with what the supervisor saw.
- ``retired_key``: a supervisor key replaced by an explicit, audited re-pin; signatures made
  with it are still checked against it.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "signing_response",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("request_id", sa.String(length=36), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["signing_request.id"],
            name=op.f("fk_signing_response_request_id_signing_request"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signing_response")),
        sa.UniqueConstraint("request_id", name=op.f("uq_signing_response_request_id")),
    )
    op.create_table(
        "retired_key",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("supervisor_id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=10), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("public_pem", sa.Text(), nullable=False),
        sa.Column("pinned_at", sa.DateTime(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=False),
        sa.Column("replaced_by", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["supervisor_id"],
            ["supervisor.id"],
            name=op.f("fk_retired_key_supervisor_id_supervisor"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retired_key")),
    )
    with op.batch_alter_table("retired_key", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_retired_key_supervisor_id"), ["supervisor_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("retired_key", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_retired_key_supervisor_id"))
    op.drop_table("retired_key")
    op.drop_table("signing_response")
