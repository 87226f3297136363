"""FO's clinical approvals, rule by rule: a log that meets every rule, and one that fails each.

Hours are 60 minutes; every session in these logs is 60 minutes, so a count of sessions is a
count of hours. The programme is RBUP's (04.11.2024–22.09.2026); today is 29.11.2026.
"""

from __future__ import annotations

import dataclasses

from miljologg.core.model import Form
from tests.core.scheme_logs import (
    CLIN,
    FO,
    SPEC,
    D,
    block,
    failing,
    quote,
    req,
    run,
    sup,
)

BVP = "fo-klinisk-barnevernspedagog"
KBVP, BVPFO, SOSFO, PSY = (
    sup("kbvp", "barnevernspedagog", FO, CLIN),
    sup("bvp", "barnevernspedagog", FO),
    sup("sosfo", "sosionom", FO),
    sup("psy", "psykolog", SPEC),
)


def bvp_log() -> list:
    """80 h from a klinisk barnevernspedagog (individual), 40 h from a barnevernspedagog with
    FO approval and 80 h from a sosionom with FO approval (group): all in the programme."""
    return (
        block("k", "kbvp", 80)
        + block("b", "bvp", 40, start=D(2025, 2, 1), form=Form.EXTERNAL_GROUP, group=4)
        + block("s", "sosfo", 80, start=D(2025, 4, 1), form=Form.EXTERNAL_GROUP, group=4)
    )


def bvp(sessions: list, confirmed: tuple[str, ...] = ("fo_faglig_veileder",), **kw: object):
    return run(BVP, (KBVP, BVPFO, SOSFO, PSY), sessions, profession="barnevernspedagog",
               confirmed=confirmed, **kw)  # type: ignore[arg-type]  # fmt: skip


def test_bvp_the_complete_log_meets_every_rule() -> None:
    status = bvp(bvp_log())
    assert failing(status) == set() and status.met
    assert req(status, "total").counted_minutes == 200 * 60


def test_bvp_total() -> None:
    """«Motta 200 timer faglig veiledning, hvorav 120 timer skal være fra barnvernspedagog med
    veiledergodkjenning fra FO, 80 timer av dem fra klinisk barnevernspedagog.»"""
    assert "Motta 200 timer faglig veiledning" in quote(BVP, "total")
    status = bvp(bvp_log()[:-1])  # 199 h
    assert "total" in failing(status) and req(status, "total").remaining_minutes == 60


def test_bvp_all_hours_from_approved_supervisors() -> None:
    """«Resterende 80 timer kan være fra egen eller annen profesjon med veiledergodkjenning.»"""
    assert quote(BVP, "approved").startswith("Resterende 80 timer")
    sessions = bvp_log()
    sessions[-1] = dataclasses.replace(sessions[-1], supervisor_id="psy")  # no FO approval
    status = bvp(sessions)
    assert failing(status) == {"approved"}
    approved = req(status, "approved")
    assert (approved.counted_minutes, approved.uncounted_minutes) == (199 * 60, 60)
    assert [u.code for u in approved.uncounted] == ["supervisor_mismatch"]
    assert "veiledergodkjenning" in approved.uncounted[0].reason


def test_bvp_120_from_barnevernspedagog_with_fo_approval() -> None:
    """«… hvorav 120 timer skal være fra barnvernspedagog med veiledergodkjenning fra FO …»"""
    sessions = bvp_log()
    sessions[80] = dataclasses.replace(sessions[80], supervisor_id="sosfo")  # 119 h from bvp
    status = bvp(sessions)
    assert failing(status) == {"barnevernspedagog"}
    assert req(status, "barnevernspedagog").counted_minutes == 119 * 60


def test_bvp_80_of_them_from_klinisk_barnevernspedagog() -> None:
    """«… 80 timer av dem fra klinisk barnevernspedagog.»"""
    sessions = bvp_log()
    sessions[0] = dataclasses.replace(sessions[0], supervisor_id="bvp")  # 79 h klinisk
    status = bvp(sessions)
    assert failing(status) == {"klinisk-barnevernspedagog"}
    assert req(status, "klinisk-barnevernspedagog").counted_minutes == 79 * 60


