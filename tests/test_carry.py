"""Undated sentences dated by their context: a live blog's stamps, "hours later", "after the talks"."""

from __future__ import annotations

import datetime as dt

from test_events import events_of as _events_of


def events_of(text: str):
    return _events_of(text, published=dt.date(2025, 3, 7))


BLOG = (
    "Live: the Geneva talks\n\n"
    "**09:10 CET** — The Swiss foreign minister has arrived at the lakeside villa.\n\n"
    "**09:40** — Witkoff told reporters at the entrance that he expected a long day. He said it would be hard.\n\n"
    "**10:05** — The two delegations have shaken hands in the courtyard. A police helicopter circled overhead.\n\n"
    "**12:30** — The morning session lasted about three hours. Neither side has commented.\n\n"
    "**13:00** — Trump is expected to join by video link later. The delegations are now at lunch.\n\n"
    "**16:45** — The Kremlin said the talks had been useful."
)


def test_each_entry_of_a_live_blog_is_dated_by_the_blogs_day():
    evs = events_of(BLOG)
    assert [(e.date, e.date_text, e.sentence) for e in evs] == [
        ("2025-03-07", "09:10 CET", "The Swiss foreign minister has arrived at the lakeside villa."),
        ("2025-03-07", "09:40", "Witkoff told reporters at the entrance that he expected a long day."),
        ("2025-03-07", "10:05", "The two delegations have shaken hands in the courtyard."),
        ("2025-03-07", "10:05", "A police helicopter circled overhead."),
        ("2025-03-07", "16:45", "The Kremlin said the talks had been useful."),
    ]
    # not a pronoun going on about the entry's happening, a negation, a plan, the present, its length


def test_a_stamp_alone_is_no_live_blog_and_a_stamp_is_never_a_title():
    one = events_of("**09:10** — The minister has arrived at the villa.\n\nThe talks went on all day.")
    assert one == []
    assert all("09:" not in e.title and "*" not in e.title for e in events_of(BLOG))


def test_a_stamp_with_its_own_day_dates_the_entries_after_it():
    evs = events_of(
        "**Thursday 6 March, 22:10** — The minister has landed in Geneva.\n\n"
        "**23:00** — The delegation has checked into its hotel.\n\n"
        "**Friday 7 March, 09:10** — Witkoff has arrived at the villa."
    )
    assert [e.date for e in evs] == ["2025-03-06", "2025-03-06", "2025-03-07"]


def test_hours_later_afterwards_and_after_the_talks_take_the_previous_days_date():
    evs = events_of(
        "Witkoff met Putin in the Kremlin on Wednesday.\n\n"
        "Putin's aide told reporters afterwards that both sides had set out their positions.\n\n"
        '"It was frank," the aide said.\n\n'
        "Trump wrote on social media hours later that progress was made.\n\n"
        "A German official said Witkoff had briefed European leaders by phone after the talks.\n\n"
        "The Kremlin later said both sides wanted more talks.\n\n"
        "Witkoff said after the war that he regretted nothing."
    )
    assert [(e.date, e.date_text) for e in evs] == [
        ("2025-03-05", "Wednesday"),
        ("2025-03-05", "afterwards"),
        ("2025-03-05", "hours later"),
        ("2025-03-05", "after the talks"),
        ("2025-03-05", "later"),  # "later said": the verb is no date word
    ]


def test_a_phrase_of_hours_after_does_not_reach_back_over_many_paragraphs_or_a_negation():
    evs = events_of(
        "Witkoff met Putin on Wednesday.\n\nOne.\n\nTwo.\n\nThree.\n\nTrump said afterwards that he was pleased."
    )
    assert [e.date_text for e in evs] == ["Wednesday"]
    evs = events_of("Witkoff met Putin on Wednesday. Trump did not comment afterwards.")
    assert [e.date_text for e in evs] == ["Wednesday"]


def test_a_quotations_speech_tag_dates_it_by_afterwards_but_a_quotation_alone_is_not_dated():
    evs = events_of(
        "Witkoff met Putin in the Kremlin on Wednesday.\n\n"
        '"We had a frank talk," Witkoff told reporters afterwards.\n\n'
        '"We will meet again afterwards."'
    )
    assert [(e.date, e.date_text) for e in evs] == [("2025-03-05", "Wednesday"), ("2025-03-05", "afterwards")]


