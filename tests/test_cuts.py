"""Cutting headlines: what a headline never ends on, and role words before names when it is too long."""

from __future__ import annotations

import pytest

from generator.cuts import MAX, cut, flaws, lost_sense, side_cut, trim_end, unspliced


@pytest.mark.parametrize(
    ("text", "trimmed"),
    [
        ("Senator Ruiz met the governor and Mexican", "Senator Ruiz met the governor"),
        ("The council said the mayors", "The council said the mayors"),
        ("The minister resigned after", "The minister resigned"),
        ("Analysts expect the bill to pass before the", "Analysts expect the bill to pass"),
        ("The envoy met the king in Riyadh, two days", "The envoy met the king in Riyadh"),
        ("The premier called the vote, a day", "The premier called the vote"),
        ("The board met the unions, Ford and GM", "The board met the unions, Ford and GM"),
        ("The party wrote that “the vote was rigged” and said", "The party wrote that “the vote was rigged”"),
        ("The strike was over", "The strike was over"),
        # a second verb that lost its complement's verb goes with it
        (
            "Ortega said the count had been “clean” and dismissed suggestions that the United States",
            "Ortega said the count had been “clean”",
        ),
        # a measure phrase a comma set off, its head cut: it goes whatever its length
        (
            "The envoy was received with full honours, three and a half years",
            "The envoy was received with full honours",
        ),
        (
            "The envoy was received with full honours, nearly two weeks later",
            "The envoy was received with full honours",
        ),
        # a place set off by a comma is the happening's: the comma goes, the place stays
        ("The ministers met at a press conference, in Geneva", "The ministers met at a press conference in Geneva"),
        # a participle that lost its complement goes; after a copula it stays (the title is flagged instead)
        ("Sybiha said Russia was preparing an offensive aimed", "Sybiha said Russia was preparing an offensive"),
        ("The administration was trying", "The administration was trying"),
        # a preposition stranded by a "what" clause ends the clause
        ("Witkoff left with what he had come for", "Witkoff left with what he had come for"),
    ],
)
def test_a_headline_never_ends_on_a_word_that_needs_another_nor_on_a_commas_stub(text, trimmed):
    assert trim_end(text) == trimmed


def test_a_long_headline_is_cut_at_a_boundary_and_never_left_dangling():
    text = (
        "The foreign ministers of the six countries signed a joint declaration on maritime security in the "
        "presence of the secretary general"
    )
    out = cut(text)
    assert len(out) <= MAX
    assert out == "The foreign ministers of the six countries signed a joint declaration on maritime security"


@pytest.mark.parametrize(
    ("title", "source", "lost"),
    [
        ("Trump met Putin in Alaska", "Trump did not meet Putin in Alaska", ["not"]),
        ("Putin visits Alaska", "Putin may visit Alaska", ["may"]),
        ("Zelensky travels to Washington", "Zelensky will travel to Washington", ["will"]),
        ("Witkoff met Putin", "Witkoff never met Putin", ["never"]),
        ("Lavrov signed the deal", "Lavrov didn't sign the deal", ["didn't"]),
        ("Putin will visit Alaska", "Putin will visit Alaska", []),
        # A lead-in's or a later clause's negation is not the title's verb's, nor one inside a dash aside.
        ("Trump met Putin", "After Trump could not travel, Trump met Putin", []),
        ("Trump met Putin", "Trump met Putin and did not discuss sanctions", []),
        ("Trump met Putin in Alaska", "Trump met Putin — not Zelensky — in Alaska", []),
    ],
)
def test_a_title_that_lost_its_verbs_negation_or_modal(title, source, lost):
    assert lost_sense(title, source) == lost


def test_a_short_clause_before_a_side_clause_is_the_headline():
    assert side_cut("Rubio first visited Kyiv, when he announced new aid") == "Rubio first visited Kyiv"
    assert side_cut("In Kyiv, when the sirens sounded, people hid") == "In Kyiv, when the sirens sounded, people hid"


def test_an_aside_between_a_named_subject_and_its_verb_goes():
    assert unspliced("Erdogan, speaking to reporters on his plane, said Turkey was ready") == (
        "Erdogan said Turkey was ready"
    )
    assert unspliced("Wang Yi, on a visit to Brussels, urged the EU to act") == "Wang Yi urged the EU to act"
    assert unspliced("Rubio, the secretary of state, said the talks were useful") == (
        "Rubio, the secretary of state, said the talks were useful"
    )


def test_a_cut_never_splits_two_names_joined_by_and():
    text = "Lula said Brazil had agreed to let the European Union and China offer Chile guarantees similar to NATO's"
    assert cut(text) == "Lula said Brazil had agreed to let the European Union and China offer Chile guarantees"
    head = 'Lula told reporters in the Planalto that there was "a very good chance" he would meet Xi'
    assert cut(head + " and Modi in Delhi soon") == head + " and Modi"  # not at "was": that leaves "…that there"


def test_a_cut_never_splits_a_ratio():
    text = "On the eve of the vote, Lula put the chance of failure at one in four, his aides told reporters in Brasilia"
    assert cut(text).endswith("at one in four")
    assert trim_end("Lula put the chance of failure at one in four") == "Lula put the chance of failure at one in four"
    assert flaws("Lula put the chance of failure at one in four") == []
