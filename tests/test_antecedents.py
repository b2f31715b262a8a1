"""Who a pronoun stands for: the speaker just before, a clause subject, a surname's full name, anyone who fits."""

from __future__ import annotations

import datetime as dt

from generator.actors import Registry
from generator.antecedents import is_subject
from generator.model import Article
from generator.quotes import find_quotes
from generator.resolve import Attributor
from generator.sentences import split_sentences


def _attributor(text: str) -> Attributor:
    article = Article("a", "a.md", text, "T", dt.date(2025, 8, 7))
    return Attributor(article, split_sentences(text), Registry([]), find_quotes(text))


def _who(text: str, pronoun: str = "he") -> str | None:
    att = _attributor(text)
    found = att.antecedent(pronoun, text.rindex(f" {pronoun} ") + 1)
    return att._name_of(found[0]) if found else None


def test_a_subject_before_a_pronoun():
    assert _who("Tom Baker, a farmer, lost his crop. Now he sells bread.") == "Tom Baker"
    assert is_subject("with Tom Baker", 0, 5, 14) is False


def test_a_surname_alone_is_the_person_named_in_full_before():
    text = "Friedrich Merz met Emmanuel Macron on Friday. Ana Ruiz spoke first. Macron agreed. Later he left."
    assert _who(text) == "Emmanuel Macron"


def test_a_person_named_as_an_object_when_nobody_else_fits():
    text = "Olga Berg presented the budget. The opposition, led by Karl Dorn, called it a disgrace. Then he left."
    assert _who(text) == "Karl Dorn"
    assert _who("Olga Berg presented the budget. Then she left.", "she") == "Olga Berg"


def test_a_surname_opening_the_sentence_before_a_quote_introduces_it():
    text = "“We will not retreat,” Alan Price said.\n\nMs Wells criticized Price. “Nobody listened to us at all.”"
    actor, span = _attributor(text).introduced(text.rindex("“"))
    assert actor is None and span[2] == "Wells"
    for common in ("The day began. Markets opened late.", "The day began. Prices rose sharply."):
        text = common + " “Nobody listened to us at all.”"
        assert _attributor(text).introduced(text.rindex("“")) is None
