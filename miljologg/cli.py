"""Command-line use: scripting, tests, and students without a screen.

Exit codes: 0 success, 1 a check failed (``audit verify``), 2 bad input (one Norwegian line on
stderr, nothing written).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TextIO

from miljologg.cli_parser import UsageError, build_parser
from miljologg.cli_status import print_status, status_json
from miljologg.core.model import Approval, AttendanceStatus, Form, Role, SessionStatus
from miljologg.core.programmes import bundled_programmes, bundled_schemes
from miljologg.core.units import format_duration, parse_date_no
from miljologg.db.database import DatabaseError, open_database, remove_file_set
from miljologg.db.failures import DamagedFileError, explain
from miljologg.db.lock import acquire_writer_lock, lock_path
from miljologg.paths import resolve_data_file
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError
from miljologg.services.exports import FORM_LABELS, STATUS_LABELS
from miljologg.services.profile import ProfileInput, validate_profile
from miljologg.services.sessions import SessionInput
from miljologg.services.supervisors import SupervisorInput, approvals_from
from miljologg.services.validation import warnings


class CliError(Exception):
    """Bad input found by the CLI itself (exit 2)."""


def run(
    argv: Sequence[str] | None = None,
    env: Mapping[str, str] | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Parse ``argv`` and run one command; returns the exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        print(f"miljologg: {exc}", file=err)
        return 2
    env = os.environ if env is None else env
    try:
        return _dispatch(args, env, out, err)
    except (ValidationError, CliError, DatabaseError) as exc:
        print(f"miljologg: {exc}{_restore_hint(exc)}", file=err)
        return 2
    except Exception as exc:
        explained = explain(exc)  # SQLite failed mid-command: the file, the disk, the rights
        if explained is None:
            raise
        print(f"miljologg: {explained}{_restore_hint(explained)}", file=err)
        return 2


def _restore_hint(exc: Exception) -> str:
    if not isinstance(exc, DamagedFileError):
        return ""
    return " Se «miljologg backup list» og «miljologg backup restore ID»."


def _dispatch(args: argparse.Namespace, env: Mapping[str, str], out: TextIO, err: TextIO) -> int:
    if args.command == "programmes":
        return _programmes(out)
    if args.command == "demo":
        from miljologg.demo import write_demo

        path = resolve_data_file(args.demo_data or args.data, env)
        if path.exists():
            raise CliError(f"{path} finnes allerede; demo skriver bare til en ny fil.")
        services = Services(open_database(path))
        count = write_demo(services, sessions=args.sessions)
        print(f"Skrev {count} veiledningsmøter til {path}", file=out)
        return 0
    contributed = getattr(args, "run", None)
    if contributed is not None and not getattr(args, "needs_data", True):
        return int(contributed(None, args, out, err))
    path = resolve_data_file(args.data, env)
    if args.command == "init":
        return _init(args, path, out)
    created = not path.exists()
    if created and not getattr(args, "creates_data", False):
        raise CliError(f"Fant ingen datafil {path}. Opprett den med «miljologg init».")
    services = Services(open_database(path, create=created))
    key = (args.command, getattr(args, "action", None))
    handler = contributed or _HANDLERS.get(key)
    try:
        if handler is None:
            raise CliError("Ukjent kommando.")
        if key in _WRITES:  # one writer: never beside an open window on the same file
            with acquire_writer_lock(path):
                return handler(services, args, out, err)
        return handler(services, args, out, err)
    except BaseException:
        if created:  # a file made for this command (an import) and not filled: leave none
            services.db.close()
            remove_file_set(path)
            lock_path(path).unlink(missing_ok=True)  # released above: nobody holds it
        raise


def _programmes(out: TextIO) -> int:
    print("Studieprogram:", file=out)
    for pid, prog in sorted(bundled_programmes().items()):
        print(f"  {pid:32} {prog.name} ({prog.cohort})", file=out)
    print("Godkjenningsordninger:", file=out)
    for sid, scheme in sorted(bundled_schemes().items()):
        mark = "" if scheme.verified else " (ikke verifisert)"
        print(f"  {sid:32} {scheme.name}{mark}", file=out)
    return 0


def _init(args: argparse.Namespace, path: Path, out: TextIO) -> int:
    if path.exists():
        raise CliError(f"{path} finnes allerede.")
    role = Role(args.role)
    data = ProfileInput(
        name=args.name,
        programme_id=args.programme,
        role=role,
        profession=args.profession,
        workplace=args.workplace,
    )
    # Validate before the file exists, so bad input leaves nothing behind.
    validate_profile(data)
    services = Services(open_database(path))
    profile = services.profile.save(data)
    print(profile.id, file=out)
    return 0


def _parse_date(text: str) -> dt.date:
    try:
        return parse_date_no(text)
    except ValueError as exc:
        raise ValidationError("date", str(exc)) from None


def _parse_time(text: str | None) -> dt.time | None:
    if not text:
        return None
    try:
        return dt.time.fromisoformat(text)
    except ValueError:
        raise ValidationError("start_time", f"Ugyldig klokkeslett «{text}» (bruk TT:MM).") from None


def _supervisor_add(s: Services, a: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    approvals = set(approvals_from(a.approval))
    if a.programme_approved:
        approvals.add(Approval.PROGRAMME)
    sup = s.supervisors.add(
        SupervisorInput(
            name=a.name,
            profession=a.profession,
            approvals=frozenset(approvals),
            workplace=a.workplace,
            position=a.position,
        )
    )
    print(sup.id, file=out)
    return 0


def _supervisor_list(s: Services, a: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    sups = s.supervisors.list()
    if a.json:
        data = [
            {
                "id": x.id,
                "name": x.name,
                "profession": x.profession,
                "approvals": sorted(x.approvals),
                "workplace": x.workplace,
                "position": x.position,
            }
            for x in sups
        ]
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    for x in sups:
        print(f"{x.id}  {x.name}  {x.profession}  {', '.join(sorted(x.approvals))}", file=out)
    return 0


def _session_add(s: Services, a: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    form = Form(a.form)
    group = a.group_size if a.group_size is not None else (1 if form is Form.INDIVIDUAL else 0)
    sup = s.supervisors.find(a.supervisor)
    for field, message in warnings({"topic": ("Tema", a.topic)}):
        print(f"miljologg: advarsel ({field}): {message}", file=err)
    session = s.sessions.add(
        SessionInput(
            date=_parse_date(a.date),
            minutes=a.minutes,
            form=form,
            supervisor_id=sup.id,
            group_size=group,
            topic=a.topic,
            start_time=_parse_time(a.start),
            status=SessionStatus.MISSED if a.missed else SessionStatus.HELD,
        )
    )
    print(session.id, file=out)
    return 0


def _session_list(s: Services, a: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    names = {x.id: x.name for x in s.supervisors.list()}
    sessions = s.sessions.list()
    if a.json:
        data = [
            {
                "id": x.id,
                "date": x.date.isoformat(),
                "start_time": x.start_time.strftime("%H:%M") if x.start_time else None,
                "minutes": x.minutes,
                "form": x.form.value,
                "supervisor_id": x.supervisor_id,
                "supervisor": names.get(x.supervisor_id, ""),
                "group_size": x.group_size,
                "topic": x.topic,
                "status": x.status.value,
                "made_up_by": x.made_up_by_id,
            }
            for x in sessions
        ]
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    # For people: Norwegian words, the duration as «1 t 30 min», and the id last (for
    # commands that take one); --json keeps the codes for scripts.
    for x in sessions:
        print(
            f"{x.date:%d.%m.%Y}  {format_duration(x.minutes):>10}  {FORM_LABELS[x.form]:25}  "
            f"{names.get(x.supervisor_id, ''):22}  {STATUS_LABELS[x.status]:11}  {x.topic}"
            f"  [{x.id}]",
            file=out,
        )
    return 0


def _attendance_set(s: Services, a: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if a.present:
        status, minutes = AttendanceStatus.PRESENT, None
    elif a.absent:
        status, minutes = AttendanceStatus.ABSENT, None
    else:
        status, minutes = AttendanceStatus.PARTIAL, a.minutes
    s.attendance.set(_parse_date(a.date), status, minutes, a.reason)
    return 0


def _status(s: Services, a: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    log = s.status.log()
    prog = s.status.programme_status(log=log)
    scheme = s.status.scheme_status(a.scheme, log=log) if a.scheme else None
    if a.json:
        json.dump(status_json(prog, scheme), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        print_status(out, s.profile.programme(), prog, scheme)
    return 0


def _audit_verify(s: Services, a: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    report = s.status.verify_audit()
    if report.ok:
        print(f"Revisjonsloggen er hel ({report.events} hendelser).", file=out)
        return 0
    for problem in report.problems:
        print(problem.message, file=err)
    return 1


def _dossier(s: Services, a: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from miljologg.dossier import build_dossier

    period = None
    if a.date_from or a.date_to:
        programme = s.profile.programme()
        first = programme.start if programme else None
        last = programme.end if programme else None
        start = _parse_date(a.date_from) if a.date_from else first
        end = _parse_date(a.date_to) if a.date_to else last
        if start is None or end is None:
            raise ValidationError("period", "Oppgi både --from og --to.")
        period = (start, end)
    target = Path(a.out)
    if not target.parent.is_dir():
        raise CliError(f"Mappen {target.parent} finnes ikke.")
    info = build_dossier(s, target, scheme_id=a.scheme, period=period)
    print(f"{info.path} ({info.pages} sider, dokument-ID {info.document_id})", file=out)
    return 0


#: Built-in commands that write; contributed commands take the lock themselves.
_WRITES = {("supervisor", "add"), ("session", "add"), ("attendance", "set")}

Handler = Callable[[Services, argparse.Namespace, TextIO, TextIO], int]
_HANDLERS: dict[tuple[str, str | None], Handler] = {
    ("supervisor", "add"): _supervisor_add,
    ("supervisor", "list"): _supervisor_list,
    ("session", "add"): _session_add,
    ("session", "list"): _session_list,
    ("attendance", "set"): _attendance_set,
    ("status", None): _status,
    ("audit", "verify"): _audit_verify,
    ("dossier", None): _dossier,
}
