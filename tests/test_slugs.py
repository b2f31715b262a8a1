"""Ids are lowercase ASCII words joined by hyphens, short enough to be file names."""

from __future__ import annotations

from generator.slugs import MAX_SLUG, slugify


def test_words_are_lowercased_folded_and_joined():
    assert slugify("Steve Witkoff's visit") == "steve-witkoffs-visit"
    assert slugify("Zelenskyy’s «peace» plan — São Paulo, 2025!") == "zelenskyys-peace-plan-sao-paulo-2025"
    assert slugify("Путин") == ""  # no ASCII letters: the caller chooses a fallback


def test_max_words_keeps_the_first_words():
    assert slugify("one two three four", max_words=2) == "one-two"


def test_long_slugs_are_cut_at_a_hyphen_within_the_limit():
    slug = slugify(" ".join(["word"] * 40))
    assert len(slug) <= MAX_SLUG and slug.endswith("word") and not slug.endswith("-")
    single = slugify("x" * 300)
    assert single == "x" * MAX_SLUG  # one long word is cut where the limit falls
    half = slugify("a " + "y" * 100)
    assert half == ("a-" + "y" * 100)[:MAX_SLUG]  # a hyphen too early would leave less than half
