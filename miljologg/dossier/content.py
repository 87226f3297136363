"""What goes into a dossier: the log (filtered to a period), the rules engine's verdicts, labels.

Everything a section prints is gathered here once, before any layout, so the document id can be
computed over the content and every page header can carry it. The dossier never counts on its
own: requirement, attendance, participation and assignment figures come from the rules engine,
and the hours per supervisor on the attests from ``core.figures.supervisor_totals`` (the same
sums the Veiledere page shows).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from miljologg.core import labels
from miljologg.core.i18n import N_, _
from miljologg.core.model import (
    Approval,
    Form,
    Log,
    Profile,
    Session,
)
from miljologg.core.units import format_date, format_hours, format_percent
from miljologg.dossier.snapshot import Snapshot
from miljologg.services.errors import ValidationError

if TYPE_CHECKING:
    from miljologg.core.programmes import Programme
    from miljologg.core.rules import ProgrammeStatus, RequirementResult, SchemeStatus
    from miljologg.services.app import Services

FORM_ORDER = (
    Form.INDIVIDUAL,
    Form.EXTERNAL_GROUP,
    Form.GATHERING_GROUP,
    Form.SUPERVISION_ON_SUPERVISION,
    Form.GIVEN,
)
#: Forms listed in the dossier only when the log has such sessions (most logs have none).
OPTIONAL_FORMS = frozenset({Form.SUPERVISION_ON_SUPERVISION, Form.GIVEN})
SIGN_OFF_PENDING = N_("Ikke signert")


def esc(text: str | None) -> str:
    """User text made safe for a reportlab Paragraph (which reads a small XML dialect)."""
    return escape(text or "")


def group_id(hex_digest: str) -> str:
    """The first 12 hex digits, upper case, in three groups: «ABCD-EF12-3456»."""
    head = hex_digest[:12].upper()
    return "-".join(head[i : i + 4] for i in range(0, 12, 4))


def _session_key(s: Session) -> tuple[dt.date, dt.time, str]:
    return (s.date, s.start_time or dt.time(0, 0), s.id)


@dataclass(frozen=True)
class DossierContent:
    """Everything the sections print, gathered before layout."""

    profile: Profile
    programme: Programme
    log: Log
    status: ProgrammeStatus
    scheme: Any | None  # core.programmes.Scheme
    scheme_status: SchemeStatus | None
    period: tuple[dt.date, dt.date]
    period_filtered: bool
    today: dt.date
    document_id: str
    #: Sign-off per session id (``core.sign_off.SignOff``: ``.state``, ``.method``, ``.text``);
    #: a session without one is unsigned.
    sign_offs: Mapping[str, Any] = field(default_factory=dict)
    #: Per supervisor id, the public keys pinned here: ``(origin, KeyInfo)`` pairs, where origin
    #: is "in_person" or "file" and the record has ``.fingerprint``, ``.readable``, ``.public_pem``.
    keys: Mapping[str, tuple[tuple[str, Any], ...]] = field(default_factory=dict)
    #: ``services.signing.signed_records_json()``: embedded in the PDF as it is.
    signed_records: bytes = b""
    #: Paper sign-off scans to append (``snapshot.ScanRecord``), oldest first.
    scans: tuple[Any, ...] = ()
    #: Counted minutes per requirement resting on "digital" and "paper" signatures
    #: (``proof.signed_split``), filled in by ``compute``.
    signed: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    #: What the dossier was made from; attached to the PDF so it can be made again.
    snapshot: Snapshot | None = None

    @property
    def made_with(self) -> str:
        """The miljologg version in the footer: the maker's, also when the pages are remade."""
        if self.snapshot is not None:
            return self.snapshot.made_by.miljologg
        from miljologg import version

        return version()

    def sign_off_text(self, session_id: str) -> str:
        item = self.sign_offs.get(session_id)
        return item.text if item is not None else _(SIGN_OFF_PENDING)

    def signed_method(self, session_id: str) -> str:
        """ "in_person", "file" or "paper" for a session with a valid signature, else ""."""
        item = self.sign_offs.get(session_id)
        return item.method if item is not None and item.state == "signed" else ""

    @property
    def hour_minutes(self) -> int:
        """The length of an hour in the printed figures: the scheme's, else 60."""
        return int(getattr(self.scheme_status, "hour_minutes", 60) or 60)

    def hours(self, minutes: int) -> str:
        return format_hours(minutes, self.hour_minutes)

    def percent(self, value: float) -> str:
        return format_percent(value)

    @property
    def hour_note(self) -> str:
        if self.hour_minutes == 60:
            return _("Timer er klokketimer (1 time = 60 minutter).")
        return _("1 time = {hour_minutes} minutter, slik ordningen regner timer.").format(
            hour_minutes=self.hour_minutes
        )

    @property
    def hour_unit(self) -> str:
        """A short reminder after a figure: «klokketimer» or «1 time = 45 minutter»."""
        return (
            "klokketimer"
            if self.hour_minutes == 60
            else _("1 time = {hour_minutes} minutter").format(hour_minutes=self.hour_minutes)
        )

    @property
    def period_text(self) -> str:
        return f"{format_date(self.period[0])}–{format_date(self.period[1])}"

    def sessions(self, form: Form | None = None) -> list[Session]:
        rows = sorted(self.log.sessions, key=_session_key)
        return [s for s in rows if form is None or s.form is form]

    def supervisor_name(self, supervisor_id: str) -> str:
        sup = self.log.supervisor(supervisor_id)
        return sup.name if sup else _("Ukjent veileder")

    @property
    def scheme_title(self) -> str:
        if self.scheme is None:
            return _("Ingen – bare studieprogrammets krav")
        mark = "" if getattr(self.scheme, "verified", True) else _(" (ikke verifisert)")
        org = getattr(self.scheme, "organisation", "")
        return f"{org} – {self.scheme.name}{mark}" if org else f"{self.scheme.name}{mark}"

    def requirement_rows(self) -> list[tuple[str, RequirementResult, int]]:
        """(group, requirement, hour length) for the programme and the chosen scheme."""
        rows: list[tuple[str, RequirementResult, int]] = [
            ("programme", r, 60) for r in self.status.supervision
        ]
        if self.scheme_status is not None:
            rows += [("scheme", r, self.hour_minutes) for r in self.scheme_status.requirements]
        return rows

    def problems(self) -> list[str]:
        """The rules engine's problems, the programme's first, without repeats."""
        seen: dict[str, None] = {}
        for p in self.status.problems:
            seen.setdefault(p.message, None)
        if self.scheme_status is not None:
            for p in self.scheme_status.problems:
                seen.setdefault(p.message, None)
        return list(seen)


