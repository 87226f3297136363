"""Supervision given and received on it, who a group's participants are, prerequisites confirmed

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29 20:00:00

FO's faglig veileder asks for 20 hours of supervision the applicant *gave* and 10 hours received
on it; Psykologforeningen counts group supervision only when all participants are
psychologists; FO's clinical approvals ask the student to be an approved faglig veileder (a
prerequisite, not hours). So:

- ``session.form`` may also be ``given`` (no supervisor: ``supervisor_id`` becomes nullable and
  is NULL exactly for that form) or ``supervision_on_supervision``; the column is widened to 30.
- ``session.participants_profession``: the profession code all participants of a group have
  ("" when mixed or not recorded; every existing session gets "").
- ``confirmation``: one row per prerequisite code the student has confirmed.

Every session's canonical content gains the new column, so each session that matched its last
audit event gets a ``migrate`` event (``db.audit_migration``). The downgrade refuses a file
that holds supervision given or received on it (revision 0006 cannot say what they are).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from miljologg.db.audit_migration import Values, record_deletions, rewrite_audited

# revision identifiers, used by Alembic.
revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The audited columns of a session at revisions 0001–0006 (timestamps are not hashed).
_SESSION_0006 = (
    "id", "date", "start_time", "minutes", "form", "supervisor_id", "group_size", "topic",
    "reflection", "status", "made_up_by_id",
)  # fmt: skip
_FORMS_0006 = "form IN ('individual', 'external_group', 'gathering_group')"
_FORMS_0007 = (
    "form IN ('individual', 'external_group', 'gathering_group', 'given',"
    " 'supervision_on_supervision')"
)


def _unchanged(values: Values) -> Values:
    return values


def upgrade() -> None:
    with op.batch_alter_table("session", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "participants_profession", sa.String(length=100), nullable=False, server_default=""
            )
        )
        batch_op.alter_column(
            "form", existing_type=sa.String(length=20), type_=sa.String(length=30)
        )
        batch_op.alter_column("supervisor_id", existing_type=sa.String(length=36), nullable=True)
        batch_op.drop_constraint(op.f("ck_session_form_known"), type_="check")
        batch_op.create_check_constraint(op.f("ck_session_form_known"), _FORMS_0007)
        batch_op.create_check_constraint(
            op.f("ck_session_given_no_supervisor"), "(form = 'given') = (supervisor_id IS NULL)"
        )
    rewrite_audited(
        op.get_bind(),
        "session",
        entity="session",
        old_columns=_SESSION_0006,
        new_columns=(*_SESSION_0006, "participants_profession"),
        change=_unchanged,
        detail="deltakernes profesjon (revisjon 0007)",
    )
    op.create_table(
        "confirmation",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=100), nullable=False),
        sa.Column("confirmed_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_confirmation")),
        sa.UniqueConstraint("code", name=op.f("uq_confirmation_code")),
    )


def downgrade() -> None:
    conn = op.get_bind()
    kept = conn.execute(
        sa.text(
            "SELECT count(*) FROM session WHERE form IN ('given', 'supervision_on_supervision')"
        )
    ).scalar_one()
    if kept:
        raise RuntimeError(
            f"Datafilen har {kept} møter med gitt veiledning eller veiledning på veiledning, "
            "som revisjon 0006 ikke kan lagre."
        )
    # The confirmations go with their table: the chain says so, as for any deletion.
    record_deletions(conn, "confirmation", entity="confirmation", detail="revisjon 0006")
    op.drop_table("confirmation")
    rewrite_audited(
        conn,
        "session",
        entity="session",
        old_columns=(*_SESSION_0006, "participants_profession"),
        new_columns=_SESSION_0006,
        change=_unchanged,
        detail="uten deltakernes profesjon (revisjon 0006)",
    )
    with op.batch_alter_table("session", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_session_given_no_supervisor"), type_="check")
        batch_op.drop_constraint(op.f("ck_session_form_known"), type_="check")
        batch_op.create_check_constraint(op.f("ck_session_form_known"), _FORMS_0006)
        batch_op.alter_column("supervisor_id", existing_type=sa.String(length=36), nullable=False)
        batch_op.alter_column(
            "form", existing_type=sa.String(length=30), type_=sa.String(length=20)
        )
        batch_op.drop_column("participants_profession")
