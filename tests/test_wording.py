"""The words merging compares: content words by kind of happening, a headline's kind, key words."""

from __future__ import annotations

from generator.wording import content_words, head_kind, key_words, other_happenings, word_overlap


def test_content_words_drop_stop_words_and_reduce_happening_words_to_their_kind():
    words = content_words("The ministers held talks in Geneva and the ministry announced strikes")
    assert words == {"minister", "ministry", "held", "meet", "geneva", "say", "attack"}


def test_a_passive_headline_names_its_happening_by_the_verb_after_the_auxiliary():
    assert head_kind("The Alaska summit was announced by Trump") == "say"
    assert head_kind("Witkoff met Putin in Moscow") == "meet"
    assert head_kind("The talks were held in Istanbul") == "meet"  # "held" names no kind: the noun does


def test_a_saying_and_a_deed_or_two_kinds_of_deed_are_other_happenings():
    said, met = content_words("Trump said a meeting was likely"), content_words("Witkoff met Putin")
    assert other_happenings("say", said, "meet", met)
    assert other_happenings("meet", frozenset(), "attack", frozenset())
    assert not other_happenings("meet", frozenset(), "meet", frozenset())
    assert not other_happenings("", frozenset(), "meet", frozenset())  # a headline of no kind tells nothing


def test_key_words_are_the_object_and_place_without_actors_dates_or_kind():
    nucleus = content_words("Putin met Witkoff in the Kremlin on Wednesday")
    assert key_words(nucleus, frozenset({"vladimir-putin", "steve-witkoff"})) == {"kremlin"}


def test_word_overlap_is_the_share_of_the_smaller_set():
    assert word_overlap(frozenset("ab"), frozenset("abc")) == 1.0
    assert word_overlap(frozenset(), frozenset("a")) == 0.0
