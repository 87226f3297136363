"""``copy_fields``: the one mapping from a same-named source (a row, a payload) to a record."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from miljologg.core.model import Assignment, Form, Log, Session, copy_fields


@dataclass
class _Source:
    id: str = "a1"
    title: str = "Refleksjonsnotat"
    due_date: dt.date = dt.date(2026, 3, 1)
    handed_in: dt.date | None = None
    approved: dt.date | None = dt.date(2026, 3, 2)
    note: str = "ok"


def test_every_field_comes_from_the_source_by_name() -> None:
    assert copy_fields(Assignment, _Source()) == Assignment(
        "a1", "Refleksjonsnotat", dt.date(2026, 3, 1), None, dt.date(2026, 3, 2), "ok"
    )


def test_given_values_win_over_the_source() -> None:
    got = copy_fields(Assignment, _Source(), title="Annet", approved=None)
    assert (got.title, got.approved, got.note) == ("Annet", None, "ok")


def test_a_field_the_source_lacks_is_an_error_not_a_default() -> None:
    # Session has a reflection with a default; the assignment-like source has none.
    with pytest.raises(AttributeError, match="id|date|minutes|form"):
        copy_fields(Session, object())
    with pytest.raises(AttributeError, match="reflection|minutes"):
        copy_fields(Session, _Source(), date=dt.date(2026, 1, 1), form=Form.INDIVIDUAL)


def test_a_given_name_that_is_no_field_is_refused() -> None:
    with pytest.raises(TypeError, match="no field"):
        copy_fields(Assignment, _Source(), titel="stavefeil")


def test_fields_outside_init_are_not_copied() -> None:
    log = Log()
    assert copy_fields(Log, log) == log
