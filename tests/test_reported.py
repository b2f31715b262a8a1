"""Reported speech: "X said that ...", "according to X, ...", "..., X said" become indirect statements."""

from __future__ import annotations

import datetime as dt

from generator.actors import Registry
from generator.model import Actor, Article
from generator.reported import find_indirect
from generator.resolve import Attributor
from generator.sentences import split_sentences

REGISTRY = Registry([Actor("john-hale", "John Hale"), Actor("ana-ruiz", "Ana Ruiz")])


def _reported(text: str) -> list[tuple[str | None, str]]:
    article = Article("a", "a.md", text, "T", dt.date(2025, 8, 7))
    sentences = split_sentences(text)
    att = Attributor(article, sentences, REGISTRY, [])
    found: list[tuple[str | None, str]] = []

    def make(span, speaker, role, start, end, kind, sentence) -> None:
        assert kind == "indirect"
        found.append((speaker, text[start:end]))

    find_indirect(text, sentences, set(), att, make)
    return found


def test_said_that():
    assert _reported("Minister John Hale said that the bridge would open in September.") == [
        ("john-hale", "the bridge would open in September")
    ]


def test_according_to():
    assert _reported("According to Ana Ruiz, local shops have lost half their customers.") == [
        ("ana-ruiz", "local shops have lost half their customers")
    ]


def test_a_trailing_attribution():
    (found,) = _reported("The bridge will be ready for heavy traffic next year, Hale said.")
    assert found[0] == "john-hale" and found[1].startswith("The bridge will be ready for heavy traffic")


def test_no_statement_without_a_speaker_or_with_too_few_words():
    assert _reported("The bridge will open in September.") == []
    assert _reported("Hale said that it works.") == []


def test_a_source_nobody_named_reports_speech_with_no_speaker():
    assert _reported("But analysts say the measure may not be able to prevent a recession this year.") == [
        (None, "the measure may not be able to prevent a recession this year")
    ]
    assert _reported("An expert indicated that this would move the brand back to its roots.") == [
        (None, "this would move the brand back to its roots")
    ]
    assert _reported("The sources claimed that the executive was not used to the corporate politics there.") == [
        (None, "the executive was not used to the corporate politics there")
    ]
    assert _reported("Analysts expect the bank to cut rates again in March next year.") == []


def test_a_denied_or_conditional_act_of_speech_states_nothing():
    assert _reported("John Hale did not say whether the bridge would open in September.") == []
    assert _reported("He has not acknowledged if he believes the minister has misled him about the plan.") == []


def test_a_listener_before_that_and_a_participle_cue_are_not_the_clause():
    assert _reported("John Hale argued with his Spanish counterparts that the bridge must open in May.") == [
        ("john-hale", "the bridge must open in May")
    ]
    found = _reported("The regions were never named, which John Hale mentioned, indicating that the map is still open.")
    assert not any(c.startswith("indicating") for _, c in found)
    assert _reported("At the start of his term, Ana Ruiz seemed close to the mayor, calling John Hale a friend.") == []


def test_an_estimate_that_a_clause_holds_is_reported_speech_and_one_with_an_object_is_not():
    assert _reported("Ana Ruiz, with a local bank, estimated that eight million phones will be sold by June.") == [
        ("ana-ruiz", "eight million phones will be sold by June")
    ]
    assert _reported("John Hale estimated the cost at two million euros for the whole bridge.") == []
    assert _reported("It is estimated that eight million phones will have been sold by June.") == []


def test_a_medium_and_a_time_together_before_that_are_not_the_clause():
    assert _reported("Hale said in a statement on Friday that the bridge would open in September.") == [
        ("john-hale", "the bridge would open in September")
    ]
    assert _reported("Ana Ruiz said at a news conference on Tuesday that shops had lost customers.") == [
        ("ana-ruiz", "shops had lost customers")
    ]
    assert _reported("Hale said on Monday in Lisbon the bridge would open in September.") == [
        ("john-hale", "the bridge would open in September")
    ]


def test_the_listener_after_told_is_not_the_reported_clause():
    for listener in ("shareholders", "his audience", "police", "reporters"):
        found = _reported(f"John Hale told {listener} the company had a record year.")
        assert found == [("john-hale", "the company had a record year")], listener


