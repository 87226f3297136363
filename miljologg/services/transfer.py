"""A complete export of the log as versioned JSON, and its all-or-nothing import.

The file is validated completely before anything is written; a bad file names the place
(``sessions[3].minutes``) and the reason, and writes nothing. Records carry their UUIDs, so the
same record imported twice is recognised as a duplicate and skipped; the same id with other
content is refused rather than silently overwriting what the user has.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from miljologg import __version__, fs
from miljologg.core.model import Approval, AttendanceStatus, Form, Role, SessionStatus
from miljologg.core.programmes import bundled_programmes
from miljologg.db.models import (
    AssignmentRow,
    AttendanceRow,
    Base,
    ProfileRow,
    SessionRow,
    SupervisorRow,
    new_id,
)
from miljologg.services import records, validation
from miljologg.services.assignments import AssignmentInput, validate_assignment
from miljologg.services.assignments import _apply as apply_assignment
from miljologg.services.attendance import _check as check_attendance
from miljologg.services.audit import AuditWriter
from miljologg.services.context import Context
from miljologg.services.errors import ValidationError
from miljologg.services.profile import ProfileInput, validate_profile
from miljologg.services.sessions import SessionInput
from miljologg.services.sessions import _apply as apply_session
from miljologg.services.sessions import _validate as validate_session
from miljologg.services.supervisors import SupervisorInput
from miljologg.services.supervisors import _apply as apply_supervisor
from miljologg.services.supervisors import _validate as validate_supervisor

FORMAT = "miljologg-export"
VERSION = 1
T = TypeVar("T")


@dataclass(frozen=True)
class ImportReport:
    """What an import did: counts of new and already-present records per kind."""

    added: Mapping[str, int]
    duplicates: Mapping[str, int]
    #: The export's profile name when the file kept its own, different profile (the file's
    #: owner never changes by an import); None when they agree or the profile was taken in.
    profile_not_taken: str | None = None


def export_data(ctx: Context) -> dict[str, Any]:
    """The whole log as plain JSON-ready data."""
    with ctx.read() as s:
        log = records.load_log(s)
    prof = log.profile
    return {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "exported_at": ctx.now().astimezone(dt.UTC).isoformat(),
        "profile": None
        if prof is None
        else {
            "id": prof.id,
            "name": prof.name,
            "role": prof.role.value,
            "profession": prof.profession,
            "profession_other": prof.profession_other,
            "workplace": prof.workplace,
            "programme_id": prof.programme_id,
            "client_group": prof.client_group,
            "tasks": prof.tasks,
        },
        "supervisors": [
            {
                "id": x.id,
                "name": x.name,
                "profession": x.profession,
                "profession_other": x.profession_other,
                "approvals": sorted(a.value for a in x.approvals),
                "workplace": x.workplace,
                "position": x.position,
            }
            for x in log.supervisors
        ],
        "sessions": [
            {
                "id": x.id,
                "date": x.date.isoformat(),
                "start_time": x.start_time.strftime("%H:%M") if x.start_time else None,
                "minutes": x.minutes,
                "form": x.form.value,
                "supervisor_id": x.supervisor_id,
                "group_size": x.group_size,
                "topic": x.topic,
                "reflection": x.reflection,
                "status": x.status.value,
                "made_up_by_id": x.made_up_by_id,
            }
            for x in log.sessions
        ],
        "attendance": [
            {
                "date": x.date.isoformat(),
                "status": x.status.value,
                "minutes_present": x.minutes_present,
                "reason": x.reason,
            }
            for x in log.attendance
        ],
        "assignments": [
            {
                "id": x.id,
                "title": x.title,
                "due_date": x.due_date.isoformat(),
                "handed_in": x.handed_in.isoformat() if x.handed_in else None,
                "approved": x.approved.isoformat() if x.approved else None,
                "note": x.note,
            }
            for x in log.assignments
        ],
    }


def export_json(ctx: Context, path: Path) -> None:
    """Write the export atomically (``miljologg.fs``)."""
    text = json.dumps(export_data(ctx), ensure_ascii=False, indent=2)
    fs.write_text(path, text + "\n")


# -- reading -----------------------------------------------------------------------------

#: JSON value kinds as a Norwegian reader of the message knows them.
_KIND_NAMES: dict[type, str] = {
    str: "tekst",
    int: "et heltall",
    float: "et tall",
    bool: "sann eller usann",
    list: "en liste",
    dict: "et objekt",
}


def _kind_of(value: Any) -> str:
    if isinstance(value, bool):  # before int: a bool is an int in Python
        return "sann eller usann"
    for kind in (str, int, float, list, dict):
        if isinstance(value, kind):
            return _KIND_NAMES[kind]
    return "en ukjent verdi"


class _Reader:
    """Typed access to one JSON object, naming the path on every error."""

    def __init__(self, obj: Any, where: str) -> None:
        if not isinstance(obj, dict):
            raise ValidationError(where, f"{where}: må være et objekt.")
        self.obj = obj
        self.where = where

    def _fail(self, key: str, what: str) -> ValidationError:
        return ValidationError(f"{self.where}.{key}", f"{self.where}.{key}: {what}")

    def get(self, key: str, kind: type[T], default: T | None = None, required: bool = True) -> T:
        if key not in self.obj or self.obj[key] is None:
            if required and default is None:
                raise self._fail(key, "mangler.")
            return default  # type: ignore[return-value]
        value = self.obj[key]
        if kind is int and (isinstance(value, bool) or not isinstance(value, int)):
            raise self._fail(key, "må være et heltall.")
        if kind is not int and not isinstance(value, kind):
            raise self._fail(
                key, f"må være {_KIND_NAMES.get(kind, 'noe annet')}, ikke {_kind_of(value)}."
            )
        return value  # type: ignore[no-any-return]

    def id(self, key: str = "id") -> str:
        """A record id: a UUID in its canonical text form."""
        raw = self.get(key, str)
        try:
            return str(uuid.UUID(raw))
        except ValueError:
            raise self._fail(key, "er ikke en gyldig id.") from None

    def parse(self, key: str, conv: Callable[[str], T], required: bool = True) -> T | None:
        raw = self.get(key, str, required=required)
        if raw is None:
            return None
        try:
            return conv(raw)
        except ValueError:
            raise self._fail(key, f"ugyldig verdi «{raw[:40]}».") from None


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _time(text: str) -> dt.time:
    value = dt.time.fromisoformat(text)
    if value.tzinfo is not None:  # a local wall-clock time; an offset would be dropped silently
        raise ValueError(text)
    return value


def _located(where: str, exc: ValidationError) -> ValidationError:
    """A service's error (field ``minutes``) placed in the file (``sessions[3].minutes``)."""
    if exc.field.startswith(where):  # already placed by the reader
        return exc
    return ValidationError(f"{where}.{exc.field}", f"{where}.{exc.field}: {exc.message}")


