"""A second battery of news sentences written for issue 18, outside every evaluation set, on the VALUES of
relative expressions: tenses, article types (features, business, sport, obituaries, court reports), year
boundaries, quarters, and narrative time that moves with a year named earlier in the story. Each value is
the one the TimeML (TIMEX3) guidelines give, reasoned from the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.timex import tag

TUE = dt.date(2024, 3, 12)  # Tuesday, ISO week 2024-W11
JAN = dt.date(2025, 1, 15)  # Wednesday, early in a year: "December" is the one just gone
DEC = dt.date(2024, 12, 13)  # Friday, late in a year: "January" is the one to come
MON = dt.date(2025, 1, 6)  # Monday of ISO week 2025-W02, whose previous week began in 2024


def found(text: str, published: dt.date = TUE) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, published)]


def points(text: str, published: dt.date = TUE) -> list[tuple[str, str | None]]:
    """Each expression with the calendar point it stands for ("a week earlier" is P1W, pointing at a day)."""
    return [(t.text, t.point or t.value) for t in tag(text, published)]


def d(text: str, value: str) -> tuple[str, str, str]:
    return (text, "DATE", value)


@pytest.mark.parametrize(
    "text, expected",
    [
        # sport
        ("United beat Chelsea 2-1 on Saturday.", [d("Saturday", "2024-03-09")]),
        ("Liverpool host Arsenal on Sunday.", [d("Sunday", "2024-03-17")]),
        ("England face France on Saturday.", [d("Saturday", "2024-03-16")]),
        ("The host nation won on Sunday.", [d("Sunday", "2024-03-10")]),
        ("The coach said on Monday that the captain would miss the final.", [d("Monday", "2024-03-11")]),
        # obituaries
        ("She died on Sunday at her home in Boston.", [d("Sunday", "2024-03-10")]),
        ("A funeral will be held on Saturday.", [d("Saturday", "2024-03-16")]),
        ("He died last Friday after a short illness.", [d("last Friday", "2024-03-08")]),
        ("He died on Thursday, aged 91.", [d("Thursday", "2024-03-07")]),
        ("The actor died on Wednesday at his home in Rome.", [d("Wednesday", "2024-03-06")]),
        ("The two sides tied on Thursday in Madrid.", [d("Thursday", "2024-03-07")]),
        # court reports
        ("He pleaded guilty on Monday to fraud.", [d("Monday", "2024-03-11")]),
        ("The judge set sentencing for Friday.", [d("Friday", "2024-03-15")]),
        ("Jurors are expected to begin deliberations on Wednesday.", [d("Wednesday", "2024-03-13")]),
        ("The former minister faces trial on Monday.", [d("Monday", "2024-03-18")]),
        ("The defendant told the court she had met him on Friday.", [d("Friday", "2024-03-08")]),
        ("Prosecutors have said since Monday that the case is weak.", [d("Monday", "2024-03-11")]),
        # business
        ("The prime minister visits Tokyo on Thursday.", [d("Thursday", "2024-03-14")]),
        ("Shares of the company fell 4 percent on Monday.", [d("Monday", "2024-03-11")]),
        ("The bank will publish its results on Thursday.", [d("Thursday", "2024-03-14")]),
        ("The chief executive said he would step down on Friday.", [d("Friday", "2024-03-15")]),
    ],
)
def test_weekdays_in_tenses_and_article_types(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what a past clause waits for is still ahead of the report: markets, sport, elections
        ("Traders were cautious ahead of Thursday's rate decision.", [d("Thursday", "2024-03-14")]),
        ("The team trained in Madrid ahead of Sunday's final.", [d("Sunday", "2024-03-17")]),
        ("Candidates held final rallies ahead of Sunday's election.", [d("Sunday", "2024-03-17")]),
        (
            "The squad arrived on Thursday ahead of Sunday's match.",
            [d("Thursday", "2024-03-07"), d("Sunday", "2024-03-17")],
        ),
        ("Shares fell in advance of Thursday's results.", [d("Thursday", "2024-03-14")]),
    ],
)
def test_a_day_a_past_clause_waits_for_lies_ahead(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a range of weekdays ends after it starts; a timetable's "runs", "ends", "closes" look ahead
        ("The festival runs from Friday to Sunday.", [d("Friday", "2024-03-15"), d("Sunday", "2024-03-17")]),
        ("The festival ran from Friday to Sunday.", [d("Friday", "2024-03-08"), d("Sunday", "2024-03-10")]),
        ("The show runs from Sunday to Tuesday.", [d("Sunday", "2024-03-17"), d("Tuesday", "2024-03-19")]),
        (
            "Roads will be shut between Saturday and Monday.",
            [d("Saturday", "2024-03-16"), d("Monday", "2024-03-18")],
        ),
        ("The exhibition closes on Sunday.", [d("Sunday", "2024-03-17")]),
        ("The public consultation ends on Sunday.", [d("Sunday", "2024-03-17")]),
    ],
)
def test_weekday_ranges_and_timetables(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The referendum will take place on the first Sunday of June.", d("the first Sunday of June", "2024-06-02")),
        ("The court opens its term on the first Monday in October.", d("the first Monday in October", "2024-10-07")),
        (
            "Voters went to the polls on the second Sunday of February.",
            d("the second Sunday of February", "2024-02-11"),
        ),
        ("The vote is on the first Tuesday of November 2026.", d("the first Tuesday of November 2026", "2026-11-03")),
    ],
)
def test_a_weekday_counted_in_a_month(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Prices rose this week.", d("this week", "2024-W11")),
        ("The board meets this month.", d("this month", "2024-03")),
        ("Sales have doubled this year.", d("this year", "2024")),
        ("Talks stalled last week.", d("last week", "2024-W10")),
        ("The vote is due next week.", d("next week", "2024-W12")),
        ("Exports fell last month.", d("last month", "2024-02")),
        ("The plant will open next month.", d("next month", "2024-04")),
        ("The firm lost money last year.", d("last year", "2023")),
        ("Elections are due next year.", d("next year", "2025")),
        ("The flood hit last March.", d("last March", "2023-03")),
        ("The fair returns next March.", d("next March", "2025-03")),
        ("Rents rose last December.", d("last December", "2023-12")),
        ("The dam burst last autumn.", d("last autumn", "2023-FA")),
        ("The merger closed two years ago.", d("two years ago", "2022")),
        ("The firm was founded 50 years ago.", d("50 years ago", "1974")),
        ("Profit rose earlier this year.", d("earlier this year", "2024")),
        ("The report is due later this month.", d("later this month", "2024-03")),
        ("The law will take effect later this year.", d("later this year", "2024")),
    ],
)
def test_this_last_next_and_ago(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Sales fell in December.", JAN, d("December", "2024-12")),
        ("The strike began in November.", JAN, d("November", "2024-11")),
        ("The new tax takes effect in March.", JAN, d("March", "2025-03")),
        ("The store opened in January.", DEC, d("January", "2024-01")),
        ("The trial will begin in January.", DEC, d("January", "2025-01")),
        ("Talks are due to resume in February.", DEC, d("February", "2025-02")),
        ("Prices fell in November.", DEC, d("November", "2024-11")),
        ("Talks stalled last week.", MON, d("last week", "2025-W01")),
        ("The firm lost money last year.", JAN, d("last year", "2024")),
        ("Profit rose in the fourth quarter.", JAN, d("the fourth quarter", "2024-Q4")),
        ("Growth will pick up in the second half of next year.", TUE, d("the second half of next year", "2025-H2")),
        ("Profit fell in the first quarter.", dt.date(2024, 5, 2), d("the first quarter", "2024-Q1")),
        ("The bank expects a loss in the third quarter.", TUE, d("the third quarter", "2024-Q3")),
    ],
)
def test_months_and_quarters_near_year_boundaries(text, published, expected):
    assert found(text, published) == [expected]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("The trial is due to start in the new year.", DEC, [d("the new year", "2025")]),
        ("More job cuts will follow early in the new year.", DEC, [d("the new year", "2025")]),
        ("Parliament returned after the new year.", JAN, [d("the new year", "2025")]),
        ("Crowds gathered for the new year celebrations.", DEC, []),
        ("The firm hopes to hire staff in the new year.", TUE, []),  # in March it names no year for sure
    ],
)
def test_the_new_year_near_the_turn_of_the_year(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The vote was held on March 3. The day before, protesters filled the square.",
            [("March 3", "2024-03-03"), ("The day before", "2024-03-02")],
        ),
        (
            "The plant closed on March 8. A week earlier, workers had walked out.",
            [("March 8", "2024-03-08"), ("A week", "2024-03-01")],
        ),
        (
            "The fire broke out on Feb. 20. The following day, the mayor declared an emergency.",
            [("Feb. 20", "2024-02-20"), ("The following day", "2024-02-21")],
        ),
        (
            "The storm made landfall on Feb. 10. The previous day, residents fled.",
            [("Feb. 10", "2024-02-10"), ("The previous day", "2024-02-09")],
        ),
        (
            "The band played in Oslo on Feb. 2. The next day, it flew to Rome.",
            [("Feb. 2", "2024-02-02"), ("The next day", "2024-02-03")],
        ),
        (
            "In 2019, sales rose 4 percent, after falling the previous year.",
            [("2019", "2019"), ("the previous year", "2018")],
        ),
        # news returns to its present after a year of background: the date is read from publication
        (
            "In 2011, the council fought the rules. On Feb. 28, it dropped its objection.",
            [("2011", "2011"), ("Feb. 28", "2024-02-28")],
        ),
        (
            "She joined the paper in 1978. The following year, she became its editor.",
            [("1978", "1978"), ("The following year", "1979")],
        ),
        (
            "The mine opened in 2008. Two years later, it was sold.",
            [("2008", "2008"), ("Two years", "2010")],
        ),
    ],
)
def test_anchored_to_a_day_or_year_named_earlier(text, expected):
    assert points(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sentence may open with the preposition of a month
        ("In March, the firm opened a second office.", d("March", "2024-03")),
        ("Since May, prices have fallen.", d("May", "2023-05")),
        ("By June, the new line will be running.", d("June", "2024-06")),
        ("During August, the museum closed.", d("August", "2023-08")),
    ],
)
def test_months_after_a_capitalised_preposition(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Violence has flared in recent weeks.", ("recent weeks", "DURATION", "PXW")),
        ("Rents have risen in recent months.", ("recent months", "DURATION", "PXM")),
        ("Prices fell over the past year.", ("the past year", "DURATION", "P1Y")),
        ("A decision is expected in the coming weeks.", ("the coming weeks", "DURATION", "PXW")),
        ("The firm aims to double sales by the end of the year.", d("the end of the year", "2024")),
        ("The mayor has served for three years.", ("three years", "DURATION", "P3Y")),
    ],
)
def test_vague_spans_and_durations(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a past form spelt like the bare verb, with its object: the day is the one just gone
        ("The firm on Wednesday cut its forecast.", [d("Wednesday", "2024-03-06")]),
        ("The regulator on Thursday set a deadline for the bank.", [d("Thursday", "2024-03-07")]),
        ("The storm on Sunday shut the airport.", [d("Sunday", "2024-03-10")]),
        ("The retailer cut 300 jobs Friday, citing weak sales.", [d("Friday", "2024-03-08")]),
        # the bare verb after a modal, and the noun, are no past
        ("The firm will cut its forecast on Wednesday.", [d("Wednesday", "2024-03-13")]),
        ("The bank is expected to announce a rate cut on Wednesday.", [d("Wednesday", "2024-03-13")]),
    ],
)
def test_past_forms_spelt_like_the_bare_verb(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a market report's closing level: the day (week, year) of the report
        ("The Dow ended the day up 100 points.", [d("the day", "2024-03-12")]),
        ("The index ended the week lower.", [d("the week", "2024-W11")]),
        ("The FTSE closed the year at a record.", [d("the year", "2024")]),
        ("The carrier expects to end the year with a loss.", [d("the year", "2024")]),
        # not before a closing level: no date
        ("The union ended the day's strike early.", []),
    ],
)
def test_a_closing_level_dates_its_period(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The company spent years developing the plane.", [("years", "DURATION", "PXY")]),
        ("Engineers spend months testing each engine.", [("months", "DURATION", "PXM")]),
        ("Over the years the bakery grew into a chain.", [("the years", "DURATION", "PXY")]),
        ("It was the index's biggest single-day drop.", [("single-day", "DURATION", "P1D")]),
        ("The negotiators talked all day.", [("all day", "DURATION", "P1D")]),
        ("It rained the whole week in the valley.", [("the whole week", "DURATION", "P1W")]),
        ("The resort is open the entire year.", [("the entire year", "DURATION", "P1Y")]),
        ("The whole day of talks was wasted.", []),
        ("At that time, the mill employed 300 people.", [("At that time", "DATE", "PAST_REF")]),
        # "that year" with no year named before: the publication's, as "the year before" counts
        ("Later that year the mill reopened.", [d("Later that year", "2024")]),
        ("The mill reopened in 2019. Later that year it was sold.", [d("2019", "2019"), d("Later that year", "2019")]),
    ],
)
def test_unsaid_lengths_and_anaphoric_references(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a day or a season followed by the year it lies in: two expressions, the first in that year
        ("The mill closed on March 3 last year.", [d("March 3", "2023-03-03"), d("last year", "2023")]),
        ("The bridge will open on June 5 next year.", [d("June 5", "2025-06-05"), d("next year", "2025")]),
        ("The mill closed on 3 March last year.", [d("3 March", "2023-03-03"), d("last year", "2023")]),
        ("The mill closed in the spring of last year.", [d("the spring", "2023-SP"), d("last year", "2023")]),
        ("The bridge will open in the autumn of next year.", [d("the autumn", "2025-FA"), d("next year", "2025")]),
        ("The mill closed in summer last year.", [d("summer", "2023-SU"), d("last year", "2023")]),
    ],
)
def test_a_date_takes_the_year_named_after_it(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title-case headline capitalises the word after a weekday; in running text it is a name
        ("Stocks Slide Monday On Bank Fears\n\nStocks fell sharply.", [d("Monday", "2024-03-11")]),
        ("Leaders To Meet Friday In Brussels\n\nThe leaders will meet.", [d("Friday", "2024-03-15")]),
        ("Fans watched Monday Night Football at the bar.", []),
        ("Shares of Tuesday Morning Corp fell.", []),
    ],
)
def test_a_weekday_before_a_capitalised_word(text, expected):
    assert found(text) == expected
