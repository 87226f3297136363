"""Which language the app speaks, and how numbers, dates and counts read in each."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from miljologg.core import units
from miljologg.core.i18n import (
    _,
    current_language,
    from_locale_name,
    language,
    ngettext,
    resolve_language,
    system_language,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("nn_NO.UTF-8", "nn"),
        ("nn", "nn"),
        ("no_NO.UTF-8@nynorsk", "nn"),
        ("Norwegian Nynorsk_Norway", "nn"),
        ("nb_NO.UTF-8", "nb"),
        ("nb-NO", "nb"),
        ("no", "nb"),
        ("no_NO", "nb"),
        ("Norwegian Bokmål_Norway", "nb"),
        ("en_US.UTF-8", "en"),
        ("sv_SE", "en"),
        ("da-DK", "en"),
        ("C", None),
        ("C.UTF-8", None),
        ("POSIX", None),
        ("", None),
        (None, None),
    ],
)
def test_locale_names(name: str | None, expected: str | None) -> None:
    assert from_locale_name(name) == expected


def test_system_language_follows_gettexts_order() -> None:
    assert system_language({"LANG": "nn_NO.UTF-8"}) == "nn"
    assert system_language({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "nb_NO.UTF-8"}) == "nb"
    assert system_language({"LANG": "nb_NO", "LC_ALL": "sv_SE.UTF-8"}) == "en"
    assert system_language({"LANG": "en_GB", "LANGUAGE": "nn:nb"}) == "nn"
    assert system_language({"LANG": "C.UTF-8"}) == "nb"  # no language named: the app's own
    assert system_language({}) == "nb"
    assert system_language({}, "Norwegian Nynorsk_Norway") == "nn"  # Windows' own name
    assert system_language({"LANG": "en_US"}, "nn_NO") == "en"


def test_option_beats_environment_beats_setting_beats_system() -> None:
    env = {"LANG": "nn_NO.UTF-8"}
    assert resolve_language(None, env) == "nn"
    assert resolve_language(None, env, "en") == "en"
    assert resolve_language(None, {**env, "MILJOLOGG_LANG": "nb"}, "en") == "nb"
    assert resolve_language("en", {**env, "MILJOLOGG_LANG": "nb"}, "nn") == "en"
    assert resolve_language(None, {**env, "MILJOLOGG_LANG": "tlh"}, "xx") == "nn"
    assert resolve_language(None, {"MILJOLOGG_LANG": " EN "}) == "en"


def test_a_language_block_is_this_threads_alone() -> None:
    seen: list[str] = []
    inside = threading.Event()
    leave = threading.Event()

    def worker() -> None:
        with language("en"):
            seen.append(units.format_hours(90))
            inside.set()
            leave.wait(5)

    thread = threading.Thread(target=worker)
    thread.start()
    assert inside.wait(5)
    assert current_language() == "nb" and units.format_hours(90) == "1 t 30 min"
    leave.set()
    thread.join()
    assert seen == ["1 h 30 min"]
    with pytest.raises(ValueError), language("sv"):  # type: ignore[arg-type]
        pass


@pytest.mark.parametrize(
    ("lang", "hours", "date", "duration", "percent"),
    [
        ("nb", "3 t 45 min", "10.03.2025", "1 t 30 min", "83,4 %"),
        ("nn", "3 t 45 min", "10.03.2025", "1 t 30 min", "83,4 %"),
        ("en", "3 h 45 min", "10 Mar 2025", "1 h 30 min", "83.4%"),
    ],
)
def test_numbers_and_dates_per_language(
    lang: str, hours: str, date: str, duration: str, percent: str
) -> None:
    with language(lang):  # type: ignore[arg-type]
        assert units.format_hours(225) == hours  # exact: three 75-minute sessions
        assert units.format_date(dt.date(2025, 3, 10)) == date
        assert units.format_duration(90) == duration
        assert units.format_percent(83.44) == percent
        assert units.format_percent(-0.01) == units.format_percent(0)  # never «-0»
        assert units.format_hours(-90).startswith("-1")  # an ASCII minus in every language
        assert units.parse_date_no(units.format_date(dt.date(2025, 9, 1))) == dt.date(2025, 9, 1)
        assert units.parse_duration(units.format_duration(150)) == 150
        assert units.parse_duration(units.format_hours(90)) == 90


def test_names_of_days_and_months() -> None:
    tuesday = dt.date(2025, 3, 11)
    names = {}
    for lang in ("nb", "nn", "en"):
        with language(lang):  # type: ignore[arg-type]
            names[lang] = (units.weekday_name(tuesday), units.month_name(3))
    assert names == {
        "nb": ("tirsdag", "mars"),
        "nn": ("tysdag", "mars"),
        "en": ("Tuesday", "March"),
    }


def test_english_dates_are_read_too() -> None:
    assert units.parse_date_no("10 Mar 2025") == dt.date(2025, 3, 10)
    assert units.parse_date_no("1 september 2025") == dt.date(2025, 9, 1)
    assert units.parse_date_no("1 Sept. 2025") == dt.date(2025, 9, 1)
    with pytest.raises(ValueError):
        units.parse_date_no("10 Mrz 2025")


def test_messages_and_plurals_follow_the_language() -> None:
    message = "Datoen finnes ikke i kalenderen."
    assert _(message) == message
    with language("nn"):
        assert _(message) == "Datoen finst ikkje i kalenderen."
    with language("en"):
        assert _(message) == "That date does not exist in the calendar."
        with pytest.raises(ValueError, match="does not exist"):
            units.parse_date_no("31.02.2025")
    # bokmål needs no catalogue for its two forms
    assert [ngettext("{n} møte", "{n} møter", n).format(n=n) for n in (0, 1, 2)] == [
        "0 møter",
        "1 møte",
        "2 møter",
    ]
