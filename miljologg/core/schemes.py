"""Approval-scheme files (``resources/schemes``) as validated, frozen dataclasses.

A union publishes its rules in its own hours (Norsk psykologforening: 45 minutes), so a scheme
file is written in those hours and converted to minutes here; the rules engine then checks
minutes, the one unit the log stores. Group supervision never "counts half": no source says so.

Every rule cites where it comes from: the exact page (``url``, not a domain root), the date it
was read and the sentence it encodes (``quote``), so a committee can check the app against the
union's own words. A scheme may offer alternative routes (``[[routes]]``, any one of them
satisfies it) besides the rules every route shares.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from urllib.parse import urlsplit

from miljologg.core.model import Approval, Supervisor
from miljologg.core.professions import OTHER, vocabulary
from miljologg.core.resource_files import (
    Citation,
    Source,
    Table,
    read_document,
    read_notes,
    read_source,
)

__all__ = [
    "RECEIVED",
    "SCHEME_FORMS",
    "Citation",
    "Route",
    "RuleKind",
    "Scheme",
    "SchemeRule",
    "load_scheme",
]


class RuleKind(StrEnum):
    """The kinds of rule an approval scheme is built from (DOMAIN.md §2)."""

    MIN_TOTAL_HOURS = "min_total_hours"
    MIN_FORM_HOURS = "min_form_hours"
    MIN_HOURS_FROM = "min_hours_from"
    MIN_HOURS_SAME_SUPERVISOR = "min_hours_same_supervisor"
    MIN_SUPERVISORS = "min_supervisors"
    MAX_GROUP_SIZE = "max_group_size"  # scheme-wide: larger groups count nowhere
    SUPERVISOR_MUST_BE = "supervisor_must_be"  # scheme-wide: other supervisors count nowhere
    GROUP_PARTICIPANTS = "group_participants"  # scheme-wide: who the group's participants are
    SPAN_YEARS = "span_years"
    PREREQUISITE = "prerequisite"  # not hours: something the student confirms


#: What a scheme counts, as it speaks of it: supervision received individually or in a group,
#: supervision the student gave, and supervision received on the supervision given. A received
#: session on given supervision is also individual or group by its size.
SCHEME_FORMS = ("individual", "group", "given", "supervision_on_supervision")
RECEIVED = frozenset({"individual", "group", "supervision_on_supervision"})
#: Rules that act on every session of the scheme rather than counting hours.
SCHEME_WIDE = frozenset(
    {RuleKind.MAX_GROUP_SIZE, RuleKind.SUPERVISOR_MUST_BE, RuleKind.GROUP_PARTICIPANTS}
)
_WINDOWS = ("programme",)


@dataclass(frozen=True)
class SchemeRule:
    """One rule of a scheme. Hours are as written in the file; ``minutes`` is what is checked."""

    key: str
    kind: RuleKind
    hours: float = 0
    minutes: int = 0
    forms: frozenset[str] = RECEIVED  # the scheme forms a rule counts
    form: str | None = None  # min_form_hours: the one form it is about
    professions: frozenset[str] = frozenset()  # vocabulary codes; any of them
    approvals: frozenset[Approval] = frozenset()  # all of them
    approvals_any: frozenset[Approval] = frozenset()  # at least one of them
    same_profession_as_student: bool = False
    count: int = 0  # min_supervisors
    max_group_size: int | None = None  # max_group_size
    min_years: float | None = None  # span_years
    max_years: float | None = None
    window: str | None = None  # "programme": only sessions within the programme's period
    after: str | None = None  # same supervisor: hours another such rule used are set aside
    prerequisite: str = ""  # prerequisite: the code the student confirms
    label: str = ""
    note: str = ""
    citation: Citation | None = None

    @property
    def filters_supervisors(self) -> bool:
        return bool(
            self.professions
            or self.approvals
            or self.approvals_any
            or self.same_profession_as_student
        )

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
class Route:
    """One of a scheme's alternative routes: met when all its rules are met."""

    key: str
    label: str
    rules: tuple[SchemeRule, ...]
    note: str = ""


@dataclass(frozen=True)
class Scheme:
    """A union's approval scheme: rules over the whole log, in the scheme's length of an hour.

    ``rules`` hold for every route; with ``routes`` the scheme is met when, besides those, all
    rules of any one route are met. ``track`` names which of a union's tracks the file encodes.
    """

    id: str
    name: str
    organisation: str
    source: Source
    verified: bool
    hour_minutes: int
    rules: tuple[SchemeRule, ...]
    notes: tuple[str, ...] = ()
    routes: tuple[Route, ...] = ()
    track: str = ""
    hour_citation: Citation | None = None

    @property
    def all_rules(self) -> tuple[SchemeRule, ...]:
        """Shared rules first, then each route's, in file order."""
        return self.rules + tuple(r for route in self.routes for r in route.rules)

    @property
    def max_group_size(self) -> int | None:
        sizes = [r.max_group_size for r in self.rules if r.max_group_size is not None]
        return min(sizes) if sizes else None


