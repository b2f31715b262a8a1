"""The actor registry's text helpers, against what they replace."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.actors import NAME, FullNames

ROOT = Path(__file__).resolve().parent.parent
SEEDS = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))


def _last_full_name_by_rescanning(text: str, surname: str, at: int) -> str | None:
    """What statements.py did before FullNames: search ``text[:at]`` again for every speaker."""
    full = [
        m.group(0)
        for m in re.finditer(rf"\b{NAME}", text[:at])
        if m.group(0).split()[-1] == surname
        and len(m.group(0).split()) >= 2
        and m.group(0).split()[0] not in ("The", "A", "An", "This", "That")
    ]
    return full[-1] if full else None


def test_the_last_full_name_before_an_offset_is_what_rescanning_the_text_finds():
    names = FullNames(SEEDS)
    surnames = sorted({m.group(0).split()[-1] for m in re.finditer(rf"\b{NAME}", SEEDS)})
    assert "Witkoff" in surnames and len(surnames) > 100
    # Every word start (where speakers are), and the middle of every tenth word (a run cut anywhere).
    offsets = [m.start() for m in re.finditer(r"\b\w", SEEDS)]
    offsets += [m.start() + 2 for m in re.finditer(r"\b\w{4,}", SEEDS)][::10]
    found = 0
    for at in offsets[::7]:
        for surname in ("Witkoff", "Putin", "Trump", "Ushakov", "Markov", SEEDS[at : at + 8].split(" ")[0]):
            expected = _last_full_name_by_rescanning(SEEDS, surname, at)
            assert names.last_before(surname, at) == expected, (surname, at)
            found += expected is not None
    assert found > 500  # the names are really there, not only absent


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["Steve", "Witkoff", "The", "Mr.", "V.", "said", " ", "  ", "\t", "\n", ",", "-"])),
    st.data(),
)
def test_full_names_in_any_run_of_words_and_spaces(words, data):
    text = " ".join(words)
    at = data.draw(st.integers(0, len(text)))
    surname = data.draw(st.sampled_from(["Witkoff", "Steve", "V."]))
    assert FullNames(text).last_before(surname, at) == _last_full_name_by_rescanning(text, surname, at)


def _registry():
    from generator.actors import Registry
    from generator.content import load_registry

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
