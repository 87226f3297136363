"""Approval-scheme files (``resources/schemes``) as validated, frozen dataclasses.

A union publishes its rules in its own hours (Norsk psykologforening: 45 minutes), so a scheme
file is written in those hours and converted to minutes here; the rules engine then checks
minutes, the one unit the log stores. Group supervision never "counts half": no source says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from miljologg.core.model import Approval, Form, Supervisor
from miljologg.core.professions import OTHER, vocabulary
from miljologg.core.resource_files import Source, Table, read_document, read_notes, read_source

__all__ = ["SCHEME_FORMS", "RuleKind", "Scheme", "SchemeRule", "load_scheme"]


class RuleKind(StrEnum):
    """The kinds of rule an approval scheme is built from (DOMAIN.md §2)."""

    MIN_TOTAL_HOURS = "min_total_hours"
    MIN_FORM_HOURS = "min_form_hours"
    MIN_HOURS_FROM = "min_hours_from"
    MIN_HOURS_SAME_SUPERVISOR = "min_hours_same_supervisor"
    MIN_SUPERVISORS = "min_supervisors"
    MAX_GROUP_SIZE = "max_group_size"
    SPAN_YEARS = "span_years"


#: Scheme forms: a scheme speaks of individual or group supervision, not of RBUP's three forms.
SCHEME_FORMS = ("individual", "group")


@dataclass(frozen=True)
class SchemeRule:
    """One rule of a scheme. Hours are as written in the file; ``minutes`` is what is checked."""

    key: str
    kind: RuleKind
    hours: float = 0
    minutes: int = 0
    form: str | None = None  # "individual" | "group" (min_form_hours)
    professions: frozenset[str] = frozenset()  # vocabulary codes; any of them
    approvals: frozenset[Approval] = frozenset()  # all of them
    approvals_any: frozenset[Approval] = frozenset()  # at least one of them
    same_profession_as_student: bool = False
    count: int = 0  # min_supervisors
    max_group_size: int | None = None  # max_group_size
    min_years: float | None = None  # span_years
    max_years: float | None = None
    label: str = ""
    note: str = ""

    @property
    def filters_supervisors(self) -> bool:
        return bool(
            self.professions
            or self.approvals
            or self.approvals_any
            or self.same_profession_as_student
        )

    def applies_to_form(self, form: Form) -> bool:
        if self.form is None:
            return True
        return (self.form == "group") == form.is_group

    def supervisor_matches(self, supervisor: Supervisor, student_profession: str) -> bool:
        """Whether hours from ``supervisor`` count for this rule.

        Professions are vocabulary codes; ``annet`` (a profession outside the vocabulary) never
        satisfies a rule about a profession, not even "the same as the student's «annet»".
        """
        profession = supervisor.profession
        if self.professions and profession not in self.professions:
            return False
        if not self.approvals <= supervisor.approvals:
            return False
        if self.approvals_any and not self.approvals_any & supervisor.approvals:
            return False
        if not self.same_profession_as_student:
            return True
        return student_profession not in ("", OTHER) and profession == student_profession


@dataclass(frozen=True)
class Scheme:
    """A union's approval scheme: rules over the whole log, in the scheme's length of an hour."""

    id: str
    name: str
    organisation: str
    source: Source
    verified: bool
    hour_minutes: int
    rules: tuple[SchemeRule, ...]
    notes: tuple[str, ...] = ()

    @property
    def max_group_size(self) -> int | None:
        sizes = [r.max_group_size for r in self.rules if r.max_group_size is not None]
        return min(sizes) if sizes else None


# --------------------------------------------------------------------------------------------
# Loading

_SCHEME_KEYS = {
    "id", "name", "organisation", "verified", "hour_minutes", "notes", "source", "rules",
}  # fmt: skip
_RULE_KEYS = {"key", "kind", "label", "note"}
_RULE_FIELDS: dict[RuleKind, set[str]] = {
    RuleKind.MIN_TOTAL_HOURS: {"hours"},
    RuleKind.MIN_FORM_HOURS: {"hours", "form"},
    RuleKind.MIN_HOURS_FROM: {"hours", "professions", "approvals", "approvals_any",
                              "same_profession_as_student"},
    RuleKind.MIN_HOURS_SAME_SUPERVISOR: {"hours", "professions", "approvals", "approvals_any",
                                         "same_profession_as_student"},
    RuleKind.MIN_SUPERVISORS: {"count", "professions", "approvals", "approvals_any",
                               "same_profession_as_student"},
    RuleKind.MAX_GROUP_SIZE: {"size"},
    RuleKind.SPAN_YEARS: {"min_years", "max_years"},
}  # fmt: skip


def _approvals(t: Table, key: str) -> frozenset[Approval]:
    out: set[Approval] = set()
    for i, name in enumerate(t.texts(key, [])):
        try:
            out.add(Approval(name))
        except ValueError:
            allowed = ", ".join(a.value for a in Approval)
            t.fail(f"{key}[{i}]", f"ukjent godkjenning «{name}» (bruk {allowed})")
    return frozenset(out)


def _professions(t: Table) -> frozenset[str]:
    """Profession codes of the vocabulary (resources/professions.toml); a typo is an error."""
    codes = vocabulary().codes()
    for i, code in enumerate(t.texts("professions", [])):
        if code not in codes:
            t.fail(f"professions[{i}]", f"ukjent profesjonskode «{code}» (bruk {', '.join(codes)})")
    return frozenset(t.texts("professions", []))


def _rule(r: Table, index: int, hour_minutes: int) -> SchemeRule:
    kinds = ", ".join(k.value for k in RuleKind)
    name = r.text("kind")
    try:
        kind = RuleKind(name)
    except ValueError:
        r.fail("kind", f"ukjent regeltype «{name}» (bruk {kinds})")
    r.only(_RULE_KEYS | _RULE_FIELDS[kind])
    values: dict[str, object] = {
        "key": r.ident("key", f"{kind.value}-{index + 1}"),
        "kind": kind,
        "label": r.text("label", "", allow_empty=True),
        "note": r.text("note", "", allow_empty=True),
    }
    if r.has("hours") or "hours" in _RULE_FIELDS[kind]:
        hours = r.number("hours")
        values["hours"] = hours
        values["minutes"] = int(hours * hour_minutes + 0.5)
    if "form" in _RULE_FIELDS[kind]:
        form = r.text("form")
        if form not in SCHEME_FORMS:
            r.fail("form", f"må være «individual» eller «group», ikke «{form}»")
        values["form"] = form
    if "professions" in _RULE_FIELDS[kind]:
        values["professions"] = _professions(r)
        values["approvals"] = _approvals(r, "approvals")
        values["approvals_any"] = _approvals(r, "approvals_any")
        values["same_profession_as_student"] = r.boolean("same_profession_as_student", False)
    if kind is RuleKind.MIN_SUPERVISORS:
        values["count"] = r.integer("count", minimum=1)
    if kind is RuleKind.MAX_GROUP_SIZE:
        values["max_group_size"] = r.integer("size", minimum=1)
    if kind is RuleKind.SPAN_YEARS:
        low = r.number("min_years", None) if r.has("min_years") else None
        high = r.number("max_years", None) if r.has("max_years") else None
        if low is None and high is None:
            r.fail("min_years", "oppgi min_years og/eller max_years")
        if low is not None and high is not None and high < low:
            r.fail("max_years", "kan ikke være mindre enn min_years")
        values["min_years"], values["max_years"] = low, high
    rule = SchemeRule(**values)  # type: ignore[arg-type]
    if kind is RuleKind.MIN_HOURS_FROM and not rule.filters_supervisors:
        r.fail("professions", "oppgi hvilke veiledere som teller (professions/approvals/…)")
    return rule


def load_scheme(path: Path | str) -> Scheme:
    """Read and validate one scheme file; hours are converted to minutes with hour_minutes."""
    path = Path(path)
    doc = read_document(path)
    doc.only(_SCHEME_KEYS)
    hour_minutes = doc.integer("hour_minutes", minimum=1)
    if hour_minutes > 120:
        doc.fail("hour_minutes", "må være høyst 120")
    rules = tuple(_rule(r, i, hour_minutes) for i, r in enumerate(doc.tables("rules")))
    if not rules:
        doc.fail("rules", "ordningen må ha minst én regel")
    keys = [r.key for r in rules]
    for i, key in enumerate(keys):
        if key in keys[:i]:
            doc.fail(f"rules[{i}].key", f"«{key}» er brukt av en annen regel")
    return Scheme(
        id=doc.ident("id"),
        name=doc.text("name"),
        organisation=doc.text("organisation"),
        source=read_source(doc),
        verified=doc.boolean("verified"),
        hour_minutes=hour_minutes,
        rules=rules,
        notes=read_notes(doc),
    )