def _enum(r: _Reader, key: str, kind: Callable[[str], T], default: str | None = None) -> T:
    raw = r.get(key, str, default)
    try:
        return kind(raw)
    except ValueError:
        raise r._fail(key, f"ukjent verdi «{raw[:40]}».") from None


def read_file(path: Path) -> dict[str, Any]:
    """Parse the file and check its envelope; errors name the line for broken JSON."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ValidationError("file", f"Kan ikke lese {path.name}: {exc.strerror}.") from None
    except UnicodeDecodeError:
        raise ValidationError("file", f"{path.name} er ikke en UTF-8-tekstfil.") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            "file", f"{path.name}, linje {exc.lineno}, kolonne {exc.colno}: ugyldig JSON."
        ) from None
    except RecursionError:
        raise ValidationError("file", f"{path.name}: JSON-strukturen er for dypt nøstet.") from None
    except ValueError:  # e.g. an integer longer than Python's digit limit
        raise ValidationError("file", f"{path.name}: inneholder et for stort tall.") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValidationError("format", f"{path.name} er ikke en eksport fra miljologg.")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ValidationError("version", "version: mangler eller er ikke et heltall.")
    if version < 1:
        raise ValidationError("version", f"version: ukjent format {version}.")
    if version > VERSION:
        raise ValidationError(
            "version", f"Filen har format {version}, som er nyere enn denne versjonen forstår."
        )
    return data


def _unencodable(value: Any, where: str) -> str | None:
    """The place of the first string SQLite cannot store (a lone surrogate from a \\ud800
    escape), or None. Checked up front so such a file fails as a validation error."""
    stack = [(value, where)]
    while stack:
        item, at = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return at
        elif isinstance(item, dict):
            for key, child in item.items():
                if _unencodable(key, at) is not None:
                    return at or "file"
                stack.append((child, f"{at}.{key}" if at else str(key)))
        elif isinstance(item, list):
            stack.extend((child, f"{at}[{i}]") for i, child in enumerate(item))
    return None


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise ValidationError(key, f"{key}: må være en liste.")
    return value


def import_data(ctx: Context, data: Mapping[str, Any]) -> ImportReport:
    """Validate everything, then apply it in one transaction."""
    bad = _unencodable(data, "")
    if bad is not None:
        raise ValidationError(bad or "file", f"{bad or 'Filen'}: inneholder ugyldige tegn.")
    today, now = ctx.today(), ctx.now()
    added = {"profile": 0, "supervisors": 0, "sessions": 0, "attendance": 0, "assignments": 0}
    dups = dict.fromkeys(added, 0)
    #: Ids present per table, read once: asking the session per record would flush the rows
    #: added so far each time (about a millisecond a record).
    known: dict[type[Base], set[str]] = {}
    profile_not_taken: str | None = None
    with ctx.write() as s:
        audit = AuditWriter(s, now)
        existing_profile = s.execute(select(ProfileRow).limit(1)).scalar()
        programme_id = existing_profile.programme_id if existing_profile else ""
        if data.get("profile") is not None:
            r = _Reader(data["profile"], "profile")
            try:
                prof = validate_profile(
                    ProfileInput(
                        name=r.get("name", str),
                        programme_id=r.get("programme_id", str, ""),
                        role=_enum(r, "role", Role, "student"),
                        profession=r.get("profession", str, ""),
                        workplace=r.get("workplace", str, ""),
                        client_group=r.get("client_group", str, ""),
                        tasks=r.get("tasks", str, ""),
                        profession_other=r.get("profession_other", str, ""),
                    )
                )
            except ValidationError as exc:
                raise _located("profile", exc) from None
            if existing_profile is None:
                profile_row = ProfileRow(id=r.id(), created_at=now, updated_at=now)
                for key in (
                    "name",
                    "profession",
                    "profession_other",
                    "workplace",
                    "programme_id",
                    "client_group",
                    "tasks",
                ):
                    setattr(profile_row, key, getattr(prof, key))
                profile_row.role = prof.role.value
                s.add(profile_row)
                audit.record("create", profile_row, "import")
                added["profile"] = 1
                programme_id = prof.programme_id
            else:
                dups["profile"] = 1
                if (prof.name, prof.programme_id) != (
                    existing_profile.name,
                    existing_profile.programme_id,
                ):
                    profile_not_taken = prof.name
        programme = bundled_programmes().get(programme_id)

        supervisor_ids = set(s.execute(select(SupervisorRow.id)).scalars())
        for i, raw in enumerate(_list(data, "supervisors")):
            where = f"supervisors[{i}]"
            r = _Reader(raw, where)
            try:
                approvals = frozenset(Approval(a) for a in r.get("approvals", list, []))
            except (ValueError, TypeError):
                raise r._fail("approvals", "ukjent godkjenning.") from None
            try:
                clean = validate_supervisor(
                    SupervisorInput(
                        r.get("name", str),
                        r.get("profession", str, ""),
                        approvals,
                        r.get("workplace", str, ""),
                        r.get("position", str, ""),
                        r.get("profession_other", str, ""),
                    )
                )
            except ValidationError as exc:
                raise _located(where, exc) from None
            supervisor_row = SupervisorRow(id=r.id(), created_at=now, updated_at=now)
            apply_supervisor(supervisor_row, clean)
            _add_or_skip(s, audit, supervisor_row, where, added, dups, "supervisors", known)
            supervisor_ids.add(supervisor_row.id)

        links: list[tuple[str, str, str]] = []
        for i, raw in enumerate(_list(data, "sessions")):
            where = f"sessions[{i}]"
            r = _Reader(raw, where)
            try:
                item = SessionInput(
                    date=r.parse("date", _date),  # type: ignore[arg-type]
                    minutes=r.get("minutes", int),
                    form=_enum(r, "form", Form),
                    supervisor_id=r.id("supervisor_id"),
                    group_size=r.get("group_size", int, 1),
                    topic=r.get("topic", str, ""),
                    reflection=r.get("reflection", str, ""),
                    start_time=r.parse("start_time", _time, required=False),
                    status=_enum(r, "status", SessionStatus, "held"),
                )
                clean_session = validate_session(item, programme, today, supervisor_ids)
            except ValidationError as exc:
                raise _located(where, exc) from None
            session_row = SessionRow(id=r.id(), created_at=now, updated_at=now, made_up_by_id=None)
            apply_session(session_row, clean_session)
            made_up = r.id("made_up_by_id") if raw.get("made_up_by_id") else None
            if made_up:
                links.append((session_row.id, made_up, where))
            _add_or_skip(
                s,
                audit,
                session_row,
                where,
                added,
                dups,
                "sessions",
                known,
                ignore=("made_up_by_id",),
            )
        s.flush()
        for missed_id, make_up_id, where in links:
            missed = s.get(SessionRow, missed_id)
            if s.get(SessionRow, make_up_id) is None:
                raise ValidationError(
                    f"{where}.made_up_by_id", f"{where}.made_up_by_id: viser til et ukjent møte."
                )
            if missed is not None and missed.made_up_by_id != make_up_id:
                missed.made_up_by_id = make_up_id
                audit.record("update", missed, "import")

        for i, raw in enumerate(_list(data, "attendance")):
            where = f"attendance[{i}]"
            r = _Reader(raw, where)
            if programme is None:
                raise ValidationError(
                    where, f"{where}: oppmøte krever et studieprogram i profilen."
                )
            day = r.parse("date", _date)
            assert day is not None  # required: parse raised if it was missing
            status = _enum(r, "status", AttendanceStatus)
            try:
                minutes = check_attendance(
                    programme, day, status, r.get("minutes_present", int, required=False), today
                )
            except ValidationError as exc:
                raise _located(where, exc) from None
            existing = s.execute(select(AttendanceRow).where(AttendanceRow.day == day)).scalar()
            try:
                reason = validation.text(
                    "reason", "Begrunnelse", r.get("reason", str, ""), max_len=500
                )
            except ValidationError as exc:
                raise _located(where, exc) from None
            if status is AttendanceStatus.PRESENT:
                reason = ""  # as AttendanceService.set_many stores it
            if existing is not None:
                if (existing.status, existing.minutes_present, existing.reason) != (
                    status.value,
                    minutes,
                    reason,
                ):
                    raise ValidationError(
                        where, f"{where}: {day:%d.%m.%Y} er allerede registrert annerledes."
                    )
                dups["attendance"] += 1
                continue
            attendance_row = AttendanceRow(
                id=new_id(),
                day=day,
                status=status.value,
                minutes_present=minutes,
                reason=reason,
                created_at=now,
                updated_at=now,
            )
            s.add(attendance_row)
            audit.record("create", attendance_row, "import")
            added["attendance"] += 1

        for i, raw in enumerate(_list(data, "assignments")):
            where = f"assignments[{i}]"
            r = _Reader(raw, where)
            try:
                clean_a = validate_assignment(
                    AssignmentInput(
                        r.get("title", str),
                        r.parse("due_date", _date),  # type: ignore[arg-type]
                        r.parse("handed_in", _date, required=False),
                        r.parse("approved", _date, required=False),
                        r.get("note", str, ""),
                    ),
                    today,
                )
            except ValidationError as exc:
                raise _located(where, exc) from None
            assignment_row = AssignmentRow(id=r.id(), created_at=now, updated_at=now)
            apply_assignment(assignment_row, clean_a)
            _add_or_skip(s, audit, assignment_row, where, added, dups, "assignments", known)
    return ImportReport(added, dups, profile_not_taken)


def _add_or_skip(
    s: OrmSession,
    audit: AuditWriter,
    row: Base,
    where: str,
    added: dict[str, int],
    dups: dict[str, int],
    key: str,
    known: dict[type[Base], set[str]],
    ignore: tuple[str, ...] = (),
) -> None:
    """Insert a new record, skip an identical one, refuse the same id with other content."""
    cls = type(row)
    ids = known.get(cls)
    if ids is None:
        ids = known[cls] = set(s.execute(select(cls.id)).scalars())  # type: ignore[attr-defined]
    record_id = row.id  # type: ignore[attr-defined]
    existing = s.get(cls, record_id) if record_id in ids else None
    if existing is None:
        ids.add(record_id)
        s.add(row)
        audit.record("create", row, "import")
        added[key] += 1
        return
    same = all(
        getattr(existing, c.key) == getattr(row, c.key)
        for c in cls.__mapper__.column_attrs
        if c.key not in {"created_at", "updated_at", *ignore}
    )
    if not same:
        raise ValidationError(where, f"{where}: id {record_id} finnes allerede med annet innhold.")
    dups[key] += 1


def import_json(ctx: Context, path: Path, *, backup: bool = True) -> ImportReport:
    """Read and check the file, back up the data file (``pre-import``), then import.

    The backup is made only once the file parsed as an export, so a wrong file choice leaves
    no clutter; a file that fails later validation still writes nothing to the log.
    """
    data = read_file(path)
    if backup:
        from miljologg.services.backups import BackupService

        BackupService(ctx.db.path, ctx.now).create("pre-import")
    return import_data(ctx, data)
