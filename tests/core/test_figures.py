"""core.figures: the one colour rule, a list's summary, hours per supervisor, and the lines the
dashboard and ``status`` show about attendance, participation and the pace."""

from __future__ import annotations

import datetime as dt

import pytest

from miljologg.core import figures
from miljologg.core.figures import Level, level
from miljologg.core.model import (
    Approval,
    Attendance,
    AttendanceStatus,
    Form,
    Log,
    Rejection,
    Session,
    SessionStatus,
    Supervisor,
)
from miljologg.core.programmes import bundled_programmes
from miljologg.core.rules import AttendanceResult, evaluate_programme
from miljologg.core.signed_figures import signed_counts

D = dt.date
RBUP = bundled_programmes()["rbup-kmaa-2024"]
MID = D(2025, 6, 18)
KARI = Supervisor("k", "Kari", "sosionom", frozenset({Approval.PROGRAMME}))
PER = Supervisor("p", "Per", "vernepleier")


def s(sid: str, day: dt.date, minutes: int = 75, sup: str = "k", **kw: object) -> Session:
    form = kw.pop("form", Form.INDIVIDUAL)
    return Session(sid, day, minutes, form, sup, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "required", "reachable", "expected"),
    [
        (80.0, 80.0, True, Level.OK),
        (95.0, 80.0, False, Level.OK),  # met is met
        (79.9, 80.0, True, Level.WARNING),  # not yet, but still possible
        (79.9, 80.0, False, Level.BAD),  # out of reach
        (None, 80.0, True, Level.OK),  # nothing to judge yet
        (None, 80.0, False, Level.BAD),
    ],
)
def test_one_colour_rule(
    value: float | None, required: float, reachable: bool, expected: Level
) -> None:
    assert level(value, required, reachable=reachable) is expected


def test_three_75_minute_sessions_add_up_as_shown() -> None:
    log = Log(supervisors=(KARI,), sessions=tuple(s(f"s{i}", D(2025, 1, 8 + i)) for i in range(3)))
    status = evaluate_programme(log, RBUP, D(2025, 6, 18))
    individual = status.requirement("individual")
    assert (individual.counted_minutes, individual.remaining_minutes) == (225, 2_175)
    row = figures.summarize_sessions(log.sessions, status.counted_ids)
    assert (row.sessions, row.held, row.held_minutes, row.counted_minutes) == (3, 3, 225, 225)


def test_a_lists_summary_keeps_missed_sessions_out_of_the_hours() -> None:
    log = Log(
        supervisors=(KARI, PER),
        sessions=(
            s("a", D(2025, 1, 8)),
            s("b", D(2025, 1, 9), 60, "p"),  # not approved: held, does not count
            s("m", D(2025, 1, 10), 60, status=SessionStatus.MISSED),
        ),
    )
    status = evaluate_programme(log, RBUP, D(2025, 6, 18))
    row = figures.summarize_sessions(log.sessions, status.counted_ids)
    assert (row.sessions, row.held, row.missed) == (3, 2, 1)
    assert (row.held_minutes, row.counted_minutes, row.uncounted_minutes) == (135, 75, 60)
    assert status.requirement("total").uncounted_minutes == 60  # the missed hour is not there
    without = figures.summarize_sessions(log.sessions, None)
    assert without.counted_minutes is None and without.uncounted_minutes is None


def test_supervisor_totals_leave_out_missed_and_rejected_sessions() -> None:
    log = Log(
        supervisors=(KARI, PER),
        sessions=(
            s("a", D(2025, 1, 8), 90),
            s("g", D(2025, 1, 9), 120, form=Form.EXTERNAL_GROUP, group_size=4),
            s("r", D(2025, 1, 10), 60),
            s("m", D(2025, 1, 11), 60, status=SessionStatus.MISSED),
            s("p", D(2025, 1, 12), 45, "p"),  # not approved: still what Per gave
        ),
        rejections=(Rejection("r", "k", "Ikke til stede", D(2025, 1, 20)),),
    )
    kari, per = figures.supervisor_totals(log)
    assert (kari.supervisor_id, kari.sessions, kari.minutes) == ("k", 2, 210)
    assert kari.minutes_in(Form.INDIVIDUAL) == 90 and kari.forms == (
        Form.INDIVIDUAL,
        Form.EXTERNAL_GROUP,
    )
    assert (kari.first, kari.last) == (D(2025, 1, 8), D(2025, 1, 9))
    assert (per.supervisor_id, per.minutes) == ("p", 45)
    assert kari.session_ids == ("a", "g")  # what the attest confirms: not "r", not "m"
    methods = {"a": "file", "g": "paper", "r": "in_person"}
    assert signed_counts(kari.session_ids, lambda i: methods.get(i, "")) == (1, 1)


