"""The rules engine over the real RBUP file: what counts, why not, attendance, pace, schemes.

Expected figures are worked out by hand from the programme page (Monday 420 min, Tuesday 330
min, 16,500 planned minutes, 80 %) rather than copied from the implementation.
"""

from __future__ import annotations

import datetime as dt

import pytest

from miljologg.core.model import (
    Approval,
    Assignment,
    Attendance,
    AttendanceStatus,
    Form,
    Log,
    Profile,
    Rejection,
    Session,
    SessionStatus,
    Supervisor,
)
from miljologg.core.programmes import Programme, bundled_programmes
from miljologg.core.rules import evaluate_programme, plan_series, progress_series

D = dt.date
P, A, S = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.PARTIAL
APPROVED = Supervisor("ok", "Anne Godkjent", "sosionom", frozenset({Approval.PROGRAMME}))
OTHER = Supervisor("no", "Per Ikkegodkjent", "vernepleier")
SUPERVISORS = (APPROVED, OTHER)
MID = D(2025, 6, 18)  # a Wednesday in the middle of the programme


@pytest.fixture(scope="module")
def rbup() -> Programme:
    return bundled_programmes()["rbup-kmaa-2024"]


def session(
    sid: str,
    day: dt.date,
    form: Form = Form.INDIVIDUAL,
    minutes: int = 60,
    sup: str = "ok",
    group: int | None = None,
    missed: bool = False,
    made_up_by: str | None = None,
) -> Session:
    return Session(
        id=sid,
        date=day,
        minutes=minutes,
        form=form,
        supervisor_id=sup,
        group_size=group if group is not None else (1 if form is Form.INDIVIDUAL else 5),
        status=SessionStatus.MISSED if missed else SessionStatus.HELD,
        made_up_by_id=made_up_by,
    )


def log(*sessions: Session, attendance: tuple[Attendance, ...] = (), **kw: object) -> Log:
    return Log(supervisors=SUPERVISORS, sessions=sessions, attendance=attendance, **kw)  # type: ignore[arg-type]


# --- supervision: one reason per uncounted session -----------------------------------------

GATHERING_DAY = D(2024, 11, 25)  # Monday of the second gathering
ATTENDED = (Attendance(GATHERING_DAY, P),)