def test_bvp_65_individual() -> None:
    """«65 av de totalt 200 timene skal være individuell veiledning (en-til-en)»"""
    assert quote(BVP, "individual").startswith("65 av de totalt 200 timene skal være individuell")
    sessions = bvp_log()
    for i in range(16):  # 80 → 64 individual hours
        sessions[i] = dataclasses.replace(sessions[i], form=Form.EXTERNAL_GROUP, group_size=3)
    status = bvp(sessions)
    assert failing(status) == {"individual"}
    assert req(status, "individual").counted_minutes == 64 * 60


def test_bvp_80_hours_tied_to_the_further_education() -> None:
    """«Gjennomført en 60 studiepoengs videreutdanning på deltid over 2 år samtidig som man er i
    minst 50% arbeid og mottar minst 80 timer faglig veiledning knyttet mot studiet.»"""
    assert "minst 80 timer faglig veiledning knyttet mot studiet" in quote(BVP, "in-programme")
    # Everything but 79 hours moved before the programme started (04.11.2024).
    sessions = [dataclasses.replace(s, date=D(2023, 1, 2)) for s in bvp_log()[79:]]
    status = bvp(bvp_log()[:79] + sessions)
    assert failing(status) == {"in-programme"}
    window = req(status, "in-programme")
    assert (window.counted_minutes, window.uncounted_minutes) == (79 * 60, 121 * 60)
    assert {u.code for u in window.uncounted} == {"outside_window"}
    assert "04.11.2024–22.09.2026" in window.uncounted[0].reason
    # Without a programme the window cannot be checked, and the student is told why.
    none = bvp(bvp_log(), programme=None)
    assert failing(none) == {"in-programme"}
    assert "no_programme" in {p.code for p in none.problems}


def test_bvp_approved_faglig_veileder_is_a_prerequisite_not_hours() -> None:
    """«Være godkjent faglig veileder av FO»"""
    assert quote(BVP, "faglig-veileder") == "Være godkjent faglig veileder av FO"
    status = bvp(bvp_log(), confirmed=())
    assert failing(status) == {"faglig-veileder"} and not status.met
    check = req(status, "faglig-veileder")
    assert (check.unit, check.required_minutes, check.counted_minutes) == ("check", 1, 0)


# --- klinisk sosionom: two routes -----------------------------------------------------------

SOS = "fo-klinisk-sosionom"
KS, VPFO = sup("ks", "sosionom", CLIN), sup("vpfo", "vernepleier", FO)


def route1_log() -> list:
    """Route 1: 80 h from an FO-approved vernepleier in 2021, then 120 h from a klinisk
    sosionom in the programme (04.11.2024–03.03.2025): 200 h over 49 whole months."""
    return block("v", "vpfo", 80, start=D(2021, 1, 4)) + block("k", "ks", 120)


def route2_log() -> list:
    """Route 2: 60 h individual from the vernepleier in 2023; in the programme 120 h individual
    from the klinisk sosionom and 60 h in a group from the vernepleier: 240 h, 180 parallel."""
    return (
        block("v", "vpfo", 60, start=D(2023, 1, 2))
        + block("k", "ks", 120)
        + block("g", "vpfo", 60, start=D(2025, 6, 1), form=Form.EXTERNAL_GROUP, group=4)
    )


def sos(sessions: list, *confirmed: str, **kw: object):
    return run(SOS, (KS, VPFO, PSY), sessions, profession="sosionom", confirmed=confirmed, **kw)  # type: ignore[arg-type]


def test_sosionom_route_1_meets_the_scheme_alone() -> None:
    status = sos(route1_log(), "fo_faglig_veileder")
    by_route = {r.key: r.met for r in status.routes}
    assert by_route == {"lop-1": True, "lop-2": False} and status.met
    assert req(status, "span").counted_minutes == 49  # whole months, 04.01.2021–03.03.2025


