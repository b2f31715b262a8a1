"""Reported speech: "X said that ...", "according to X, ...", "..., X said" become indirect statements."""

from __future__ import annotations

import datetime as dt

from generator.actors import Registry
from generator.model import Actor, Article
from generator.reported import find_indirect
from generator.resolve import Attributor
from generator.sentences import split_sentences

REGISTRY = Registry([Actor("john-hale", "John Hale"), Actor("ana-ruiz", "Ana Ruiz")])


def _reported(text: str) -> list[tuple[str | None, str]]:
    article = Article("a", "a.md", text, "T", dt.date(2025, 8, 7))
    sentences = split_sentences(text)
    att = Attributor(article, sentences, REGISTRY, [])
    found: list[tuple[str | None, str]] = []

    def make(span, speaker, role, start, end, kind, sentence) -> None:
        assert kind == "indirect"
        found.append((speaker, text[start:end]))

    find_indirect(text, sentences, set(), att, make)
    return found


def test_said_that():
    assert _reported("Minister John Hale said that the bridge would open in September.") == [
        ("john-hale", "the bridge would open in September")
    ]


def test_according_to():
    assert _reported("According to Ana Ruiz, local shops have lost half their customers.") == [
        ("ana-ruiz", "local shops have lost half their customers")
    ]


def test_a_trailing_attribution():
    (found,) = _reported("The bridge will be ready for heavy traffic next year, Hale said.")
    assert found[0] == "john-hale" and found[1].startswith("The bridge will be ready for heavy traffic")


def test_no_statement_without_a_speaker_or_with_too_few_words():
    assert _reported("The bridge will open in September.") == []
    assert _reported("Hale said that it works.") == []


def test_a_source_nobody_named_reports_speech_with_no_speaker():
    assert _reported("But analysts say the measure may not be able to prevent a recession this year.") == [
        (None, "the measure may not be able to prevent a recession this year")
    ]
    assert _reported("An expert indicated that this would move the brand back to its roots.") == [
        (None, "this would move the brand back to its roots")
    ]
    assert _reported("The sources claimed that the executive was not used to the corporate politics there.") == [
        (None, "the executive was not used to the corporate politics there")
    ]
    assert _reported("Analysts expect the bank to cut rates again in March next year.") == []


def test_a_denied_or_conditional_act_of_speech_states_nothing():
    assert _reported("John Hale did not say whether the bridge would open in September.") == []
    assert _reported("He has not acknowledged if he believes the minister has misled him about the plan.") == []


def test_a_listener_before_that_and_a_participle_cue_are_not_the_clause():
    assert _reported("John Hale argued with his Spanish counterparts that the bridge must open in May.") == [
        ("john-hale", "the bridge must open in May")
    ]
    found = _reported("The regions were never named, which John Hale mentioned, indicating that the map is still open.")
    assert not any(c.startswith("indicating") for _, c in found)
    assert _reported("At the start of his term, Ana Ruiz seemed close to the mayor, calling John Hale a friend.") == []


def test_an_estimate_that_a_clause_holds_is_reported_speech_and_one_with_an_object_is_not():
    assert _reported("Ana Ruiz, with a local bank, estimated that eight million phones will be sold by June.") == [
        ("ana-ruiz", "eight million phones will be sold by June")
    ]
    assert _reported("John Hale estimated the cost at two million euros for the whole bridge.") == []
    assert _reported("It is estimated that eight million phones will have been sold by June.") == []


def test_a_medium_and_a_time_together_before_that_are_not_the_clause():
    assert _reported("Hale said in a statement on Friday that the bridge would open in September.") == [
        ("john-hale", "the bridge would open in September")
    ]
    assert _reported("Ana Ruiz said at a news conference on Tuesday that shops had lost customers.") == [
        ("ana-ruiz", "shops had lost customers")
    ]
    assert _reported("Hale said on Monday in Lisbon the bridge would open in September.") == [
        ("john-hale", "the bridge would open in September")
    ]


def test_the_listener_after_told_is_not_the_reported_clause():
    for listener in ("shareholders", "his audience", "police", "reporters"):
        found = _reported(f"John Hale told {listener} the company had a record year.")
        assert found == [("john-hale", "the company had a record year")], listener


def test_an_unknown_surname_reports_speech_with_no_actor():
    assert _reported("Okafor said the company would cut two hundred jobs.") == [
        (None, "the company would cut two hundred jobs")
    ]
    # a capitalised common noun (written in lower case elsewhere) or an unnamed source is no surname
    assert _reported("Critics said the plan would fail within a year.")[0][0] is None
    assert _reported("Day, a holiday, said the markets would open late. The day was quiet.") == []
