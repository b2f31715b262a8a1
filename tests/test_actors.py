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
