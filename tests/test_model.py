"""The pipeline's records: what a timex places on the calendar."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from generator.model import Article, Timex


def _timex(type_: str, value: str, point: str | None = None) -> Timex:
    return Timex(0, 1, "x", type_, value, point=point)


def test_a_date_or_time_value_is_its_calendar_value():
    assert _timex("DATE", "2025-08-06").date_value == "2025-08-06"
    assert _timex("TIME", "2025-08-06T10:00").date_value == "2025-08-06T10:00"


def test_references_sets_and_open_values_place_nothing_on_the_calendar():
    for timex in (_timex("DATE", "PRESENT_REF"), _timex("DATE", "XXXX-08-06"), _timex("SET", "P1W")):
        assert timex.date_value is None and not timex.is_calendar_date


def test_a_duration_counted_from_a_known_day_places_its_point():
    later = _timex("DURATION", "P1W", point="2025-W34")
    assert (later.date_value, later.is_calendar_date) == ("2025-W34", True)


def test_articles_are_immutable_with_english_as_the_default_language():
    article = Article("a", "a.md", "Text.", "T", dt.date(2025, 8, 7))
    assert article.language == "en" and article.url is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.title = "U"  # type: ignore[misc]
