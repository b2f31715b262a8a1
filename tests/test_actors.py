"""The actor registry: a mention resolved by alias, without titles, by surname, and by a fuzzy surname."""

from __future__ import annotations

import re
from pathlib import Path

from generator.actors import NAME, Registry, gender_of, looks_personal, new_actor_id, strip_titles
from generator.content import load_registry
from generator.model import Actor

ACTORS = [
    Actor("vladimir-zelensky", "Volodymyr Zelensky", side="ukraine"),
    Actor("dmitry-peskov", "Dmitry Peskov", aliases=["the Kremlin spokesman"], side="russia"),
    Actor("john-hale", "John Hale"),
    Actor("european-union", "European Union", aliases=["EU"], kind="organisation"),
]
REGISTRY = Registry(ACTORS)


def test_names_and_aliases_as_written():
    assert REGISTRY.resolve("Volodymyr Zelensky") == "vladimir-zelensky"
    assert REGISTRY.resolve("EU") == "european-union"
    assert REGISTRY.resolve("the  Kremlin spokesman") == "dmitry-peskov"  # runs of spaces are one


def test_titles_go_before_the_name_is_looked_up():
    assert strip_titles("German Chancellor Friedrich Merz") == "Friedrich Merz"
    assert strip_titles("Ukraine's President Volodymyr Zelensky") == "Volodymyr Zelensky"
    assert REGISTRY.resolve("President Volodymyr Zelensky") == "vladimir-zelensky"
    assert REGISTRY.resolve("Transport Minister John Hale") == "john-hale"


def test_a_surname_alone_is_the_registered_person():
    assert REGISTRY.resolve("Hale") == "john-hale"
    assert REGISTRY.resolve("Mr. Peskov") == "dmitry-peskov"
    assert REGISTRY.resolve("Union") is None  # an organisation's last word is no surname


def test_variants_of_a_surname_match_when_the_given_names_agree():
    assert REGISTRY.resolve("Zelenskyy") == "vladimir-zelensky"
    assert REGISTRY.resolve("Dmitri Peskov") == "dmitry-peskov"
    assert REGISTRY.resolve("Andriy Zelenskyy") is None  # another initial: another person
    assert REGISTRY.resolve("Pale") is None  # too far from Hale
    assert REGISTRY.resolve("zelenskyy") is None  # a lowercase word is no name


def test_mentions_in_text_order_longest_first():
    text = "The Kremlin spokesman said Zelensky and the EU had talked. Hale agreed."
    found = [(m.text, m.actor) for m in REGISTRY.mentions(text)]
    assert found == [
        ("The Kremlin spokesman", "dmitry-peskov"),  # a role phrase in any case
        ("Zelensky", "vladimir-zelensky"),
        ("EU", "european-union"),
        ("Hale", "john-hale"),
    ]
    assert [m.text for m in REGISTRY.mentions(text, 0, 30)] == ["The Kremlin spokesman"]


def test_new_speakers_get_an_id_from_their_bare_name():
    assert new_actor_id("Foreign Minister Ana Ruiz") == "ana-ruiz"
    assert new_actor_id("U.S.") == new_actor_id("US") == "us"


def test_sides():
    assert REGISTRY.side("dmitry-peskov") == "russia"
    assert REGISTRY.side("john-hale") is None
    assert REGISTRY.side("nobody") is None


ROOT = Path(__file__).resolve().parent.parent


def _registry():
    from generator.actors import Registry

    return Registry(load_registry(ROOT / "content")[0])


# Sentences of my own in wire style: new names beside, inside and around registered ones.
_NEWS = [
    "Donald Trump Jr. told reporters in Palm Beach that his father would meet Vladimir Putin in August.",
    "Russian President Vladimir Putin and the Russian Foreign Ministry spokeswoman Anna Petrova spoke on Friday.",
    "The Kremlin aide Yuri Ushakov said Petrova would brief the White House Press Office later.",
    "White House Press Office staff said Mr. Witkoff had flown to Moscow; WHITE HOUSE officials declined to comment.",
    "Marco Rubio, Anna Petrova and Lavrov's deputy met in Riyadh, where the Petrova plan was discussed.",
]


def test_an_article_s_new_speakers_beside_the_registry_match_as_one_registry_of_all():
    from generator.model import Actor

    base = _registry()
    more = [
        Actor("donald-trump-jr", "Donald Trump Jr"),  # longer than a registered name, at the same place
        Actor("anna-petrova", "Anna Petrova"),
        Actor("white-house-press-office", "White House Press Office", kind="organisation"),  # overlaps one
        Actor("a-lavrov", "A Lavrov"),  # an id before a registered person's with the same surname
    ]
    grown, plain = base.with_actors(more), type(base)([*base.actors.values(), *more])
    assert grown._extra is not None  # the registry's phrases were not compiled again
    for text in _NEWS:
        assert grown.mentions(text) == plain.mentions(text), text
        for word in re.findall(rf"\b{NAME}", text):
            assert grown.resolve(word) == plain.resolve(word), word
    assert [m.actor for m in grown.mentions(_NEWS[0])][:1] == ["donald-trump-jr"]
    assert "white-house-press-office" in {m.actor for m in grown.mentions(_NEWS[3])}


def test_the_fuzzy_surname_match_finds_variants_and_refuses_other_names():
    registry = _registry()
    assert registry.resolve("Zelenskyy") == "volodymyr-zelensky"
    assert registry.resolve("Steve Witkof") == "steve-witkoff"
    assert registry.resolve("Rutin") is None  # "Putin" scores 80
    assert registry.resolve("Keith Rubiov") is None  # Rubio's surname, another given name


def test_one_middle_initial_makes_no_other_person():
    assert new_actor_id("Kremlin spokesman Dmitry S. Peskov") == new_actor_id("Dmitry Peskov") == "dmitry-peskov"
    assert new_actor_id("George H. W. Bush") == "george-h-w-bush"  # two initials tell father from son
    assert new_actor_id("U.S.") == "us"


def test_a_given_name_tells_a_gender_only_with_a_surname_and_only_when_on_one_list():
    assert gender_of("Sarah Lane") == "f" and gender_of("Steve Jobs") == "m"
    assert gender_of("Sarah") is None  # a single word may be a surname
    assert gender_of("Hillary Lane") is None  # a given name on both lists tells nothing
    assert gender_of("Zorvan Lane") is None  # nor one on neither


def test_a_personal_name_is_two_or_three_capitalised_words_without_titles_or_organisation_words():
    assert looks_personal("Sarah Lane") and looks_personal("Tom J. Lane")
    assert not looks_personal("Lane")
    assert not looks_personal("President Lane")
    assert not looks_personal("Ministry of Health")


def test_a_registered_surname_with_another_given_name_is_another_person():
    assert REGISTRY.resolve("Peter Hale") is None
    assert REGISTRY.resolve("Jim Peskov") is None
    assert REGISTRY.resolve("J. Hale") == "john-hale"
    assert REGISTRY.resolve("Johnny Hale") == "john-hale"  # a short or long form of the given name
    assert REGISTRY.resolve("Dmitri Peskov") == "dmitry-peskov"