def test_a_stamp_on_its_own_line_dates_the_paragraphs_below_it_up_to_the_next_stamp():
    evs = events_of(
        "Our coverage of the talks has ended.\n\n"
        "**Updated 9:05 a.m. ET**\n\n"
        "The minister arrived at the villa.\n\n"
        "The Swiss hosts greeted the delegations in the courtyard.\n\n"
        "Updated 11:40 a.m. ET\n\n"
        "Witkoff told reporters that the talks had been frank.\n\n"
        "Thursday 6 March, 22:10\n\n"
        "The delegation has checked into its hotel."
    )
    assert [(e.date, e.date_text, e.sentence) for e in evs] == [
        ("2025-03-07", "Updated 9:05 a.m. ET", "The minister arrived at the villa."),
        ("2025-03-07", "Updated 9:05 a.m. ET", "The Swiss hosts greeted the delegations in the courtyard."),
        ("2025-03-07", "Updated 11:40 a.m. ET", "Witkoff told reporters that the talks had been frank."),
        ("2025-03-06", "Thursday 6 March, 22:10", "The delegation has checked into its hotel."),
    ]


def test_on_the_day_a_happening_came_takes_the_day_of_the_happening_before():
    evs = events_of(
        "The council announced the vote on Wednesday.\n\n"
        "The decision came on the day the union's strike ended.\n\n"
        "Talks resumed on Tuesday. That was the day the ministers signed the accord.\n\n"
        "Officials met on Monday. It came on the day after the storm."
    )
    got = [(e.date, e.title) for e in evs]
    assert ("2025-03-05", "Union's strike ended") in got
    assert ("2025-03-04", "Ministers signed the accord") in got
    assert all("storm" not in e.title for e in evs)


def test_past_the_lead_the_stories_own_day_goes_on_with_action_verbs_a_few_paragraphs_down():
    evs = events_of(
        "Trump hosted Zelensky at the White House on Wednesday.\n\n"
        "Lead paragraph two, with nothing dated.\n\n"
        "The gathering on Wednesday brought the leaders together again.\n\n"
        "Trump said the United States would help.\n\n"
        "The European leaders joined a larger meeting in the East Room.\n\n"
        "This time the tone was warm.\n\n"
        "Trump broke off the meeting to telephone Putin, according to an official.\n\n"
        "Russia is interested in calming the situation.\n\n"
        "Stankovich pointed out that this involves neutral status."
    )
    got = [(e.date, e.sentence) for e in evs]
    assert ("2025-03-05", "The European leaders joined a larger meeting in the East Room.") in got
    assert ("2025-03-05", "Trump broke off the meeting to telephone Putin, according to an official.") in got
    assert all("tone" not in s and "interested" not in s and "pointed" not in s for _, s in got)


def test_past_the_lead_a_story_that_moved_to_another_day_does_not_go_back():
    evs = events_of(
        "Trump hosted Zelensky at the White House on Wednesday.\n\n"
        "Lead paragraph two.\n\n"
        "Lavrov met Rubio in Riyadh in February.\n\n"
        "The two delegations agreed on a prisoner exchange."
    )
    assert [e.date for e in evs] == ["2025-03-05", "2025-02"]


def test_more_stamp_lines_and_a_bylines_two_stamps_make_no_live_blog():
    evs = events_of(
        "**Thursday, March 6 — 10:05 p.m. CET**\n\nThe minister landed in Geneva.\n\n"
        "## 11:40 p.m. CET\n\nThe delegation checked into its hotel.\n\n"
        "Last updated: March 7, 2025 at 9:10 a.m.\n\nWitkoff arrived at the villa."
    )
    assert [e.date for e in evs] == ["2025-03-06", "2025-03-06", "2025-03-07"]
    byline = events_of(
        "Published 9:05 a.m. ET\n\nUpdated 3:40 p.m. ET\n\nThe two sides met in Riyadh in February.\n\n"
        "The delegations agreed on a prisoner exchange."
    )
    assert [e.date for e in byline] == ["2025-02"]


def test_a_named_speakers_undated_saying_after_a_dated_one_in_its_paragraph_is_of_that_day():
    evs = events_of(
        "Separately on Sunday, Rubio told CBS News that a ceasefire was possible. "
        "Zelensky wrote on X that the killing must stop. He said the talks would go on.\n\n"
        "Lavrov said there was no meeting on the agenda."
    )
    got = [(e.date, e.sentence) for e in evs]
    assert ("2025-03-02", "Zelensky wrote on X that the killing must stop.") in got
    assert all(not s.startswith(("He said", "Lavrov")) for _, s in got)  # a pronoun's, another paragraph's
