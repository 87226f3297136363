"""Properties of the rules engine: whatever the mix of sessions, no minute is lost or counted
twice, and every session gets at most one reason."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from miljologg.core import rules as rules_module
from miljologg.core.model import (
    PROGRAMME_FORMS,
    Approval,
    Attendance,
    AttendanceStatus,
    Form,
    Log,
    Profile,
    Session,
    SessionStatus,
    Supervisor,
)
from miljologg.core.programmes import bundled_programmes, bundled_schemes
from miljologg.core.rules import evaluate_programme, evaluate_scheme, progress_series
from miljologg.core.rules_scheme import session_forms

RBUP = bundled_programmes()["rbup-kmaa-2024"]
SCHEMES = list(bundled_schemes().values())
TEACHING = [d.date for d in RBUP.teaching_days()]
SUPERVISORS = (
    Supervisor("ok", "A", "sosionom", frozenset({Approval.PROGRAMME, Approval.FO_SUPERVISOR})),
    Supervisor("no", "B", "barnevernspedagog", frozenset({Approval.CLINICAL})),
    Supervisor("fo", "C", "Barnevernspedagog", frozenset({Approval.FO_SUPERVISOR})),
)
FIRST, LAST = dt.date(2024, 9, 1), dt.date(2026, 12, 31)

# Hypothesis shrinks dates towards the lower bound; mixing in the programme period, its teaching
# days and late "today"s keeps every outcome (counted, each reason) common in the examples.
dates = st.one_of(st.sampled_from(TEACHING), st.dates(RBUP.start, RBUP.end), st.dates(FIRST, LAST))
todays = st.one_of(
    st.just(LAST),
    st.sampled_from(TEACHING[::-1]),
    st.dates(FIRST, LAST).map(lambda d: LAST - (d - FIRST)),  # shrinks towards late dates
)


SESSION = st.tuples(
    st.sampled_from(list(Form)),
    dates,
    st.one_of(st.sampled_from([45, 60, 90, 120]), st.integers(0, 600)),
    st.sampled_from(["ok", "ok", "ok", "no", "fo", "ghost"]),
    st.sampled_from([2, 3, 5, 8, 1]),
    st.sampled_from([SessionStatus.HELD] * 5 + [SessionStatus.MISSED]),
    st.one_of(st.none(), st.integers(0, 30)),  # made up by the session with this index
)
ATTENDANCE = st.tuples(
    st.sampled_from(TEACHING),
    st.sampled_from([AttendanceStatus.PRESENT] * 3 + list(AttendanceStatus)),
    st.integers(0, 500),
)


@st.composite
def logs(draw: st.DrawFn) -> Log:
    rows = draw(st.lists(SESSION, max_size=30))
    sessions = tuple(
        Session(
            id=f"s{i:03d}", date=day, minutes=minutes, form=form, supervisor_id=sup,
            group_size=group, status=status,
            made_up_by_id=None if link is None else f"s{link:03d}",
        )
        for i, (form, day, minutes, sup, group, status, link) in enumerate(rows)
    )  # fmt: skip
    regs = draw(st.lists(ATTENDANCE, max_size=40, unique_by=lambda r: r[0]))
    attendance = tuple(
        Attendance(day, status, minutes if status is AttendanceStatus.PARTIAL else None)
        for day, status, minutes in regs
    )
    profession = draw(st.sampled_from(["", "sosionom", "barnevernspedagog"]))
    return Log(
        supervisors=SUPERVISORS,
        sessions=sessions,
        attendance=attendance,
        profile=Profile("p", "S", profession=profession),
    )


@settings(max_examples=100, deadline=None)
@given(log=logs(), today=todays)
def test_programme_minutes_are_never_lost_or_double_counted(log: Log, today: dt.date) -> None:
    status = evaluate_programme(log, RBUP, today)
    per_form = {r.key: r for r in status.supervision}
    assert set(per_form) == {f.value for f in PROGRAMME_FORMS} | {"total"}
    for form in PROGRAMME_FORMS:
        result = per_form[form.value]
        mine = [s for s in log.sessions if s.form is form and s.status is SessionStatus.HELD]
        assert result.counted_minutes + result.uncounted_minutes == sum(s.minutes for s in mine)
        assert result.uncounted_minutes == sum(u.minutes for u in result.uncounted)
        assert {u.session_id for u in result.uncounted} <= {s.id for s in mine}
    total = per_form["total"]
    forms = [per_form[f.value] for f in PROGRAMME_FORMS]
    # Supervision given, or received on it, is not the programme's: never counted, never listed.
    other = {s.id for s in log.sessions if s.form not in PROGRAMME_FORMS}
    assert not other & {u.session_id for u in total.uncounted}
    assert total.counted_minutes == sum(r.counted_minutes for r in forms)
    assert total.uncounted_minutes == sum(r.uncounted_minutes for r in forms)
    # one reason per session: no session is listed twice
    ids = Counter(u.session_id for u in total.uncounted)
    assert all(c == 1 for c in ids.values())
    missed = {s.id for s in log.sessions if s.status is SessionStatus.MISSED}
    assert missed.isdisjoint(ids) and missed.isdisjoint(status.counted_ids)  # not hours at all
    held = {
        s.id: s.minutes
        for s in log.sessions
        if s.status is SessionStatus.HELD and s.form in PROGRAMME_FORMS
    }
    assert sum(held[i] for i in status.counted_ids) == total.counted_minutes
    assert status.counted_ids | set(ids) == set(held)
    series = progress_series(log, RBUP, today)
    assert series[-1].minutes == total.counted_minutes
    assert [p.minutes for p in series] == sorted(p.minutes for p in series)


@settings(max_examples=100, deadline=None)
@given(log=logs(), today=todays)
def test_fast_path_agrees_with_the_reasons(log: Log, today: dt.date) -> None:
    counter = rules_module._Counter(log, RBUP, today)
    for s in log.sessions:
        if s.form not in PROGRAMME_FORMS:
            continue  # the programme never looks at them (see the test above)
        if s.status is SessionStatus.HELD:  # a missed session is not judged as hours at all
            assert counter.counts(s) == (counter.reason(s) is None), s
        else:
            assert not counter.counts(s)


@settings(max_examples=60, deadline=None)
@given(log=logs(), today=todays)
def test_attendance_figures_stay_in_range(log: Log, today: dt.date) -> None:
    att = evaluate_programme(log, RBUP, today).attendance
    assert 0 <= att.present_minutes <= att.registered_minutes <= att.planned_minutes
    assert att.elapsed_planned_minutes <= att.planned_minutes
    assert att.registered_minutes + att.unregistered_minutes == att.planned_minutes
    assert att.percent_of_registered is None or 0.0 <= att.percent_of_registered <= 100.0
    assert (att.percent_of_registered is None) == (att.registered_minutes == 0)
    assert 0.0 <= att.best_possible_percent <= 100.0
    assert 0 <= att.may_still_miss_minutes <= att.planned_minutes - 13_200
    # exactly one of «may still miss» and «out of reach by» can be more than nothing
    assert att.may_still_miss_minutes == 0 or att.out_of_reach_minutes == 0
    assert att.reachable == (att.best_possible_percent >= att.required_percent - 1e-9)
    possible = att.planned_minutes - att.missed_minutes
    assert possible - att.needed_minutes == att.may_still_miss_minutes - att.out_of_reach_minutes
    assert set(att.unregistered_past_days).isdisjoint(a.date for a in log.attendance)
    assert sum(d.planned_minutes for d in att.days) == att.planned_minutes
    assert sum(d.present_minutes for d in att.days) == att.present_minutes
    assert [d.date for d in att.days if d.state.value == "unregistered"] == list(
        att.unregistered_past_days
    )


@settings(max_examples=100, deadline=None)
@given(log=logs(), today=todays)
def test_scheme_rules_account_for_every_relevant_minute(log: Log, today: dt.date) -> None:
    for scheme in SCHEMES:
        status = evaluate_scheme(log, scheme, today, RBUP)
        for rule, result in zip(scheme.all_rules, status.requirements, strict=True):
            assert result.key == rule.key
            if rule.kind.value in ("min_total_hours", "min_hours_from", "min_form_hours"):
                mine = sum(
                    s.minutes
                    for s in log.sessions
                    if rule.forms & session_forms(s) and s.status is SessionStatus.HELD
                )
                assert result.counted_minutes + result.uncounted_minutes == mine, rule.key
                assert result.uncounted_minutes == sum(u.minutes for u in result.uncounted)
                ids = Counter(u.session_id for u in result.uncounted)
                assert all(c == 1 for c in ids.values()), rule.key  # one reason per session
            assert result.counted_minutes >= 0 and result.remaining_minutes >= 0
        shared = [r.met for r in status.requirements if not r.route]
        routes = {route.key: route.met for route in status.routes}
        assert status.met == (all(shared) and (not routes or any(routes.values())))
