"""The head of a speaker phrase: the words that name the speaker, and what kind of speaker they name."""

from __future__ import annotations

from generator.speakers import head, is_org_name, is_title, lexicon


def _head(phrase: str) -> tuple[str, str] | None:
    h = head(phrase, 0, len(phrase))
    if h is None:
        return None
    assert phrase[h.start : h.end] == h.text  # offsets index the text
    return h.text, h.kind


def test_names_lose_their_titles():
    assert _head("Transport Minister John Hale") == ("John Hale", "name")
    assert _head("German Chancellor Friedrich Merz,") == ("Friedrich Merz", "name")
    assert head("Mr. Hale", 0, 8).honorific


def test_pronouns_and_anaphors_point_back():
    assert _head(" he") == ("he", "pronoun")
    assert _head("the analyst") == ("the analyst", "pronoun")


def test_an_organisation_is_named_as_an_organisation():
    assert _head("the Kremlin") is not None
    assert is_org_name("IMF") and is_org_name("U.S.") and is_org_name("Coast Guard Ministry")
    assert not is_org_name("CEO") and not is_org_name("John Hale")


def test_capitalised_words_that_name_nobody():
    assert _head("Friday") is None


def test_the_lexicon_is_read_from_the_data_file():
    lex = lexicon()
    assert "president" in lex.titles and "minister" in lex.titles
    assert is_title("Rep.") and is_title("Secretary") and not is_title("Hale")
    assert lex is lexicon()  # read once


def test_date_words_never_open_a_speakers_name():
    from generator.speakers import lexicon

    for word in ("aug", "sept", "early", "late", "saturday"):
        assert word in lexicon().not_speakers
