"""core.signed_figures: the part of each counted total that rests on signatures, and the rest."""

from __future__ import annotations

import datetime as dt

from miljologg.core.model import Approval, Form, Log, Session, Supervisor
from miljologg.core.programmes import bundled_programmes
from miljologg.core.rules import evaluate_programme
from miljologg.core.signed_figures import REQUIREMENT_KEYS, signed_split

RBUP = bundled_programmes()["rbup-kmaa-2024"]
TODAY = dt.date(2025, 6, 18)
KARI = Supervisor("k", "Kari", "sosionom", frozenset({Approval.PROGRAMME}))
PER = Supervisor("p", "Per", "vernepleier")  # not approved: his hours do not count


def test_signed_parts_count_as_the_engine_counts_and_the_rest_is_unsigned() -> None:
    log = Log(
        supervisors=(KARI, PER),
        sessions=(
            Session("a", dt.date(2025, 1, 8), 90, Form.INDIVIDUAL, "k"),
            Session("b", dt.date(2025, 1, 9), 120, Form.EXTERNAL_GROUP, "k", 4),
            Session("c", dt.date(2025, 1, 10), 60, Form.INDIVIDUAL, "k"),
            Session("d", dt.date(2025, 1, 11), 45, Form.INDIVIDUAL, "p"),
        ),
    )
    methods = {"a": "file", "b": "paper", "d": "in_person"}  # c is unsigned
    split = signed_split(log, RBUP, TODAY, lambda sid: methods.get(sid, ""))
    assert set(split.digital) == set(split.paper) == set(REQUIREMENT_KEYS)
    # Per's signed session does not count, so it is in no signed part
    assert (split.digital["individual"], split.digital["total"]) == (90, 90)
    assert (split.paper["external_group"], split.paper["total"]) == (120, 120)
    status = evaluate_programme(log, RBUP, TODAY)
    for req in status.supervision:
        rest = split.unsigned(req.key, req.counted_minutes)
        assert split.digital[req.key] + split.paper[req.key] + rest == req.counted_minutes
    assert split.unsigned("individual", status.requirement("individual").counted_minutes) == 60
    assert split.unsigned("total", 0) == 0  # never below nothing
    assert split.as_dict() == {"digital": dict(split.digital), "paper": dict(split.paper)}
