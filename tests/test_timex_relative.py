"""Relative dates, resolved against the publication date and the clause's tense (timex/relative.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.timex import relative, tag

DCT = dt.date(2024, 3, 7)  # a Thursday


@pytest.mark.parametrize(
    "sentence, expression, value, rule",
    [
        ("The workers returned on Monday.", "Monday", "2024-03-04", "weekday"),
        ("The talks will resume on Monday.", "Monday", "2024-03-11", "weekday"),
        ("The deal was reached yesterday.", "yesterday", "2024-03-06", "deictic-day"),
        ("The strike ended three days ago.", "three days ago", "2024-03-04", "ago"),
        ("Prices rose last year.", "last year", "2023", "relative-year"),
    ],
)
def test_relative_expressions_count_from_the_publication_date(sentence, expression, value, rule):
    found = {t.text: t for t in tag(sentence, DCT)}
    assert (found[expression].value, found[expression].rule) == (value, rule)
    assert rule in {r.name for r in relative.RULES}


def test_the_next_day_counts_from_the_last_day_mentioned():
    found = {t.text: t.value for t in tag("The strike began on 22 February. The next day the port closed.", DCT)}
    assert found["The next day"] == "2024-02-23"


@pytest.mark.parametrize(
    "sentence, expression, value",
    [
        ("The strike began on 22 February. The following Monday, it ended.", "The following Monday", "2024-02-26"),
        ("The ship sank on 22 February; it left port the previous Sunday.", "the previous Sunday", "2024-02-18"),
        ("The trial opened on 1 March. The next Tuesday night it ended.", "The next Tuesday night", "2024-03-05TNI"),
        # no day named before: counted from the publication date (a Thursday)
        ("The plant was shut the following Monday.", "the following Monday", "2024-03-11"),
    ],
)
def test_an_anaphoric_weekday_counts_from_the_last_day_mentioned(sentence, expression, value):
    found = {t.text: t.value for t in tag(sentence, DCT)}
    assert found[expression] == value


@pytest.mark.parametrize(
    "sentence, expression, value, mod",
    [
        ("The first jets are due by the end of the decade.", "the end of the decade", "202", "END"),
        ("Profits rose at the start of the decade.", "the start of the decade", "202", "START"),
    ],
)
def test_a_part_of_the_decade_is_the_current_one(sentence, expression, value, mod):
    found = {t.text: t for t in tag(sentence, DCT)}
    assert (found[expression].value, found[expression].mod) == (value, mod)


@pytest.mark.parametrize(
    "sentence, expression",
    [
        ("On Tuesday General Motors said it would cut jobs.", "Tuesday"),
        ("Late Thursday Ford said it had reached a deal.", "Late Thursday"),
        ("Last Friday Apple said it would open a store.", "Last Friday"),
    ],
)
def test_a_weekday_before_its_capitalised_subject_is_a_date(sentence, expression):
    assert [t.text for t in tag(sentence, DCT)] == [expression]


def test_a_weekday_in_a_name_is_no_date():
    assert tag("He was a guest on Monday Night Football, which drew millions.", DCT) == []
    assert tag("Shares of Tuesday Morning rose after the retailer reported sales.", DCT) == []


def test_a_bare_overnight_is_the_night_before_the_report():
    from generator.timex import tag

    def got(s):
        return [(t.text, t.value) for t in tag(s, dt.date(2025, 8, 16))]

    assert got("Russian drones struck Kyiv overnight, officials said.") == [("overnight", "2025-08-16TNI")]
    assert got("It became an overnight success.") == []
    assert got("The hotel offers an overnight stay.") == []
