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


def test_a_rescheduling_verb_after_a_date_tells_when_the_rescheduling_was():
    # "on Tuesday postponed ... until March 3": the postponing was on Tuesday; the new date lies ahead
    assert _tense("The union on Tuesday postponed the strike until March 3.", "Tuesday") == PAST
    assert _tense("The union on Tuesday postponed the strike until March 3.", "March 3") == FUTURE
    assert _tense("The court on Friday adjourned the hearing until June.", "Friday") == PAST
    assert _tense("The board on Monday moved the vote to Dec. 4.", "Monday") == PAST
    assert _tense("The board on Monday moved the vote to Dec. 4.", "Dec. 4") == FUTURE


def test_a_past_verb_of_a_later_clause_does_not_tense_the_date():
    s = "When the two leaders sit down in Geneva on Friday, it will be the first visit since he attended a summit."
    at = s.index("Friday")
    assert clause_tense(s, at, at + 6) != "past"
    # a leading phrase's date still takes the tense of the clause after its comma
    s = "Separately on Sunday, the minister told reporters the talks were over."
    at = s.index("Sunday")
    assert clause_tense(s, at, at + 6) == "past"
    s = "On a cold January morning, troops left."
    at = s.index("January")
    assert clause_tense(s, at, at + 7) == "past"


def test_a_sentence_of_a_megabyte_is_read_near_the_expression_only():
    # A hostile article's paragraph with no full stop is one "sentence": the tense of each of its dates is
    # found among the words near it, not by reading the whole paragraph once per date and cue.
    unit = "announced Monday in a memo "
    sentence = unit * 4000 + "the talks will resume on Friday"
    for i in range(0, 4000, 40):
        assert clause_tense(sentence, i * len(unit) + 10, i * len(unit) + 16) == PAST
    assert clause_tense(sentence, len(sentence) - 6, len(sentence)) == FUTURE
    # Near the expression nothing changes: the cue right before it decides, as in a short sentence.
    assert clause_tense("x " * 2000 + "He will arrive on Monday.", 4017, 4023) == FUTURE
