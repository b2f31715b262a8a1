"""The grammar's shared pieces: rule registration, the year of a month without one, a weekday's date."""

from __future__ import annotations

import datetime as dt
import re

from generator.timex.grammar import Context, mod_of, nearest_year, registrar, unit_of, weekday_date
from generator.timex.tense import FUTURE, PAST, UNKNOWN

DCT = dt.date(2024, 3, 7)  # a Thursday


def _ctx(tense: str) -> Context:
    return Context(DCT, "", lambda start, end: tense)


def test_rules_are_registered_in_the_order_written():
    rules: list = []
    rule = registrar(rules)

    @rule("first", r"a")
    def _first(m, ctx):
        return None

    @rule("second", r"b", re.IGNORECASE)
    def _second(m, ctx):
        return None

    assert [r.name for r in rules] == ["first", "second"]
    assert rules[1].pattern.match("B") and rules[0].resolve is _first


def test_the_year_of_a_month_written_without_one_follows_the_tense():
    assert nearest_year(_ctx(PAST), 11, None, 0, 0) == 2023
    assert nearest_year(_ctx(FUTURE), 1, None, 0, 0) == 2025
    assert nearest_year(_ctx(UNKNOWN), 4, None, 0, 0) == 2024


def test_a_weekday_by_direction_and_tense():
    assert weekday_date(_ctx(UNKNOWN), 0, 0, 0, "last") == dt.date(2024, 3, 4)
    assert weekday_date(_ctx(UNKNOWN), 0, 0, 0, "next") == dt.date(2024, 3, 11)
    assert weekday_date(_ctx(PAST), 4, 0, 0, None) == dt.date(2024, 3, 1)
    assert weekday_date(_ctx(FUTURE), 4, 0, 0, None) == dt.date(2024, 3, 8)
    assert _ctx(PAST).anchor == DCT


def test_units_and_modifiers():
    assert (unit_of("Centuries"), unit_of("days"), unit_of("week")) == ("century", "day", "week")
    assert mod_of("early") == "START" and mod_of(None) is None
