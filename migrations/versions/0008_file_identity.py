"""The log's own id: one random id per data file, so a backup knows which log it belongs to

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 21:00:00

One new table, nothing altered (no audited content changes): ``file_identity`` holds one row, a
random UUID made when the file is created or upgraded to this revision. Backups carry it (they
are copies), so two logs side by side (``logg.sqlite`` and ``logg.db``, or a file renamed over
another) never take each other's backups: listing, restoring and rotating compare it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    table = op.create_table(
        "file_identity",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_file_identity")),
    )
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    op.bulk_insert(table, [{"id": str(uuid.uuid4()), "created_at": now}])


def downgrade() -> None:
    op.drop_table("file_identity")
