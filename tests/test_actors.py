"""The actor registry: a mention resolved by alias, without titles, by surname, and by a fuzzy surname."""

from __future__ import annotations

from generator.actors import Registry, new_actor_id, strip_titles
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
