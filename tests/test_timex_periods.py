"""Named periods and their parts (periods.py): seasons, quarters and halves of a year, a week of a month,
the part of a named day, centuries (issue 18)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.timex import periods, tag

THU = dt.date(2025, 8, 7)  # a Thursday


def values(text: str, published: dt.date = THU) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, published)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The army withdrew in the spring.", ("the spring", "DATE", "2025-SP")),
        ("The rebels struck in the winter.", ("the winter", "DATE", "2024-WI")),
        ("The plant will reopen in the spring.", ("the spring", "DATE", "2026-SP")),
        ("The deal was signed in the fall.", ("the fall", "DATE", "2024-FA")),
        ("Talks resume in the autumn.", ("the autumn", "DATE", "2025-FA")),
    ],
)
def test_a_season_with_the_is_the_one_on_the_tenses_side(text, expected):
    assert values(text) == [expected]


def test_a_season_that_is_a_noun_is_no_date():
    assert values("The fall in oil prices hurt airlines.") == []
    assert values("The fall of Kabul shocked the world.") == []
    assert values("Prices rise in the summer months.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Net income rose 12% in the quarter.", ("the quarter", "2025-Q2")),
        ("Profit fell in the latest quarter.", ("the latest quarter", "2025-Q2")),
        ("Sales should rise in the current quarter.", ("the current quarter", "2025-Q3")),
        ("The company will pay a dividend in the quarter.", ("the quarter", "2025-Q3")),
        ("Sales rose in the first quarter. In the quarter, costs fell.", ("the quarter", "2025-Q1")),
    ],
)
def test_the_quarter_is_the_one_named_last_or_the_one_reported(text, expected):
    assert [(t.text, t.value) for t in tag(text, THU)][-1] == expected


def test_a_quarter_of_something_is_no_quarter_of_the_year():
    assert values("A quarter of the staff left.") == []
    assert values("He scored in the quarter of an hour after the break.") == [("an hour", "DURATION", "PT1H")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The attack happened on the night of June 3.", ("the night of June 3", "TIME", "2025-06-03TNI")),
        ("Troops left on the morning of 3 June 2024.", ("the morning of 3 June 2024", "TIME", "2024-06-03TMO")),
        ("He died on the evening of Tuesday.", ("the evening of Tuesday", "TIME", "2025-08-05TEV")),
        ("The train left at 6 o'clock.", ("6 o'clock", "TIME", "2025-08-07T06:00")),
        ("The rally began at nine o'clock in the evening.", ("nine o'clock", "TIME", "2025-08-07T21:00")),
        ("The bomb exploded at 8:15 in the evening.", ("8:15", "TIME", "2025-08-07T20:15")),
        ("The bomb exploded at 8:15 in the morning.", ("8:15", "TIME", "2025-08-07T08:15")),
    ],
)
def test_a_part_of_a_named_day_and_clock_hours_keep_their_day(text, expected):
    assert values(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Revenue rose in the first half of 2009.", [("the first half of 2009", "DATE", "2009-H1")]),
        ("Deliveries start in the second half of next year.", [("the second half of next year", "DATE", "2026-H2")]),
        ("Growth slowed in the first half of the year.", [("the first half of the year", "DATE", "2025-H1")]),
        ("He scored in the first half.", []),
        ("The team scored in the second half of the match.", []),
    ],
)
def test_a_half_of_a_year_is_h1_or_h2(text, expected):
    assert values(text) == expected


def test_a_week_of_a_month_is_that_iso_week():
    assert values("Orders fell in the last week of March.") == [("the last week of March", "DATE", "2025-W13")]
    assert values("It began in the first week of January 2010.")[0][2] == "2010-W01"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The building dates from the late 19th century.", ("late 19th century", "18", "END")),
        ("Art of the early twentieth century was bold.", ("early twentieth century", "19", "START")),
        ("The 21st Century began.", ("21st Century", "20", None)),
    ],
)
def test_centuries_in_figures_or_words_with_their_modifier(text, expected):
    assert [(t.text, t.value, t.mod) for t in tag(text, THU)] == [expected]


@pytest.mark.parametrize(
    "sentence, expression, value, rule",
    [
        ("Sales rose in the third quarter of 2023.", "the third quarter of 2023", "2023-Q3", "quarter"),
        ("The port was built in the 1990s.", "the 1990s", "199", "decade"),
        # hundreds are a century: "the 1800s" is 1800-1899, not 1800-1809; "the 2000s" stays a decade
        ("The firm was founded in the late 1800s.", "the late 1800s", "18", "decade"),
        ("The mill dates from the 1600s.", "the 1600s", "16", "decade"),
        ("Prices soared in the 2000s.", "the 2000s", "200", "decade"),
        ("The merger should close by year-end.", "year-end", "2024", "year-end"),
        ("Debt stood at $4 billion at year end 2022.", "year end 2022", "2022", "year-end"),
    ],
)
def test_each_period_form_is_read_by_its_rule(sentence, expression, value, rule):
    found = {t.text: t for t in tag(sentence, dt.date(2024, 3, 7))}
    assert (found[expression].value, found[expression].rule) == (value, rule)
    assert rule in {r.name for r in periods.RULES}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Apple said sales in the December quarter rose.", [("the December quarter", "DATE", "2024-Q4")]),
        ("The firm expects revenue for the December quarter to rise.", [("the December quarter", "DATE", "2025-Q4")]),
        ("June-quarter profit at the miner fell by a third.", [("June-quarter", "DATE", "2025-Q2")]),
        ("Profit in the March quarter of 2024 doubled.", [("the March quarter of 2024", "DATE", "2024-Q1")]),
        # a month that ends no quarter, or a share of a month's workers, is no quarter
        ("By December, a quarter of the staff had left.", [("December", "DATE", "2024-12")]),
    ],
)
def test_a_quarter_named_by_the_month_it_ends_in(text, expected):
    assert values(text) == expected


def test_a_part_of_a_quarter_keeps_its_modifier():
    assert [(t.text, t.value, t.mod) for t in tag("The deal will close by the end of the first quarter.", THU)] == [
        ("the end of the first quarter", "2026-Q1", "END")
    ]
    assert [(t.value, t.mod) for t in tag("Sales slowed in late third quarter.", THU)] == [("2025-Q3", "END")]


def test_a_fiscal_quarter_keeps_fiscal_in_its_expression():
    assert [t.text for t in tag("Profit rose in the fiscal first quarter, Apple said.", THU)] == [
        "the fiscal first quarter"
    ]
    assert [t.text for t in tag("Its fiscal fourth-quarter revenue fell.", THU)] == ["fiscal fourth-quarter"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sales fell in H1 2026.", [("H1 2026", "DATE", "2026-H1")]),
        ("Growth slowed in 2H 2025.", [("2H 2025", "DATE", "2025-H2")]),
        ("Margins fell in 1H25.", [("1H25", "DATE", "2025-H1")]),
        ("Sales rose in H1, the firm said.", [("H1", "DATE", "2025-H1")]),
        ("Sales will rise in H1, the firm said.", [("H1", "DATE", "2026-H1")]),
        ("Sales in 1Q 2025 beat forecasts.", [("1Q 2025", "DATE", "2025-Q1")]),
        ("Profit in Q3'24 fell.", [("Q3'24", "DATE", "2024-Q3")]),
        ("Q4 of 2024 was weak.", [("Q4 of 2024", "DATE", "2024-Q4")]),
        ("In Q1 FY2026 revenue rose.", [("Q1 FY2026", "DATE", "2026-Q1")]),
        # two digits name the year in the century that keeps it at most ten years ahead, as "'08" does
        ("Profit in Q3'99 fell.", [("Q3'99", "DATE", "1999-Q3")]),
        ("Margins fell in 1H98.", [("1H98", "DATE", "1998-H1")]),
        ("Margins will rise in 2H35.", [("2H35", "DATE", "2035-H2")]),
        # a code alone is no half: a visa, a road, a heading
        ("The H1 visa was restored.", []),
        ("He took the H1 road north.", []),
    ],
)
def test_the_codes_of_financial_news(text, expected):
    assert values(text) == expected
