"""JSON from outside fails as one ValueError, whatever is wrong with it (issue 16, bad input).

Before: a file nested 200,000 levels deep made ``signing show`` and ``signing import`` end in a
``RecursionError`` traceback; the export import caught it only because it had its own copy of
the handling. Now every reader of outside JSON (import, signing files, a dossier's attachments,
key envelopes) goes through ``core.json_input.loads``.
"""

from __future__ import annotations

import json

import pytest

from miljologg.core import json_input
from miljologg.core.json_input import MAX_DEPTH, JsonInputError, loads


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (_nested(200_000), "depth"),  # past Python's own limit: RecursionError before
        (_nested(MAX_DEPTH + 1), "depth"),  # parses, but deeper than any file of ours
        ('{"a": ' * (MAX_DEPTH + 1) + "1" + "}" * (MAX_DEPTH + 1), "depth"),
        ('{"minutes": ' + "9" * 5000 + "}", "number"),  # past Python's digit limit
        ('{"minutes": NaN}', "number"),
        ('{"minutes": -Infinity}', "number"),
        ('{"minutes": 1e999}', "number"),
        ('{"minutes": 90,}', "syntax"),
        (b"\xff\xfe{}", "encoding"),
    ],
)
def test_every_failure_is_a_json_input_error_of_its_kind(text: str | bytes, kind: str) -> None:
    with pytest.raises(JsonInputError) as caught:
        loads(text)
    assert caught.value.kind == kind
    assert isinstance(caught.value, ValueError)


def test_the_deepest_accepted_nesting_and_ordinary_values_read_as_json_does() -> None:
    assert loads(_nested(MAX_DEPTH)) == json.loads(_nested(MAX_DEPTH))
    doc = {"format": "x", "n": [1, 2.5, -3e10, None, True], "tekst": "Ærlig «sitat»"}
    assert loads(json.dumps(doc)) == doc
    assert loads(json.dumps(doc).encode("utf-8")) == doc


def test_a_syntax_error_says_where() -> None:
    with pytest.raises(JsonInputError) as caught:
        json_input.loads('{\n  "a": 1,\n  oops\n}')
    assert (caught.value.lineno, caught.value.colno) == (3, 3)
