"""The date engine on news in general: the side of the publication date, coordinations, anaphora, names
that are not dates, headlines, dates in other languages, clock readings (issue 18)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.timex import tag

THU = dt.date(2025, 8, 7)  # a Thursday


def values(text: str, published: dt.date = THU) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, published)]


@pytest.mark.parametrize(
    "text, value",
    [
        # a plan, an obligation or an invitation reported in the past still points ahead
        ("The court ruled the documents must be handed over by Aug. 14.", "2025-08-14"),
        ("Activists planned a march on Saturday.", "2025-08-09"),
        ("The minister invited her to join talks on Wednesday.", "2025-08-13"),
        ("The vote was postponed until Saturday.", "2025-08-09"),
        ("The union has promised a strike on Saturday.", "2025-08-09"),
        # a future word that is not about the date does not move it
        ("He sat next to the minister on Monday.", "2025-08-04"),
        ("The rally on Monday, which organisers feared would turn violent, drew thousands.", "2025-08-04"),
        ("Shops stayed shut on Saturday and would reopen later.", "2025-08-02"),
        # a date fronted before its clause's comma takes that clause's tense
        ("On Monday, the leaders will meet.", "2025-08-11"),
    ],
)
def test_the_side_of_the_publication_date(text, value):
    assert values(text)[0][2] == value


def test_a_weekday_with_its_date_is_one_expression_and_agrees_with_the_year():
    january = dt.date(2026, 1, 5)
    # 26 October is a Sunday in 2025 and a Monday in 2026: the weekday chooses the year
    assert values("The vote is on Monday, Oct. 26.", january) == [("Monday, Oct. 26", "DATE", "2026-10-26")]
    assert values("Polls open Tuesday, Nov. 3.", january) == [("Tuesday, Nov. 3", "DATE", "2026-11-03")]
    assert values("It happened on Thursday (August 28, 2025) in Kyiv.") == [
        ("Thursday (August 28, 2025)", "DATE", "2025-08-28")
    ]
    assert values("Rain fell on Friday (1 August).") == [("Friday (1 August)", "DATE", "2025-08-01")]
    assert [v for _, _, v in values("He said Monday (and Tuesday) it was fine.")] == ["2025-08-04", "2025-08-05"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police came on June 4. That same day, the mayor resigned.", ("That same day", "DATE", "2025-06-04")),
        ("The flood began on June 4. The next morning, roads closed.", ("The next morning", "TIME", "2025-06-05TMO")),
        ("Shares fell on June 4. Later that day, they rose.", ("Later that day", "DATE", "2025-06-04")),
        ("She was elected in 2019. Later that year she resigned.", ("Later that year", "DATE", "2019")),
        ("Riots began on June 4. Earlier that week, calm.", ("Earlier that week", "DATE", "2025-W23")),
        ("Earlier in the day, police fired tear gas.", ("Earlier in the day", "DATE", "2025-08-07")),
        ("Prices rose earlier this year.", ("earlier this year", "DATE", "2025")),
    ],
)
def test_anaphoric_expressions_count_from_the_last_date(text, expected):
    assert values(text)[-1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("She told the 60 Minutes programme she would stay.", []),
        ("The Communist Party daily said the plan was sound.", []),
        ("The sheriff waited at high noon.", []),
        ("He drove his 1987 Chevrolet into the lake.", []),
        ("The hotline is staffed 24 hours a day.", [("24 hours a day", "SET", "P1D")]),
        (
            "Aides met daily; the talks lasted 60 minutes at noon.",
            [("daily", "SET", "P1D"), ("60 minutes", "DURATION", "PT60M"), ("noon", "TIME", "2025-08-07T12:00")],
        ),
        ("He was born in 1987.", [("1987", "DATE", "1987")]),
        ("The index has lost nearly three quarters of its value.", []),
        ("Sales fell for two quarters.", [("two quarters", "DURATION", "P2Q")]),
    ],
)
def test_names_and_rates_are_not_dates(text, expected):
    assert values(text) == expected


def test_a_headline_tells_past_events_in_the_present():
    assert values("Storm hits coast Saturday\n\nThe storm came ashore.") == [("Saturday", "DATE", "2025-08-02")]
    assert values("Leaders to meet Saturday\n\nThe leaders will meet.") == [("Saturday", "DATE", "2025-08-09")]
    # in running text, with no cue, the nearer Saturday
    assert values("Body text: a meeting on Saturday.") == [("Saturday", "DATE", "2025-08-09")]


def test_quarters_without_a_year_and_counted_lengths():
    february = dt.date(2025, 2, 7)
    assert values("Profit fell in the fourth quarter.", february) == [("the fourth quarter", "DATE", "2024-Q4")]
    assert values("Sales will rise in the first quarter.", february)[0][2] == "2025-Q1"
    # untensed, the nearer one: in February the fourth quarter is last year's, the second this year's
    assert values("Fourth-quarter profit: $2 billion.", february)[0][2] == "2024-Q4"
    assert values("Second-quarter outlook: weak.", february)[0][2] == "2025-Q2"
    assert values("Carmakers lost money in the final quarter of 2009.")[0][2] == "2009-Q4"
    assert values("The last financial quarter was weak.", february)[0][2] == "2024-Q4"
    assert values("Shares fell for six straight days.") == [("six straight days", "DURATION", "P6D")]
    assert values("It shrank for two consecutive quarters.") == [("two consecutive quarters", "DURATION", "P2Q")]
    assert values("It should have been fixed years ago.") == [("years ago", "DATE", "PAST_REF")]
    assert values("The first flight may come as early as March.", february)[0][2] == "2025-03"


def test_rules_once_fitted_to_single_sentences_now_cover_their_family():
    # decades as lengths are years in TimeML
    assert values("Output doubled over a decade.") == [("a decade", "DURATION", "P10Y")]
    # an ordinal day with its adjective; a comparison with a noun phrase before "today"
    assert values("Markets fell for the third straight day.")[0][2] == "XXXX-XX-XX"
    assert [t.value for t in tag("It flies farther than the equivalent aircraft today.", THU)] == ["PRESENT_REF"]
    # h:mm:ss is a length, unless it is a clock reading ("at ...", "... UTC")
    assert values("The order was filed at 14:32:10 UTC.") == [("14:32:10 UTC", "TIME", "2025-08-07T14:32:10")]
    assert values("She won the marathon in 2:21:05.") == [("2:21:05", "DURATION", "PT2H21M5S")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mayor of Lima signed it on 16 de agosto, 2025.", ("16 de agosto, 2025", "2025-08-16")),
        ("Le Monde dated the letter 3 mars 2024.", ("3 mars 2024", "2024-03-03")),
        ("The Kyiv paper printed 12 серпня 2025 on its front page.", ("12 серпня 2025", "2025-08-12")),
    ],
)
def test_dates_in_other_languages_go_to_dateparser_last(text, expected):
    assert [(t.text, t.value) for t in tag(text, THU)] == [expected]


def test_odd_forms_that_are_not_dates_stay_out():
    assert values("Room 5, 2019 was hot.") == [("2019", "DATE", "2019")]
    assert values("He waited 5 days 2025 times.")[0] == ("5 days", "DURATION", "P5D")


def test_spans_keep_their_timex3_modifiers_and_vague_periods_stay_vague():
    assert tag("The storm lasted about five hours.", THU)[0].text == "about five hours"
    assert values("Crime fell over the past 20 years.") == [("the past 20 years", "DURATION", "P20Y")]
    assert values("Work resumes in early March.", dt.date(2025, 2, 7)) == [("early March", "DATE", "2025-03")]
    assert values("Recent weeks were calm.") == [("Recent weeks", "DATE", "PAST_REF")]
    assert values("Shares rose in recent days.") == [("recent days", "DURATION", "PXD")]
    assert all(t.type in ("DATE", "TIME", "DURATION", "SET") for t in tag("Now, recently, for years, annually.", THU))


def test_parts_of_the_current_period_and_bare_quarters():
    assert values("Shares fell late in the day.") == [("late in the day", "DATE", "2025-08-07")]
    assert values("Sales will pick up later in the year.") == [("later in the year", "DATE", "2025")]
    assert values("The company posted Q2 results.") == [("Q2", "DATE", "2025-Q2")]
    assert values("Output fell in 2009. On Monday it said the previous year was better.")[-1][2] == "2008"


def test_a_month_day_and_clock_readings_without_a_zone():
    assert values("She recalled that March day in 2019 when it began.")[0] == ("March day", "DATE", "2019-03-XX")
    assert values("On a cold January morning, troops left.")[0] == ("January morning", "TIME", "2025-01-XXTMO")
    assert values("Workers marched on May Day.") == [("May Day", "DATE", "2025-05-01")]
    assert values("The blast came at 10:30 on Monday.") == [("10:30 on Monday", "TIME", "2025-08-04T10:30")]
    assert values("The shop opens 08:00 local time.") == [("08:00", "TIME", "2025-08-07T08:00")]
    assert values("The score was 10:30 in the end.") == []


def test_a_quarter_of_a_relative_year_and_a_clock_reading_of_a_deictic_day():
    assert values("Profit rose from the first quarter of last year.") == [
        ("the first quarter of last year", "DATE", "2024-Q1")
    ]
    assert values("Shares slid on June 3 and recovered by 11:45 GMT yesterday.")[-1] == (
        "11:45 GMT yesterday",
        "TIME",
        "2025-08-06T11:45",
    )
    assert values("The alarm rang at 9 a.m. yesterday.") == [("9 a.m. yesterday", "TIME", "2025-08-06T09:00")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Talks were held between 6 and 8 August.", [("6", "2025-08-06"), ("8 August", "2025-08-08")]),
        ("Hearings ran on April 24 and 25, 2024.", [("April 24", "2024-04-24"), ("25, 2024", "2024-04-25")]),
        ("He served between 1994 and 1997.", [("1994", "1994"), ("1997", "1997")]),
        ("Prices rose between May and July.", [("May", "2025-05"), ("July", "2025-07")]),
    ],
)
def test_coordinated_dates_are_two_expressions(text, expected):
    assert [(t.text, t.value) for t in tag(text, THU)] == expected


def test_a_month_takes_a_relative_year_written_after_it_and_a_perfect_passive_keeps_its_future():
    assert values("Contracts will not be renewed after October of next year.")[0] == ("October", "DATE", "2026-10")
    assert values("Sales were weak in March last year.")[0] == ("March", "DATE", "2024-03")
    # "been" is an auxiliary: "will have been sold" is future, and the date after it too
    assert values("All stock will have been sold by then, on June 26.")[0][2] == "2026-06-26"


def test_a_past_clause_does_not_send_a_date_of_the_coming_weeks_a_year_back():
    november = dt.date(2025, 11, 5)
    assert values("The stop was dropped in favour of a visit on November 16.", november)[0][2] == "2025-11-16"
    assert values("The plant was closed on December 20.", november)[0][2] == "2024-12-20"  # weeks ahead: no


def test_a_month_naming_figures_is_the_last_such_month_whatever_the_tense():
    september = dt.date(2025, 9, 4)
    assert values("An expected announcement of August unemployment data could hurt.", september)[0][2] == "2025-08"
    assert values("Analysts expect July sales to fall.", september)[0][2] == "2025-07"
    assert values("Sales will rise in October.", september)[0][2] == "2025-10"


def test_earlier_in_the_day_before_an_event_is_the_day_itself():
    assert values("On June 4 the index fell to 8,000 earlier in the day before rallying.")[-1] == (
        "earlier in the day",
        "DATE",
        "2025-06-04",
    )
    assert values("He promised that day one would be different.") == []


def test_a_year_later_counts_from_the_year_of_the_story():
    found = tag("She was born on May 2, 1950. In 1984 she founded it. One year later she left.", THU)
    assert (found[-1].value, found[-1].point) == ("P1Y", "1985")


@pytest.mark.parametrize(
    "text, value",
    [
        # a directive reported in the past points ahead, as a plan does
        ("The judge ordered the company to pay the fine by Sept. 30.", "2025-09-30"),
        ("Police told residents to leave by Friday.", "2025-08-08"),
        ("The regulator required banks to report by Aug. 20.", "2025-08-20"),
        # a day something is arranged for lies ahead; a day's possessive does not
        ("The union announced a strike for Monday.", "2025-08-11"),
        ("The hearing was set for Aug. 21.", "2025-08-21"),
        ("Organisers called a rally for Saturday.", "2025-08-09"),
        ("He was arrested for Monday's attack.", "2025-08-04"),
        ("He was remanded in custody until Monday.", "2025-08-11"),
        # a hope, an aim or a wish reported in the past looks ahead too
        ("Officials hoped to finish the count by Friday.", "2025-08-08"),
        ("The rebels wanted to meet on Saturday.", "2025-08-09"),
        ("The vote, slated for Aug. 20, was delayed.", "2025-08-20"),
        # a possibility looks ahead; "could not be reached" is no possibility
        ("The vote could come in March.", "2026-03"),
        ("A decision might come on Friday.", "2025-08-08"),
        ("He could not be reached for comment on Monday.", "2025-08-04"),
        # the end of a range written with "from ... until" is on the range's side
        ("The strike lasted from Jan. 3 until Feb. 10.", "2025-01-03"),
    ],
)
def test_directives_and_arrangements_point_ahead(text, value):
    assert values(text)[0][2] == value


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Talks went on for roughly two hours.", ("roughly two hours", "PT2H", "APPROX")),
        ("The ban was lifted after some 18 months.", ("some 18 months", "P18M", "APPROX")),
        ("He served for over a decade.", ("over a decade", "P10Y", "MORE_THAN")),
        ("It took just under three hours.", ("just under three hours", "PT3H", "LESS_THAN")),
        ("He will serve at least five years.", ("at least five years", "P5Y", "EQUAL_OR_MORE")),
        ("He was jailed for a mere six months.", ("a mere six months", "P6M", None)),
        # "over" as a preposition stays outside the expression
        ("The talks were held over two days.", ("two days", "P2D", None)),
    ],
)
def test_a_duration_keeps_its_quantity_modifier(text, expected):
    assert [(t.text, t.value, t.mod) for t in tag(text, THU)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The plane crashed in March 2019. The following month, the CEO quit.", ("The following month", "2019-04")),
        ("The plant shut in March 2019. The month after, it reopened.", ("The month after", "2019-04")),
        ("Talks failed in May 2020. Later that month, they resumed.", ("Later that month", "2020-05")),
        ("The plane crashed in 2019. The next year, the CEO resigned.", ("The next year", "2020")),
        ("He was elected in 2016. The same year, he married.", ("The same year", "2016")),
        ("The plane crashed in March 2019. That summer, the CEO quit.", ("That summer", "2019-SU")),
        ("The dam broke on June 4. Later in the week, the mayor resigned.", ("Later in the week", "2025-W23")),
        ("In 2012 the law took effect the week before the election.", ("the week", "2012-WXX")),
    ],
)
def test_a_told_story_counts_its_periods_from_the_last_date_named(text, expected):
    assert [(t.text, t.value) for t in tag(text, THU)][-1] == expected


def test_periods_that_look_ahead_or_are_named_after_stay_so():
    assert values("Analysts expect growth over the next year.") == [("the next year", "DURATION", "P1Y")]
    assert values("It crashed in 2019. He said the next year would be hard.")[-1] == (
        "the next year",
        "DURATION",
        "P1Y",
    )
    assert values("In 2019 it said it will grow over the next year.")[-1] == ("the next year", "DURATION", "P1Y")
    assert values("Profit fell from the same month last year.") == [("last year", "DATE", "2024")]
    assert values("Sales will pick up later in the year.") == [("later in the year", "DATE", "2025")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The empire lasted half a century.", ("half a century", "P50Y")),
        ("The meeting lasted half an hour.", ("half an hour", "PT30M")),
        ("He was jailed for a year and a half.", ("a year and a half", "P18M")),
        ("The project took 1 1/2 years.", ("1 1/2 years", "P18M")),
        ("He signed a two-and-a-half-year contract.", ("two-and-a-half-year", "P30M")),
        ("The strike lasted two and a half weeks.", ("two and a half weeks", "P2.5W")),
    ],
)
def test_a_duration_with_a_half_is_one_expression(text, expected):
    assert [(t.text, t.value) for t in tag(text, THU)] == [expected]


def test_years_and_decades_with_an_apostrophe_and_midday():
    assert values("The model debuted in '08 and sold well.") == [("'08", "DATE", "2008")]
    assert values("He has played here since '99.") == [("'99", "DATE", "1999")]
    assert values("The '90s were good.") == [("The '90s", "DATE", "199")]
    assert values("Rock 'n' roll was loud.") == []
    assert values("The blast came at midday on Monday.") == [("midday on Monday", "TIME", "2025-08-04T12:00")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He ran Windows 2000 on the server.", []),
        ("Microsoft Office 2010 went on sale.", []),
        ("Flight 2013 landed safely in Oslo.", []),
        ("He cited Section 1983 of the code.", []),
        # a capitalised date word, a preposition, or a title-case headline keeps the year a date
        ("Sales fell in 2009.", [("2009", "DATE", "2009")]),
        ("Apple Reports Record Sales For 2009", [("2009", "DATE", "2009")]),
        ("Christmas 2009 was quiet.", [("Christmas 2009", "DATE", "2009-12-25")]),
    ],
)
def test_a_year_in_a_name_is_no_date(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The notice read 2025年8月16日 at the top.", ("2025年8月16日", "2025-08-16")),
        ("The memo dated 2025.08.16 circulated.", ("2025.08.16", "2025-08-16")),
        ("The memo dated 2025/08/16 circulated.", ("2025/08/16", "2025-08-16")),
    ],
)
def test_year_first_dates_in_other_scripts_and_separators(text, expected):
    assert [(t.text, t.value) for t in tag(text, THU)] == [expected]


def test_a_version_number_is_no_date():
    assert values("Version 2025.08.16.3 shipped.") == []


def test_unsaid_numbers_of_units_ahead_are_durations():
    assert values("Sales could recover in the months ahead.") == [("the months ahead", "DURATION", "PXM")]
    assert values("More layoffs are likely in the weeks to come.") == [("the weeks to come", "DURATION", "PXW")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Protesters marched this past weekend.", ("this past weekend", "2025-W31-WE")),
        ("Fans gather this coming weekend.", ("this coming weekend", "2025-W32-WE")),
        ("The vote is this coming Monday.", ("this coming Monday", "2025-08-11")),
        ("Prices rose this past week.", ("this past week", "P1W")),
        ("He was arrested on Monday last week.", ("Monday", "2025-07-28")),
        ("The vote is on Tuesday next week.", ("Tuesday", "2025-08-12")),
    ],
)
def test_this_past_this_coming_and_a_weekday_of_a_named_week(text, expected):
    assert [(t.text, t.value) for t in tag(text, THU)][0] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The year-long strike ended.", ("year-long", "P1Y")),
        ("He made a weeklong visit to China.", ("weeklong", "P1W")),
        ("The decade-long war ended.", ("decade-long", "P10Y")),
        ("The firm signed a multi-year deal.", ("multi-year", "PXY")),
    ],
)
def test_unit_long_adjectives_are_durations(text, expected):
    assert [(t.text, t.value) for t in tag(text, THU)] == [expected]


def test_the_end_of_a_from_until_range_keeps_the_ranges_year():
    assert values("The strike lasted from Jan. 3 until Feb. 10.")[-1] == ("Feb. 10", "DATE", "2025-02-10")


def test_an_abbreviated_weekday_before_a_date_is_part_of_it_but_never_moves_its_year():
    assert values("Posted Thu, Aug. 7, 2025 at 3 p.m.")[0] == ("Thu, Aug. 7, 2025", "DATE", "2025-08-07")
    assert values("Rallies are planned for Sat, Aug. 9.") == [("Sat, Aug. 9", "DATE", "2025-08-09")]
    assert values("The Sun, Aug. 7, reported the story.") == [("Aug. 7", "DATE", "2025-08-07")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The blast struck early Tuesday.", ("early Tuesday", "2025-08-05", "START")),
        ("The fire broke out late Monday night.", ("late Monday night", "2025-08-04TNI", "END")),
        ("Shares rose late yesterday.", ("late yesterday", "2025-08-06", "END")),
    ],
)
def test_early_and_late_before_a_day_are_inside_its_expression(text, expected):
    assert [(t.text, t.value, t.mod) for t in tag(text, THU)] == [expected]


def test_a_clock_reading_takes_the_day_of_the_part_of_day_after_it():
    found = tag("It happened on June 3. The fire started at 11 p.m. last night.", THU)
    assert [(t.text, t.value) for t in found][1:] == [("11 p.m.", "2025-08-06T23:00"), ("last night", "2025-08-06TNI")]
    assert values("He spoke at 9 a.m. this morning.")[0] == ("9 a.m.", "TIME", "2025-08-07T09:00")


def test_a_future_word_does_not_send_a_day_of_the_last_weeks_a_year_ahead():
    august = dt.date(2025, 8, 20)
    # "deadline" reads as a future cue, yet a day three weeks back is this year's, not next year's
    assert values("Each deadline Trump set, then Aug. 8, slipped away.", august)[0][2] == "2025-08-08"
    assert values("The union's deadline of August 4 passed without a deal.", august)[0][2] == "2025-08-04"
    assert values("Ministers are expected to decide by March 3.", dt.date(2024, 3, 12))[0][2] == "2024-03-03"
    # months back, a future clause is next year's
    assert values("Elections will be held on February 10.", dt.date(2024, 3, 7))[0][2] == "2025-02-10"
