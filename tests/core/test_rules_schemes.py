"""Scheme evaluation: hours in the scheme's own length, supervisor filters, group size, span."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from miljologg.core.model import Approval, Form, Log, Profile, Session, SessionStatus, Supervisor
from miljologg.core.programmes import Scheme, bundled_schemes, load_scheme
from miljologg.core.rules import RequirementResult, SchemeStatus, evaluate_scheme

D = dt.date
TODAY = D(2025, 6, 18)
JAN8 = D(2025, 1, 8)
FO, CLIN = Approval.FO_SUPERVISOR, Approval.CLINICAL
SUPS = (
    Supervisor("kbvp", "Kari Klinisk", "barnevernspedagog", frozenset({FO, CLIN})),
    Supervisor("bvp", "Bente Veileder", "barnevernspedagog", frozenset({FO})),
    Supervisor("sos", "Siri Sosionom", "sosionom", frozenset({FO})),
    Supervisor("none", "Nils Uten", ""),
)


def s(
    sid: str,
    sup: str,
    minutes: int = 60,
    day: dt.date = JAN8,
    form: Form = Form.INDIVIDUAL,
    group: int = 1,
    missed: bool = False,
) -> Session:
    return Session(
        sid, day, minutes, form, sup, group_size=group,
        status=SessionStatus.MISSED if missed else SessionStatus.HELD,
    )  # fmt: skip


def run(scheme_id: str, *sessions: Session, profession: str = "") -> SchemeStatus:
    profile = Profile("p", "Student", profession=profession) if profession else None
    log = Log(supervisors=SUPS, sessions=sessions, profile=profile)
    return evaluate_scheme(log, bundled_schemes()[scheme_id], TODAY)


def req(status: SchemeStatus, key: str) -> RequirementResult:
    (r,) = [r for r in status.requirements if r.key == key]
    return r


def test_fo_barnevernspedagog_counts_by_supervisor() -> None:
    status = run(
        "fo-klinisk-barnevernspedagog",
        s("1", "kbvp", 60),
        s("2", "bvp", 90, form=Form.EXTERNAL_GROUP, group=4),
        s("3", "sos", 45),
        s("4", "none", 30),
    )
    assert status.hour_minutes == 60
    assert [r.key for r in status.requirements] == [
        "total", "approved", "barnevernspedagog", "klinisk-barnevernspedagog", "individual",
    ]  # fmt: skip
    expected = {
        "total": (12_000, 225, 0),
        "approved": (12_000, 195, 30),  # everyone with supervisor approval
        "barnevernspedagog": (7_200, 150, 75),
        "klinisk-barnevernspedagog": (4_800, 60, 165),
        "individual": (3_900, 135, 0),
    }
    got = {
        r.key: (r.required_minutes, r.counted_minutes, r.uncounted_minutes)
        for r in status.requirements
    }
    assert got == expected
    mismatch = req(status, "barnevernspedagog").uncounted
    assert {u.session_id for u in mismatch} == {"3", "4"}
    assert all(u.code == "supervisor_mismatch" for u in mismatch)
    assert "Siri Sosionom" in next(u.reason for u in mismatch if u.session_id == "3")
    problems = {(p.code, p.entity_id) for p in status.problems}
    assert ("supervisor_profession_missing", "none") in problems


def test_psykologforeningen_45_minute_hours_and_group_size() -> None:
    status = run(
        "psykologforeningen-spesialist",
        s("a", "kbvp", 450),
        s("b", "kbvp", 90, form=Form.EXTERNAL_GROUP, group=4),
        s("c", "bvp", 90, form=Form.EXTERNAL_GROUP, group=5),  # too large
        s("d", "bvp", 135),
        s("e", "sos", 45, missed=True),
    )
    assert status.hour_minutes == 45
    assert req(status, "total").required_minutes == 240 * 45 == 10_800
    assert req(status, "total").counted_minutes == 450 + 90 + 135
    assert {u.code for u in req(status, "total").uncounted} == {"group_too_large", "missed"}
    size = req(status, "group-size")
    assert size.met and size.required_minutes == 0
    assert [(u.session_id, u.code) for u in size.uncounted] == [("c", "group_too_large")]
    assert "5 deltakere" in size.uncounted[0].reason
    assert req(status, "individual").counted_minutes == 450 + 135
    assert req(status, "individual").required_minutes == 40 * 45
    sups = req(status, "supervisors")
    assert (sups.unit, sups.required_minutes, sups.counted_minutes, sups.met) == (
        "count",
        2,
        2,
        True,
    )
    same = req(status, "same-supervisor")
    assert same.counted_minutes == 540 and "Kari Klinisk" in same.label
    assert any("45 minutter" in n for n in status.notes)


def test_same_profession_needs_the_profile() -> None:
    sessions = [s(str(n), "sos", 60, D(2023, 1, 1) + dt.timedelta(days=30 * n)) for n in range(3)]
    without = run("fo-faglig-veileder", *sessions)
    same = req(without, "same-supervisor")
    assert same.counted_minutes == 0
    assert "profile_profession_missing" in {p.code for p in without.problems}
    with_profile = run("fo-faglig-veileder", *sessions, profession="sosionom")
    assert req(with_profile, "same-supervisor").counted_minutes == 180
    other = run("fo-faglig-veileder", *sessions, profession="vernepleier")
    assert req(other, "same-supervisor").counted_minutes == 0


@pytest.mark.parametrize(
    ("scheme_id", "first", "last", "months", "met"),
    [
        ("fo-klinisk-sosionom", D(2020, 1, 15), D(2023, 1, 14), 35, False),
        ("fo-klinisk-sosionom", D(2020, 1, 15), D(2023, 1, 15), 36, True),
        ("fo-faglig-veileder", D(2020, 1, 1), D(2024, 1, 1), 48, True),
        ("fo-faglig-veileder", D(2020, 1, 1), D(2024, 6, 1), 53, False),  # over 4 years
        ("fo-faglig-veileder", D(2020, 1, 1), D(2021, 12, 31), 23, False),
    ],
)
def test_span_in_months(
    scheme_id: str, first: dt.date, last: dt.date, months: int, met: bool
) -> None:
    status = run(scheme_id, s("a", "sos", day=first), s("b", "sos", day=last))
    span = req(status, "span")
    assert span.unit == "months"
    assert span.counted_minutes == months
    assert span.met is met


def test_missed_and_future_sessions_never_count() -> None:
    status = run(
        "fagforbundet-klinisk-fagstige-niva-1",
        s("m", "sos", missed=True),
        s("f", "sos", day=D(2025, 7, 1)),
        s("ok", "sos", 75),
    )
    total = req(status, "total")
    assert total.counted_minutes == 75
    assert [(u.session_id, u.code) for u in total.uncounted] == [("m", "missed"), ("f", "future")]


def test_group_form_rule_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "g.toml"
    path.write_text(
        'id = "g"\nname = "G"\norganisation = "O"\nverified = false\nhour_minutes = 60\n'
        '[source]\ntitle = "t"\n[[rules]]\nkind = "min_form_hours"\nform = "group"\nhours = 2\n',
        encoding="utf-8",
    )
    scheme: Scheme = load_scheme(path)
    log = Log(
        supervisors=SUPS,
        sessions=(
            s("i", "sos", 60),
            s("e", "sos", 90, form=Form.EXTERNAL_GROUP, group=3),
            s("g", "sos", 45, form=Form.GATHERING_GROUP, group=12),
        ),
    )
    (group,) = evaluate_scheme(log, scheme, TODAY).requirements
    assert (group.required_minutes, group.counted_minutes) == (120, 135)
    assert group.met and group.label == "Minst 2 t gruppeveiledning"
