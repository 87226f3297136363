"""Data migrations that keep the audit chain whole: rewrite rows, append «migrate» events.

Every audited record's canonical content is hashed into its last audit event; a migration that
adds a column or changes a value changes that content, and ``audit verify`` would then report
every record as edited behind the app's back. So a migration rewrites a table through
``rewrite_audited``: for each row whose content matched its last event *before* the change, an
event with action ``migrate`` and the new content hash is appended to the chain; a row that did
not match (already edited with another tool, or never audited) is left unmatched, never blessed
by an upgrade.

Plain SQL on the migration's connection (the models move on after a revision is written); the
hashes are ``core.audit_hash``'s, with column values read back as the ORM would read them
(dates, times and timestamps parsed, JSON decoded) according to the table's declared types.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, text

from miljologg.core.audit_hash import GENESIS, content_hash_of_values, event_hash

__all__ = ["Values", "record_deletions", "rewrite_audited", "stamp"]

Values = dict[str, Any]


def stamp(at: dt.datetime) -> str:
    """A UTC timestamp as SQLAlchemy's DateTime stores it in SQLite (what UTCDateTime writes)."""
    return at.astimezone(dt.UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def _reader(declared: str) -> Callable[[Any], Any]:
    """How the ORM reads a stored value of this declared SQLite type."""
    kind = declared.upper()
    if kind == "DATE":
        return lambda v: dt.date.fromisoformat(v) if isinstance(v, str) else v
    if kind == "TIME":
        return lambda v: dt.time.fromisoformat(v) if isinstance(v, str) else v
    if kind == "DATETIME":
        return lambda v: (
            dt.datetime.fromisoformat(v).replace(tzinfo=dt.UTC) if isinstance(v, str) else v
        )
    if kind == "JSON":
        return lambda v: json.loads(v) if isinstance(v, str) else v
    return lambda v: v


def _hash(values: Values, columns: Sequence[str], readers: dict[str, Callable[[Any], Any]]) -> str:
    return content_hash_of_values({c: readers[c](values[c]) for c in columns})


def rewrite_audited(
    conn: Connection,
    table: str,
    *,
    entity: str,
    old_columns: Sequence[str],
    new_columns: Sequence[str],
    change: Callable[[Values], Values],
    detail: str,
) -> int:
    """Apply ``change`` to every row of ``table`` and extend the audit chain; returns the number
    of events written.

    ``old_columns``/``new_columns`` are the audited columns (timestamps left out) before and
    after the step; the table must hold all of them while this runs (add columns before,
    drop them after). ``change`` gets a row's values and returns them as they should be.
    """
    readers = {
        row[1]: _reader(str(row[2]))
        for row in conn.exec_driver_sql(f"PRAGMA table_info({table})").fetchall()
    }
    last, head = _chain_state(conn, entity)
    now = dt.datetime.now(dt.UTC)
    columns = list(dict.fromkeys([*old_columns, *new_columns]))
    rows = conn.execute(text(f"SELECT {', '.join(columns)} FROM {table} ORDER BY id")).mappings()
    events: list[dict[str, Any]] = []
    for row in list(rows):
        before = dict(row)
        after = change(dict(before))
        changed = {c: v for c, v in after.items() if before.get(c) != v}
        if changed:
            sets = ", ".join(f"{c} = :{c}" for c in changed)
            update = text(f"UPDATE {table} SET {sets} WHERE id = :id")
            conn.execute(update, {**changed, "id": row["id"]})
        if last.get(row["id"]) != _hash(before, old_columns, readers):
            continue
        chash = _hash(after, new_columns, readers)
        new_head = event_hash(head, now, "migrate", entity, row["id"], chash, detail)
        events.append(
            {
                "at": stamp(now),
                "action": "migrate",
                "entity": entity,
                "entity_id": row["id"],
                "chash": chash,
                "detail": detail,
                "prev": head,
                "hash": new_head,
            }
        )
        head = new_head
    _append(conn, events)
    return len(events)


def _chain_state(conn: Connection, entity: str) -> tuple[dict[str, str], str]:
    """Each ``entity`` row's last audited content hash (by id), and the chain's head now.

    Both steps extend the chain from where it stands and skip rows whose last event does not
    match what they read, so they read the chain the same way.
    """
    last: dict[str, str] = {}
    for entity_id, chash in conn.execute(
        text("SELECT entity_id, content_hash FROM audit_event WHERE entity = :e ORDER BY seq"),
        {"e": entity},
    ):
        last[entity_id] = chash
    head = conn.execute(text("SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1")).scalar()
    return last, head or GENESIS


def record_deletions(conn: Connection, table: str, *, entity: str, detail: str) -> int:
    """Append a ``delete`` event for every audited row of ``table`` (before a downgrade drops
    it), so the chain does not report them as deleted behind the app's back."""
    last, head = _chain_state(conn, entity)
    now = dt.datetime.now(dt.UTC)
    events: list[dict[str, Any]] = []
    for (row_id,) in conn.execute(text(f"SELECT id FROM {table} ORDER BY id")).fetchall():
        if not last.get(row_id):
            continue
        new_head = event_hash(head, now, "delete", entity, row_id, "", detail)
        events.append(
            {
                "at": stamp(now),
                "action": "delete",
                "entity": entity,
                "entity_id": row_id,
                "chash": "",
                "detail": detail,
                "prev": head,
                "hash": new_head,
            }  # fmt: skip
        )
        head = new_head
    _append(conn, events)
    return len(events)


def _append(conn: Connection, events: list[dict[str, Any]]) -> None:
    if events:
        conn.execute(
            text(
                "INSERT INTO audit_event (at, action, entity, entity_id, content_hash, detail,"
                " prev_hash, hash) VALUES (:at, :action, :entity, :entity_id, :chash, :detail,"
                " :prev, :hash)"
            ),
            events,
        )