def test_a_nationality_alone_speaks_for_its_country_and_never_names_an_actor():
    """"Ukrainian officials said": the speaker is Ukraine (a body), not an actor named "Ukrainian"; a
    nationality of no one country ("European leaders") is a group nobody named, as "analysts" is."""
    text = (
        "Ukrainian officials said on Tuesday that the proposal was unacceptable to Kyiv. "
        "The British side said the plan was sound and could be signed. "
        "European leaders said in a joint statement that borders must not change by force.\n\n"
        "WASHINGTON — John Hale on Monday defended the decision, saying talks were the only way forward."
    )
    found = _reported(text)
    assert [speaker for speaker, _ in found] == ["ukraine", "united-kingdom", None, "john-hale"]


def test_a_new_speaker_is_a_body_when_its_name_is_an_organisations_or_a_countrys():
    from generator.speakers import new_actor

    named = (("ukraine", "Ukraine"), ("imf", "IMF"), ("acme-corp", "Acme Corp."), ("jane-doe", "Jane Doe"))
    assert [new_actor(i, n).kind for i, n in named] == ["body", "body", "body", "person"]


def test_reported_speech_in_forms_the_news_writes_it():
    """A weekday between the verb and "that", a progressive, a participle after an adverb, a witness's
    testimony, "according to" without its comma: each a statement of the one named."""
    found = _reported(
        "John Hale announced Monday in an internal memo that he would take medical leave for six months.\n\n"
        "Ana Ruiz is claiming that there are buyers for the new model in Asia.\n\n"
        "John Hale fought cancer in 2004, later revealing he had undergone a liver transplant.\n\n"
        "Ana Ruiz sued the company, but a settlement was reached after she testified that no secrets had leaked.\n\n"
        "According to John Hale the new vehicles will be focused on fuel economy."
    )
    assert found == [
        ("john-hale", "he would take medical leave for six months"),
        ("ana-ruiz", "there are buyers for the new model in Asia"),
        ("john-hale", "he had undergone a liver transplant"),
        ("ana-ruiz", "no secrets had leaked"),
        ("john-hale", "the new vehicles will be focused on fuel economy"),
    ]


def test_clauses_one_attribution_joins_are_statements_of_their_own():
    found = _reported(
        "John Hale said that the plant would close in June and that the workers would be paid in full.\n\n"
        "Ana Ruiz has said that the firm made a profit in the third quarter, and predicted that it would grow "
        "next year.\n\n"
        "John Hale said that prices rose and that was all."
    )
    assert found == [
        ("john-hale", "the plant would close in June"),
        ("john-hale", "the workers would be paid in full"),
        ("ana-ruiz", "the firm made a profit in the third quarter"),
        ("ana-ruiz", "it would grow next year"),
        ("john-hale", "prices rose and that was all"),
    ]


def test_a_datelines_place_is_no_organisation_an_anaphor_stands_for():
    found = _reported(
        "KYIV — John Hale said on Tuesday that the army would not withdraw from the eastern region.\n\n"
        "The ministry said that the convoy had been hit twice on the road to the border."
    )
    assert found == [("john-hale", "the army would not withdraw from the eastern region")]


def test_an_unknown_surname_reports_speech_with_no_actor():
    assert _reported("Okafor said the company would cut two hundred jobs.") == [
        (None, "the company would cut two hundred jobs")
    ]
    # a capitalised common noun (written in lower case elsewhere) or an unnamed source is no surname
    assert _reported("Critics said the plan would fail within a year.")[0][0] is None
    assert _reported("Day, a holiday, said the markets would open late. The day was quiet.") == []


def test_the_clauses_of_a_paragraph_with_no_full_stop_are_found_without_reading_it_once_per_verb():
    # A hostile article: 80 KB of "and said that x" in one sentence; each cue reads the words after its verb
    # up to where its clause starts, not the rest of the sentence (was quadratic).
    from generator.model import Sentence
    from generator.reported import _verb_clauses

    body = "He said that x " + "and said that x " * 5000
    cues = _verb_clauses(body, Sentence(0, len(body), body, 0))
    assert len(cues) == 5001 and cues[1][:2] == (19, 29)
    # A newline in a sentence after a clause's start is no clause, as before, near the verb or far from it.
    for gap in (" ", " x" * 400 + " "):
        wrapped = f"He said that it rained{gap}\nand it poured."
        assert _verb_clauses(wrapped, Sentence(0, len(wrapped), wrapped, 0)) == []
