"""Supervisors and the profile store a profession code; titles add approvals; «annet» keeps text."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from miljologg.core.model import Approval
from miljologg.core.programmes import bundled_schemes
from miljologg.core.rules import evaluate_scheme
from miljologg.db.database import open_database
from miljologg.demo import write_demo
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError
from miljologg.services.profile import ProfileInput
from miljologg.services.supervisors import SupervisorInput
from tests.conftest import fixed_clock

TODAY = dt.date(2025, 6, 18)


def test_a_title_is_stored_as_profession_plus_approval(services: Services) -> None:
    kari = services.supervisors.find("Kari Nordmann")
    assert (kari.profession, kari.profession_other) == ("sosionom", "")
    assert kari.approvals == {Approval.PROGRAMME, Approval.CLINICAL}
    ola = services.supervisors.add(SupervisorInput("Ola", " psykologspesialist "))
    assert (ola.profession, ola.approvals) == ("psykolog", {Approval.SPECIALIST})
    assert services.supervisors.find("Per Lund").profession == "vernepleier"


def test_free_text_is_annet_with_its_text_and_annet_needs_a_text(services: Services) -> None:
    mona = services.supervisors.add(SupervisorInput("Mona", "Musikkterapeut"))
    assert (mona.profession, mona.profession_other) == ("annet", "Musikkterapeut")
    same = services.supervisors.add(
        SupervisorInput("Mona 2", "annet", profession_other="Musikkterapeut")
    )
    assert (same.profession, same.profession_other) == ("annet", "Musikkterapeut")
    with pytest.raises(ValidationError) as caught:
        services.supervisors.add(SupervisorInput("Nina", "Annet"))
    assert caught.value.field == "profession_other"
    # A known profession drops a stale «annet» text.
    known = services.supervisors.update(
        same.id, SupervisorInput("Mona 2", "sosionom", profession_other="Musikkterapeut")
    )
    assert (known.profession, known.profession_other) == ("sosionom", "")


def test_identity_numbers_are_refused_in_the_other_text(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.supervisors.add(SupervisorInput("X", "annet", profession_other="02013299997"))
    assert caught.value.field == "profession_other"


def test_the_profile_keeps_the_profession_code(empty_services: Services) -> None:
    prof = empty_services.profile.save(
        ProfileInput(name="S", programme_id="rbup-kmaa-2024", profession="Klinisk sosionom")
    )
    assert (prof.profession, prof.profession_other) == ("sosionom", "")
    prof = empty_services.profile.save(
        ProfileInput(name="S", programme_id="rbup-kmaa-2024", profession="Miljøterapeut")
    )
    assert (prof.profession, prof.profession_other) == ("annet", "Miljøterapeut")


def test_an_old_export_with_free_text_imports_as_codes(tmp_path: Path, services: Services) -> None:
    data = services.transfer.export_data()
    for sup in data["supervisors"]:
        sup.pop("profession_other")
    data["supervisors"][0]["profession"] = "Klinisk sosionom"  # as version 1 files have it
    data["supervisors"][0]["approvals"] = ["programme"]
    data["supervisors"][1]["profession"] = "Familieterapeut/sosionom"
    data["profile"]["profession"] = "Vernepleier"
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    fresh = Services(open_database(tmp_path / "ny.sqlite"), now=fixed_clock())
    fresh.transfer.import_json(path)
    by_name = {s.name: s for s in fresh.supervisors.list()}
    assert (by_name["Kari Nordmann"].profession, by_name["Kari Nordmann"].approvals) == (
        "sosionom",
        {Approval.PROGRAMME, Approval.CLINICAL},
    )
    per = by_name["Per Lund"]
    assert (per.profession, per.profession_other) == ("annet", "Familieterapeut/sosionom")
    profile = fresh.profile.get()
    assert profile is not None and profile.profession == "vernepleier"


def test_the_demo_clinical_sosionom_counts_for_fo_klinisk_sosionom(
    empty_services: Services,
) -> None:
    """Issue 11 §1: Kari Nordmann («Klinisk sosionom») counted 0 t of 129 before."""
    write_demo(empty_services, signatures=False)
    log = empty_services.status.log()
    kari = next(s for s in log.supervisors if s.name == "Kari Nordmann")
    status = evaluate_scheme(log, bundled_schemes()["fo-klinisk-sosionom"], TODAY)
    result = next(r for r in status.requirements if r.key == "klinisk-sosionom")
    kari_minutes = sum(
        s.minutes
        for s in log.sessions
        if s.supervisor_id == kari.id and s.status.value == "held" and s.date <= TODAY
    )
    assert kari_minutes > 0
    assert result.counted_minutes == kari_minutes
    assert not any(u.code == "supervisor_mismatch" and "Kari" in u.reason for u in result.uncounted)
