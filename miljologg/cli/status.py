"""``status``: the rules engine's verdict for the programme (and a scheme) as text or JSON."""

from __future__ import annotations

from typing import Any, TextIO

from miljologg.cli.common import print_json
from miljologg.cli.table import Call, CommandTable
from miljologg.core import figures
from miljologg.core.i18n import _, ngettext
from miljologg.core.programmes import Programme, bundled_schemes
from miljologg.core.rules import ProgrammeStatus, RequirementResult, SchemeStatus
from miljologg.core.units import format_hours


def register(table: CommandTable) -> None:
    st = table.reader("status", _status, _("framdrift mot kravene"))
    st.add_argument("--scheme", default=None, help=_("godkjenningsordning (id)"))
    st.add_argument("--json", action="store_true")


def _status(call: Call) -> int:
    s, a = call.services, call.args
    log = s.status.log()
    prog = s.status.programme_status(log=log)
    scheme = s.status.scheme_status(a.scheme, log=log) if a.scheme else None
    if a.json:
        print_json(status_json(prog, scheme), call.out)
    else:
        print_status(call.out, s.profile.programme(), prog, scheme)
    return 0


def _req_json(r: RequirementResult) -> dict[str, Any]:
    data: dict[str, Any] = {
        "label": r.label,
        "unit": r.unit,
        "required_minutes": r.required_minutes,
        "counted_minutes": r.counted_minutes,
        "uncounted_minutes": r.uncounted_minutes,
        "remaining_minutes": r.remaining_minutes,
        "met": r.met,
        "uncounted": [
            {
                "session_id": u.session_id,
                "minutes": u.minutes,
                "code": u.code,
                "params": dict(u.params),
                "reason": u.reason,
            }
            for u in r.uncounted
        ],
    }
    if r.route:
        data["route"] = r.route
    if r.citation is not None:
        data["source"] = {
            "url": r.citation.url,
            "read": r.citation.read.isoformat() if r.citation.read else None,
            "quote": r.citation.quote,
        }
    return data


def status_json(prog: ProgrammeStatus, scheme: SchemeStatus | None) -> dict[str, Any]:
    """The documented JSON shape (see README): supervision, attendance, problems, and more."""
    att = prog.attendance
    data: dict[str, Any] = {
        "programme": prog.programme_id,
        "today": prog.today.isoformat(),
        "supervision": {r.key: _req_json(r) for r in prog.supervision},
        "attendance": {
            "planned_minutes": att.planned_minutes,
            "elapsed_planned_minutes": att.elapsed_planned_minutes,
            "registered_minutes": att.registered_minutes,
            "unregistered_minutes": att.unregistered_minutes,
            "present_minutes": att.present_minutes,
            "percent_of_registered": _round(att.percent_of_registered),
            "percent": _round(att.percent_of_registered),  # the same figure, for older readers
            "best_possible_percent": _round(att.best_possible_percent),
            "required_percent": att.required_percent,
            "needed_minutes": att.needed_minutes,
            "may_still_miss_minutes": att.may_still_miss_minutes,
            "out_of_reach_minutes": att.out_of_reach_minutes,
            "unregistered_past_days": [d.isoformat() for d in att.unregistered_past_days],
        },
        "participation": {
            "held": prog.participation.held,
            "missed": prog.participation.missed,
            "missed_not_made_up": list(prog.participation.missed_not_made_up),
            "percent": round(prog.participation.percent, 2),
            "required_percent": prog.participation.required_percent,
        },
        "assignments": {
            "total": prog.assignments.total,
            "handed_in": prog.assignments.handed_in,
            "approved": prog.assignments.approved,
            "overdue": list(prog.assignments.overdue),
        },
        "pace": {
            "remaining_minutes": prog.pace.remaining_minutes,
            "end_date": prog.pace.end_date.isoformat(),
            "ended": prog.pace.ended,
            "minutes_per_week_needed": prog.pace.minutes_per_week_needed,
            "missing": [{"key": k, "minutes": m} for k, m in prog.pace.missing],
        },
        "problems": [
            {
                "code": p.code,
                "params": dict(p.params),
                "message": p.message,
                "entity": p.entity,
                "entity_id": p.entity_id,
            }
            for p in prog.problems
        ],
    }
    if scheme is not None:
        data["scheme"] = {
            "id": scheme.scheme_id,
            "hour_minutes": scheme.hour_minutes,
            "met": scheme.met,
            "requirements": [{"key": r.key, **_req_json(r)} for r in scheme.requirements],
            "routes": [{"key": x.key, "label": x.label, "met": x.met} for x in scheme.routes],
            "problems": [
                {"code": p.code, "params": dict(p.params), "message": p.message}
                for p in scheme.problems
            ],
        }
    return data


