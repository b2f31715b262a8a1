"""A battery of news sentences written for issue 18, outside every evaluation set: each expression's span,
type and value as the TimeML (TIMEX3) guidelines give them, published on Tuesday 12 March 2024."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.timex import tag

TUE = dt.date(2024, 3, 12)


def found(text: str, published: dt.date = TUE) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, published)]


def day(text: str, value: str) -> tuple[str, str, str]:
    return (text, "DATE", value)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The agency said the payments would resume on Friday.", [day("Friday", "2024-03-15")]),
        ("Officials said the bridge would reopen by March 20.", [day("March 20", "2024-03-20")]),
        ("The company said on Monday it would cut 500 jobs.", [day("Monday", "2024-03-11")]),
        ("Lawmakers have until April 5 to pass the budget.", [day("April 5", "2024-04-05")]),
        ("The minister is due to visit Paris on Thursday.", [day("Thursday", "2024-03-14")]),
        ("The results are expected on Friday.", [day("Friday", "2024-03-15")]),
        (
            "He was sentenced on Friday and will be transferred on Monday.",
            [day("Friday", "2024-03-08"), day("Monday", "2024-03-18")],
        ),
        (
            "Voting ended on Sunday; results will be announced on Thursday.",
            [day("Sunday", "2024-03-10"), day("Thursday", "2024-03-14")],
        ),
        (
            "The suspect, who will appear in court on Wednesday, was arrested on Saturday.",
            [day("Wednesday", "2024-03-13"), day("Saturday", "2024-03-09")],
        ),
        (
            "The festival, which runs until Sunday, opened on Thursday.",
            [day("Sunday", "2024-03-17"), day("Thursday", "2024-03-07")],
        ),
        ("Rebels agreed to a ceasefire starting on Friday.", [day("Friday", "2024-03-15")]),
        (
            "The government announced on Sunday that elections would be held on April 28.",
            [day("Sunday", "2024-03-10"), day("April 28", "2024-04-28")],
        ),
        ("The law took effect on Jan. 1.", [day("Jan. 1", "2024-01-01")]),
        ("He stood next to the coffin on Saturday.", [day("Saturday", "2024-03-09")]),
        (
            "Negotiators said on Sunday they hoped to reach a deal by Friday.",
            [day("Sunday", "2024-03-10"), day("Friday", "2024-03-15")],
        ),
        ("Elections are scheduled for Nov. 5.", [day("Nov. 5", "2024-11-05")]),
        ("The president signed the bill on Dec. 22.", [day("Dec. 22", "2023-12-22")]),
        ("Talks collapsed in September.", [day("September", "2023-09")]),
    ],
)
def test_the_side_of_the_publication_date(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a state told in the past lasted until the date; a plan, a stop or a timetable still runs
        ("The strike lasted until Friday.", [day("Friday", "2024-03-08")]),
        ("The curfew stayed in force until Sunday.", [day("Sunday", "2024-03-10")]),
        ("The ceasefire held until Sunday, when rockets were fired again.", [day("Sunday", "2024-03-10")]),
        ("He was in hospital until Sunday.", [day("Sunday", "2024-03-10")]),
        ("GM halted production at the plant until Monday.", [day("Monday", "2024-03-18")]),
        ("He remains in custody until Monday.", [day("Monday", "2024-03-18")]),
        ("The airport stays closed until Thursday.", [day("Thursday", "2024-03-14")]),
        ("Markets will be closed until Monday.", [day("Monday", "2024-03-18")]),
        (
            "The union said the strike, which began on Monday, would last until Friday.",
            [day("Monday", "2024-03-11"), day("Friday", "2024-03-15")],
        ),
        (
            "On Tuesday, the court adjourned the case until April 10.",
            [day("Tuesday", "2024-03-12"), day("April 10", "2024-04-10")],
        ),
    ],
)
def test_until_takes_the_side_of_its_clause(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a timetable in the present tense looks ahead
        ("The trial begins Monday.", [day("Monday", "2024-03-18")]),
        ("The new rules take effect on Jan. 1.", [day("Jan. 1", "2025-01-01")]),
        ("Parliament reconvenes on Thursday.", [day("Thursday", "2024-03-14")]),
        (
            "The central bank, which meets again on Thursday, raised rates on Friday.",
            [day("Thursday", "2024-03-14"), day("Friday", "2024-03-08")],
        ),
        # a past order or plan after a date dates the ordering, and points the date after it ahead
        (
            "A court on Friday ordered the government to release the files by April 2.",
            [day("Friday", "2024-03-08"), day("April 2", "2024-04-02")],
        ),
        (
            "Police said the man, who was arrested on Feb. 28, would appear in court on Thursday.",
            [day("Feb. 28", "2024-02-28"), day("Thursday", "2024-03-14")],
        ),
    ],
)
def test_timetables_and_orders(text, expected):
    assert found(text) == expected


def test_a_headline_keeps_its_present_for_the_past():
    assert found("Trial opens in Paris Monday\n\nThe court heard witnesses.") == [day("Monday", "2024-03-11")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The bank collapsed on Thursday, Nov. 2.", [day("Thursday, Nov. 2", "2023-11-02")]),
        ("The summit opens on Saturday, Nov. 2.", [day("Saturday, Nov. 2", "2024-11-02")]),
        ("Voters go to the polls on Sunday, March 17.", [day("Sunday, March 17", "2024-03-17")]),
        ("The fund closed on Friday, March 1, at a loss.", [day("Friday, March 1", "2024-03-01")]),
        ("Results came on Thursday (March 7, 2024).", [day("Thursday (March 7, 2024)", "2024-03-07")]),
        # the weekday outweighs the tense: the nearest year in which the day is that weekday
        ("The vote came on Monday, March 25.", [day("Monday, March 25", "2024-03-25")]),
        ("The vote will come on Thursday, Feb. 29.", [day("Thursday, Feb. 29", "2024-02-29")]),
    ],
)
def test_a_weekday_with_its_date(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The company reported losses in 2019 and 2020.", [day("2019", "2019"), day("2020", "2020")]),
        ("Flights were cancelled on March 4 and 5.", [day("March 4", "2024-03-04"), day("5", "2024-03-05")]),
        ("Between 2010 and 2015, exports doubled.", [day("2010", "2010"), day("2015", "2015")]),
        (
            "The talks on Monday and Tuesday ended without a deal.",
            [day("Monday", "2024-03-11"), day("Tuesday", "2024-03-12")],
        ),
        ("Sales rose in January and February.", [day("January", "2024-01"), day("February", "2024-02")]),
        ("Storms hit on 4 and 5 March.", [day("4", "2024-03-04"), day("5 March", "2024-03-05")]),
        ("Sales rose in both 2022 and 2023.", [day("2022", "2022"), day("2023", "2023")]),
        ("The war lasted from 1992 to 1995.", [day("1992 to 1995", "1992/1995")]),
    ],
)
def test_coordinations(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The attack came on March 3. In the weeks before the attack, police had warnings.",
            [day("March 3", "2024-03-03"), ("the weeks", "DURATION", "PXW")],
        ),
        ("Polls closed 10 days before the vote.", [("10 days", "DURATION", "P10D")]),
        (
            "The fire started on March 3. Firefighters arrived the next morning.",
            [day("March 3", "2024-03-03"), ("the next morning", "TIME", "2024-03-04TMO")],
        ),
        (
            "The blast hit on March 3. That same evening, the president spoke.",
            [day("March 3", "2024-03-03"), ("That same evening", "TIME", "2024-03-03TEV")],
        ),
        ("A spokesman said later on Thursday that talks had failed.", [day("Thursday", "2024-03-07")]),
        ("Two days after the election, the president resigned.", [("Two days", "DURATION", "P2D")]),
        ("Shares rose earlier this month.", [day("earlier this month", "2024-03")]),
        ("Earlier this week, the board resigned.", [day("Earlier this week", "2024-W11")]),
        (
            "The vote was held in May 2021. Later that year, the parliament dissolved.",
            [day("May 2021", "2021-05"), day("Later that year", "2021")],
        ),
        (
            "The ship sank on Jan. 5, 2020. Divers reached it the following week.",
            [day("Jan. 5, 2020", "2020-01-05"), day("the following week", "2020-W02")],
        ),
    ],
)
def test_anaphoric_and_event_anchored(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The siege lasted nearly two weeks.", [("nearly two weeks", "DURATION", "P2W")]),
        ("Inflation rose in the past two months.", [("the past two months", "DURATION", "P2M")]),
        ("Fighting flared in late February.", [day("late February", "2024-02")]),
        ("The plant will reopen in mid-April.", [day("mid-April", "2024-04")]),
        ("He spoke for more than an hour.", [("more than an hour", "DURATION", "PT1H")]),
        ("The company expects a loss in fiscal 2024.", [day("fiscal 2024", "2024")]),
    ],
)
def test_spans(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Protesters clashed with police on Friday night.", ("Friday night", "TIME", "2024-03-08TNI")),
        ("The minister will arrive on Sunday morning.", ("Sunday morning", "TIME", "2024-03-17TMO")),
        ("The quake struck early Saturday morning.", ("early Saturday morning", "TIME", "2024-03-09TMO")),
        ("Fans gathered on Saturday afternoon.", ("Saturday afternoon", "TIME", "2024-03-09TAF")),
        ("The president will speak Wednesday night.", ("Wednesday night", "TIME", "2024-03-13TNI")),
    ],
)
def test_parts_of_day_keep_their_day(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "He drove a 2012 Ford Focus.",
        "A 10-year-old boy was hurt.",
        "The shop is open 24/7.",
        "He flew on a Boeing 737 to Oslo.",
        "She appeared on Good Morning America.",
        "The Sunday Times said the plan failed.",
        "The Sun and the Daily Mail ran the story.",
        "The Daily Telegraph reported the story.",
        "The Weekly Standard ran it.",
        "He voted on Super Tuesday.",
        "Bloody Sunday is remembered in Derry.",
    ],
)
def test_names_are_not_dates(text):
    assert found(text) == []


def test_named_days_are_their_holidays_and_lower_case_rates_are_sets():
    assert found("Shoppers queued on Black Friday.") == [day("Black Friday", "2023-11-24")]
    assert found("Lent began on Ash Wednesday.") == [day("Ash Wednesday", "2024-02-14")]
    assert found("Weekly sales figures came out.") == [("Weekly", "SET", "P1W")]
    assert found("He worked 12 hours a day.") == [("12 hours a day", "SET", "P1D")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Prices have risen for years.", ("years", "DURATION", "PXY")),
        ("The firm is now profitable.", ("now", "DATE", "PRESENT_REF")),
        ("Rents have soared in recent years.", ("recent years", "DURATION", "PXY")),
        ("Unemployment is currently at 5 percent.", ("currently", "DATE", "PRESENT_REF")),
        ("Talks may resume in the coming days.", ("the coming days", "DURATION", "PXD")),
        ("The dispute has lasted for decades.", ("decades", "DURATION", "PXDE")),
    ],
)
def test_vague_references_and_durations(text, expected):
    assert found(text) == [expected]
    assert expected[1] in ("DATE", "TIME", "DURATION", "SET")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Growth slowed in the 1990s.", day("the 1990s", "199")),
        ("Sales fell last summer.", day("last summer", "2023-SU")),
        ("Profit fell in Q3.", day("Q3", "2023-Q3")),
        ("Talks resumed over the weekend.", day("the weekend", "2024-W10-WE")),
        ("Demand will peak in the mid-2020s.", day("the mid-2020s", "202")),
        ("Sales rose in the third quarter of 2023.", day("the third quarter of 2023", "2023-Q3")),
        ("Rates will rise in the second half of the year.", day("the second half of the year", "2024-H2")),
        ("The vote is set for next spring.", day("next spring", "2025-SP")),
        ("Profit rose from $2 billion in the prior year.", day("the prior year", "2023")),
        ("Revenue fell from the prior quarter.", day("the prior quarter", "2023-Q4")),
    ],
)
def test_decades_seasons_quarters_and_fiscal_years(text, expected):
    assert found(text) == [expected]


def test_a_past_winter_told_in_summer_is_the_one_that_began_last_december():
    assert found("Output shrank in the winter.", dt.date(2024, 8, 6)) == [day("the winter", "2023-WI")]


def test_a_market_report_sums_up_its_day_and_week():
    assert found("Stocks fell on Friday. For the week, the Dow lost 2 percent.") == [
        day("Friday", "2024-03-08"),
        day("the week", "2024-W10"),
    ]
    assert found("Shares rose 3 percent on the day.") == [day("the day", "2024-03-12")]
    assert found("On the day of the attack, he fled.") == []


def test_dates_in_other_languages_and_clock_times_in_bylines():
    assert found("The decree, dated el 16 de agosto de 2023, was published.") == [
        day("16 de agosto de 2023", "2023-08-16")
    ]
    assert found("The letter was signed am 12. März 2023 in Berlin.") == [day("12. März 2023", "2023-03-12")]
    assert found("Updated 02:32 PM EDT\nThe rally went ahead.") == [("02:32 PM EDT", "TIME", "2024-03-12T14:32")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tue 12 Mar 2024 08.15 GMT\nShares fell.",
            [day("Tue 12 Mar 2024", "2024-03-12"), ("08.15 GMT", "TIME", "2024-03-12T08:15")],
        ),
        ("The race starts at 1400 GMT.", [("1400 GMT", "TIME", "2024-03-12T14:00")]),
        (
            "Posted: Mar 12, 2024 / 02:32 PM EDT\nThe rally went ahead.",
            [day("Mar 12, 2024", "2024-03-12"), ("02:32 PM EDT", "TIME", "2024-03-12T14:32")],
        ),
        ("Shares rose 1.25 percent.", []),
        ("Voting ends at 8 p.m. Thursday.", [("8 p.m. Thursday", "TIME", "2024-03-14T20:00")]),
    ],
)
def test_clock_readings_of_bylines_and_wire_copy(text, expected):
    assert found(text) == expected


FRI = dt.date(2023, 10, 27)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The hearing was moved to Dec. 4.", [day("Dec. 4", "2023-12-04")]),
        ("He moved to Paris in May.", [day("May", "2023-05")]),
        ("Officials warned that the storm would hit on Sunday.", [day("Sunday", "2023-10-29")]),
        ("Officials said the storm hit on Sunday.", [day("Sunday", "2023-10-22")]),
        (
            "The election, originally set for December, has been pushed back to February.",
            [day("December", "2023-12"), day("February", "2024-02")],
        ),
        (
            "The league announced Monday that the season would start on Dec. 1.",
            [day("Monday", "2023-10-23"), day("Dec. 1", "2023-12-01")],
        ),
        (
            "The tournament, which kicks off on Nov. 3, ends on Nov. 19.",
            [day("Nov. 3", "2023-11-03"), day("Nov. 19", "2023-11-19")],
        ),
    ],
)
def test_moves_modals_and_postponements(text, expected):
    assert found(text, FRI) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The trains run twice a day.", ("twice a day", "SET", "P1D")),
        ("The paper publishes three times a week.", ("three times a week", "SET", "P1W")),
        ("Elections are held every four years.", ("every four years", "SET", "P4Y")),
        ("The exam is held in late spring.", ("late spring", "DATE", "2024-SP")),
        ("Sales rose in winter.", ("winter", "DATE", "2023-WI")),
        ("Prices rise in fall.", None),
    ],
)
def test_frequencies_and_seasons_without_the(text, expected):
    assert found(text) == ([expected] if expected else [])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On Monday, the next phase of the trial began.", [day("Monday", "2024-03-11")]),
        ("On Friday, the next round of talks opened in Geneva.", [day("Friday", "2024-03-08")]),
        ("On Monday, the last phase will begin.", [day("Monday", "2024-03-18")]),
        (
            "The minister met her on Monday ahead of talks next week.",
            [day("Monday", "2024-03-11"), day("next week", "2024-W12")],
        ),
    ],
)
def test_next_and_last_as_adjectives_are_no_cues(text, expected):
    assert found(text) == expected
