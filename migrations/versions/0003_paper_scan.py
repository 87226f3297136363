"""Paper sign-off: scanned sign sheets kept in the data file

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 10:00:00

One new table, nothing altered: a paper sign-off is a ``signature`` row with method 'paper'
(allowed since 0002); the scan it rests on is stored here with its SHA-256 and the ids of the
signature rows it covers. supervisor_id is RESTRICT like the other sign-off tables.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "paper_scan",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("supervisor_id", sa.String(length=36), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=30), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("signature_ids", sa.JSON(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "media_type IN ('application/pdf', 'image/png', 'image/jpeg')",
            name=op.f("ck_paper_scan_media_type_known"),
        ),
        sa.ForeignKeyConstraint(
            ["supervisor_id"],
            ["supervisor.id"],
            name=op.f("fk_paper_scan_supervisor_id_supervisor"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_paper_scan")),
    )
    with op.batch_alter_table("paper_scan", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_paper_scan_supervisor_id"), ["supervisor_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("paper_scan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_paper_scan_supervisor_id"))

    op.drop_table("paper_scan")
