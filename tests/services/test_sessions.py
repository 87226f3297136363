"""Session service: validation at the field, one transaction, audit events, make-up links."""

from __future__ import annotations

import datetime as dt

import pytest

from miljologg.core.model import Form, SessionStatus
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError
from miljologg.services.sessions import SessionInput

GATHERING_MONDAY = dt.date(2025, 5, 12)


def _input(services: Services, **kw: object) -> SessionInput:
    base: dict[str, object] = {
        "date": dt.date(2025, 3, 3),
        "minutes": 90,
        "form": Form.INDIVIDUAL,
        "supervisor_id": services.supervisors.find("Kari Nordmann").id,
        "group_size": 1,
        "topic": "Relasjonsbygging",
    }
    base.update(kw)
    return SessionInput(**base)  # type: ignore[arg-type]


def test_add_and_list_round_trip(services: Services) -> None:
    added = services.sessions.add(_input(services, start_time=dt.time(9, 30)))
    [listed] = services.sessions.list()
    assert listed == added
    assert listed.minutes == 90 and listed.start_time == dt.time(9, 30)
    assert services.status.verify_audit().ok


@pytest.mark.parametrize(
    ("change", "field", "fragment"),
    [
        ({"minutes": 0}, "minutes", "mellom 1 og 600"),
        ({"minutes": 601}, "minutes", "mellom 1 og 600"),
        ({"date": dt.date(1999, 12, 31)}, "date", "langt tilbake"),
        ({"date": dt.date(2025, 7, 1)}, "date", "fram i tid"),
        ({"group_size": 3}, "group_size", "gruppestørrelse 1"),
        ({"form": Form.EXTERNAL_GROUP, "group_size": 1}, "group_size", "mellom 2 og"),
        ({"form": Form.GATHERING_GROUP, "group_size": 5}, "date", "samlingsdag"),
        ({"supervisor_id": "nobody"}, "supervisor", "Velg en veileder"),
        ({"topic": "Klient 02013299997 drøftet"}, "topic", "Tema"),
        ({"topic": "x" * 501}, "topic", "500 tegn"),
    ],
)
def test_bad_input_is_refused_at_its_field(
    services: Services, change: dict[str, object], field: str, fragment: str
) -> None:
    with pytest.raises(ValidationError) as info:
        services.sessions.add(_input(services, **change))
    assert info.value.field == field
    assert fragment in info.value.message
    assert "02013299997" not in info.value.message
    assert services.sessions.list() == ()


def test_gathering_group_on_a_gathering_day_is_accepted(services: Services) -> None:
    s = services.sessions.add(
        _input(services, date=GATHERING_MONDAY, form=Form.GATHERING_GROUP, group_size=6)
    )
    assert s.form is Form.GATHERING_GROUP


def test_bulk_add_is_all_or_nothing(services: Services) -> None:
    good = _input(services)
    bad = _input(services, minutes=0)
    with pytest.raises(ValidationError) as info:
        services.sessions.add_many([good, good, bad])
    assert "Møte nr. 3" in info.value.message
    assert services.sessions.list() == ()
    assert len(services.sessions.add_many([good, good])) == 2


def test_update_and_delete_keep_the_audit_whole(services: Services) -> None:
    s = services.sessions.add(_input(services))
    changed = services.sessions.update(s.id, _input(services, minutes=60, topic="Roller"))
    assert changed.minutes == 60 and changed.topic == "Roller"
    services.sessions.delete(s.id)
    assert services.sessions.list() == ()
    report = services.status.verify_audit()
    assert report.ok and report.events >= 6  # profile, 2 supervisors, create, update, delete


def test_missed_session_is_linked_to_its_make_up(services: Services) -> None:
    missed = services.sessions.add(_input(services, status=SessionStatus.MISSED))
    later = services.sessions.add(_input(services, date=dt.date(2025, 3, 20)))
    linked = services.sessions.link_make_up(missed.id, later.id)
    assert linked.made_up_by_id == later.id
    # Deleting the make-up removes the link, with its own audit event.
    services.sessions.delete(later.id)
    assert services.sessions.get(missed.id).made_up_by_id is None
    assert services.status.verify_audit().ok


def test_make_up_must_be_later_and_held(services: Services) -> None:
    missed = services.sessions.add(_input(services, status=SessionStatus.MISSED))
    earlier = services.sessions.add(_input(services, date=dt.date(2025, 2, 1)))
    with pytest.raises(ValidationError, match="før det avlyste"):
        services.sessions.link_make_up(missed.id, earlier.id)
    held = services.sessions.add(_input(services, date=dt.date(2025, 3, 5)))
    with pytest.raises(ValidationError, match="Bare et avlyst"):
        services.sessions.link_make_up(held.id, missed.id)


def test_supervisor_with_sessions_cannot_be_deleted(services: Services) -> None:
    services.sessions.add(_input(services))
    sid = services.supervisors.find("Kari Nordmann").id
    with pytest.raises(ValidationError, match="kan ikke slettes"):
        services.supervisors.delete(sid)
    services.supervisors.delete(services.supervisors.find("Per Lund").id)
    assert [s.name for s in services.supervisors.list()] == ["Kari Nordmann"]


def test_status_is_cached_until_the_next_write(services: Services) -> None:
    first = services.status.programme_status()
    assert services.status.programme_status() is first  # no second read of the log
    services.sessions.add(_input(services))
    second = services.status.programme_status()
    assert second is not first
    assert second.requirement("individual").counted_minutes == 90
    services.ctx.invalidate()  # e.g. a backup was restored into the file
    assert services.status.programme_status() is not second


def test_the_fast_log_reader_gives_the_same_records_as_the_service(services: Services) -> None:
    services.sessions.add(_input(services, start_time=dt.time(9, 30), reflection="Notat"))
    missed = services.sessions.add(_input(services, status=SessionStatus.MISSED))
    later = services.sessions.add(_input(services, date=dt.date(2025, 3, 20)))
    services.sessions.link_make_up(missed.id, later.id)
    assert set(services.status.log().sessions) == set(services.sessions.list())