# --------------------------------------------------------------------------------------------
# Loading

_SCHEME_KEYS = {
    "id", "name", "organisation", "verified", "hour_minutes", "notes", "source", "rules",
    "routes", "track", "hour_quote",
}  # fmt: skip
_RULE_KEYS = {"key", "kind", "label", "note", "quote", "url", "read"}
_WHO = {"professions", "approvals", "approvals_any", "same_profession_as_student"}
_RULE_FIELDS: dict[RuleKind, set[str]] = {
    RuleKind.MIN_TOTAL_HOURS: {"hours", "window"},
    RuleKind.MIN_FORM_HOURS: {"hours", "form", "window"},
    RuleKind.MIN_HOURS_FROM: {"hours", "forms", "window"} | _WHO,
    RuleKind.MIN_HOURS_SAME_SUPERVISOR: {"hours", "forms", "window", "after"} | _WHO,
    RuleKind.MIN_SUPERVISORS: {"count"} | _WHO,
    RuleKind.MAX_GROUP_SIZE: {"size"},
    RuleKind.SUPERVISOR_MUST_BE: {"professions", "approvals", "approvals_any"},
    RuleKind.GROUP_PARTICIPANTS: {"professions"},
    RuleKind.SPAN_YEARS: {"min_years", "max_years"},
    RuleKind.PREREQUISITE: {"prerequisite"},
}


def _professions(t: Table) -> frozenset[str]:
    """Profession codes of the vocabulary (resources/professions.toml); a typo is an error."""
    codes = vocabulary().codes()
    for i, code in enumerate(t.texts("professions", [])):
        if code not in codes:
            t.fail(
                f"professions[{i}]", "unknown_profession_code", name=code, allowed=", ".join(codes)
            )
    return frozenset(t.texts("professions", []))


def _forms(t: Table) -> frozenset[str]:
    forms = t.texts("forms", sorted(RECEIVED))
    for i, form in enumerate(forms):
        if form not in SCHEME_FORMS:
            t.fail(f"forms[{i}]", "unknown_form", name=form, allowed=", ".join(SCHEME_FORMS))
    return frozenset(forms)


def page_url(t: Table, key: str, url: str) -> str:
    """An http(s) address of one page: a domain root says nothing a reader can check."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        t.fail(key, "not_url")
    if not parts.path.strip("/"):
        t.fail(key, "url_not_page")
    return url


def _citation(t: Table, source: Source) -> Citation:
    """The rule's own url/read, or the scheme's; the quote is the rule's own and required."""
    url = t.text("url") if t.has("url") else source.url
    if not url:
        t.fail("url", "url_missing")
    read = t.date("read") if t.has("read") else source.read
    if read is None:
        t.fail("read", "read_missing")
    return Citation(page_url(t, "url" if t.has("url") else "quote", url), read, t.text("quote"))