def test_log_contents_count_every_form_and_the_days_up_to_the_period_end() -> None:
    """What Dokumentasjon's preview says: every form counted (given and supervision on it
    too), so the parts add up to the sessions; one attest per supervisor who can confirm; the
    teaching days from the start up to the period's end, as the dossier's attendance lists."""
    log = Log(
        supervisors=(KARI, PER),
        sessions=(
            s("a", D(2025, 1, 8)),
            s("b", D(2025, 1, 9), form=Form.EXTERNAL_GROUP, group_size=4),
            s("g1", D(2025, 2, 3), 90, "", form=Form.GIVEN, group_size=3),
            s("g2", D(2025, 2, 4), 90, "", form=Form.GIVEN, group_size=3),
            s("o", D(2025, 2, 5), 60, "p", form=Form.SUPERVISION_ON_SUPERVISION),
            s("m", D(2025, 2, 6), 60, status=SessionStatus.MISSED),
        ),
    )
    att = evaluate_programme(log, RBUP, MID).attendance
    end = D(2025, 3, 31)
    got = figures.log_contents(log, att, end)
    assert got.sessions == 6 == sum(n for _form, n in got.sessions_by_form)
    assert [f for f, _n in got.sessions_by_form] == list(Form)
    assert got.sessions_in(Form.INDIVIDUAL) == 2  # the missed one is in the log's list
    assert (got.sessions_in(Form.GIVEN), got.sessions_in(Form.SUPERVISION_ON_SUPERVISION)) == (2, 1)
    assert got.sessions_in(Form.GATHERING_GROUP) == 0
    assert got.attests == 2  # Kari and Per; the given sessions have no supervisor
    # RBUP: 3 gatherings in autumn 2024, then Jan, Feb, Mar 2025: 6 gatherings of 2 days
    assert got.teaching_days == 12 == len(figures.teaching_days_until(att, end))
    assert figures.log_contents(log, att, RBUP.end).teaching_days == len(RBUP.teaching_days())


def _att(*regs: Attendance, today: dt.date = MID) -> AttendanceResult:
    return evaluate_programme(Log(attendance=regs), RBUP, today).attendance


def test_attendance_lines_speak_of_registered_days() -> None:
    days = [d.date for d in RBUP.teaching_days()]
    regs = (
        Attendance(days[0], AttendanceStatus.PRESENT),
        Attendance(days[1], AttendanceStatus.ABSENT),
    )
    notes = figures.attendance_notes(_att(*regs))
    texts = [n.text for n in notes]
    assert texts[0] == "56 % oppmøte på de 2 registrerte dagene (krav 80 %)."  # 420 of 750
    assert notes[0].level is Level.WARNING
    assert texts[1].startswith("Du kan være borte ")
    assert texts[-1] == "16 samlingsdager er ikke registrert."  # one line, not 16 problems
    one = figures.attendance_notes(_att(Attendance(days[0], AttendanceStatus.PRESENT)))
    assert one[0].text == "100 % oppmøte på den 1 registrerte dagen (krav 80 %)."
    none = figures.attendance_notes(_att(today=D(2024, 11, 1)))
    assert none[0].text == "Ingen samlingsdager er registrert ennå (krav 80 %)."


def test_out_of_reach_says_by_how_much_and_never_borte_0_t() -> None:
    regs = tuple(Attendance(d.date, AttendanceStatus.ABSENT) for d in RBUP.teaching_days()[:12])
    notes = figures.attendance_notes(_att(*regs))
    text = "\n".join(n.text for n in notes)
    assert "være borte" not in text
    assert (
        "Oppmøtekravet på 80 % kan ikke lenger nås: selv med oppmøte på alle dagene som gjenstår, "
        "mangler 20 t undervisning (høyst 72,7 % er mulig)."
    ) in text
    assert notes[0].level is Level.BAD and figures.attendance_level(_att(*regs)) is Level.BAD


def test_after_the_end_the_pace_says_what_is_missing() -> None:
    log = Log(supervisors=(KARI,), sessions=(s("a", D(2025, 1, 8), 4_000),))
    status = evaluate_programme(log, RBUP, D(2026, 12, 1))
    texts = [n.text for n in figures.pace_notes(status)]
    assert texts[0] == "Programmet ble avsluttet 22.09.2026. Dette mangler:"
    assert "Veiledning totalt: 53 t 20 min" in texts
    assert not any("per uke" in t for t in texts)
    during = evaluate_programme(log, RBUP, D(2026, 9, 9))
    (only,) = figures.pace_notes(during)
    assert only.text == "26 t 40 min per uke trengs for å nå 120 t innen 22.09.2026."


@pytest.mark.parametrize(("held", "missed"), [(1, 1), (2, 0)])
def test_participation_lines_choose_plurals(held: int, missed: int) -> None:
    sessions = [s(f"h{i}", D(2025, 1, 8 + i)) for i in range(held)]
    sessions += [s(f"m{i}", D(2025, 2, 8 + i), status=SessionStatus.MISSED) for i in range(missed)]
    status = evaluate_programme(
        Log(supervisors=(KARI,), sessions=tuple(sessions)), RBUP, D(2025, 6, 18)
    )
    texts = [n.text for n in figures.participation_notes(status.participation)]
    word = "møte" if held == 1 else "møter"
    assert texts[0] == f"{held} {word} holdt, {missed} avlyst eller uteblitt."
    if missed:
        assert texts[2] == "1 møte er ikke tatt igjen ennå – kravet er 100 %."
