"""Which of a sentence's dates dates its happening: background, standing states, moves, ranges."""

from __future__ import annotations

import datetime as dt

from test_events import events_of


def _dated(text: str, published=dt.date(2025, 8, 20)) -> list[tuple[str, str]]:
    return [(e.date, e.title) for e in events_of(text, published=published)]


def test_a_part_of_day_or_weekend_of_a_date_is_that_day_not_background():
    assert [d for d, _ in _dated("Protesters gathered in the capital over the weekend of August 16, police said.")] == [
        "2025-08-16"
    ]
    assert [d for d, _ in _dated("The shelling began on the night of August 14.")] == ["2025-08-14"]


def test_since_a_date_in_a_present_perfect_clause_is_a_standing_state_not_a_happening():
    assert _dated("Russia has occupied the region since February 2022.") == []
    assert _dated("The ceasefire has held since Sunday, the army said.") == []
    assert [d for d, _ in _dated("The army said on Monday the ceasefire had collapsed.")] == ["2025-08-18"]


def test_a_move_from_one_date_to_another_dates_the_target_and_the_old_date_is_no_happening():
    assert [d for d, _ in _dated("The vote was postponed from August 10 to August 24.")] == ["2025-08-24"]
    assert [d for d, _ in _dated("The parliament moved the hearing from Monday to Thursday.")] == ["2025-08-21"]
    # with no verb of moving, "from A to B" is one range
    assert [d for d, _ in _dated("The exhibition ran from August 4 until August 8.")] == ["2025-08-04/2025-08-08"]
    # a plan's first day is no happening of the report
    got = _dated("The talks, first planned for August 12, will now take place on August 22, the ministry said.")
    assert [d for d, _ in got] == ["2025-08-22"]


def test_one_day_said_twice_is_one_date():
    got = _dated(
        "The leaders agreed that several of them would accompany the president to Geneva tomorrow, Thursday "
        "21 August, for talks.\n\nTrump will meet Putin on Friday (August 22) in Anchorage.",
        published=dt.date(2025, 8, 20),
    )
    assert [d for d, _ in got] == ["2025-08-21", "2025-08-22"]
    assert all("August" not in t for _, t in got)


def test_a_speakers_today_inside_quotation_marks_dates_nothing():
    assert _dated('On the plane, Trump said he wanted a ceasefire "today".') == []
    assert [d for d, _ in _dated('"I will meet him tomorrow," Trump said on Monday.')] == ["2025-08-18"]
    assert [d for d, _ in _dated("Trump said today that he would meet Putin.")] == ["2025-08-20"]


def test_the_time_a_comparison_is_made_with_dates_nothing():
    # the date of a comparison's standard is the other time's, not this one's
    assert _dated("The mood at the talks was warmer than at the row in February.") == []
    assert _dated("Unlike in March, the minister wore a suit.") == []
    assert _dated("Turnout was higher than in 2019, officials said.") == []
    assert _dated("Prices rose faster compared with July.") == []
    # a comparison of amounts leaves the date to its happening; a later date outside the comparison still dates
    assert [d for d, _ in _dated("More than a dozen people were killed on Sunday.")] == ["2025-08-17"]
    got = _dated("The talks produced more than at the round on Friday, the ministry said on Tuesday.")
    assert [d for d, _ in got] == ["2025-08-19"]


def test_two_verbs_of_one_subject_with_a_date_each_are_titled_each_by_its_own():
    friday, monday = dt.date(2025, 8, 22), dt.date(2025, 8, 18)
    got = _dated("The minister flew to Paris on Monday and signed the accord on Wednesday.", friday)
    assert got == [("2025-08-18", "Minister flew to Paris"), ("2025-08-20", "Minister signed the accord")]
    got = _dated("Police arrested the suspect on Friday and charged him on Sunday.", monday)
    assert got == [("2025-08-15", "Police arrested the suspect"), ("2025-08-17", "Police charged him")]
    # "and" joining the verbs of a reported clause is no second happening of the subject
    got = _dated("The company said on Monday it had hired and trained 200 workers in July.", monday)
    assert [t for _, t in got][0].startswith("Company said it had hired and trained")


def test_a_date_in_a_past_participles_aside_dates_the_aside_not_the_sentence():
    got = _dated(
        "The treaty, signed in Geneva on March 3, was ratified by parliament.\n\n"
        "The envoy said a ceasefire plan, first proposed by Turkey on Monday, had not been discussed.\n\n"
        "Zelensky, speaking in Kyiv on Tuesday, said the talks would go on.\n\n"
        "The minister, elected in May, resigned on Friday."
    )
    assert ("2025-03-03", "Treaty signed in Geneva") in got
    assert not [d for d, t in got if "ratified" in t]  # the ratifying has no date of its own
    assert ("2025-08-18", "Ceasefire plan first proposed by Turkey") in got
    assert not [d for d, t in got if "not been discussed" in t]
    # a present participle's aside is the saying's own time; a sentence's own date still dates it
    assert any(d == "2025-08-19" and t.startswith("Zelensky") for d, t in got)
    assert any(d == "2025-08-15" and "resigned" in t for d, t in got)
