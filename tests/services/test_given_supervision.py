"""Supervision the student gives (no supervisor, group size = people supervised), supervision
received on it, a group's participants, and prerequisites the student confirms."""

from __future__ import annotations

import datetime as dt

import pytest

from miljologg.core.model import Form, SessionStatus
from miljologg.services.app import Services
from miljologg.services.errors import NotFoundError, ValidationError
from miljologg.services.sessions import SessionInput

D = dt.date
GIVEN, ON_GIVEN = Form.GIVEN, Form.SUPERVISION_ON_SUPERVISION


def test_given_supervision_has_no_supervisor_and_is_held(services: Services) -> None:
    kari = services.supervisors.find("Kari Nordmann")
    given = services.sessions.add(SessionInput(D(2025, 3, 5), 90, GIVEN, "", 3, "Kollegaer"))
    assert (given.form, given.supervisor_id, given.group_size) == (GIVEN, "", 3)
    cases = [
        (SessionInput(D(2025, 3, 5), 90, GIVEN, kari.id, 1), "supervisor"),
        (SessionInput(D(2025, 3, 5), 90, GIVEN, "", 1, status=SessionStatus.MISSED), "status"),
        (SessionInput(D(2025, 3, 5), 90, GIVEN, "", 0), "group_size"),
        (SessionInput(D(2025, 3, 5), 90, GIVEN, "", 51), "group_size"),
        (SessionInput(D(2025, 3, 5), 60, ON_GIVEN, "", 1), "supervisor"),
        (SessionInput(D(2025, 3, 5), 60, Form.INDIVIDUAL, kari.id, 1,
                      participants_profession="psykolog"), "participants_profession"),
        (SessionInput(D(2025, 3, 5), 60, Form.EXTERNAL_GROUP, kari.id, 3,
                      participants_profession="Miljøarbeider"), "participants_profession"),
    ]  # fmt: skip
    for item, field in cases:
        with pytest.raises(ValidationError) as caught:
            services.sessions.add(item)
        assert caught.value.field == field, item
    group = services.sessions.add(
        SessionInput(
            D(2025, 3, 6),
            60,
            Form.EXTERNAL_GROUP,
            kari.id,
            3,
            participants_profession="Psykologspesialist",
        )  # fmt: skip
    )
    assert group.participants_profession == "psykolog"  # a title names its profession


def test_given_supervision_never_makes_up_a_missed_session(services: Services) -> None:
    kari = services.supervisors.find("Kari Nordmann")
    missed = services.sessions.add(
        SessionInput(D(2025, 3, 3), 60, Form.INDIVIDUAL, kari.id, status=SessionStatus.MISSED)
    )
    given = services.sessions.add(SessionInput(D(2025, 3, 5), 60, GIVEN, "", 2))
    with pytest.raises(ValidationError, match="gitt"):
        services.sessions.link_make_up(missed.id, given.id)


def test_given_supervision_is_not_programme_supervision(services: Services) -> None:
    kari = services.supervisors.find("Kari Nordmann")
    services.sessions.add(SessionInput(D(2025, 3, 5), 90, GIVEN, "", 3))
    services.sessions.add(SessionInput(D(2025, 3, 6), 60, ON_GIVEN, kari.id, 1))
    status = services.status.programme_status()
    total = status.requirement("total")
    assert (total.counted_minutes, total.uncounted_minutes) == (0, 0)
    assert status.participation.held == 0
    fv = services.status.scheme_status("fo-faglig-veileder")
    by_key = {r.key: r for r in fv.requirements}
    assert (by_key["given"].counted_minutes, by_key["on-given"].counted_minutes) == (90, 60)


def test_nobody_signs_supervision_the_student_gave(services: Services) -> None:
    given = services.sessions.add(SessionInput(D(2025, 3, 5), 90, GIVEN, "", 3))
    kari = services.supervisors.find("Kari Nordmann")
    with pytest.raises(ValidationError, match="ingen veileder som signerer"):
        services.signing.sign_in_person([given.id], kari.id, "lang passordfrase", create_key=True)


def test_prerequisites_are_confirmed_dated_and_withdrawn(services: Services) -> None:
    from miljologg.services.confirmations import prerequisites

    codes = {p.code: p for p in prerequisites()}
    assert "fo_faglig_veileder" in codes
    assert {"Klinisk barnevernspedagog", "Klinisk sosionom"} <= set(
        codes["fo_faglig_veileder"].schemes
    )
    before = services.status.scheme_status("fo-klinisk-barnevernspedagog")
    assert not next(r for r in before.requirements if r.key == "faglig-veileder").met
    done = services.confirmations.confirm("fo_faglig_veileder", D(2025, 1, 15), "Vedtak 2025")
    assert (done.confirmed_on, done.note) == (D(2025, 1, 15), "Vedtak 2025")
    after = services.status.scheme_status("fo-klinisk-barnevernspedagog")
    assert next(r for r in after.requirements if r.key == "faglig-veileder").met
    again = services.confirmations.confirm("fo_faglig_veileder")  # today, no note
    assert again.confirmed_on == services.ctx.today() and len(services.confirmations.list()) == 1
    with pytest.raises(ValidationError):
        services.confirmations.confirm("finnes_ikke")
    with pytest.raises(ValidationError):
        services.confirmations.confirm("relevant_master", services.ctx.today() + dt.timedelta(1))
    services.confirmations.withdraw("fo_faglig_veileder")
    assert services.confirmations.list() == ()
    with pytest.raises(NotFoundError):
        services.confirmations.withdraw("fo_faglig_veileder")
    assert services.status.verify_audit().ok
