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
``migrate`` event with the new content hash is appended (same hashes as ``services.audit``, from
``core.audit_hash``), so ``audit verify`` still passes; a row that did not match before (edited
behind the app's back) is left unmatched, never blessed by the upgrade.

The downgrade writes the profession back as its name («Sosionom»; the text for «annet») and
drops the column, with events in the same way; approvals a title added stay.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from miljologg.core.audit_hash import GENESIS, content_hash_of_values, event_hash
from miljologg.core.professions import OTHER, vocabulary

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
_DETAIL = {
    "up": "profesjon som kode (revisjon 0004)",
    "down": "profesjon som tekst (revisjon 0003)",
}

Values = dict[str, Any]


def _stamp(at: dt.datetime) -> str:
    """A UTC timestamp as SQLAlchemy's DateTime stores it in SQLite (what UTCDateTime writes)."""
    return at.astimezone(dt.UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def _content_hash(values: Values, columns: tuple[str, ...]) -> str:
    """The audit hash of a row with these columns, values as the ORM reads them (JSON parsed)."""
    data = {c: values[c] for c in columns}
    if "approvals" in data:
        data["approvals"] = json.loads(data["approvals"] or "[]")
    return content_hash_of_values(data)


def _rewrite(table: str, change: Callable[[str, Values], Values], direction: str) -> None:
    """Apply ``change`` to every row of ``table`` (which has the 0004 columns while this runs)
    and extend the audit chain for each row that matched its last event before the change."""
    old_columns = _COLUMNS_0003[table] + (_ADDED if direction == "down" else ())
    new_columns = _COLUMNS_0003[table] + (_ADDED if direction == "up" else ())
    conn = op.get_bind()
    last: dict[str, str] = {}
    for entity_id, chash in conn.execute(
        sa.text(
            "SELECT entity_id, content_hash FROM audit_event WHERE entity = :entity ORDER BY seq"
        ),
        {"entity": table},
    ):
        last[entity_id] = chash
    head = conn.execute(sa.text("SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1")).scalar()
    head = head or GENESIS
    now = dt.datetime.now(dt.UTC)
    everything = ", ".join(_COLUMNS_0003[table] + _ADDED)
    rows = list(conn.execute(sa.text(f"SELECT {everything} FROM {table} ORDER BY id")).mappings())
    for row in rows:
        before = dict(row)
        after = change(table, dict(before))
        changed = {c: v for c, v in after.items() if before[c] != v}
        if changed:
            assignments = ", ".join(f"{c} = :{c}" for c in changed)
            conn.execute(
                sa.text(f"UPDATE {table} SET {assignments} WHERE id = :id"),
                {**changed, "id": row["id"]},
            )
        if last.get(row["id"]) != _content_hash(before, old_columns):
            continue  # never audited, or already changed behind the app's back: leave it so
        new_hash = _content_hash(after, new_columns)
        detail = _DETAIL[direction]
        new_head = event_hash(head, now, "migrate", table, row["id"], new_hash, detail)
        conn.execute(
            sa.text(
                "INSERT INTO audit_event (at, action, entity, entity_id, content_hash, detail,"
                " prev_hash, hash) VALUES (:at, 'migrate', :entity, :entity_id, :chash, :detail,"
                " :prev, :hash)"
            ),
            {
                "at": _stamp(now),
                "entity": table,
                "entity_id": row["id"],
                "chash": new_hash,
                "detail": detail,
                "prev": head,
                "hash": new_head,
            },
        )
        head = new_head


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
