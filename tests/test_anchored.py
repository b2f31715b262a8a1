"""Happenings a dated sentence names by their distance from its date ("two days before a deadline")."""

from __future__ import annotations

import datetime as dt

from test_events import events_of as _events_of


def events_of(text: str):
    return _events_of(text, published=dt.date(2025, 3, 12))  # a Wednesday


def test_a_distance_before_or_after_a_happening_dates_it_from_the_sentences_date():
    evs = events_of(
        "The envoy met the president in Riyadh on Monday, two days before a deadline set by the council.\n\n"
        "The minister said on Tuesday that talks would go on, a day after U.S. negotiators held five hours of "
        "talks in Jeddah.\n\n"
        "The ambassador spoke to us on Sunday, three days after the two leaders met in Geneva and on the eve of "
        "the chancellor's visit to Kyiv."
    )
    got = [(e.date, e.title) for e in evs]
    assert ("2025-03-12", "Deadline set by the council") in got
    assert ("2025-03-10", "U.S. negotiators held five hours of talks in Jeddah") in got
    assert ("2025-03-06", "Two leaders met in Geneva") in got
    assert ("2025-03-10", "Chancellor's visit to Kyiv") in got
    assert [e.date for e in evs if e.sentence.startswith("The envoy")] == ["2025-03-10", "2025-03-12"]


def test_a_distance_from_a_date_or_in_an_undated_sentence_makes_no_anchored_happening():
    # "two days after Monday" is the date engine's; a sentence with no day of its own counts from nothing
    evs = events_of("The envoy left on Thursday, two days after Monday's vote.\n\nHe arrived a day before the talks.")
    assert all(e.date != "2025-03-04" for e in evs)
    assert not [e for e in evs if e.sentence.startswith("He arrived")]


def test_the_eve_of_a_happening_is_not_the_eve_of_the_last_day_named():
    evs = events_of("Witkoff met Putin on Friday. On the eve of the summit, Trump put the odds of failure at one in 4.")
    assert [e.date for e in evs if "odds" in e.sentence] in ([], ["2025-03-07"])
    assert all(e.date != "2025-03-06" for e in evs)


def test_a_days_possessive_before_a_happening_noun_dates_that_happening():
    evs = events_of(
        "The minister said on Tuesday that his country would not give up the region ahead of Friday's meeting "
        "between the two presidents in Geneva.\n\n"
        "Trump praised Monday's talks with Zelensky on Tuesday."
    )
    got = [(e.date, e.title) for e in evs]
    assert ("2025-03-14", "Meeting between the two presidents in Geneva") in got
    assert ("2025-03-10", "Talks with Zelensky") in got
    assert [d for d, t in got if t.startswith("Trump praised")] == ["2025-03-11"]  # not the talks' day


def test_a_distance_from_a_happening_the_article_dates_dates_an_undated_sentence():
    evs = events_of(
        "The two presidents will hold their summit in Geneva on Friday.\n\n"
        "Two days before the summit, the envoy met the foreign minister.\n\n"
        "On the eve of the summit, the minister put the chance of failure at one in four.\n\n"
        "The day after the summit, the chancellor flew to Kyiv."
    )
    assert [e.date for e in evs] == ["2025-03-14", "2025-03-12", "2025-03-13", "2025-03-15"]
    # a happening the article does not date counts from nothing
    assert [
        e.date for e in events_of("Witkoff met Putin on Monday. Two days before the vote, Trump warned Russia.")
    ] == ["2025-03-10"]


def test_the_happening_counted_from_may_be_dated_by_an_event_the_article_reported_before():
    evs = events_of(
        "Trump's deadline for Russia expires on Friday. Two days before the deadline, Witkoff flew to Moscow.\n\n"
        "The summit, which Trump called historic, will be held on Saturday. On the eve of the summit, Putin flew "
        "to Magadan. A day after the vote, the chancellor resigned."
    )
    got = [(e.date, e.sentence[:20]) for e in evs]
    assert ("2025-03-12", "Two days before the ") in got  # Friday 14 March - 2
    assert ("2025-03-14", "On the eve of the su") in got  # Saturday 15 March - 1
    assert all(not s.startswith("A day after the vote") for _, s in got)  # no vote dated


