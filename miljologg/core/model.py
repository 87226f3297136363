"""Plain records of a student's log.

These frozen dataclasses are what services return and what the rules engine reads. They carry
no database or Qt types, so every layer can use them and tests can build them by hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Form(StrEnum):
    """The three forms of supervision the RBUP programme counts separately."""

    INDIVIDUAL = "individual"
    EXTERNAL_GROUP = "external_group"
    GATHERING_GROUP = "gathering_group"

    @property
    def is_group(self) -> bool:
        return self is not Form.INDIVIDUAL


class SessionStatus(StrEnum):
    """Whether a planned session took place."""

    HELD = "held"
    MISSED = "missed"


class AttendanceStatus(StrEnum):
    """A student's attendance on one gathering day."""

    PRESENT = "present"
    PARTIAL = "partial"
    ABSENT = "absent"


class Approval(StrEnum):
    """Approvals a supervisor may hold; schemes count hours from supervisors with some of them."""

    PROGRAMME = "programme"  # approved by the programme management
    FO_SUPERVISOR = "fo_supervisor"  # FO-approved supervisor (godkjent veileder)
    CLINICAL = "clinical"  # clinical approval (klinisk godkjenning) in own profession
    SPECIALIST = "specialist"  # specialist (e.g. psychology specialist)


class Role(StrEnum):
    """Who keeps the data file: a student, or a supervisor who signs students' sessions."""

    STUDENT = "student"
    SUPERVISOR = "supervisor"


@dataclass(frozen=True)
class Profile:
    """The owner of the data file."""

    id: str
    name: str
    role: Role = Role.STUDENT
    profession: str = ""  # a code of the vocabulary (core.professions), "annet" or ""
    workplace: str = ""
    programme_id: str = ""
    client_group: str = ""
    tasks: str = ""
    profession_other: str = ""  # the text of an "annet" profession


@dataclass(frozen=True)
class Supervisor:
    """A supervisor as the student recorded them."""

    id: str
    name: str
    profession: str = ""  # a code of the vocabulary (core.professions), "annet" or ""
    approvals: frozenset[Approval] = frozenset()
    workplace: str = ""
    position: str = ""
    profession_other: str = ""  # the text of an "annet" profession

    @property
    def programme_approved(self) -> bool:
        return Approval.PROGRAMME in self.approvals


@dataclass(frozen=True)
class Session:
    """One supervision session; minutes are the truth, hours are only a view."""

    id: str
    date: dt.date
    minutes: int
    form: Form
    supervisor_id: str
    group_size: int = 1
    topic: str = ""
    reflection: str = ""
    start_time: dt.time | None = None
    status: SessionStatus = SessionStatus.HELD
    made_up_by_id: str | None = None
    #: Group forms: the profession every participant has (a vocabulary code), or "" when the
    #: group is mixed or it was not recorded (Psykologforeningen counts only all-psychologist
    #: groups).
    participants_profession: str = ""


@dataclass(frozen=True)
class Attendance:
    """Attendance registered for one gathering day."""

    date: dt.date
    status: AttendanceStatus
    minutes_present: int | None = None  # only for PARTIAL
    reason: str = ""


@dataclass(frozen=True)
class Assignment:
    """A written assignment between gatherings."""

    id: str
    title: str
    due_date: dt.date
    handed_in: dt.date | None = None
    approved: dt.date | None = None
    note: str = ""


@dataclass(frozen=True)
class Rejection:
    """A supervisor's rejection of a session that still stands.

    A rejected session never counts toward any requirement: it stays rejected until the same
    supervisor signs it in a later response (or in person), or the student reopens it with a
    reason («Gjenåpne»). Which rejections stand is decided by the services from the sign-off
    records; the rules engine only reads this list.
    """

    session_id: str
    supervisor_id: str
    comment: str
    rejected_on: dt.date


@dataclass(frozen=True)
class Log:
    """Everything the rules engine needs to judge a student's progress."""

    supervisors: tuple[Supervisor, ...] = ()
    sessions: tuple[Session, ...] = ()
    attendance: tuple[Attendance, ...] = ()
    assignments: tuple[Assignment, ...] = ()
    profile: Profile | None = None
    #: Standing rejections (at most one per session): those sessions never count.
    rejections: tuple[Rejection, ...] = ()
    #: Prerequisites of approval schemes the student has confirmed (codes such as
    #: "fo_faglig_veileder"): not hours, a checklist.
    confirmations: frozenset[str] = frozenset()
    _supervisor_index: dict[str, Supervisor] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _rejection_index: dict[str, Rejection] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        self._supervisor_index.update({s.id: s for s in self.supervisors})
        self._rejection_index.update({r.session_id: r for r in self.rejections})

    def supervisor(self, supervisor_id: str) -> Supervisor | None:
        return self._supervisor_index.get(supervisor_id)

    def rejection(self, session_id: str) -> Rejection | None:
        """The standing rejection of a session, if its supervisor rejected it."""
        return self._rejection_index.get(session_id)
