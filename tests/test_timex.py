"""Every expression family, with the publication-date arithmetic."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.timex import phrase, tag
from generator.timex.calendar import precision_of, start_of

THU = dt.date(2025, 8, 7)  # a Thursday


def values(text: str, published: dt.date = THU) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, published)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("They met on August 6.", [("August 6", "DATE", "2025-08-06")]),
        ("It was signed on 6 August 2025.", [("6 August 2025", "DATE", "2025-08-06")]),
        ("It was signed Aug. 6, 2024.", [("Aug. 6, 2024", "DATE", "2024-08-06")]),
        ("Dated 08/06/2025 in the file.", [("08/06/2025", "DATE", "2025-08-06")]),
        ("Dated 2025-08-06 in the file.", [("2025-08-06", "DATE", "2025-08-06")]),
        ("The invasion began in February 2022.", [("February 2022", "DATE", "2022-02")]),
        ("Turnout was low in 2018.", [("2018", "DATE", "2018")]),
        ("Prices rose in the first quarter of 2024.", [("the first quarter of 2024", "DATE", "2024-Q1")]),
        ("It was popular in the 1990s.", [("the 1990s", "DATE", "199")]),
        ("The plan for week 2025-W33 holds.", [("2025-W33", "DATE", "2025-W33")]),
        ("The offensive started last summer.", [("last summer", "DATE", "2024-SU")]),
        ("Wars of the 20th century.", [("20th century", "DATE", "19")]),
    ],
)
def test_explicit_dates(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, value",
    [
        ("Talks were held on Wednesday.", "2025-08-06"),  # past: the last Wednesday
        ("Zelensky declared Thursday that he would go.", "2025-08-07"),  # the publication day itself
        ("They will meet on Friday.", "2025-08-08"),  # future: the next Friday
        ("Sanctions could come as early as Friday.", "2025-08-08"),
        ("He spoke last Monday.", "2025-08-04"),
        ("He will speak next Monday.", "2025-08-11"),
        ("He arrived yesterday.", "2025-08-06"),
        ("He arrives tomorrow.", "2025-08-08"),
        ("It happened two days ago.", "2025-08-05"),
    ],
)
def test_weekdays_and_days_by_tense(text, value):
    assert values(text)[0][2] == value


def test_time_of_day_keeps_timex3_form():
    assert values("The Kremlin confirmed on Thursday morning that they would meet.") == [
        ("Thursday morning", "TIME", "2025-08-07TMO")
    ]
    assert values("Drones struck on Monday night.", dt.date(2025, 8, 19))[0][2] == "2025-08-18TNI"


@pytest.mark.parametrize(
    "text, value",
    [
        ("They could meet as early as next week.", "2025-W33"),
        ("Putin spoke last week.", "2025-W31"),
        ("Growth slowed this year.", "2025"),
        ("The treaty expires next year.", "2026"),
        ("Exports fell last month.", "2025-07"),
        ("Sales beat the year-earlier period.", "2024"),
        ("Profit doubled from the year-ago level.", "2024"),
    ],
)
def test_relative_periods(text, value):
    assert values(text)[0][2] == value


def test_iso_weeks_across_a_new_year():
    assert values("They will meet next week.", dt.date(2025, 12, 29))[0][2] == "2026-W02"
    assert values("They met last week.", dt.date(2026, 1, 1))[0][2] == "2025-W52"


def test_year_from_context():
    assert values("Putin stated in January that it was possible.")[0][2] == "2025-01"
    assert values("The talks collapsed in December.", dt.date(2025, 1, 15))[0][2] == "2024-12"
    assert values("The summit will be held in September.")[0][2] == "2025-09"
    assert values("It is due to be published in May.", dt.date(2013, 3, 22))[0][2] == "2013-05"


def test_modifiers():
    t = tag("The regions were annexed in late 2022.", THU)[0]
    assert (t.text, t.value, t.mod) == ("late 2022", "2022", "END")
    t = tag("In his interview in early January, he spoke.", dt.date(2025, 1, 24))[0]
    assert (t.text, t.value, t.mod) == ("early January", "2025-01", "START")
    t = tag("The deal was reached at the end of March.", THU)[0]
    assert (t.value, t.mod) == ("2025-03", "END")
    t = tag("It will be finished by mid-2026.", THU)[0]
    assert (t.text, t.value, t.mod) == ("mid-2026", "2026", "MID")


def test_ranges():
    assert values("Negotiations ran from May to July.")[0] == ("May to July", "DATE", "2025-05/2025-07")
    assert values("During his first term (2017-2021), sanctions grew.")[0][2] == "2017/2021"
    assert values("Talks were held from 6 to 8 August.")[0][2] == "2025-08-06/2025-08-08"


def test_the_part_of_a_year_is_placed_by_tense():
    january = dt.date(2013, 1, 20)
    assert values("The flu season peaked by the end of year.", january) == [("the end of year", "DATE", "2012")]
    assert values("It will be ready by the end of the year.", january) == [("the end of the year", "DATE", "2013")]
    assert tag("Talks resume by the end of the year.", THU)[0].mod == "END"
    november = dt.date(2025, 11, 20)
    assert values("They will meet at the start of the year.", november) == [("the start of the year", "DATE", "2026")]


def test_the_end_of_the_week_and_month_and_the_weekend():
    assert values("By the end of the week he will decide.") == [("the end of the week", "DATE", "2025-W32")]
    # Written on 3 August, a past "end of the month" is July's; on 25 August, a future "start" is September's.
    assert values("It closed at the end of the month.", dt.date(2025, 8, 3))[0][2] == "2025-07"
    assert values("It will reopen at the start of the month.", dt.date(2025, 8, 25))[0][2] == "2025-09"
    assert values("Talks resume in the middle of the month.")[0][2] == "2025-08"
    # Thursday 7 August 2025: the weekend just past is 2-3 August (week 31), the coming one 9-10 August.
    assert values("They spoke over the weekend.") == [("the weekend", "DATE", "2025-W31-WE")]
    assert values("They will speak over the weekend.") == [("the weekend", "DATE", "2025-W32-WE")]
    assert values("Over the weekend, talks.", dt.date(2025, 8, 4))[0][2] == "2025-W31-WE"
    assert values("It appeared in the weekend edition.") == []


def test_clock_times_take_the_weekday_written_with_them():
    friday = dt.date(2013, 3, 22)
    assert values("The final was rescheduled for 15:00 GMT Saturday.", friday) == [
        ("15:00 GMT Saturday", "TIME", "2013-03-23T15:00")  # TimeML writes no zone
    ]
    assert values("The launch was delayed until 9:30 UTC Sunday.", friday)[0][2] == "2013-03-24T09:30"
    assert values("The vote closes at 8 p.m. EDT on Sunday.", friday)[0][2] == "2013-03-24T20:00"
    assert values("They met on Monday at 8 pm.", friday)[-1] == ("Monday at 8 pm", "TIME", "2013-03-18T20:00")


def test_a_day_fixed_by_an_undated_event_gets_no_calendar_value():
    assert values("The day before Roth was pulled over, his wife spoke.") == [("The day", "DATE", "XXXX-XX-XX")]
    assert values("They met on August 6. He left the day before.")[-1] == ("the day before", "DATE", "2025-08-05")
    # A day counted from an undated start is a day, but not one we can name.
    assert values("We estimated 100 days and got across on the 99th day.")[-1] == ("the 99th day", "DATE", "XXXX-XX-XX")
    assert values("Protests went on for the second day in a row.") == [("the second day", "DATE", "XXXX-XX-XX")]
    assert not any(t.is_calendar_date for t in tag("They left on the final day.", THU))
    assert precision_of("2012-XX-XX") is None and start_of("2012-XX-XX") is None


def test_a_day_next_to_an_undated_event_is_in_the_story_year():
    friday = dt.date(2013, 3, 22)
    story = "He pleaded guilty on Thursday. He vanished in late last July. The day before he was stopped, she spoke."
    assert values(story, friday)[-1] == ("The day", "DATE", "2012-XX-XX")
    # Weekdays, "today" and clock times place the report, not the story: they do not move its year.
    story = "She spoke in August. Call me Sunday night at 8 PM, he wrote the day before the son reported him missing."
    assert values(story, friday)[-1] == ("the day", "DATE", "2012-XX-XX")
    # A year named later does not reach back.
    assert values("The day after he left, it rained. That was in 2019.", friday)[0] == ("The day", "DATE", "XXXX-XX-XX")


def test_a_month_takes_the_year_of_the_day_it_names():
    assert values("Her induction that January day in 2011 was brief.")[0] == ("January day", "DATE", "2011-01-XX")
    assert values("On a cold March morning of 2019, they left.")[0] == ("March morning", "TIME", "2019-03-XXTMO")


def test_a_duration_later_or_earlier_reaches_a_point():
    text = "They met on August 1. Two days later, he left. The next day he slept."
    found = [(t.text, t.type, t.value, t.point) for t in tag(text, THU)]
    assert found == [
        ("August 1", "DATE", "2025-08-01", None),
        ("Two days", "DURATION", "P2D", "2025-08-03"),  # TIMEX3 keeps the duration; the point is ours
        ("The next day", "DATE", "2025-08-04", None),  # counted from the point
    ]
    assert [(t.value, t.point, t.precision) for t in tag("Profit fell from a year earlier.", THU)] == [
        ("P1Y", "2024", "year")
    ]
    assert tag("Three months later, it fell.", THU)[0].point == "2025-11"
    assert tag("A week later, they met.", THU)[0].point is None  # no day named before it
    assert tag("For the next two days later on.", THU)[0].point is None
    text = "They met on August 1. Two days later, he left."
    assert phrase(text, tag(text, THU)[1]) == "Two days later"


def test_a_duration_from_now_reaches_a_point_from_publication():
    found = [(t.text, t.value, t.point) for t in tag("He will be 40 eight years from now.", THU)]
    assert found == [("eight years", "P8Y", "2033"), ("now", "PRESENT_REF", None)]  # TIMEX3: two expressions
    assert tag("Talks resume two weeks from now.", THU)[0].point == "2025-08-21"


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("He spoke on Christmas Day.", THU, ("Christmas Day", "2024-12-25")),  # past: the last one
        ("They will meet before Christmas.", THU, ("Christmas", "2025-12-25")),  # future: the next one
        ("It happened last Christmas.", THU, ("last Christmas", "2024-12-25")),
        ("The parade on Victory Day was held.", THU, ("Victory Day", "2025-05-09")),
        ("Victory Day 2020 was postponed.", THU, ("Victory Day 2020", "2020-05-09")),
        ("The truce over Easter failed.", THU, ("Easter", "2025-04-20")),
        ("He returned after Easter.", dt.date(2024, 6, 1), ("Easter", "2024-03-31")),
        ("Stores close on Thanksgiving.", dt.date(2024, 11, 1), ("Thanksgiving", "2024-11-28")),
        ("They met on Memorial Day.", dt.date(2025, 6, 1), ("Memorial Day", "2025-05-26")),
        ("Strikes began on New Year’s Eve.", dt.date(2026, 1, 3), ("New Year’s Eve", "2025-12-31")),
    ],
)
def test_holidays_by_tense(text, published, expected):
    assert [(t.text, t.value) for t in tag(text, published)][0] == expected


def test_recurring_weekdays_are_sets():
    text = "Flights leave on Monday and Tuesday nights; the shop opens on Mondays."
    assert values(text) == [
        ("Monday", "SET", "XXXX-WXX-1TNI"),
        ("Tuesday nights", "SET", "XXXX-WXX-2TNI"),
        ("Mondays", "SET", "XXXX-WXX-1"),
    ]
    assert values("They met on Monday and Tuesday.") == [
        ("Monday", "DATE", "2025-08-04"),
        ("Tuesday", "DATE", "2025-08-05"),
    ]


def test_a_tense_cue_before_the_expression_outweighs_one_after_it():
    text = "Qantas will almost double its flights by August in the search for markets untouched by the crisis."
    assert values(text, dt.date(1998, 2, 13)) == [("August", "DATE", "1998-08")]
    assert values("On Friday, the minister said so.") == [("Friday", "DATE", "2025-08-01")]  # none before: after


def test_holiday_names_used_as_nouns_are_not_dates():
    assert values("Christmas shopping rose, and a Victory Day parade was planned.") == []


def test_periods_before_and_after_the_last_date_named():
    assert values("He was elected in 2019. The year before, he ran.")[-1] == ("The year before", "DATE", "2018")
    text = "They met on Sunday, August 3. The week before, they spoke."
    assert values(text)[-1] == ("The week before", "DATE", "2025-W30")
    assert values("He left the year before the war.") == []
    assert values("They met on August 1. That night, they fled.")[-1] == ("That night", "TIME", "2025-08-01TNI")
    assert values("It was popular in the early '90s.")[0] == ("the early '90s", "DATE", "199")
    assert values("Jazz of the ’20s.")[0] == ("the ’20s", "DATE", "202")  # the last '20s begun by 2025


def test_anaphoric_days_count_from_the_last_day_mentioned():
    text = "On January 24, Putin spoke. On the eve, Trump had spoken."
    assert [t.value for t in tag(text, dt.date(2025, 1, 24))] == ["2025-01-24", "2025-01-23"]
    assert values("On the eve, Trump spoke.", dt.date(2025, 1, 24))[0][2] == "2025-01-23"


def test_durations_sets_and_references_are_never_dates():
    found = {
        t.text: (t.type, t.value)
        for t in tag(
            "He ruled for three years. Kellogg has 100 days. We meet every week. Talks are now stalled. "
            "We could continue for a few more months.",
            THU,
        )
    }
    assert found["three years"] == ("DURATION", "P3Y")
    assert found["100 days"] == ("DURATION", "P100D")
    assert found["every week"] == ("SET", "P1W")
    assert found["now"] == ("DATE", "PRESENT_REF")  # TIMEX3 knows no REF type
    assert found["a few more months"] == ("DURATION", "PXM")
    refs = values("It happened recently, as in the past; the future is open. Over the following decade, calm.")
    assert [(t, v) for t, _, v in refs] == [
        ("recently", "PAST_REF"),
        ("the past", "PAST_REF"),
        ("the future", "FUTURE_REF"),
        ("the following decade", "P10Y"),
    ]
    assert all(not t.is_calendar_date for t in tag("Now, at the time, recently.", THU))


def test_durations_without_a_count_of_their_own():
    assert values("The record was set days before his surgery.") == [("days", "DURATION", "PXD")]
    assert values("It left minutes before the plane departed.") == [("minutes", "DURATION", "PTXM")]
    assert values("In the days before the vote, calm.") == [("the days", "DURATION", "PXD")]
    assert values("It could take between 12 and 18 months.") == [
        ("12", "DURATION", "P12M"),
        ("18 months", "DURATION", "P18M"),
    ]
    assert values("It lasts two or three days.")[0] == ("two", "DURATION", "P2D")
    assert values("Prices rose 12 and 18 percent; he has 2 and 3 children.") == []
    assert values("He finished in 3:07:35, a second slower.")[0] == ("3:07:35", "DURATION", "PT3H7M35S")
    assert values("She ran it in 0:59:00.") == [("0:59:00", "DURATION", "PT59M")]


@pytest.mark.parametrize(
    "text, value",
    [
        ("It solves problems millions of times faster than can be done today.", "PRESENT_REF"),
        ("Prices are higher than they are today.", "PRESENT_REF"),
        ("More than 100 people died today.", "2025-08-07"),
        ("Fewer than expected voted today, officials said.", "2025-08-07"),
        ("He said it was better than nothing, and left today.", "2025-08-07"),
    ],
)
def test_today_closing_a_comparison_is_the_present_age(text, value):
    assert [t.value for t in tag(text, THU) if t.text == "today"] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "We may see progress.",
        "We said it was fine.",
        "Protesters march on the capital.",
        "It came second in the race.",
        "The army has 1,719 square kilometers and 2000 troops.",
        "The score was 3-1 and it cost $2025.",
        "She wrote for the Sunday Times.",
        "May I ask a question?",
    ],
)
def test_no_false_dates(text):
    assert [t for t in tag(text, THU) if t.is_calendar_date] == []


def test_spans_exclude_prepositions_and_modified_nouns():
    assert [t.text for t in tag("It was first proposed on August 6 in Moscow.", THU)] == ["August 6"]
    assert [t.text for t in tag("Interference in the 2016 US election was alleged.", THU)] == ["2016"]


def test_calendar_helpers():
    assert precision_of("2025-W33") == "week" and precision_of("2025-08") == "month"
    assert precision_of("2025-08-07TMO") == "day" and precision_of("2025") == "year"
    assert start_of("2025-W33") == dt.date(2025, 8, 11)
    assert start_of("2025-05/2025-07") == dt.date(2025, 5, 1)
    assert start_of("PRESENT_REF") is None


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300),
    st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2099, 12, 31)),
)
def test_any_text_resolves_without_exceptions_and_spans_lie_inside(text, published):
    for t in tag(text, published):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "on Monday",
                "next week",
                "in January",
                "late 2022",
                "from May to July",
                "the eve",
                "yesterday",
                "two years ago",
                "every week",
                "August 6",
                "3 p.m.",
                "the 1990s",
                "last summer",
                "2017-2021",
                " and ",
                ". ",
                "He said",
                " will meet ",
            ]
        ),
        max_size=12,
    ),
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
)
def test_news_like_text_resolves_to_well_formed_values(parts, published):
    text = "".join(parts)
    for t in tag(text, published):
        assert text[t.start : t.end] == t.text
        if t.is_calendar_date:
            assert start_of(t.value.split("T")[0]) is not None, t


def _select_by_comparing_all(found):
    """The selection as it was before the sorted spans: each candidate checked against every span kept."""
    chosen, taken = [], []
    for cand in sorted(found, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        if any(cand[0] < e and s < cand[1] for s, e in taken):
            continue
        chosen.append(cand)
        taken.append((cand[0], cand[1]))
    return sorted(chosen, key=lambda c: c[0])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12), st.integers(0, 5)), max_size=40))
def test_overlapping_candidates_are_chosen_as_by_comparing_every_pair(spans):
    from generator.timex import _select

    found = [(start, start + length, rule, None) for start, length, rule in spans]
    assert _select(found) == _select_by_comparing_all(found)


def test_candidates_of_real_text_are_chosen_as_by_comparing_every_pair(seeds_dir, dct):
    from generator.timex import Context, _candidates, _select
    from generator.timex.tense import UNKNOWN

    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt")))
    found = _candidates(text, Context(dct=dct, text=text, tense_at=lambda s, e: UNKNOWN), None)
    assert len(found) > 50
    assert _select(found) == _select_by_comparing_all(found)


def test_an_index_gives_the_expressions_starting_in_a_stretch(dct):
    from generator.timex import TimexIndex

    text = "On Monday, 4 August, and then on Friday. A year later; in 2024, and 2026."
    timexes = tag(text, dct)
    index = TimexIndex(list(reversed(timexes)))
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 2, 3):
            assert index.starting_in(lo, hi) == [t for t in timexes if lo <= t.start < hi]


def test_every_match_of_a_rule_holds_one_of_the_words_it_needs(seeds_dir):
    """A rule's ``needs`` only skips texts it could not match: on the seeds and on sentences made to hit
    each such rule, every match holds one of its words."""
    from pathlib import Path

    from generator.timex import RULES

    made = (
        "half an hour; 1 1/2 years; a year-long, multi-year deal; the months ahead; 2025年8月16日; "
        "the first half of 2009; the last week of March; the quarter; the night of June 3; six o'clock; "
        "2025-W05; the summer; Q3 2025; the 19th century; days before; 3:07:35; every week; daily; "
        "the year-earlier period; two years ago; for the week, it fell; twice a day; in the new year; "
        "a single-day drop; all day; the December quarter; FY2024 and H1 2026; the 2023 fiscal year; by year-end"
    )
    texts = [made, *(p.read_text(encoding="utf-8") for p in sorted(Path(seeds_dir).glob("*.txt")))]
    checked = set()
    for rule in RULES:
        for text in texts:
            for m in rule.pattern.finditer(text):
                if rule.needs:
                    assert any(w in m.group(0).lower() for w in rule.needs), (rule.name, m.group(0))
                    checked.add(rule.name)
    assert checked == {r.name for r in RULES if r.needs}


def test_a_chronologys_entry_labels_are_nearest_and_carry_their_year_from_entry_to_entry():
    # Told in the headline present ("meets", "hosts" are no timetable here) and published on 7 August 2025.
    text = (
        "How we got here:\n\n"
        "- **July 14**: The minister threatens tariffs.\n"
        "- **Aug. 6**: The envoy meets the president in the Kremlin.\n"
        "- **Aug. 9**: The vice-president hosts advisers at a country house.\n\n"
        "Timeline of the dispute:\n\n"
        "2019: The treaty lapses.\n"
        "March 3 — The two sides meet in Geneva.\n"
        "- On November 20, the council votes.\n"
        "- **February 2**: The talks open in Riyadh.\n"
    )
    got = [(t.text, t.value) for t in tag(text, THU)]
    assert got == [
        ("July 14", "2025-07-14"),
        ("Aug. 6", "2025-08-06"),
        ("Aug. 9", "2025-08-09"),
        ("2019", "2019"),
        ("March 3", "2019-03-03"),
        ("November 20", "2019-11-20"),
        ("February 2", "2020-02-02"),
    ]


def test_a_date_opening_an_ordinary_sentence_is_no_label():
    assert values("The envoy meets the president on Aug. 9.") == [("Aug. 9", "DATE", "2025-08-09")]
    # a prose paragraph opening "In March," is no list entry: the tense decides as before
    assert values("The envoy will visit on March 3, officials said.")[0][2] == "2026-03-03"


def test_a_paragraph_told_as_a_chronology_carries_the_year_of_its_fronted_dates():
    text = (
        "In 2014, Russia annexed Crimea. In March, it held a referendum. On June 4, the council voted.\n"
        "In March, the envoy met the president.\n"
        "Russia annexed Crimea in 2014. In March, the envoy met the president."
    )
    got = [(t.text, t.value) for t in tag(text, dt.date(2025, 8, 20))]
    assert got == [
        ("2014", "2014"),
        ("March", "2014-03"),
        ("June 4", "2014-06-04"),
        ("March", "2025-03"),  # another paragraph: nearest again
        ("2014", "2014"),
        ("March", "2025-03"),  # a year told inside a clause frames no chronology
    ]


def test_a_later_counts_from_the_last_day_told_not_a_speakers_quoted_today():
    text = 'Trump met Putin on Friday. He said he wanted a ceasefire "today". Three days later, he hosted Zelensky.'
    got = [(t.text, t.value, t.point) for t in tag(text, dt.date(2025, 8, 20))]
    assert got[-1] == ("Three days", "P3D", "2025-08-18")
