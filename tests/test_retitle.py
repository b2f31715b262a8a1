"""A headline's second look (generator/retitle.py), on sentences of our own."""

from __future__ import annotations

from generator.retitle import drop_date, settle, with_subject
from generator.titling import Context, Name


def _drop(text: str, date: str) -> str:
    return " ".join(drop_date(text, text, text.index(date), text.index(date) + len(date), 0).split())


def test_the_punctuation_a_removed_date_leaves_is_repaired():
    assert _drop("Unlike in March, the chancellor signed the pact", "March") == "the chancellor signed the pact"
    assert _drop('Sunak said he wanted a deal "today"', "today") == "Sunak said he wanted a deal"
    assert _drop("The envoy visited Kyiv on Monday; on Tuesday, he flew home", "Tuesday") == "he flew home"
    # a verb's object stays
    assert _drop("Lula had set it on July 29, after a call", "July 29") == "Lula had set it , after a call"


def test_the_articles_own_voice_is_no_title_and_a_question_gives_way_to_its_answer():
    assert settle("Scholz gave us his account", "He gave us his account on Monday.", 18, 27, Context()) is None
    s = "Would they meet? Lula confirmed on Friday he would fly to Beijing."
    assert settle("Would they meet? Lula confirmed he would fly", s, 32, 41, Context()) == "Lula confirmed he would fly"


def test_a_coordinations_second_verb_gets_the_sentences_subject():
    s = "Lula first met Xi in May and returned in June for talks."
    ctx = Context((Name(0, 4, "Lula", True),))
    assert with_subject("Returned for talks", s, ctx) == "Lula returned for talks"
    assert with_subject("Returned for talks", "Talks were held and ended.", ctx) == "Returned for talks"
