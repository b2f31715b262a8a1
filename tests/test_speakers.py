"""The head of a speaker phrase: the words that name the speaker, and what kind of speaker they name."""

from __future__ import annotations

from generator.speakers import head, is_org_name, is_title, lexicon, opening_subject


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


def test_a_title_word_that_opens_a_company_name_keeps_it_whole():
    assert _head("General Motors Corporation") == ("General Motors Corporation", "name")
    assert _head("General Electric Co.")[0].startswith("General Electric")
    assert _head("General Wesley Clark") == ("Wesley Clark", "name")


def test_an_adjective_before_a_noun_names_a_body_an_anaphor_or_nobody():
    assert _head("The Belgian government has") == ("Belgian government", "name")
    assert _head("the Russian foreign ministry") == ("Russian foreign ministry", "name")
    assert _head("The US carmaker") == ("The US carmaker", "org_anaphor")
    assert _head("A new Russian law") is None
    assert _head("the oil giant") == ("the oil giant", "org_anaphor")
    assert _head("a Boeing spokesman") == ("Boeing", "org")


def test_for_joins_a_one_word_name_to_the_next():
    assert _head("the Centers for Disease Control")[0] == "Centers for Disease Control"


def test_an_occupation_before_a_name_is_no_part_of_it():
    assert _head("Coach Steve Barnes") == ("Steve Barnes", "name")
    assert _head("Actor Ben Carter") == ("Ben Carter", "name")


def test_opening_subject_is_one_capitalised_word_before_a_lowercase_one():
    def subject(text: str) -> str | None:
        return opening_subject(text, 0, len(text))

    assert subject("Toyota announced the recall on Tuesday.") == "Toyota"
    assert subject(" Reuters obtained the letter.") == "Reuters"
    assert subject("Tim Cook announced the phone.") is None  # a name in full is read elsewhere
    assert subject("However the board met.") is None  # a sentence adverb
    assert subject("Friday brought rain.") is None  # a weekday
    assert subject("He said so.") is None and subject("They left.") is None
    assert subject("President spoke.") is None  # a title alone


def test_a_body_named_with_of_is_one_name_and_a_person_after_it_is_the_speaker():
    assert _head("the National Bureau of Economic Research")[0] == "National Bureau of Economic Research"
    assert _head("the Chamber of Commerce")[0] == "Chamber of Commerce"
    assert _head("Kellogg School of Management professor Jim Smith")[0] == "Jim Smith"
    assert _head("Jim Smith of the University of Michigan")[0] == "Jim Smith"
    assert is_title("President-elect") and is_title("Minister-designate")


def test_the_first_of_two_named_with_a_lower_case_title_is_the_speaker():
    phrase = "Prime Minister John Howard and industry minister Ian MacDonald"
    assert _head(phrase)[0] == "John Howard"
    assert _head("John Smith and his wife Mary")[0] == "John Smith"
    assert _head("Political scientist and historian Sergey Stankovich")[0] == "Sergey Stankovich"