def collect(
    services: Services,
    scheme_id: str | None = None,
    period: tuple[dt.date, dt.date] | None = None,
    env: Mapping[str, str] | None = None,
) -> DossierContent:
    """Read the dossier's input from the data file once (``snapshot.take``) and compute it."""
    from miljologg.core.programmes import bundled_schemes
    from miljologg.dossier.snapshot import take

    profile = services.profile.get()
    if profile is None:
        raise ValidationError("profile", _("Datafilen har ingen profil ennå."))
    programme = services.profile.programme()
    if programme is None:
        raise ValidationError("programme_id", _("Profilen har ikke noe studieprogram."))
    if scheme_id and bundled_schemes().get(scheme_id) is None:
        raise ValidationError(
            "scheme", _("Ukjent godkjenningsordning «{scheme_id}».").format(scheme_id=scheme_id)
        )
    if period is not None and period[0] > period[1]:
        raise ValidationError("period", _("Periodens startdato er etter sluttdatoen."))
    snap = take(services, profile, programme.id, scheme_id or None, period, env)
    return replace(compute(snap), signed_records=services.signing.signed_records_json())


def compute(snap: Snapshot) -> DossierContent:
    """What the pages print, from the snapshot alone: the rules engine and nothing else.

    The builder and ``verify-dossier`` both call this, so a dossier is remade from its
    attachment exactly as it was made. ``ValidationError`` if the programme or scheme is not
    one this version ships.
    """
    from miljologg.core import rules
    from miljologg.core.programmes import bundled_programmes, bundled_schemes
    from miljologg.dossier.proof import signed_split

    programme = bundled_programmes().get(snap.programme_id)
    if programme is None:
        raise ValidationError(
            "programme_id",
            _("Studieprogrammet «{programme_id}» er ukjent for denne versjonen.").format(
                programme_id=snap.programme_id
            ),
        )
    scheme = None
    if snap.scheme_id:
        scheme = bundled_schemes().get(snap.scheme_id)
        if scheme is None:
            raise ValidationError(
                "scheme",
                _("Ukjent godkjenningsordning «{scheme_id}».").format(scheme_id=snap.scheme_id),
            )
    log, period, today = snap.log, snap.period, snap.today
    # With a period, the rules engine judges the log as it stood at the period's end.
    judge_day = min(today, period[1]) if period else today
    status = rules.evaluate_programme(log, programme, judge_day)
    scheme_status = rules.evaluate_scheme(log, scheme, judge_day) if scheme else None
    effective = period or (programme.start, programme.end)
    digest = _digest(
        snap.profile, programme.id, snap.scheme_id, effective, today, log, snap.sign_offs
    )
    content = DossierContent(
        profile=snap.profile,
        programme=programme,
        log=log,
        status=status,
        scheme=scheme,
        scheme_status=scheme_status,
        period=effective,
        period_filtered=period is not None,
        today=today,
        document_id=group_id(digest),
        sign_offs=snap.sign_offs,
        keys=snap.keys,
        scans=snap.scans,
        snapshot=snap,
    )
    return replace(content, signed=signed_split(content))


