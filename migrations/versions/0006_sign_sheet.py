"""Sign sheets: what each printed paper sign sheet listed

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 20:00:00

One new table, nothing altered (no audited content changes): ``sign_sheet`` keeps, for every
paper sign sheet made, the supervisor, when, and each session on it with the short content
fingerprint printed beside it. ``signing paper`` compares the sessions it records with them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sign_sheet",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("supervisor_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["supervisor_id"],
            ["supervisor.id"],
            name=op.f("fk_sign_sheet_supervisor_id_supervisor"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_sheet")),
    )
    with op.batch_alter_table("sign_sheet", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sign_sheet_supervisor_id"), ["supervisor_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("sign_sheet", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sign_sheet_supervisor_id"))
    op.drop_table("sign_sheet")
