"""The audit chain's hashes, as pure functions: a record's canonical content and an event's hash.

They live apart from ``services.audit`` (which reads and writes events through the ORM) so that
a data migration can extend the chain with the very same hashes without importing the models,
which move on after a revision is written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

__all__ = ["GENESIS", "canonical_values", "content_hash_of_values", "event_hash"]

#: The ``prev_hash`` of the first event.
GENESIS = "0" * 64
_SKIP = {"created_at", "updated_at"}


def _plain(value: Any) -> Any:
    """What json cannot write itself; json calls this only for such values."""
    if isinstance(value, dt.date | dt.time | dt.datetime):
        return value.isoformat()
    if isinstance(value, bytes):  # a scan: its digest stands for it
        return hashlib.sha256(value).hexdigest()
    raise TypeError(f"cannot audit a {type(value).__name__}")


_ENCODER = json.JSONEncoder(
    sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_plain
)


def canonical_values(values: dict[str, Any]) -> bytes:
    """Column values (timestamps left out) as canonical JSON bytes; lists are sorted."""
    data = {
        key: sorted(str(v) for v in value) if isinstance(value, list) else value
        for key, value in values.items()
        if key not in _SKIP
    }
    return _ENCODER.encode(data).encode()


def content_hash_of_values(values: dict[str, Any]) -> str:
    """The hash of a record holding exactly these column values (as the ORM reads them)."""
    return hashlib.sha256(canonical_values(values)).hexdigest()


def event_hash(
    prev_hash: str,
    at: dt.datetime,
    action: str,
    entity: str,
    entity_id: str,
    chash: str,
    detail: str,
) -> str:
    """The hash of one event; it covers the previous event's hash, so the events form a chain."""
    text = "\x1f".join([prev_hash, at.isoformat(), action, entity, entity_id, chash, detail])
    return hashlib.sha256(text.encode()).hexdigest()
