"""Professions as a vocabulary: supervisor and profile store a code, free text only as «annet»

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 12:00:00

Before this revision ``profession`` was free text («Klinisk sosionom», «vernepleier »), and a
scheme rule compared it letter by letter with «sosionom», so a clinical sosionom counted 0 hours
as one. Now it holds a code of ``resources/professions.toml``:

- a name or synonym of a profession (case and spacing ignored) becomes its code;
- a title becomes its profession and adds its approvals to the supervisor («Klinisk sosionom» →
  ``sosionom`` + ``clinical``; a profile has no approvals, so only the profession is kept);
- anything else becomes ``annet`` with the original text in ``profession_other``. Nothing is
  guessed: the rules engine lists such supervisors as a problem to resolve.

The audit chain: every supervisor and profile row now has one more column, so its canonical
content changes. For each row whose content matched its last audit event before the change, a
``migrate`` event with the new content hash is appended (``db.audit_migration``, with the hashes of ``core.audit_hash``),
so ``audit verify`` still passes; a row that did not match before (edited
behind the app's back) is left unmatched, never blessed by the upgrade.

The downgrade writes the profession back as its name («Sosionom»; the text for «annet») and
drops the column, with events in the same way; approvals a title added stay.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from miljologg.core.professions import OTHER, vocabulary
from miljologg.db.audit_migration import rewrite_audited

# revision identifiers, used by Alembic.
revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The audited columns of each table at revision 0003 (timestamps are not hashed); 0004 adds
#: ``profession_other`` to both.
_COLUMNS_0003 = {
    "supervisor": ("id", "name", "profession", "approvals", "workplace", "position"),
    "profile": (
        "id", "name", "role", "profession", "workplace", "programme_id", "client_group", "tasks",
    ),
}  # fmt: skip
_ADDED = ("profession_other",)

Values = dict[str, Any]


def _rewrite(table: str, change: Callable[[str, Values], Values], direction: str) -> None:
    """Apply ``change`` to every row of ``table`` (which has the 0004 columns while this runs)
    and extend the audit chain for each row that matched its last event before the change."""
    up = direction == "up"
    rewrite_audited(
        op.get_bind(),
        table,
        entity=table,
        old_columns=_COLUMNS_0003[table] + (() if up else _ADDED),
        new_columns=_COLUMNS_0003[table] + (_ADDED if up else ()),
        change=lambda values: change(table, values),
        detail="profesjon som kode (revisjon 0004)"
        if up
        else "profesjon som tekst (revisjon 0003)",
    )


def _to_code(table: str, values: Values) -> Values:
    found = vocabulary().resolve(values["profession"] or "")
    values["profession"] = found.code
    values["profession_other"] = found.other
    if table == "supervisor" and found.approvals:
        held = set(json.loads(values["approvals"] or "[]"))
        values["approvals"] = json.dumps(sorted(held | {a.value for a in found.approvals}))
    return values


def _to_text(table: str, values: Values) -> Values:
    code = values["profession"] or ""
    if code == OTHER:
        values["profession"] = values["profession_other"] or "Annet"
    else:
        known = vocabulary().get(code)
        values["profession"] = known.name if known else code
    values["profession_other"] = ""
    return values


def upgrade() -> None:
    for table in ("supervisor", "profile"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column(
                    "profession_other", sa.String(length=100), nullable=False, server_default=""
                )
            )
        _rewrite(table, _to_code, "up")


def downgrade() -> None:
    for table in ("supervisor", "profile"):
        _rewrite(table, _to_text, "down")
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("profession_other")
