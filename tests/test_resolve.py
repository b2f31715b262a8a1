"""Resolving speaker phrases to actors: registered names, new speakers, role anaphors and quoted words."""

from __future__ import annotations

import datetime as dt

from generator.actors import Registry
from generator.model import Actor, Article
from generator.quotes import find_quotes
from generator.resolve import Attributor, is_subject
from generator.sentences import split_sentences
from generator.speakers import head

REGISTRY = Registry([Actor("john-hale", "John Hale")])


def _attributor(text: str) -> Attributor:
    article = Article("a", "a.md", text, "T", dt.date(2025, 8, 7))
    return Attributor(article, split_sentences(text), REGISTRY, find_quotes(text))


def _resolve(att: Attributor, phrase: str, after: int = 0) -> str | None:
    start = att.text.index(phrase, after)
    end = start + len(phrase)
    return att.resolve_phrase(start, end, head(att.text, start, end))


def test_a_registered_name_and_a_new_speaker():
    att = _attributor("Minister John Hale spoke. Ana Ruiz, a trader, spoke too.")
    assert _resolve(att, "Minister John Hale") == "john-hale"
    assert _resolve(att, "Ana Ruiz") == "ana-ruiz"
    assert att.new_actors == {"ana-ruiz": "Ana Ruiz"}


def test_a_role_phrase_is_the_person_named_before_with_that_role():
    att = _attributor("Harbour union leader Maria Costa met the board. Later the union leader spoke.")
    assert _resolve(att, "the union leader") == "maria-costa"


def test_words_inside_quotes_are_known_as_quoted():
    att = _attributor('He said "we will build the bridge" on Monday.')
    start = att.text.index("bridge")
    assert att.inside_quote(start, start + 6)
    assert not att.inside_quote(att.text.index("Monday"), att.text.index("Monday") + 6)


def test_a_name_behind_a_preposition_or_a_possessive_is_no_subject():
    text = "He spoke with the Hale family. Hale's aide agreed. Hale agreed."
    first = text.index("Hale")
    assert not is_subject(text, 0, first, first + 4)
    second = text.index("Hale", first + 5)
    assert not is_subject(text, 0, second, second + 4)
    third = text.rindex("Hale")
    assert is_subject(text, text.rindex(".", 0, third) + 1, third, third + 4)


def test_a_surname_named_in_full_in_the_article_is_not_the_registry_s_namesake():
    att = _attributor("Peter Hale, a trader, spoke first. Later Hale said prices fell.")
    assert _resolve(att, "Hale", att.text.index("Later")) == "peter-hale"
    att = _attributor("Minister John Hale spoke. Later Hale said prices fell.")
    assert _resolve(att, "Hale", att.text.index("Later")) == "john-hale"


def test_the_company_is_not_the_country_its_sales_are_in():
    att = _attributor("General Motors posted record losses in the US. Later the automaker said it would cut jobs.")
    assert _resolve(att, "the automaker") == "general-motors"


def test_a_registered_person_named_in_full_keeps_the_surname_beside_a_relative():
    att = _attributor("Minister John Hale and his wife Mary Hale arrived. Later Hale said prices fell.")
    assert _resolve(att, "Hale", att.text.index("Later")) == "john-hale"


def test_an_acronym_is_the_organisation_it_spells_out_in_the_article():
    att = _attributor("General Motors Corp. posted a loss. Later GM said it would cut jobs.")
    assert _resolve(att, "GM", att.text.index("Later")) == "general-motors"
    att = _attributor("Sebastian Vladescu heads the State Property Agency (AVAS). Later AVAS said it agreed.")
    assert _resolve(att, "AVAS", att.text.index("Later")) == "state-property-agency"
    att = _attributor("George Miller spoke first. Later GM said it would cut jobs.")
    assert _resolve(att, "GM", att.text.index("Later")) == "gm"  # a person's initials spell no organisation
    att = _attributor("General Motors Corporation (GM) posted a loss. Later GM said it would cut jobs.")
    assert _resolve(att, "GM", att.text.index("Later")) == "general-motors"