def test_a_happening_named_with_its_own_date_after_since_or_a_comparison_is_titled_by_its_phrase():
    evs = events_of(
        "The visit on Monday brought the chancellor back to Paris for the first time since a bitter row with "
        "the president in January.\n\n"
        "The atmosphere was calmer than at the summit in Brussels in February.\n\n"
        "Unlike at the ceremony in November, the minister spoke first."
    )
    got = [(e.date, e.title) for e in evs]
    assert ("2025-01", "Bitter row with the president") in got
    assert ("2025-02", "Summit in Brussels") in got
    assert not [e for e in evs if e.date == "2024-11"]  # "the ceremony" alone is too bare a headline
    # the sentence's own happening keeps its own day, never the phrase's month
    assert [e.date for e in evs if e.title.startswith("Visit")] == ["2025-03-10"]
    assert not [e for e in evs if e.title.startswith(("Atmosphere", "Minister")) and e.date < "2025-03"]


def test_since_a_bare_date_or_a_clause_makes_no_happening_of_the_phrase():
    got = [(e.date, e.title) for e in events_of("Prices have risen since the war began in February.")]
    assert got == []


def test_a_happening_dated_in_a_distance_phrase_is_its_own_event_not_the_sentences():
    evs = events_of(
        "He was received with full honours, three years after ordering the annexation of the peninsula in "
        "March 2022.\n\n"
        "The minister resigned two months before the election in January, aides said on Monday."
    )
    got = [(e.date, e.title) for e in evs]
    assert ("2022-03", "Annexation of the peninsula") in got
    assert not [e for e in evs if e.title.startswith("He ") or e.title.startswith("Received")]
    assert [d for d, t in got if t.startswith("Minister")] == ["2025-03-10"]


def test_a_days_possessive_a_verb_takes_as_object_dates_the_happening_not_the_verb():
    evs = events_of(
        "The spokesman described Friday's meeting as a listening exercise.\n\n"
        "The Geneva talks followed Monday's summit between the two presidents in Vienna.\n\n"
        "Monday's summit in Vienna ended without a deal.\n\n"
        "The minister said after Monday's call that the talks would go on."
    )
    got = [(e.date, e.title) for e in evs]
    # the describing is not dated by the meeting's day, and "Friday's meeting" alone is too bare a headline
    assert not [e for e in evs if e.title.startswith("Spokesman")]
    assert ("2025-03-10", "Summit between the two presidents in Vienna") in got
    assert not [e for e in evs if e.title.startswith("Geneva talks")]
    # a possessive opening its clause, or after a preposition, still dates the sentence
    assert ("2025-03-10", "Summit in Vienna ended without a deal") in got
    assert [d for d, t in got if t.startswith("Minister")] == ["2025-03-10"]


def test_a_months_possessive_before_a_happening_noun_dates_that_happening():
    evs = events_of(
        "The chancellor will fly to Paris on Monday. Aides say the visit is meant to avoid a repeat of January’s "
        "Élysée clash over the budget.\n\n"
        "The minister said on Tuesday that February's talks in Istanbul had achieved little.\n\n"
        "The council recalled November's vote on the budget."
    )
    got = [(e.date, e.precision, e.title) for e in evs]
    assert ("2025-01", "month", "Élysée clash over the budget") in got
    assert ("2025-02", "month", "Talks in Istanbul had achieved little") in got
    assert [d for d, _, t in got if t.startswith("Minister")] == ["2025-03-11"]  # the saying keeps its day
    # the recalling is not dated by the vote's month
    assert not [e for e in evs if e.title.startswith("Council")]
    assert any(t == "Vote on the budget" and d.endswith("-11") for d, _, t in got)
