"""Attendance and assignment services."""

from __future__ import annotations

import datetime as dt

import pytest

from miljologg.core.model import AttendanceStatus
from miljologg.services.app import Services
from miljologg.services.assignments import AssignmentInput
from miljologg.services.errors import ValidationError

MONDAY = dt.date(2025, 5, 12)
TUESDAY = dt.date(2025, 5, 13)


def test_whole_gathering_in_one_call(services: Services) -> None:
    services.attendance.set_many([MONDAY, TUESDAY], AttendanceStatus.PRESENT)
    assert [a.date for a in services.attendance.list()] == [MONDAY, TUESDAY]
    # Setting again updates in place, no duplicate rows.
    services.attendance.set(MONDAY, AttendanceStatus.ABSENT, reason="Sykdom")
    rows = services.attendance.list()
    assert len(rows) == 2 and rows[0].status is AttendanceStatus.ABSENT
    assert rows[0].reason == "Sykdom"
    assert services.status.verify_audit().ok


def test_partial_needs_minutes_within_the_day(services: Services) -> None:
    with pytest.raises(ValidationError) as info:
        services.attendance.set(MONDAY, AttendanceStatus.PARTIAL, 420)
    assert info.value.field == "minutes" and "419" in info.value.message
    saved = services.attendance.set(MONDAY, AttendanceStatus.PARTIAL, 240, "Legetime")
    assert saved.minutes_present == 240


def test_not_a_gathering_day(services: Services) -> None:
    with pytest.raises(ValidationError, match="ikke en samlingsdag") as info:
        services.attendance.set(dt.date(2025, 5, 14), AttendanceStatus.PRESENT)
    assert info.value.field == "date"
    assert services.attendance.list() == ()


def test_a_failing_day_in_a_batch_writes_nothing(services: Services) -> None:
    with pytest.raises(ValidationError):
        services.attendance.set_many([MONDAY, dt.date(2025, 5, 14)], AttendanceStatus.PRESENT)
    assert services.attendance.list() == ()


def test_reason_is_privacy_checked(services: Services) -> None:
    with pytest.raises(ValidationError) as info:
        services.attendance.set(MONDAY, AttendanceStatus.ABSENT, reason="møte om 020132 99997")
    assert info.value.field == "reason"
    assert "99997" not in info.value.message


def test_assignment_lifecycle(services: Services) -> None:
    a = services.assignments.add(AssignmentInput("Refleksjonsnotat", dt.date(2025, 6, 1)))
    done = services.assignments.update(
        a.id,
        AssignmentInput(
            "Refleksjonsnotat", dt.date(2025, 6, 1), dt.date(2025, 5, 30), dt.date(2025, 6, 10)
        ),
    )
    assert done.approved == dt.date(2025, 6, 10)
    with pytest.raises(ValidationError, match="levert før"):
        services.assignments.update(
            a.id,
            AssignmentInput("Refleksjonsnotat", dt.date(2025, 6, 1), None, dt.date(2025, 6, 10)),
        )
    services.assignments.delete(a.id)
    assert services.assignments.list() == ()
    assert services.status.verify_audit().ok
