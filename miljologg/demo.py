"""A realistic two-year log for screenshots, trying the app, and benchmarks.

Everything is written through the services, so the demo file is as valid (and as audited) as a
real one. A fixed seed keeps it the same from run to run.

What the student and the supervisors wrote (topics, titles, workplaces, reasons) is written in
the language in force, so a demo made with ``--language en`` reads as an English student's log;
names of people and institutions stay as written, and the professions are typed in bokmål, as
the vocabulary (``core/professions``) recognises them and shows them in any language.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from miljologg.core.i18n import N_, _
from miljologg.core.model import Approval, AttendanceStatus, Form, SessionStatus
from miljologg.core.programmes import Gathering
from miljologg.services.app import Services
from miljologg.services.assignments import AssignmentInput
from miljologg.services.profile import ProfileInput
from miljologg.services.sessions import SessionInput
from miljologg.services.supervisors import SupervisorInput

DEMO_PROGRAMME = "rbup-kmaa-2024"

_TOPICS = (
    N_("Relasjonsbygging i miljøterapeutisk arbeid"),
    N_("Traumebevisst omsorg i hverdagen"),
    N_("Egen rolle og reaksjoner i krevende situasjoner"),
    N_("Samarbeid med foreldre i ambulant arbeid"),
    N_("Systemisk forståelse av en familiesituasjon"),
    N_("Grensesetting og forutsigbarhet"),
    N_("Mentalisering i samtaler med ungdom"),
    N_("Tverrfaglig samarbeid med skole og BUP"),
    N_("Kunnskapsbasert praksis: å velge tiltak"),
    N_("Avslutning av et ambulant forløp"),
    N_("Ferdighetstrening: validering"),
    N_("Etiske dilemmaer og taushetsplikt"),
)


#: Kari Nordmann's passphrase in the demo log, for trying «Signer …» on its later sessions.
DEMO_PASSPHRASE = "demo-veileder-kari"  # i18n: keep (a passphrase, typed as it is)


#: The four demo supervisors: one per form of supervision, and one («Per Lund») the programme has
#: not approved, so the dashboard shows hours that do not count. Names, professions and
#: workplaces stay as written in every language; the position is translated when written.
_SUPERVISORS: tuple[tuple[str, str, tuple[Approval, ...], str, str], ...] = (
    (
        "Kari Nordmann",
        "Klinisk sosionom",
        (Approval.PROGRAMME, Approval.CLINICAL, Approval.FO_SUPERVISOR),
        "Familievernkontoret Oslo",
        N_("Familieterapeut"),
    ),
    (
        "Ola Hansen",
        "Psykologspesialist",
        (Approval.PROGRAMME, Approval.SPECIALIST),
        "BUP Nydalen",
        N_("Spesialpsykolog"),
    ),
    (
        "Siri Berg",
        "Barnevernspedagog",
        (Approval.PROGRAMME, Approval.CLINICAL),
        "RBUP Øst og Sør",  # i18n: keep (the institution's name)
        N_("Fagansvarlig"),
    ),
    ("Per Lund", "Vernepleier", (), "Eksempel kommune", N_("Teamleder")),
)


def write_demo(
    services: Services, sessions: int | None = None, seed: int = 2024, *, signatures: bool = True
) -> int:
    """Fill an empty data file; returns the number of sessions written.

    ``signatures=False`` leaves every session unsigned (tests that sign for themselves).
    """
    rng = random.Random(seed)
    services.profile.save(
        ProfileInput(
            name="Ingrid Demo",
            programme_id=DEMO_PROGRAMME,
            profession="Barnevernspedagog",
            workplace=_("Ambulant ungdomsteam, Eksempel kommune"),
            client_group=_("Ungdom 13–18 år med sammensatte vansker i barnevernet"),
            tasks=_("Miljøterapeutisk og ambulant arbeid med ungdom og familier"),
        )
    )
    programme = services.profile.programme()
    assert programme is not None
    sup = services.supervisors
    individual, group, staff, extra = (
        sup.add(SupervisorInput(name, profession, frozenset(approvals), place, _(position)))
        for name, profession, approvals, place, position in _SUPERVISORS
    )
    days = [d.date for d in programme.teaching_days()]
    today = services.ctx.today()
    _write_attendance(services, programme.gatherings, today, rng)

    items: list[SessionInput] = []
    if sessions is None:
        items += _series(rng, programme.start, 28, 90, Form.INDIVIDUAL, individual.id, 1, today)
        items += _series(rng, programme.start, 28, 120, Form.EXTERNAL_GROUP, group.id, 5, today)
        items += _series(rng, programme.start, 3, 60, Form.INDIVIDUAL, extra.id, 1, today)
        mondays = [g.days[0] for g in programme.gatherings if g.days[0] <= today]
        for day in mondays:
            items.append(
                SessionInput(
                    day,
                    75,
                    Form.GATHERING_GROUP,
                    staff.id,
                    6,
                    _(rng.choice(_TOPICS)),
                    start_time=dt.time(15, 30),
                )
            )
    else:
        forms = [(Form.INDIVIDUAL, individual.id, 1, 90), (Form.EXTERNAL_GROUP, group.id, 5, 120)]
        past_days = [d for d in days if d <= today] or days
        span = max(1, (min(programme.end, today) - programme.start).days)
        for i in range(sessions):
            if i % 5 == 0:
                items.append(
                    SessionInput(
                        rng.choice(past_days),
                        60,
                        Form.GATHERING_GROUP,
                        staff.id,
                        6,
                        _(rng.choice(_TOPICS)),
                    )
                )
                continue
            form, sid, size, minutes = forms[i % 2]
            day = programme.start + dt.timedelta(days=rng.randrange(span))
            items.append(SessionInput(day, minutes, form, sid, size, _(rng.choice(_TOPICS))))
    items.sort(key=lambda s: s.date)
    if sessions is None and len(items) > 10:
        # One individual session was missed; a later one made it up.
        missed_index = next(i for i, s in enumerate(items) if s.form is Form.INDIVIDUAL and i > 5)
        items[missed_index] = SessionInput(
            items[missed_index].date,
            90,
            Form.INDIVIDUAL,
            individual.id,
            1,
            _("Avlyst – veileder syk"),
            status=SessionStatus.MISSED,
        )
    ids = services.sessions.add_many(items)
    if sessions is None:
        _link_make_up(services, ids)
        _write_assignments(services, programme.start, today)
        if signatures:
            _sign_older(services, individual.id, min(today, programme.end))
    return len(ids)


def _sign_older(services: Services, supervisor_id: str, until: dt.date) -> None:
    """Kari Nordmann has signed, in person, her older sessions (two thirds at most, none from
    the last two months before ``until``: today, or the programme's end); the rest wait. So the
    log shows signed and unsigned sessions, and the dashboard the ones waiting too long."""
    cutoff = until - dt.timedelta(days=60)
    held = sorted(
        (
            s
            for s in services.sessions.list()
            if s.supervisor_id == supervisor_id and s.status is SessionStatus.HELD
        ),
        key=lambda s: s.date,
    )
    ids = [s.id for s in held[: len(held) * 2 // 3] if s.date <= cutoff]
    if ids:
        services.signing.sign_in_person(ids, supervisor_id, DEMO_PASSPHRASE, create_key=True)


def _series(
    rng: random.Random,
    start: dt.date,
    count: int,
    minutes: int,
    form: Form,
    supervisor_id: str,
    group_size: int,
    today: dt.date,
) -> list[SessionInput]:
    """``count`` sessions about every three weeks from ``start``, none in the future."""
    out = []
    day = start + dt.timedelta(days=rng.randrange(3, 10))
    for _i in range(count):
        if day > today:
            break
        out.append(
            SessionInput(
                day,
                minutes,
                form,
                supervisor_id,
                group_size,
                _(rng.choice(_TOPICS)),
                start_time=dt.time(rng.choice((9, 12, 14)), 0),
            )
        )
        day += dt.timedelta(days=rng.randrange(18, 26))
    return out


def _write_attendance(
    services: Services, gatherings: Sequence[Gathering], today: dt.date, rng: random.Random
) -> None:
    absent = {3, 11}  # two whole gatherings missed
    for index, gathering in enumerate(gatherings):
        past = [d for d in gathering.days if d <= today]
        if not past:
            continue
        if index in absent:
            services.attendance.set(past[0], AttendanceStatus.ABSENT, reason=_("Sykdom"))
            if len(past) > 1:
                services.attendance.set(past[1], AttendanceStatus.PRESENT)
        elif index == 7:
            services.attendance.set(past[0], AttendanceStatus.PARTIAL, 240, _("Legetime"))
            services.attendance.set_many(past[1:], AttendanceStatus.PRESENT)
        else:
            services.attendance.set_many(past, AttendanceStatus.PRESENT)


def _link_make_up(services: Services, ids: list[str]) -> None:
    sessions = {s.id: s for s in services.sessions.list()}
    missed = [sessions[i] for i in ids if sessions[i].status is SessionStatus.MISSED]
    for m in missed:
        later = [
            s
            for s in sessions.values()
            if s.form is m.form and s.date > m.date and s.status is SessionStatus.HELD
        ]
        if later:
            services.sessions.link_make_up(m.id, min(later, key=lambda s: s.date).id)


def _write_assignments(services: Services, start: dt.date, today: dt.date) -> None:
    titles = (
        N_("Refleksjonsnotat: egen rolle som miljøterapeut"),
        N_("Kasusdrøfting i anonymisert form"),
        N_("Litteraturoppgave: traumebevisst omsorg"),
        N_("Fagessay: systemisk forståelse"),
        N_("Praksisfortelling og refleksjon"),
        N_("Avsluttende fagoppgave"),
    )
    for i, title in enumerate(titles):
        due = start + dt.timedelta(days=100 + i * 110)
        handed = due - dt.timedelta(days=2) if due <= today and i != 4 else None
        approved = (
            handed + dt.timedelta(days=21)
            if handed and handed + dt.timedelta(days=21) <= today
            else None
        )
        services.assignments.add(AssignmentInput(_(title), due, handed, approved))