def _rule(r: Table, index: int, hour_minutes: int, source: Source) -> SchemeRule:
    kinds = ", ".join(k.value for k in RuleKind)
    name = r.text("kind")
    try:
        kind = RuleKind(name)
    except ValueError:
        r.fail("kind", "unknown_rule_kind", name=name, allowed=kinds)
    fields = _RULE_FIELDS[kind]
    r.only(_RULE_KEYS | fields)
    values: dict[str, object] = {
        "key": r.ident("key", f"{kind.value}-{index + 1}"),
        "kind": kind,
        "label": r.label("label", "", allow_empty=True),
        "note": r.label("note", "", allow_empty=True),
        "citation": _citation(r, source),
    }
    if "hours" in fields:
        hours = r.number("hours")
        values["hours"] = hours
        values["minutes"] = int(hours * hour_minutes + 0.5)
    if "form" in fields:
        form = r.text("form")
        if form not in SCHEME_FORMS:
            r.fail("form", "form_not_one_of", allowed=", ".join(SCHEME_FORMS), name=form)
        values["form"] = form
        values["forms"] = frozenset({form})
    if "forms" in fields:
        values["forms"] = _forms(r)
    if kind in (RuleKind.SPAN_YEARS,):
        values["forms"] = frozenset(SCHEME_FORMS)  # a span is over everything logged
    if "window" in fields and r.has("window"):
        window = r.text("window")
        if window not in _WINDOWS:
            r.fail("window", "window_not_programme")
        values["window"] = window
    if "professions" in fields:
        values["professions"] = _professions(r)
    if "approvals" in fields:
        values["approvals"] = r.approvals("approvals", [])
        values["approvals_any"] = r.approvals("approvals_any", [])
    if "same_profession_as_student" in fields:
        values["same_profession_as_student"] = r.boolean("same_profession_as_student", False)
    if "after" in fields and r.has("after"):
        values["after"] = r.ident("after")
    if kind is RuleKind.MIN_SUPERVISORS:
        values["count"] = r.integer("count", minimum=1)
    if kind is RuleKind.MAX_GROUP_SIZE:
        values["max_group_size"] = r.integer("size", minimum=1)
    if kind is RuleKind.SPAN_YEARS:
        low = r.number("min_years", None) if r.has("min_years") else None
        high = r.number("max_years", None) if r.has("max_years") else None
        if low is None and high is None:
            r.fail("min_years", "years_missing")
        if low is not None and high is not None and high < low:
            r.fail("max_years", "max_below_min_years")
        values["min_years"], values["max_years"] = low, high
    if kind is RuleKind.PREREQUISITE:
        values["prerequisite"] = r.ident("prerequisite")
        if not values["label"]:
            r.fail("label", "prerequisite_without_label")
    rule = SchemeRule(**values)  # type: ignore[arg-type]
    needs_who = (RuleKind.MIN_HOURS_FROM, RuleKind.SUPERVISOR_MUST_BE)
    if kind in needs_who and not rule.filters_supervisors:
        r.fail("professions", "supervisors_unspecified")
    if kind is RuleKind.GROUP_PARTICIPANTS and not rule.professions:
        r.fail("professions", "participants_unspecified")
    return rule


def _rules(
    tables: list[Table],
    hour_minutes: int,
    source: Source,
    earlier: list[SchemeRule],
    keys: dict[str, str],
) -> tuple[SchemeRule, ...]:
    """Rules of one list: keys unique in the whole file (``keys``: key → where it was used);
    ``after`` must name an earlier same-supervisor rule it can see."""
    out: list[SchemeRule] = []
    for i, t in enumerate(tables):
        rule = _rule(t, i, hour_minutes, source)
        if rule.key in keys:
            t.fail("key", "key_used_in", name=rule.key, other=keys[rule.key])
        keys[rule.key] = t.path
        if rule.after is not None:
            same = {
                r.key
                for r in earlier + out
                if r.kind is RuleKind.MIN_HOURS_SAME_SUPERVISOR and r.after is None
            }
            if rule.after not in same:
                t.fail("after", "after_unknown", name=rule.after)
        out.append(rule)
    return tuple(out)


def load_scheme(path: Path | str) -> Scheme:
    """Read and validate one scheme file; hours are converted to minutes with hour_minutes."""
    path = Path(path)
    doc = read_document(path)
    doc.only(_SCHEME_KEYS)
    hour_minutes = doc.integer("hour_minutes", minimum=1)
    if hour_minutes > 120:
        doc.fail("hour_minutes", "at_most", maximum=120)
    source = read_source(doc)
    if source.url:
        page_url(doc.table("source"), "url", source.url)
    keys: dict[str, str] = {}
    rules = _rules(doc.tables("rules", []), hour_minutes, source, [], keys)
    routes: list[Route] = []
    for i, t in enumerate(doc.tables("routes", [])):
        t.only({"key", "label", "note", "rules"})
        route_key = t.ident("key", f"lop-{i + 1}")
        if route_key in keys:
            t.fail("key", "key_used_in", name=route_key, other=keys[route_key])
        keys[route_key] = t.path
        route_rules = _rules(t.tables("rules"), hour_minutes, source, list(rules), keys)
        if not route_rules:
            t.fail("rules", "route_without_rules")
        for j, rule in enumerate(route_rules):
            if rule.kind in SCHEME_WIDE:
                t.fail(f"rules[{j}].kind", "scheme_wide_rule_in_route")
        routes.append(
            Route(
                route_key,
                t.label("label"),
                route_rules,
                t.label("note", "", allow_empty=True),
            )
        )
    if not rules and not routes:
        doc.fail("rules", "scheme_without_rules")
    if len(routes) == 1:
        doc.fail("routes", "single_route")
    hour_citation = None
    if doc.has("hour_quote"):
        hour_citation = Citation(source.url, source.read, doc.text("hour_quote"))
    return Scheme(
        id=doc.ident("id"),
        name=doc.text("name"),
        organisation=doc.text("organisation"),
        source=source,
        verified=doc.boolean("verified"),
        hour_minutes=hour_minutes,
        rules=rules,
        notes=read_notes(doc),
        routes=tuple(routes),
        track=doc.text("track", "", allow_empty=True),
        hour_citation=hour_citation,
    )
