"""The editor's at-a-glance flaws (generator/surface.py), on titles of our own."""

from __future__ import annotations

import pytest

from generator.surface import empty_saying, meta, surface_flaws
from generator.titling import Context, finish, unmarked


@pytest.mark.parametrize(
    ("title", "flaw"),
    [
        ("**Macron flew to Beijing", "markup"),
        ("Blinken visited Cairo;, he returned", "punctuation residue"),
        ("Did the ministers agree on anything?", "question"),
        ("Orban told reporters afterwards", "empty saying"),
        ("Scholz said in an interview that “the future of the alliance”", "empty saying"),  # a quoted subject only
        ("Officials said the talks had ended", "vague subject"),
        ("Talks, Peskov said, were constructive", "spliced tag"),
        ("Here is what we know about the Geneva talks", "meta sentence"),
        ("Returned for talks that yielded no deal", "no subject"),
        ("Visit was the minister’s third trip", "vague subject"),  # ``cuts.flaws`` calls it a bare subject
        ("Summit between Lula and Xi was the first in a decade", "description"),
        ("Lula met Xi in Beijing", None),
        ("A reporter shouted “Will you stop the strikes?” at Putin", None),
        ("A reporter asked Lula “Will you go?”", None),
        ("Brazil could offer Chile NATO-style", "dangling end"),
        ("Lula put the chance of a deal at one", "dangling end"),
        ("Lula called the talks a good one", None),
    ],
)
def test_each_flaw_on_its_own(title, flaw):
    assert surface_flaws(title) == ([flaw] if flaw else [])


def test_a_saying_needs_what_was_said():
    assert empty_saying("Rutte said")
    assert empty_saying("Nordic ministers said in a joint statement")
    assert empty_saying("Lula said the European Union")
    assert empty_saying("Lula said, according to the state news agency")
    assert not empty_saying("Rutte said the allies had agreed a plan")
    assert not empty_saying("A truce was agreed")  # a passive reports a happening
    assert not empty_saying("Xi: We will never accept a blockade")


def test_the_articles_voice_but_not_a_speakers_or_a_countrys():
    assert meta("Scholz gave us his account") and meta("I remember the spring")
    assert not meta("Xi: We will never accept a blockade")
    assert not meta("US envoy met Lula")
    assert not meta('Modi said "we are ready"')


def test_markup_goes_from_a_title():
    assert unmarked("- **Aug. 9**: Blinken lands in Riyadh") == "Aug. 9: Blinken lands in Riyadh"
    assert unmarked("## _Scholz_ meets Xi") == "Scholz meets Xi"
    assert finish("**The ministers met by video call", Context(), "") == "Ministers met by video call"


def test_a_lead_preposition_before_a_happenings_noun_phrase_goes():
    assert finish("Since Iraq's invasion of Kuwait", Context(), "") == "Iraq's invasion of Kuwait"
    assert finish("Before the storm, nothing", Context(), "") == "Before the storm, nothing"
    assert finish("Since then, China has grown fivefold", Context(), "").startswith("Since then")