def _round(percent: float | None) -> float | None:
    return None if percent is None else round(percent, 2)


def _figures(r: RequirementResult, hour_minutes: int) -> str:
    if r.unit == "check":
        return _("bekreftet") if r.met else _("ikke bekreftet")
    if r.unit == "count":
        return _("{counted} av {required}").format(
            counted=r.counted_minutes, required=r.required_minutes
        )
    if r.unit == "months":
        return ngettext(
            "{counted} av {required} måned", "{counted} av {required} måneder", r.required_minutes
        ).format(counted=r.counted_minutes, required=r.required_minutes)
    uncounted = format_hours(r.uncounted_minutes, hour_minutes)
    if r.required_minutes == 0:  # a limit, not an amount (e.g. maximum group size)
        if r.uncounted_minutes:
            return _("{hours} teller ikke").format(hours=uncounted)
        return _("alt teller")
    text = _("{counted} av {required}").format(
        counted=format_hours(r.counted_minutes, hour_minutes),
        required=format_hours(r.required_minutes, hour_minutes),
    )
    if r.uncounted_minutes:
        text += "  (" + _("teller ikke: {hours}").format(hours=uncounted) + ")"
    return text


def _line(r: RequirementResult, hour_minutes: int) -> str:
    """Label and figures in two columns; a long label gets the figures on the next line."""
    figures = _figures(r, hour_minutes)
    if len(r.label) > 44:
        return f"  {r.label}\n  {'':45} {figures}"
    return f"  {r.label:45} {figures}"


def print_status(
    out: TextIO, programme: Programme | None, prog: ProgrammeStatus, scheme: SchemeStatus | None
) -> None:
    if programme is not None:
        print(f"{programme.name} ({programme.cohort})", file=out)
    print(_("Veiledning:"), file=out)
    for r in prog.supervision:
        print(_line(r, 60), file=out)
    print(_("Oppmøte:"), file=out)
    for line in figures.attendance_notes(prog.attendance):
        print(f"  {line.text}", file=out)
    print(_("Deltakelse i veiledning:"), file=out)
    for line in figures.participation_notes(prog.participation):
        print(f"  {line.text}", file=out)
    print(_("Tempo:"), file=out)
    for line in figures.pace_notes(prog):
        indent = "    " if line.code == "requirement_missing" else "  "
        print(f"{indent}{line.text}", file=out)
    if scheme is not None:
        _print_scheme(out, scheme)
    problems = list(prog.problems) + list(scheme.problems if scheme else ())
    if problems:
        print(_("Å følge opp:"), file=out)
        for p in problems:
            print(f"  – {p.message}", file=out)


def _met(met: bool) -> str:
    return _("oppfylt") if met else _("ikke oppfylt")


def _print_scheme(out: TextIO, scheme: SchemeStatus) -> None:
    info = bundled_schemes().get(scheme.scheme_id)
    heading = info.name if info else scheme.scheme_id  # the union's own name, as written
    if scheme.hour_minutes != 60:
        heading += " (" + _("1 time = {minutes} min").format(minutes=scheme.hour_minutes) + ")"
    if info is not None and not info.verified:
        heading += ", " + _("tallene er ikke verifisert")
    print(f"{heading}:", file=out)
    for r in scheme.requirements:
        if not r.route:
            print(_line(r, scheme.hour_minutes), file=out)
    for route in scheme.routes:
        print(f"  {route.label}: {_met(route.met)}", file=out)
        for r in scheme.requirements:
            if r.route == route.key:
                print("  " + _line(r, scheme.hour_minutes), file=out)
    if scheme.routes:
        verdict = _("Ordningen samlet: {verdict} (ett av løpene er nok)")
    else:
        verdict = _("Ordningen samlet: {verdict}")
    print("  " + verdict.format(verdict=_met(scheme.met)), file=out)