UNCOUNTED_CASES = [
    # (id, sessions, attendance, today, code)
    ("future", [session("x", D(2025, 7, 1))], (), MID, "future"),
    ("before start", [session("x", D(2024, 10, 1))], (), MID, "outside_programme"),
    ("after end", [session("x", D(2026, 10, 1))], (), D(2027, 1, 1), "outside_programme"),
    ("group of one", [session("x", D(2025, 1, 8), Form.EXTERNAL_GROUP, group=1)], (), MID,
     "group_too_small"),
    ("individual, not approved", [session("x", D(2025, 1, 8), sup="no")], (), MID,
     "supervisor_not_approved"),
    ("external group, not approved", [session("x", D(2025, 1, 8), Form.EXTERNAL_GROUP, sup="no")],
     (), MID, "supervisor_not_approved"),
    ("unknown supervisor", [session("x", D(2025, 1, 8), sup="ghost")], (), MID,
     "unknown_supervisor"),
    ("gathering group off a gathering day",
     [session("x", D(2024, 11, 27), Form.GATHERING_GROUP)], (), MID, "not_gathering_day"),
    ("gathering day without attendance",
     [session("x", GATHERING_DAY, Form.GATHERING_GROUP)], (), MID, "attendance_unregistered"),
    ("gathering day, absent", [session("x", GATHERING_DAY, Form.GATHERING_GROUP)],
     (Attendance(GATHERING_DAY, A, reason="syk"),), MID, "absent"),
    # order: the first failing check wins
    ("small group and not approved",
     [session("x", D(2025, 1, 8), Form.EXTERNAL_GROUP, sup="no", group=1)], (), MID,
     "group_too_small"),
    ("outside and not approved", [session("x", D(2024, 10, 1), sup="no")], (), MID,
     "outside_programme"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sessions", "attendance", "today", "code"),
    [c[1:] for c in UNCOUNTED_CASES],
    ids=[c[0] for c in UNCOUNTED_CASES],
)
def test_each_uncounted_reason(
    rbup: Programme,
    sessions: list[Session],
    attendance: tuple[Attendance, ...],
    today: dt.date,
    code: str,
) -> None:
    target = sessions[0]
    status = evaluate_programme(log(*sessions, attendance=attendance), rbup, today)
    result = status.requirement(target.form.value)
    (entry,) = [u for u in result.uncounted if u.session_id == target.id]
    assert entry.code == code
    assert entry.minutes == target.minutes and entry.date == target.date
    assert entry.reason and entry.reason[0].isupper()
    assert result.counted_minutes == 0
    assert entry in status.requirement("total").uncounted


@pytest.mark.parametrize(
    "sessions",
    [
        [session("x", D(2025, 1, 8), missed=True)],
        [session("x", D(2025, 1, 8), missed=True, made_up_by="y"), session("y", D(2025, 1, 15))],
        [session("x", D(2025, 1, 8), missed=True, made_up_by="zz")],
        [session("x", D(2024, 10, 1), missed=True)],  # and outside the programme
        [session("x", D(2025, 1, 8), sup="no", missed=True)],  # and not approved
    ],
    ids=["not made up", "made up", "made up by a missing id", "outside", "not approved"],
)
def test_a_missed_session_is_no_uncounted_hour(rbup: Programme, sessions: list[Session]) -> None:
    """Not held is a participation matter: in no ``uncounted`` list and no ``uncounted_minutes``
    (a committee must not read it as rejected hours); participation counts it instead."""
    status = evaluate_programme(log(*sessions), rbup, MID)
    for result in status.supervision:
        assert "x" not in {u.session_id for u in result.uncounted}
        assert result.uncounted_minutes == sum(u.minutes for u in result.uncounted)
    assert status.requirement("total").uncounted_minutes == 0
    assert "x" not in status.counted_ids
    made_up = len(sessions) == 2
    assert status.participation.missed == (0 if sessions[0].date < rbup.start else 1)
    assert ("x" in status.participation.missed_not_made_up) == (
        not made_up and sessions[0].date >= rbup.start
    )


def test_a_rejected_session_stays_uncounted_with_its_reason(rbup: Programme) -> None:
    s = session("x", D(2025, 1, 8))
    rejected = Rejection("x", "ok", "Var ikke til stede", D(2025, 1, 9))
    status = evaluate_programme(log(s, rejections=(rejected,)), rbup, MID)
    (u,) = status.requirement("total").uncounted
    assert (u.code, dict(u.params)) == ("rejected", {"comment": "Var ikke til stede"})
    assert u.reason == "Avvist av veileder: «Var ikke til stede»."
    assert status.requirement("total").uncounted_minutes == 60


def test_unregistered_attendance_reason_says_so(rbup: Programme) -> None:
    s = session("x", GATHERING_DAY, Form.GATHERING_GROUP)
    (u,) = evaluate_programme(log(s), rbup, MID).requirement("gathering_group").uncounted
    assert "oppmøte ikke registrert" in u.reason.lower()


@pytest.mark.parametrize(
    ("case", "sessions", "attendance", "form"),
    [
        ("gathering group, partial day", [session("x", GATHERING_DAY, Form.GATHERING_GROUP)],
         (Attendance(GATHERING_DAY, S, 200),), Form.GATHERING_GROUP),
        ("gathering group needs no approved supervisor",
         [session("x", GATHERING_DAY, Form.GATHERING_GROUP, sup="no")], ATTENDED,
         Form.GATHERING_GROUP),
        ("first and last day", [session("x", D(2024, 11, 4)), session("y", D(2026, 9, 22))], (),
         Form.INDIVIDUAL),
    ],
)  # fmt: skip
def test_sessions_that_count(
    rbup: Programme,
    case: str,
    sessions: list[Session],
    attendance: tuple[Attendance, ...],
    form: Form,
) -> None:
    status = evaluate_programme(log(*sessions, attendance=attendance), rbup, D(2027, 1, 1))
    result = status.requirement(form.value)
    assert result.counted_minutes == sum(s.minutes for s in sessions)
    assert result.uncounted == ()


def test_requirements_in_order_with_the_rbup_split(rbup: Programme) -> None:
    sessions = [
        session("i1", D(2025, 1, 8), minutes=60),
        session("i2", D(2025, 2, 5), minutes=90),
        session("e1", D(2025, 1, 9), Form.EXTERNAL_GROUP, minutes=120, group=4),
        session("g1", GATHERING_DAY, Form.GATHERING_GROUP, minutes=90),
        session("n1", D(2025, 3, 1), minutes=45, sup="no"),
    ]
    status = evaluate_programme(log(*sessions, attendance=ATTENDED), rbup, MID)
    assert [r.key for r in status.supervision] == [
        "individual", "external_group", "gathering_group", "total",
    ]  # fmt: skip
    got = {
        r.key: (r.required_minutes, r.counted_minutes, r.uncounted_minutes)
        for r in status.supervision
    }  # noqa: E501
    assert got == {
        "individual": (40 * 60, 150, 45),
        "external_group": (55 * 60, 120, 0),
        "gathering_group": (25 * 60, 90, 0),
        "total": (120 * 60, 360, 45),
    }
    total = status.requirement("total")
    assert total.remaining_minutes == 7200 - 360 and not total.met
    with pytest.raises(KeyError):
        status.requirement("weekly")


def test_requirement_met_and_remaining_never_negative(rbup: Programme) -> None:
    sessions = [
        session(f"i{n}", D(2025, 1, 1) + dt.timedelta(days=n), minutes=100) for n in range(25)
    ]  # noqa: E501
    individual = evaluate_programme(log(*sessions), rbup, MID).requirement("individual")
    assert individual.counted_minutes == 2500
    assert individual.met and individual.remaining_minutes == 0


# --- attendance --------------------------------------------------------------------------

#: First three gatherings (6 days: 3 × (420 + 330) = 2,250 planned minutes).
FIRST_SIX = (
    Attendance(D(2024, 11, 4), P),
    Attendance(D(2024, 11, 5), S, 165),
    Attendance(D(2024, 11, 25), A, reason="syk"),
    Attendance(D(2024, 11, 26), P),
    Attendance(D(2024, 12, 16), P),
    # 17.12 not registered
)


def test_attendance_math(rbup: Programme) -> None:
    att = evaluate_programme(log(attendance=FIRST_SIX), rbup, D(2024, 12, 18)).attendance
    assert (att.planned_minutes, att.planned_days) == (16_500, 44)
    assert (att.elapsed_planned_minutes, att.elapsed_days) == (2_250, 6)
    present = 420 + 165 + 0 + 330 + 420
    assert att.present_minutes == present
    assert (att.present_days, att.partial_days, att.absent_days) == (3, 1, 1)
    assert att.unregistered_past_days == (D(2024, 12, 17),)
    # 17.12 is neither present nor absent: it is out of the registered figures
    assert (att.registered_minutes, att.registered_days) == (2_250 - 330, 5)
    assert att.unregistered_minutes == 16_500 - 1_920
    assert att.percent_of_registered == pytest.approx(100 * present / 1_920)
    assert att.required_percent == 80 and att.needed_minutes == 13_200
    missed = 1_920 - present
    assert att.missed_minutes == missed
    assert att.may_still_miss_minutes == (16_500 - 13_200) - missed
    assert att.best_possible_percent == pytest.approx(100 * (16_500 - missed) / 16_500)
    assert att.reachable and att.out_of_reach_minutes == 0
    states = [d.state.value for d in att.days[:7]]
    assert states == ["present", "partial", "absent", "present", "present", "unregistered",
                      "upcoming"]  # fmt: skip


@pytest.mark.parametrize(
    ("registered", "elapsed_days", "state"),
    [(True, 1, "present"), (False, 0, "today")],
    ids=["today registered counts", "today unregistered waits"],
)
def test_today_counts_only_once_registered(
    rbup: Programme, registered: bool, elapsed_days: int, state: str
) -> None:
    first = D(2024, 11, 4)
    reg = (Attendance(first, P),) if registered else ()
    att = evaluate_programme(log(attendance=reg), rbup, first).attendance
    assert att.elapsed_days == elapsed_days
    assert att.unregistered_past_days == ()
    assert att.days[0].state.value == state
    assert att.percent_of_registered == (100.0 if registered else None)


def test_future_absence_reduces_what_may_still_be_missed(rbup: Programme) -> None:
    today = D(2024, 12, 18)
    base = evaluate_programme(log(attendance=FIRST_SIX), rbup, today).attendance
    ahead = FIRST_SIX + (Attendance(D(2025, 1, 13), A, reason="kurs"),)
    att = evaluate_programme(log(attendance=ahead), rbup, today).attendance
    assert att.elapsed_days == base.elapsed_days  # not elapsed yet, but registered
    assert att.registered_minutes == base.registered_minutes + 420
    assert att.absent_days == base.absent_days + 1
    assert att.may_still_miss_minutes == base.may_still_miss_minutes - 420
    assert att.best_possible_percent < base.best_possible_percent


def test_attendance_out_of_reach_says_by_how_much(rbup: Programme) -> None:
    """Twelve days absent (4,500 planned minutes) leave 12,000 of 13,200 needed: out of reach
    by 1,200 minutes; never «du kan være borte 0 t til»."""
    absent = tuple(Attendance(d.date, A) for d in rbup.teaching_days()[:12])
    status = evaluate_programme(log(attendance=absent), rbup, MID)
    att = status.attendance
    assert att.percent_of_registered == 0 and att.present_minutes == 0
    assert att.may_still_miss_minutes == 0 and not att.reachable
    assert att.out_of_reach_minutes == 13_200 - (16_500 - 4_500) == 1_200
    (p,) = [p for p in status.problems if p.code == "attendance_out_of_reach"]
    assert dict(p.params)["out_of_reach_minutes"] == "1200"
    assert "kan ikke lenger nås" in p.message and "mangler 20 t undervisning" in p.message
    assert "72,7 %" in p.message  # (16,500 − 4,500) / 16,500


def test_attendance_below_but_reachable(rbup: Programme) -> None:
    two = (Attendance(D(2024, 11, 4), A), Attendance(D(2024, 11, 5), P))
    status = evaluate_programme(log(attendance=two), rbup, D(2024, 11, 6))
    assert status.attendance.reachable
    (p,) = [p for p in status.problems if p.code.startswith("attendance_")]
    assert p.code == "attendance_below" and "44 %" in p.message  # 330 of 750


def test_partial_minutes_are_capped_at_the_planned_day(rbup: Programme) -> None:
    reg = (Attendance(D(2024, 11, 5), S, 10_000),)
    att = evaluate_programme(log(attendance=reg), rbup, D(2024, 11, 6)).attendance
    assert att.present_minutes == 330 and att.percent_of_registered == 100.0


# --- participation, assignments, pace, next gathering ------------------------------------


def test_participation_and_make_up(rbup: Programme) -> None:
    sessions = [
        session("a", D(2025, 1, 8)),
        session("b", D(2025, 1, 15)),
        session("m1", D(2025, 1, 22), missed=True, made_up_by="c"),
        session("c", D(2025, 1, 29)),
        session("m2", D(2025, 2, 5), missed=True),
    ]
    status = evaluate_programme(log(*sessions), rbup, MID)
    part = status.participation
    assert (part.held, part.missed, part.made_up) == (3, 2, 1)
    assert part.missed_not_made_up == ("m2",)
    assert part.percent == pytest.approx(80.0)
    assert part.required_percent == 100
    (problem,) = [p for p in status.problems if p.code == "missed_not_made_up"]
    assert (problem.entity, problem.entity_id) == ("session", "m2")
    assert "05.02.2025" in problem.message


def test_assignments_overdue(rbup: Programme) -> None:
    items = (
        Assignment("late", "Refleksjonsnotat", D(2025, 6, 1)),
        Assignment("today", "Fagartikkel", MID),
        Assignment("done", "Caseoppgave", D(2025, 5, 1), handed_in=D(2025, 5, 3)),
        Assignment("ok", "Logg", D(2025, 3, 1), handed_in=D(2025, 2, 20), approved=D(2025, 3, 5)),
    )
    status = evaluate_programme(log(assignments=items), rbup, MID)
    res = status.assignments
    assert (res.total, res.handed_in, res.approved, res.overdue) == (4, 2, 1, ("late",))
    (p,) = [p for p in status.problems if p.code == "assignment_overdue"]
    assert (p.entity, p.entity_id) == ("assignment", "late") and "Refleksjonsnotat" in p.message


@pytest.mark.parametrize(
    ("today", "counted", "weeks_left", "per_week"),
    [
        (D(2026, 9, 9), 0, 2.0, 3_600),  # 14 days left, both ends included
        (D(2026, 9, 9), 7_000, 2.0, 100),
        (D(2026, 9, 20), 7_000, 3 / 7, 200),  # less than a week: everything left, not more
        (D(2027, 1, 1), 7_000, 0.0, None),  # after the end: no pace to a past date
        (D(2026, 9, 9), 7_200, 2.0, 0),  # met
    ],
)
def test_pace(
    rbup: Programme, today: dt.date, counted: int, weeks_left: float, per_week: int | None
) -> None:
    sessions = [session("s", D(2025, 1, 8), minutes=counted)] if counted else []
    pace = evaluate_programme(log(*sessions), rbup, today).pace
    assert pace.remaining_minutes == 7_200 - counted
    assert pace.end_date == D(2026, 9, 22)
    assert pace.weeks_left == pytest.approx(weeks_left)
    assert pace.minutes_per_week_needed == per_week


def test_pace_before_start_counts_from_the_start(rbup: Programme) -> None:
    pace = evaluate_programme(log(), rbup, D(2024, 1, 1)).pace
    assert pace.weeks_left == pytest.approx(((rbup.end - rbup.start).days + 1) / 7)


def test_behind_pace_and_incomplete(rbup: Programme) -> None:
    codes = {p.code for p in evaluate_programme(log(), rbup, MID).problems}
    assert "behind_pace" in codes
    on_plan = [session("s", D(2025, 1, 8), minutes=4_000)]
    assert "behind_pace" not in {
        p.code for p in evaluate_programme(log(*on_plan), rbup, MID).problems
    }  # noqa: E501
    after = {p.code for p in evaluate_programme(log(*on_plan), rbup, D(2026, 12, 1)).problems}
    assert "supervision_incomplete" in after and "behind_pace" not in after


def test_after_the_end_says_what_is_missing(rbup: Programme) -> None:
    sessions = [session("s", D(2025, 1, 8), minutes=4_000)]
    status = evaluate_programme(log(*sessions), rbup, D(2026, 12, 1))
    pace = status.pace
    assert pace.ended and pace.minutes_per_week_needed is None
    assert pace.missing == (("external_group", 3_300), ("gathering_group", 1_500), ("total", 3_200))
    texts = [p.message for p in status.problems if p.code == "supervision_incomplete"]
    assert texts[0] == (
        "Gruppeveiledning med ekstern veileder: 55 t mangler, og programmet ble avsluttet "
        "22.09.2026."
    )
    assert len(texts) == 3 and "per uke" not in " ".join(p.message for p in status.problems)


@pytest.mark.parametrize(
    ("today", "gathering_id"),
    [
        (D(2024, 1, 1), "samling-01"),
        (D(2024, 11, 5), "samling-01"),  # the gathering in progress
        (D(2024, 11, 6), "samling-02"),
        (D(2026, 9, 22), "samling-22"),
        (D(2026, 9, 23), None),
    ],
)
def test_next_gathering(rbup: Programme, today: dt.date, gathering_id: str | None) -> None:
    nxt = evaluate_programme(log(), rbup, today).next_gathering
    assert (nxt.id if nxt else None) == gathering_id


def test_problems_point_at_records(rbup: Programme) -> None:
    sessions = [session("a", D(2025, 1, 8), sup="no"), session("b", D(2025, 2, 8), sup="no")]
    status = evaluate_programme(log(*sessions, attendance=FIRST_SIX), rbup, D(2024, 12, 18))
    unreg = [p for p in status.problems if p.code == "attendance_unregistered"]
    assert [(p.entity, p.entity_id) for p in unreg] == [("attendance", "2024-12-17")]
    assert unreg[0].message == "1 samlingsdag er ikke registrert (17.12.2024)."
    status = evaluate_programme(log(*sessions), rbup, MID)
    (sup,) = [p for p in status.problems if p.code == "supervisor_not_approved"]
    assert (sup.entity, sup.entity_id) == ("supervisor", "no")
    assert "Per Ikkegodkjent" in sup.message and "2 t" in sup.message


def test_programme_without_requirements() -> None:
    pha = bundled_programmes()["psykisk-helsearbeid-2023h"]
    sessions = [session("a", D(2024, 10, 1), sup="no")]
    status = evaluate_programme(log(*sessions), pha, D(2025, 1, 6))
    assert all(r.required_minutes == 0 and r.met for r in status.supervision)
    assert status.requirement("individual").counted_minutes == 60  # no approval needed
    codes = {p.code for p in status.problems}
    assert not codes & {"behind_pace", "attendance_below", "attendance_out_of_reach"}
    (unreg,) = [p for p in status.problems if p.code == "attendance_unregistered"]
    assert unreg.message.startswith("10 samlingsdager er ikke registrert (den første ")
    assert status.attendance.planned_minutes == 24 * 360


# --- chart series ------------------------------------------------------------------------


def test_progress_and_plan_series(rbup: Programme) -> None:
    sessions = [
        session("a", D(2025, 1, 8), minutes=60),
        session("b", D(2025, 1, 8), minutes=30),
        session("c", D(2025, 2, 1), minutes=45),
        session("x", D(2025, 1, 20), missed=True),
    ]
    series = progress_series(log(*sessions), rbup)
    assert [(p.date, p.minutes) for p in series] == [
        (rbup.start, 0), (D(2025, 1, 8), 90), (D(2025, 2, 1), 135),
    ]  # fmt: skip
    plan = plan_series(rbup)
    assert [(p.date, p.minutes) for p in plan] == [(rbup.start, 0), (rbup.end, 7_200)]


def test_profile_is_optional(rbup: Programme) -> None:
    with_profile = log(session("a", D(2025, 1, 8)), profile=Profile("p", "Kari"))
    assert evaluate_programme(with_profile, rbup, MID).requirement("total").counted_minutes == 60
