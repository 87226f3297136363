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
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from miljologg.core.model import Approval, AttendanceStatus, Form
from miljologg.db.database import backup_to, open_database
from miljologg.services.app import Services
from miljologg.services.assignments import AssignmentInput
from miljologg.services.errors import ValidationError
from miljologg.services.profile import ProfileInput
from miljologg.services.sessions import SessionInput
from miljologg.services.supervisors import SupervisorInput

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


def _import_and_check(store: Store, data: Any) -> None:
    """Import; on success the audit chain holds, on failure nothing changed."""
    before = store.counts()
    try:
        store.services.transfer.import_data(data)
    except ValidationError as exc:
        assert exc.message and exc.field
        assert store.counts() == before, "a failed import left rows behind"
        return
    assert store.services.status.verify_audit().ok


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
    _, empty, _ = stores
    empty.reset()
    _import_and_check(empty, {"format": "miljologg-export", "version": 1, **body})


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


def _only_validation_errors(call: Any, stored: Any = None) -> None:
    try:
        result = call()
    except ValidationError as exc:
        assert exc.message
        return
    if stored is not None:
        stored(result)


@FUZZ
@given(texts=st.lists(TEXT, min_size=11, max_size=11))
def test_random_text_in_every_free_text_field(
    stores: tuple[Store, Store, dict], texts: list[str]
) -> None:
    source, _, _ = stores
    source.reset()
    s = source.services
    kari = s.supervisors.find("Kari Nordmann")
    before = source.counts()
    _only_validation_errors(
        lambda: s.profile.save(
            ProfileInput(
                name=texts[0] or "x",
                programme_id="rbup-kmaa-2024",
                profession=texts[1],
                workplace=texts[2],
                client_group=texts[3],
                tasks=texts[4],
            )
        )
    )
    _only_validation_errors(
        lambda: s.supervisors.add(SupervisorInput(texts[5], texts[6], frozenset(), texts[7])),
        lambda sup: _same(sup.name, texts[5]),
    )
    _only_validation_errors(
        lambda: s.sessions.add(
            SessionInput(dt.date(2025, 6, 3), 30, Form.INDIVIDUAL, kari.id, 1, texts[8], texts[9])
        ),
        lambda ses: _same(ses.topic, texts[8]),
    )
    _only_validation_errors(
        lambda: s.attendance.set(dt.date(2025, 3, 10), AttendanceStatus.ABSENT, None, texts[10]),
    )
    _only_validation_errors(
        lambda: s.assignments.add(
            AssignmentInput(texts[10] or "t", dt.date(2025, 4, 1), note=texts[9])
        ),
    )
    after = source.counts()
    assert after["audit_event"] - before["audit_event"] == sum(
        after[t] - before[t] for t in TABLES if t != "audit_event"
    ) + (1 if _profile_changed(s) else 0)
    assert s.status.verify_audit().ok


def _same(stored: str, typed: str) -> None:
    """What was typed is stored as typed (trimmed), never silently mangled."""
    assert stored == typed.strip()


def _profile_changed(s: Services) -> bool:
    profile = s.profile.get()
    return profile is not None and profile.name != "Fuzz Student"


def test_lone_surrogate_in_a_free_text_field(stores: tuple[Store, Store, dict]) -> None:
    source, _, _ = stores
    source.reset()
    _only_validation_errors(
        lambda: source.services.supervisors.add(SupervisorInput("Kari \udcff", "Sosionom"))
    )