def _digest(
    profile: Profile,
    programme_id: str,
    scheme_id: str | None,
    period: tuple[dt.date, dt.date],
    today: dt.date,
    log: Log,
    sign_offs: Mapping[str, Any] | None = None,
) -> str:
    """SHA-256 over a canonical JSON of what the dossier states (not over the PDF bytes)."""
    used = {s.supervisor_id for s in log.sessions}
    doc = {
        "profile": [profile.id, profile.name, profile.profession, profile.workplace],
        "general": [profile.client_group, profile.tasks],
        "programme": programme_id,
        "scheme": scheme_id or "",
        "period": [period[0].isoformat(), period[1].isoformat()],
        "produced": today.isoformat(),
        "supervisors": sorted(
            [s.id, s.name, s.profession, s.position, sorted(s.approvals)]
            for s in log.supervisors
            if s.id in used
        ),
        "sessions": [
            [
                s.id,
                s.date.isoformat(),
                s.start_time.isoformat() if s.start_time else "",
                s.minutes,
                s.form.value,
                s.supervisor_id,
                s.group_size,
                s.topic,
                s.status.value,
                s.made_up_by_id or "",
            ]
            for s in sorted(log.sessions, key=_session_key)
        ],
        "attendance": [
            [a.date.isoformat(), a.status.value, a.minutes_present, a.reason]
            for a in sorted(log.attendance, key=lambda a: a.date)
        ],
        "assignments": sorted(
            [
                a.id,
                a.title,
                a.due_date.isoformat(),
                a.handed_in.isoformat() if a.handed_in else "",
                a.approved.isoformat() if a.approved else "",
            ]
            for a in log.assignments
        ),
    }
    in_log = {s.id for s in log.sessions}
    doc["sign_offs"] = sorted(
        [sid, item.state, item.method, item.fingerprint]
        for sid, item in (sign_offs or {}).items()
        if sid in in_log and item.state == "signed"
    )
    blob = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def approvals_text(approvals: Iterable[Approval]) -> str:
    return labels.approvals_text(approvals) or _("Ingen registrerte godkjenninger")
