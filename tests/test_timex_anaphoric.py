"""Expressions that refer back to a date named before them, each read by its rule of timex/anaphoric.py."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.timex import anaphoric, tag

DCT = dt.date(2024, 3, 7)  # a Thursday


@pytest.mark.parametrize(
    "text, expression, value, rule",
    [
        ("The strike began on March 1. The next day, the mines closed.", "The next day", "2024-03-02", "anaphoric-day"),
        ("Talks opened on Feb. 12. That same day, the envoy left.", "That same day", "2024-02-12", "anaphoric-day"),
        (
            "Rebels struck on March 4. The next morning, troops withdrew.",
            "The next morning",
            "2024-03-05TMO",
            "anaphoric-day",
        ),
        (
            "The firm was founded in May 2019. Later that year, it was sold.",
            "Later that year",
            "2019",
            "anaphoric-unit",
        ),
        ("The dam burst in 2019. The year after, the town was rebuilt.", "The year after", "2020", "anaphoric-period"),
        (
            "The plant shut in 2021; the day before the vote, workers marched.",
            "the day",
            "2021-XX-XX",
            "event-anchored-day",
        ),
        (
            "In 2022 prices fell; the week before the election, they rose.",
            "the week",
            "2022-WXX",
            "event-anchored-period",
        ),
        ("Protesters marched for the third straight day.", "the third straight day", "XXXX-XX-XX", "ordinal-day"),
    ],
)
def test_each_form_counts_from_what_was_named_before(text, expression, value, rule):
    found = {t.text: t for t in tag(text, DCT)}
    assert (found[expression].value, found[expression].rule) == (value, rule)
    assert rule in {r.name for r in anaphoric.RULES}


def test_with_nothing_named_before_a_day_counts_from_publication():
    assert [(t.text, t.value) for t in tag("The next day, the mines closed.", DCT)] == [("The next day", "2024-03-08")]
