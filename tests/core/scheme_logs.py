"""Hand-built logs for the scheme tests: supervisors by profession and approval, blocks of sessions.

Each scheme test builds a log that meets every rule, then changes one thing so that exactly the
rule under test fails; the figures are counted by hand in the test.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from miljologg.core.model import Approval, Form, Log, Profile, Session, SessionStatus, Supervisor
from miljologg.core.programmes import Programme, bundled_programmes, bundled_schemes
from miljologg.core.rules import RequirementResult, SchemeStatus, evaluate_scheme

D = dt.date
TODAY = D(2026, 11, 29)
RBUP: Programme = bundled_programmes()["rbup-kmaa-2024"]  # 04.11.2024–22.09.2026
START = RBUP.start
FO, CLIN, SPEC = Approval.FO_SUPERVISOR, Approval.CLINICAL, Approval.SPECIALIST


def sup(sid: str, profession: str, *approvals: Approval, other: str = "") -> Supervisor:
    name = f"Veileder {sid}"
    return Supervisor(sid, name, profession, frozenset(approvals), profession_other=other)


def block(
    prefix: str,
    supervisor: str,
    count: int,
    *,
    start: dt.date = START,
    minutes: int = 60,
    form: Form = Form.INDIVIDUAL,
    group: int = 1,
    participants: str = "",
    every: int = 1,
) -> list[Session]:
    """``count`` held sessions of ``minutes``, one every ``every`` days from ``start``."""
    return [
        Session(
            f"{prefix}{i:03d}",
            start + dt.timedelta(days=i * every),
            minutes,
            form,
            supervisor,
            group_size=group,
            participants_profession=participants,
        )
        for i in range(count)
    ]


def missed(session: Session) -> Session:
    return Session(
        session.id, session.date, session.minutes, session.form, session.supervisor_id,
        session.group_size, status=SessionStatus.MISSED,
    )  # fmt: skip


def run(
    scheme_id: str,
    supervisors: Iterable[Supervisor],
    sessions: Iterable[Session],
    *,
    profession: str = "",
    confirmed: Iterable[str] = (),
    programme: Programme | None = RBUP,
    today: dt.date = TODAY,
) -> SchemeStatus:
    log = Log(
        supervisors=tuple(supervisors),
        sessions=tuple(sessions),
        profile=Profile("p", "Student", profession=profession),
        confirmations=frozenset(confirmed),
    )
    return evaluate_scheme(log, bundled_schemes()[scheme_id], today, programme)


def req(status: SchemeStatus, key: str) -> RequirementResult:
    (r,) = [r for r in status.requirements if r.key == key]
    return r


def failing(status: SchemeStatus) -> set[str]:
    """The keys of the requirements that are not met."""
    return {r.key for r in status.requirements if not r.met}


def quote(scheme_id: str, key: str) -> str:
    """The sentence a rule cites (the tests' docstrings quote it; this checks they agree)."""
    (rule,) = [r for r in bundled_schemes()[scheme_id].all_rules if r.key == key]
    assert rule.citation is not None
    return rule.citation.quote