def test_sosionom_route_2_meets_the_scheme_alone() -> None:
    """«Sosionomer som ønsker å bli godkjent klinisk sosionom gjennom RBUPs spesialistutdanning i
    barn og unges psykiske helse, har et annet krav til mottatt veiledning.» Either route will
    do: route 1 fails here (26 months, no faglig veileder), route 2 holds."""
    status = sos(route2_log(), "rbup_spesialistutdanning_buph")
    by_route = {r.key: r.met for r in status.routes}
    assert by_route == {"lop-1": False, "lop-2": True} and status.met
    assert {"span", "faglig-veileder"} <= failing(status)


def test_sosionom_neither_route_is_not_met() -> None:
    status = sos(route1_log())  # route 1 without its prerequisite
    assert not status.met and failing(status) >= {"faglig-veileder", "total-2"}


def test_sosionom_route_1_total_and_span() -> None:
    """«Motta totalt 200 timer veiledning over minst 3 år.»"""
    assert quote(SOS, "total") == quote(SOS, "span")
    assert quote(SOS, "span") == "Motta totalt 200 timer veiledning over minst 3 år."
    short = sos(route1_log()[1:], "fo_faglig_veileder")  # 199 h, from 05.01.2021
    assert {"total", "approved"} <= failing(short)
    recent = [dataclasses.replace(s, date=D(2023, 1, 2)) for s in route1_log()[:80]]
    status = sos(recent + route1_log()[80:], "fo_faglig_veileder")  # 02.01.2023–03.03.2025
    assert failing(status) & {r.key for r in status.requirements if r.route == "lop-1"} == {"span"}
    assert req(status, "span").counted_minutes == 26


def test_sosionom_route_1_120_from_klinisk_sosionom() -> None:
    """«120 av timene skal være fra klinisk sosionom.» A sosionom without the clinical approval,
    or a supervisor whose profession is outside the list, does not count."""
    other = sup("mt", "annet", CLIN, other="Musikkterapeut")
    plain = sup("sos", "sosionom", FO)
    sessions = route1_log()
    sessions[-1] = dataclasses.replace(sessions[-1], supervisor_id="sos")
    sessions[-2] = dataclasses.replace(sessions[-2], supervisor_id="mt")
    status = run(SOS, (KS, VPFO, other, plain), sessions, profession="sosionom",
                 confirmed=("fo_faglig_veileder",))  # fmt: skip
    ks = req(status, "klinisk-sosionom")
    assert ks.counted_minutes == 118 * 60 and not ks.met
    codes = {u.session_id: u.code for u in ks.uncounted}
    assert codes[sessions[-1].id] == "supervisor_mismatch"
    assert codes[sessions[-2].id] == "supervisor_profession_other"
    assert "Musikkterapeut" in next(u.reason for u in ks.uncounted if u.code.endswith("other"))


def test_sosionom_route_1_rest_from_approved_or_clinical() -> None:
    """«Resterende 80 timer kan være fra egen eller annen profesjon med veiledergodkjenning eller
    klinisk godkjenning»"""
    sessions = route1_log()
    sessions[0] = dataclasses.replace(sessions[0], supervisor_id="psy")  # specialist only
    status = sos(sessions, "fo_faglig_veileder")
    assert failing(status) & {"approved", "total"} == {"approved"}
    assert req(status, "approved").counted_minutes == 199 * 60


def test_sosionom_route_1_80_hours_in_the_further_education() -> None:
    """«60 studiepoeng videreutdanning på deltid over 2 år samtidig som man er i arbeid og mottar
    80 timer veiledning i videreutdanningen»"""
    sessions = (
        block("v", "vpfo", 80, start=D(2021, 1, 4))
        + block("k", "ks", 120, start=D(2021, 6, 1))
        + block("late", "ks", 79, start=D(2025, 1, 1))
    )
    status = sos(sessions, "fo_faglig_veileder")
    window = req(status, "in-programme")
    assert (window.counted_minutes, window.met) == (79 * 60, False)


