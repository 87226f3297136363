"""Plain records of a student's log.

These frozen dataclasses are what services return and what the rules engine reads. They carry
no database or Qt types, so every layer can use them and tests can build them by hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

D = TypeVar("D", bound="DataclassInstance")


class Form(StrEnum):
    """What kind of supervision a session is.

    The first three are the forms the RBUP programme counts separately. ``GIVEN`` is
    supervision the student gave (to colleagues; FO's faglig veileder asks for 20 hours): it has
    no supervisor, its group size is the number supervised, and it never counts as supervision
    received. ``SUPERVISION_ON_SUPERVISION`` is supervision the student received on the
    supervision they gave (FO: 10 hours), from a supervisor like any other session.
    """

    INDIVIDUAL = "individual"
    EXTERNAL_GROUP = "external_group"
    GATHERING_GROUP = "gathering_group"
    GIVEN = "given"
    SUPERVISION_ON_SUPERVISION = "supervision_on_supervision"

    @property
    def is_group(self) -> bool:
        """Group supervision by its form (the programme's two group forms)."""
        return self is Form.EXTERNAL_GROUP or self is Form.GATHERING_GROUP

    @property
    def is_received(self) -> bool:
        """Supervision the student received (everything but ``GIVEN``)."""
        return self is not Form.GIVEN

    @property
    def has_supervisor(self) -> bool:
        return self is not Form.GIVEN


#: The forms a programme such as RBUP's counts; other forms are not programme supervision.
PROGRAMME_FORMS = (Form.INDIVIDUAL, Form.EXTERNAL_GROUP, Form.GATHERING_GROUP)


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
    supervisor_id: str  # "" for supervision the student gave (Form.GIVEN)
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
class Confirmation:
    """A prerequisite of an approval scheme the student has confirmed (not hours)."""

    code: str
    confirmed_on: dt.date
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


@dataclass(frozen=True)
class Scan:
    """A stored scan of a paper sign sheet (``services.paper``); ``data`` only when asked for
    (it may be megabytes). A record here, since the dossier's input keeps it too."""

    id: str
    supervisor_id: str
    filename: str
    media_type: str
    size: int
    sha256: str
    added_at: dt.datetime
    session_ids: tuple[str, ...]
    digests: tuple[str, ...]
    data: bytes | None = None
    #: From ``record``: sessions not on a sign sheet of the supervisor as they are (Norwegian).
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class KeyInfo:
    """A supervisor's public key and its fingerprint (hex; ``readable`` to read aloud).

    The same record in the services (a key pinned in the file) and in the dossier's frozen
    input, which is read without the services (``verify-dossier``).
    """

    fingerprint: str
    public_pem: str

    @property
    def readable(self) -> str:
        # Loaded on use: core.signing brings in ``cryptography``, which the records do not need.
        from miljologg.core.signing import format_fingerprint

        return format_fingerprint(self.fingerprint)


def copy_fields(cls: type[D], source: object, **given: object) -> D:
    """A ``cls`` whose every field is ``source``'s attribute of that name, unless ``given``.

    Rows, payloads and inputs carry a record's fields under the same names; writing each mapping
    out by hand repeated the field list once per pair and let a new field be forgotten in one of
    them. A field ``source`` lacks raises ``AttributeError`` (never a silent default); values
    that need converting (a stored string to its enum) are passed in ``given``.
    """
    names = [f.name for f in fields(cls) if f.init]
    unknown = given.keys() - set(names)
    if unknown:
        raise TypeError(f"{cls.__name__} has no field {sorted(unknown)}")
    values = {name: given[name] if name in given else getattr(source, name) for name in names}
    return cls(**values)
