"""The one set of labels: every value of every vocabulary has one, and no two read alike."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum

import pytest

from miljologg.core import labels
from miljologg.core.model import Approval, AttendanceStatus, Form, SessionStatus

VOCABULARIES: list[tuple[type[Enum], Mapping[object, str]]] = [
    (Form, labels.FORM_LABELS),
    (Form, labels.FORM_TITLES),
    (SessionStatus, labels.SESSION_STATUS_LABELS),
    (AttendanceStatus, labels.ATTENDANCE_LABELS),
    (Approval, labels.APPROVAL_LABELS),
]


@pytest.mark.parametrize(("enum", "mapping"), VOCABULARIES)
def test_every_value_has_one_distinct_label(
    enum: type[Enum], mapping: Mapping[object, str]
) -> None:
    assert list(mapping) == list(enum)  # complete, and in the enum's order
    texts = list(mapping.values())
    assert all(t.strip() == t and t for t in texts)
    assert len(set(texts)) == len(texts)


def test_labels_cannot_be_changed_at_run_time() -> None:
    with pytest.raises(TypeError):
        labels.FORM_LABELS[Form.INDIVIDUAL] = "x"  # type: ignore[index]


def test_form_label_from_a_value_and_an_unknown_value() -> None:
    assert labels.form_label("external_group") == labels.FORM_LABELS[Form.EXTERNAL_GROUP]
    assert labels.form_label("trio") == "trio"  # a newer version's form: shown, not refused


def test_approvals_in_the_usual_order_whatever_the_input_order() -> None:
    text = labels.approvals_text([Approval.SPECIALIST, Approval.PROGRAMME], " / ")
    assert text == "Godkjent av studieprogrammet / Spesialist"
    assert labels.approvals_text([]) == ""


def test_sign_off_states() -> None:
    assert set(labels.SIGN_OFF_LABELS) == {
        "unsigned",
        "requested",
        "rejected",
        "reopened",
        "void",
        "invalid",
    }
    assert labels.SIGNED.format(date="01.02.2025", signer="Kari") == "Signert 01.02.2025 av Kari"
