"""JSON that came from outside, read so that every way it can fail is one ``ValueError``.

An import, a signing request or response, a dossier's attachments and a stored key envelope are
JSON someone else may have written. ``json.loads`` fails in more ways than ``ValueError``: a
structure nested a few hundred thousand levels deep raised ``RecursionError``, which no caller
caught (``signing show`` and ``signing import`` ended in a traceback), and a structure nested
just under Python's limit parsed, then broke whatever walked it next. ``loads`` turns each
failure into ``JsonInputError`` with its kind, refuses nesting deeper than any file miljologg
writes (``MAX_DEPTH``; checked without recursion), and refuses ``NaN``, ``Infinity`` and
numbers too large for a float (``1e999``): not JSON, and never in a miljologg file.
"""

from __future__ import annotations

import json
import math
from typing import Any, Literal

#: The deepest nesting accepted: miljologg's own files nest under 10 levels.
MAX_DEPTH = 64

Kind = Literal["encoding", "syntax", "depth", "number"]


class JsonInputError(ValueError):
    """The text is not JSON miljologg can use; ``kind`` says why, ``lineno``/``colno`` where
    (for ``syntax``)."""

    def __init__(self, kind: Kind, lineno: int | None = None, colno: int | None = None) -> None:
        super().__init__(kind if lineno is None else f"{kind} at {lineno}:{colno}")
        self.kind: Kind = kind
        self.lineno = lineno
        self.colno = colno


def _no_constant(name: str) -> Any:
    raise JsonInputError("number")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e999 reads as infinity
        raise JsonInputError("number")
    return value


def loads(data: str | bytes, *, max_depth: int = MAX_DEPTH) -> Any:
    """Parse ``data`` (bytes as UTF-8); ``JsonInputError`` for anything that is not usable JSON."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError:
            raise JsonInputError("encoding") from None
    try:
        value = json.loads(data, parse_constant=_no_constant, parse_float=_finite)
    except JsonInputError:
        raise
    except json.JSONDecodeError as exc:
        raise JsonInputError("syntax", exc.lineno, exc.colno) from None
    except RecursionError:
        raise JsonInputError("depth") from None
    except ValueError:  # an integer longer than Python's digit limit
        raise JsonInputError("number") from None
    if _depth_exceeds(value, max_depth):
        raise JsonInputError("depth")
    return value


def _depth_exceeds(value: Any, max_depth: int) -> bool:
    """Whether ``value`` nests deeper than ``max_depth`` (an explicit stack, no recursion)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = (
            item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        )
        for child in children:
            if isinstance(child, (dict, list)):
                if depth + 1 > max_depth:
                    return True
                stack.append((child, depth + 1))
    return False
