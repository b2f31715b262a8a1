"""The tense of the clause around a date decides which Monday or which March it is."""

from __future__ import annotations

from generator.timex.tense import FUTURE, PAST, UNKNOWN, clause_tense, headline_tense


def _tense(sentence: str, expression: str) -> str:
    start = sentence.index(expression)
    return clause_tense(sentence, start, start + len(expression))


def test_past_future_and_no_cue():
    assert _tense("The workers returned on Monday.", "Monday") == PAST
    assert _tense("The talks will resume on Monday.", "Monday") == FUTURE
    assert _tense("The vote is expected on Monday.", "Monday") == FUTURE
    assert _tense("Talks on Monday.", "Monday") == UNKNOWN


def test_a_fronted_date_belongs_to_the_clause_after_it():
    assert _tense("In March, the port will reopen.", "March") == FUTURE


def test_headlines_imply_a_tense():
    assert headline_tense("Leaders to meet Friday\nThe text.", 16) == FUTURE
    assert headline_tense("Storm hits coast Monday\nThe text.", 17) == PAST
    assert headline_tense("Storm hits coast Monday.\nThe text.", 17) is None  # a sentence, not a headline
    assert headline_tense("Storm hits coast Monday\nThe text.", 26) is None  # not in the first line
