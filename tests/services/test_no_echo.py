"""An identity number given where a name, an id or a value is expected never comes back.

Issue 16: `session add --supervisor 02013299997` printed «Fant ingen veileder «02013299997»».
The services quote what they were given in many messages; each is tried here with a number
written in several ways, and the message must keep the rest but not the number.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from miljologg.core.model import AttendanceStatus, Form
from miljologg.core.privacy import REDACTED
from miljologg.db.database import DatabaseError
from miljologg.services.app import Services
from miljologg.services.backups import BackupService
from miljologg.services.errors import NotFoundError, ValidationError
from miljologg.services.profile import ProfileInput, validate_profile
from miljologg.services.sessions import SessionInput
from miljologg.services.supervisors import approvals_from

#: DOMAIN.md's example, and an FH-number (first digit 8 or 9).
WRITINGS = ["02013299997", "020132 99997", "02.01.32-99997", "020 132 999 97", "81234567802"]


def assert_not_echoed(message: str, written: str) -> None:
    digits = re.sub(r"[^0-9]", "", written)
    assert digits[:6] not in re.sub(r"[^0-9]", "", message), message
    for group in re.findall(r"[0-9]+", written):
        if len(group) >= 3:
            assert group not in message, message


CALLS: dict[str, Callable[[Services, str], object]] = {
    "supervisors.find": lambda s, v: s.supervisors.find(v),
    "supervisors.find by name part": lambda s, v: s.supervisors.find(f"Kari {v}"),
    "approvals_from": lambda s, v: approvals_from([v]),
    "status.scheme_status": lambda s, v: s.status.scheme_status(v),
    "validate_profile": lambda s, v: validate_profile(ProfileInput(name="Test", programme_id=v)),
}


@pytest.mark.parametrize("written", WRITINGS)
@pytest.mark.parametrize("call", list(CALLS))
def test_lookups_do_not_echo_an_identity_number(
    services: Services, call: str, written: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        CALLS[call](services, written)
    assert_not_echoed(caught.value.message, written)
    assert_not_echoed(str(caught.value), written)


def test_a_quoted_number_is_replaced_and_the_rest_kept(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.status.scheme_status("02013299997")
    assert caught.value.message == f"Ukjent godkjenningsordning «{REDACTED}»."
    with pytest.raises(ValidationError, match="«fo-ukjent»"):
        services.status.scheme_status("fo-ukjent")  # other text is still quoted
    error = NotFoundError("x", "Fant ingen veileder «kari 020132 99997 og 30108299920».")
    assert error.message == f"Fant ingen veileder «kari {REDACTED} og {REDACTED}»."
    assert str(error) == error.message
    assert ValidationError("minutes", "Mellom 1 og 600 minutter.").message.endswith("600 minutter.")


@pytest.mark.parametrize("written", WRITINGS)
def test_backup_lookup_does_not_echo_an_identity_number(tmp_path: Path, written: str) -> None:
    with pytest.raises(DatabaseError) as caught:
        BackupService(tmp_path / "logg.sqlite").get(written)
    assert_not_echoed(str(caught.value), written)


@pytest.mark.parametrize(
    ("where", "key"),
    [(("sessions", 0), "date"), (("sessions", 0), "form"), (("attendance", 0), "status")],
)
@pytest.mark.parametrize("written", WRITINGS)
def test_import_does_not_echo_an_identity_number_in_a_value(
    services: Services, empty_services: Services, where: tuple[str, int], key: str, written: str
) -> None:
    sup = services.supervisors.find("Kari Nordmann")
    services.sessions.add(SessionInput(dt.date(2025, 3, 3), 90, Form.INDIVIDUAL, sup.id, 1, "Tema"))
    services.attendance.set(dt.date(2024, 11, 4), AttendanceStatus.PRESENT)
    data: dict[str, Any] = services.transfer.export_data()
    data[where[0]][where[1]][key] = written
    with pytest.raises(ValidationError) as caught:
        empty_services.transfer.import_data(data)
    assert_not_echoed(caught.value.message, written)
