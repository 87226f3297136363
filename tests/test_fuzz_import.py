"""Bad input, thrown in bulk: random and mutated import files, random text at every free-text
field. The only allowed failure is ``ValidationError``; a failure writes nothing.

Bad inputs tried (for the closing note; keep in step with the strategies below):
- whole files: random text, random bytes (not UTF-8), random JSON values and nested
  structures, a valid envelope around random content;
- mutations of a valid export (1–4 per file, anywhere in the tree): a value replaced by random
  JSON (null, bools, ints up to ±2**70, floats incl. NaN/±inf, text, lists, objects); a key or
  list element deleted; a list element duplicated (the same id twice in one file); special
  values: a fødselsnummer in text, 100 000-character strings, empty/blank strings, NUL and
  control characters, lone surrogates, impossible/future/ancient dates, times 24:00 and
  with offsets, out-of-range minutes and group sizes, unknown and malformed UUIDs,
  wrong container types; imported both into an empty file and into the file it came from;
- services: random Unicode (all planes, control characters, NUL, RTL marks, combining
  marks, very long) in every free-text field of profile, supervisor, session, attendance and
  assignment.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import sqlite3
import string
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from miljologg.core.model import Approval, AttendanceStatus, Form
from miljologg.core.professions import OTHER, vocabulary
from miljologg.db.database import backup_to, open_database
from miljologg.services import validation
from miljologg.services.app import Services
from miljologg.services.assignments import AssignmentInput
from miljologg.services.audit import ChainHead
from miljologg.services.errors import ValidationError
from miljologg.services.profile import ProfileInput
from miljologg.services.sessions import SessionInput
from miljologg.services.supervisors import SupervisorInput
from miljologg.services.transfer import ImportReport

NOW = dt.datetime(2025, 6, 18, 10, 0, tzinfo=dt.UTC)
TABLES = ("profile", "supervisor", "session", "attendance", "assignment", "audit_event")
FNR = "02013299997"
FUZZ = settings(
    max_examples=int(__import__("os").environ.get("MILJOLOGG_FUZZ_EXAMPLES", "80")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


# -- a source log, a target, and a fast reset between examples -------------------------------
class Store:
    """A data file with a pristine copy it is reset to (backup API: milliseconds)."""

    def __init__(self, path: Path) -> None:
        self.services = Services(open_database(path), now=lambda: NOW)
        self.pristine = path.with_name(path.name + ".pristine")

    def freeze(self) -> None:
        backup_to(self.services.db.path, self.pristine)

    def reset(self) -> None:
        with (
            sqlite3.connect(self.pristine) as src,
            sqlite3.connect(self.services.db.path) as dst,
        ):
            src.backup(dst)
        src.close()
        dst.close()

    def log_events(self) -> int:
        """Audit events about the log as a whole (a move), not about one record."""
        with sqlite3.connect(self.services.db.path) as con:
            (count,) = con.execute(
                "SELECT count(*) FROM audit_event WHERE entity = 'log'"
            ).fetchone()
        con.close()
        return int(count)

    def counts(self) -> dict[str, int]:
        with sqlite3.connect(self.services.db.path) as con:
            counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        con.close()
        return counts


def _fill(services: Services) -> None:
    services.profile.save(ProfileInput(name="Fuzz Student", programme_id="rbup-kmaa-2024"))
    kari = services.supervisors.add(
        SupervisorInput("Kari Nordmann", "Sosionom", frozenset({Approval.PROGRAMME}))
    )
    per = services.supervisors.add(SupervisorInput("Per Lund", "Vernepleier"))
    add = services.sessions.add
    add(
        SessionInput(
            dt.date(2025, 6, 2), 60, Form.INDIVIDUAL, kari.id, topic="Tema", reflection="R"
        )
    )
    add(SessionInput(dt.date(2025, 5, 12), 75, Form.GATHERING_GROUP, kari.id, group_size=6))
    missed = add(
        SessionInput(dt.date(2025, 6, 4), 45, Form.EXTERNAL_GROUP, per.id, 3, status="missed")  # type: ignore[arg-type]
    )
    make_up = add(
        SessionInput(dt.date(2025, 6, 6), 45, Form.EXTERNAL_GROUP, per.id, 3, start_time=dt.time(9))
    )
    services.sessions.link_make_up(missed.id, make_up.id)
    services.attendance.set(dt.date(2025, 5, 12), AttendanceStatus.PRESENT)
    services.attendance.set(dt.date(2025, 5, 13), AttendanceStatus.PARTIAL, 120, "Lege")
    services.assignments.add(
        AssignmentInput("Notat", dt.date(2025, 3, 1), dt.date(2025, 2, 27), None, "Ok")
    )


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Store, dict]]:
    folder = tmp_path_factory.mktemp("fuzz")
    source, empty = Store(folder / "kilde.sqlite"), Store(folder / "tom.sqlite")
    _fill(source.services)
    source.freeze()
    empty.freeze()
    yield source, empty, source.services.transfer.export_data()
    source.services.db.close()
    empty.services.db.close()


# -- strategies ------------------------------------------------------------------------------
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=10,
)
SPECIAL = st.sampled_from(
    [
        f"Klienten {FNR}",
        FNR,
        "x" * 100_000,
        "",
        "   ",
        "\x00",
        "\x1b[31m",
        "\ud800",
        "2025-02-30",
        "9999-12-31",
        "0001-01-01",
        "1999-12-31",
        "2025-06-19",
        "24:00",
        "10:00+02:00",
        "25:61",
        "00000000-0000-0000-0000-000000000000",
        "6f1c4f5e-0000-4000-8000-00000000000z",
        -1,
        0,
        601,
        51,
        10**30,
        1.5,
        True,
        [],
        {},
        None,
    ]
)
MUTATION = st.tuples(
    st.sampled_from(["replace", "delete", "special", "duplicate"]),
    st.integers(0, 10**6),
    JSON_VALUES,
    SPECIAL,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, child in node.items():
            out += _paths(child, (*prefix, key))
    elif isinstance(node, list):
        for i, child in enumerate(node):
            out += _paths(child, (*prefix, i))
    return out


def _mutate(data: dict[str, Any], mutation: tuple[str, int, Any, Any]) -> None:
    op, pick, value, special = mutation
    paths = _paths(data)
    path = paths[pick % len(paths)]
    parent: Any = data
    for key in path[:-1]:
        parent = parent[key]
    key = path[-1]
    if op == "replace":
        parent[key] = value
    elif op == "special":
        parent[key] = special
    elif op == "delete":
        del parent[key]
    elif isinstance(parent, list):  # duplicate: the same record twice in one file
        parent.append(copy.deepcopy(parent[key]))
    else:
        parent[key] = copy.deepcopy(parent)


KINDS = {"supervisors": "supervisor", "sessions": "session", "assignments": "assignment"}
PLACES = {"file", "format", "version", "profile", "attendance", *KINDS}
LISTS = ("supervisors", "sessions", "attendance", "assignments")


def _import_and_check(store: Store, data: Any) -> ImportReport | None:
    """Import. A refusal names a place in the file and changes nothing; an import accounts for
    every record of the file (new or already there), adds exactly the new rows with one audit
    event each, and leaves every record of the file in the log."""
    before, known = store.counts(), store.services.transfer.export_data()
    log_events = store.log_events()
    own_chain = ChainHead.from_dict(known.get("chain"))
    source_chain = ChainHead.from_dict(data.get("chain"))
    same_chain = (
        own_chain is not None
        and source_chain is not None
        and (own_chain.first == source_chain.first)
    )
    try:
        report = store.services.transfer.import_data(data)
    except ValidationError as exc:
        place = exc.field.split("[")[0].split(".")[0]
        assert exc.message and (place in PLACES or place in data), exc.field
        assert store.counts() == before, "a failed import left rows behind"
        return None
    after, exported = store.counts(), store.services.transfer.export_data()
    profile = 0 if data.get("profile") is None else 1
    assert report.added["profile"] + report.duplicates["profile"] == profile
    assert report.added["profile"] == (profile if known["profile"] is None else 0)
    days = {dt.date.fromisoformat(a["date"]) for a in data.get("attendance", [])}
    had = {dt.date.fromisoformat(a["date"]) for a in known["attendance"]}
    assert report.added["attendance"] == len(days - had)
    assert report.duplicates["attendance"] == len(data.get("attendance", [])) - len(days - had)
    for kind in KINDS:
        ids = {str(uuid.UUID(r["id"])) for r in data.get(kind, [])}
        assert report.added[kind] == len(ids - {r["id"] for r in known[kind]})
        assert report.added[kind] + report.duplicates[kind] == len(data.get(kind, []))
        assert ids <= {r["id"] for r in exported[kind]}
    for kind, table in {**KINDS, "profile": "profile", "attendance": "attendance"}.items():
        assert after[table] - before[table] == report.added[kind]
    links = sum(1 for r in data.get("sessions", []) if r.get("made_up_by_id"))
    rows = sum(report.added.values())
    # An import that adds records from another file's chain says so once, in an event about
    # the log as a whole (services/anchors.py: the anchors of that chain stay recognised).
    moves = store.log_events() - log_events
    source = ChainHead.from_dict(data.get("chain"))
    assert moves == (1 if rows and source is not None and not same_chain else 0)
    events = after["audit_event"] - before["audit_event"] - moves
    assert rows <= events <= rows + links
    assert store.services.status.verify_audit().ok
    return report


# -- import fuzzing --------------------------------------------------------------------------
@FUZZ
@given(mutations=st.lists(MUTATION, min_size=1, max_size=4), into_source=st.booleans())
def test_mutated_exports(
    stores: tuple[Store, Store, dict], mutations: list, into_source: bool
) -> None:
    source, empty, export = stores
    store = source if into_source else empty
    store.reset()
    data = copy.deepcopy(export)
    for mutation in mutations:
        _mutate(data, mutation)
    _import_and_check(store, data)


@FUZZ
@given(
    body=st.dictionaries(
        st.sampled_from(list(TABLES) + ["sessions", "supervisors", "attendance", "assignments"]),
        JSON_VALUES,
        max_size=5,
    )
)
def test_random_content_in_a_valid_envelope(stores: tuple[Store, Store, dict], body: dict) -> None:
    """Into an empty file: accepted exactly when nothing the import reads is there but empty
    (no profile, empty lists); random records always lack what a record needs."""
    _, empty, _ = stores
    empty.reset()
    data = {"format": "miljologg-export", "version": 1, **body}
    readable = body.get("profile") is None and all(body.get(k, []) == [] for k in LISTS)
    report = _import_and_check(empty, data)
    assert (report is not None) == readable, (body, report)
    if report is not None:
        assert sum(report.added.values()) == sum(report.duplicates.values()) == 0


@FUZZ
@given(raw=st.one_of(st.text(max_size=300), st.binary(max_size=300), JSON_VALUES.map(json.dumps)))
def test_random_files(stores: tuple[Store, Store, dict], tmp_path: Path, raw: str | bytes) -> None:
    _, empty, _ = stores
    path = tmp_path / "tilfeldig.json"
    if isinstance(raw, bytes):
        path.write_bytes(raw)
    else:
        path.write_text(raw, encoding="utf-8", errors="surrogatepass")
    before = empty.counts()
    with pytest.raises(ValidationError):
        empty.services.transfer.import_json(path, backup=False)
    assert empty.counts() == before


# -- random text at every free-text field ----------------------------------------------------
TEXT = st.one_of(
    st.text(max_size=60),
    st.text(st.characters(codec="utf-8"), min_size=400, max_size=6000),
    st.text(alphabet=string.digits + " .-", max_size=30),
    st.sampled_from(["\u202e", "a\u0301" * 50, "\x00\x01\x7f", f"nr {FNR}", "\ufeff"]),
)


def _cleaned(value: str, max_len: int, required: bool = False) -> str | None:
    """What a free-text field stores for ``value`` (trimmed), or None when it must be refused:
    not storable UTF-8 (a lone surrogate), a control character other than tab and line breaks,
    empty when required, too long, or holding an identity number (the guard has its own tests
    against python-stdnum)."""
    text = value.strip()
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return None
    if any(unicodedata.category(c) == "Cc" and c not in "\t\n\r" for c in text):
        return None
    if (required and not text) or len(text) > max_len or validation.holds_identifier(text):
        return None
    return text


def _fields(**checks: tuple[str, int, bool]) -> tuple[dict[str, str], set[str]]:
    """Per field (value, max length, required): the stored values, and the refused fields."""
    stored: dict[str, str] = {}
    for field, (value, max_len, required) in checks.items():
        clean = _cleaned(value, max_len, required)
        if clean is not None:
            stored[field] = clean
    return stored, set(checks) - set(stored)


def _profession(typed: str) -> tuple[str, str, frozenset[Approval]] | str:
    """(code, other text, implied approvals) for a typed profession, or the refused field."""
    clean = _cleaned(typed, 100)
    if clean is None:
        return "profession"
    found = vocabulary().resolve(clean)
    if found.code == OTHER and not found.other:
        return "profession_other"  # «annet» alone: which profession?
    return found.code, found.other, found.approvals


def _expect(store: Store, refused: set[str], call: Callable[[], Any]) -> Any:
    """A refusal names one of the refused fields and writes nothing; else the call succeeds."""
    before = store.counts()
    if not refused:
        return call()
    with pytest.raises(ValidationError) as caught:
        call()
    assert caught.value.field in refused and caught.value.message
    assert store.counts() == before, "a refused write left rows behind"
    return None


@FUZZ
@given(texts=st.lists(TEXT, min_size=11, max_size=11))
def test_random_text_in_every_free_text_field(
    stores: tuple[Store, Store, dict], texts: list[str]
) -> None:
    """Each write is accepted exactly when every field is acceptable on its own, stores what was
    typed (trimmed), and is refused at one of the bad fields with nothing written otherwise."""
    source, _, _ = stores
    source.reset()
    s = source.services
    kari = s.supervisors.find("Kari Nordmann")
    before = source.counts()
    writes = 0

    old_profile = s.profile.get()
    stored, refused = _fields(
        name=(texts[0] or "x", 200, True),
        workplace=(texts[2], 200, False),
        client_group=(texts[3], 2000, False),
        tasks=(texts[4], 2000, False),
    )
    profession = _profession(texts[1])
    refused |= {profession} if isinstance(profession, str) else set()
    profile_in = ProfileInput(
        name=texts[0] or "x",
        programme_id="rbup-kmaa-2024",
        profession=texts[1],
        workplace=texts[2],
        client_group=texts[3],
        tasks=texts[4],
    )
    saved = _expect(source, refused, lambda: s.profile.save(profile_in))
    if saved is None:
        assert s.profile.get() == old_profile
    else:
        assert not isinstance(profession, str)
        code, other, _implied = profession
        assert s.profile.get() == saved
        assert (saved.name, saved.workplace, saved.client_group, saved.tasks) == (
            stored["name"],
            stored["workplace"],
            stored["client_group"],
            stored["tasks"],
        )
        assert (saved.profession, saved.profession_other) == (code, other)
        writes += 1

    stored, refused = _fields(name=(texts[5], 200, True), workplace=(texts[7], 200, False))
    profession = _profession(texts[6])
    refused |= {profession} if isinstance(profession, str) else set()
    sup = _expect(
        source,
        refused,
        lambda: s.supervisors.add(SupervisorInput(texts[5], texts[6], frozenset(), texts[7])),
    )
    if sup is not None:
        assert not isinstance(profession, str)
        code, other, implied = profession
        assert (sup.name, sup.workplace) == (stored["name"], stored["workplace"])
        assert (sup.profession, sup.profession_other, sup.approvals) == (code, other, implied)
        assert s.supervisors.get(sup.id) == sup
        writes += 1

    stored, refused = _fields(topic=(texts[8], 500, False), reflection=(texts[9], 5000, False))
    session_in = SessionInput(
        dt.date(2025, 6, 3), 30, Form.INDIVIDUAL, kari.id, 1, texts[8], texts[9]
    )
    ses = _expect(source, refused, lambda: s.sessions.add(session_in))
    if ses is not None:
        assert (ses.topic, ses.reflection) == (stored["topic"], stored["reflection"])
        assert s.sessions.get(ses.id) == ses
        writes += 1

    stored, refused = _fields(reason=(texts[10], 500, False))
    day = dt.date(2025, 3, 10)
    att = _expect(
        source, refused, lambda: s.attendance.set(day, AttendanceStatus.ABSENT, None, texts[10])
    )
    if att is not None:
        assert (att.date, att.status, att.reason) == (
            day,
            AttendanceStatus.ABSENT,
            stored["reason"],
        )
        assert [a for a in s.attendance.list() if a.date == day] == [att]
        writes += 1

    stored, refused = _fields(title=(texts[10] or "t", 300, True), note=(texts[9], 2000, False))
    assignment_in = AssignmentInput(texts[10] or "t", dt.date(2025, 4, 1), note=texts[9])
    task = _expect(source, refused, lambda: s.assignments.add(assignment_in))
    if task is not None:
        assert (task.title, task.note) == (stored["title"], stored["note"])
        assert task in s.assignments.list()
        writes += 1

    after = source.counts()
    assert after["audit_event"] - before["audit_event"] == writes  # one event per write
    assert s.status.verify_audit().ok


def test_lone_surrogate_in_a_free_text_field(stores: tuple[Store, Store, dict]) -> None:
    source, _, _ = stores
    source.reset()
    _expect(
        source,
        {"name"},
        lambda: source.services.supervisors.add(SupervisorInput("Kari \udcff", "Sosionom")),
    )