def test_sosionom_route_2_rules() -> None:
    """«Her er kravet totalt 240 timer veiledning, hvorav 180 timer skal være parallelt med
    utdanningen. Minst 80 timer skal være individuell veiledning.» «120 timer veiledning skal
    være fra klinisk sosionom med fordypning i barn og unges psykiske helse» «60 timer
    veiledning kan mottas før, under eller etter studiet, og veileder skal være godkjent veileder
    eller kliniker»"""
    base = route2_log()
    ok = sos(base, "rbup_spesialistutdanning_buph")
    route2 = {r.key for r in ok.requirements if r.route == "lop-2"}
    assert not failing(ok) & route2
    # One group hour moved out of the programme: 239 in total stays, 179 parallel.
    moved = base[:-1] + [dataclasses.replace(base[-1], date=D(2026, 10, 1))]
    assert failing(sos(moved, "rbup_spesialistutdanning_buph")) & route2 == {"in-programme-2"}
    assert failing(sos(base[1:], "rbup_spesialistutdanning_buph")) & route2 == {"total-2"}
    grouped = [dataclasses.replace(s, form=Form.EXTERNAL_GROUP, group_size=3) for s in base[:101]]
    status = sos(grouped + base[101:], "rbup_spesialistutdanning_buph")
    assert failing(status) & route2 == {"individual-2"}  # 79 h individual
    assert req(status, "individual-2").counted_minutes == 79 * 60
    no_ks = [dataclasses.replace(s, supervisor_id="vpfo") if s.id == "k000" else s for s in base]
    assert failing(sos(no_ks, "rbup_spesialistutdanning_buph")) & route2 == {"klinisk-sosionom-2"}
    psy = [dataclasses.replace(s, supervisor_id="psy") if s.supervisor_id == "vpfo" else s
           for s in base]  # fmt: skip
    psy = psy[:60] + [dataclasses.replace(s, supervisor_id="psy") for s in psy[60:]]
    assert failing(sos(psy, "rbup_spesialistutdanning_buph")) & route2 >= {"approved-2"}


# --- klinisk spesialist -------------------------------------------------------------------

SPES = "fo-klinisk-spesialist"
ALL_CONFIRMED = ("fo_klinisk_godkjent", "relevant_master", "fo_spesialist_modul")


def spes(sessions: list, profession: str = "sosionom", confirmed: tuple[str, ...] = ALL_CONFIRMED):
    return run(SPES, (KS, PSY, KBVP), sessions, profession=profession, confirmed=confirmed)


def test_spesialist_40_hours_from_a_clinician_of_the_same_profession_during_the_module() -> None:
    """«40 timers veiledning gitt av kliniker med samme profesjon som kandidaten, og med samme
    spesialitet/fordypningsområde (om mulig spesialist). Veiledningen må foregå parallelt med,
    eller umiddelbart etter, […]»"""
    assert quote(SPES, "clinician").startswith("40 timers veiledning gitt av kliniker")
    assert spes(block("k", "ks", 40)).met
    after = spes(block("k", "ks", 39) + block("a", "ks", 1, start=D(2026, 10, 1)))
    assert failing(after) == {"clinician"}
    assert [u.code for u in req(after, "clinician").uncounted] == ["outside_window"]
    other = spes(block("k", "ks", 39) + block("p", "psy", 1))  # a psychologist
    assert failing(other) == {"clinician"}
    assert failing(spes(block("k", "kbvp", 40))) == {"clinician"}  # another profession
    nobody = spes(block("k", "ks", 40), profession="")
    assert "profile_profession_missing" in {p.code for p in nobody.problems}


def test_spesialist_prerequisites_and_renewal_is_not_supervision() -> None:
    """«Være godkjent klinisk barnevernspedagog/sosionom eller vernepleier av FO.» «Kandidaten må
    ha relevant mastergrad/hovedfag før klinisk spesialistgodkjenning gis.» Renewal: «minimum 72
    timers vedlikeholdsaktiviteter i løpet av en femårs periode» — a note, not hours."""
    for missing in ALL_CONFIRMED:
        status = spes(block("k", "ks", 40), confirmed=tuple(set(ALL_CONFIRMED) - {missing}))
        assert len(failing(status)) == 1 and not status.met
    notes = " ".join(spes([]).notes)
    assert "72 timers vedlikeholdsaktiviteter" in notes and "72 timer veiledning" not in notes
