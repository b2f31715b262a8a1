from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.actors import Registry
from generator.articles import read_article
from generator.content import load_registry
from generator.model import Actor, Article
from generator.sentences import split_sentences
from generator.statements import extract_statements, find_quotes
from generator.timex import tag
from generator.topics import Topics

ROOT = Path(__file__).resolve().parent.parent
REGISTRY = Registry(
    [
        Actor("vladimir-putin", "Vladimir Putin", ["Putin", "the Russian leader"], "russia"),
        Actor("donald-trump", "Donald Trump", ["Trump", "the US leader"], "united-states"),
        Actor("sergey-lavrov", "Sergey Lavrov", ["Lavrov"], "russia"),
        Actor("tatiana-stanovaya", "Tatiana Stanovaya", ["Stanovaya"], "analyst"),
    ]
)


def run(text: str, registry: Registry = REGISTRY):
    article = Article("a", "a.txt", text, "T", dt.date(2025, 8, 7))
    sentences = split_sentences(text)
    statements, new = extract_statements(
        article, sentences, tag(text, article.published, sentences), registry, Topics([])
    )
    return [(s.speaker, s.quote, s.kind) for s in statements], new


def test_speaker_after_with_apposition_and_new_actor():
    found, new = run("“Putin seeks to maintain Trump as a tool,” remarked Sergei Markov, a pro-Kremlin analyst.")
    assert found == [("sergei-markov", "Putin seeks to maintain Trump as a tool", "direct")]
    assert new == {"sergei-markov": "Sergei Markov"}


def test_speaker_before_with_colon_and_straight_quotes():
    found, _ = run('Lavrov said: "We do not refuse any forms of work."')
    assert found == [("sergey-lavrov", "We do not refuse any forms of work.", "direct")]


def test_split_quote_is_one_statement():
    text = "“It would be better to meet,” Mr. Putin stated in January, “and have a calm discussion.”"
    ((speaker, quote, kind),) = run(text)[0]
    assert speaker == "vladimir-putin" and quote.startswith("It would be better") and quote.endswith("discussion.")


def test_dash_led_paragraph_with_role_phrase():
    text = 'Putin spoke.\n- I cannot but agree with him that the crisis was avoidable," the Russian leader said.'
    assert run(text)[0] == [("vladimir-putin", "I cannot but agree with him that the crisis was avoidable", "direct")]


def test_mixed_pair_and_pronoun_to_recent_speaker():
    text = "Trump spoke at length. Although he was frustrated—”he’s just tapping me along,” he remarked in April."
    found, _ = run(text)
    assert found == [("donald-trump", "he’s just tapping me along", "direct")]


def test_scare_quotes_are_not_statements_but_partial_quotes_after_that_are():
    found, _ = run(
        'The Kremlin called the visit "constructive," and the regions "annexed" remain. '
        'Stanovaya indicated that "the key demands must be on the table."'
    )
    assert found == [("tatiana-stanovaya", "the key demands must be on the table.", "direct")]


def test_a_quote_split_by_its_attribution_sentence_is_one_statement():
    found, _ = run(
        "“They are willing to fight for years,” Stanovaya pointed out. “Naturally, they would prefer not to.”"
    )
    ((speaker, quote, kind),) = found
    assert speaker == "tatiana-stanovaya" and quote.startswith("They are") and quote.endswith("prefer not to.")


def test_continuation_quote_in_the_next_paragraph_keeps_the_speaker():
    found, _ = run(
        "“They are willing to fight for years,” Stanovaya pointed out.\n“Naturally, they would prefer not to.”"
    )
    assert [s for s, _, _ in found] == ["tatiana-stanovaya", "tatiana-stanovaya"]


def test_indirect_statements():
    found, _ = run(
        "Lavrov stressed that any contacts must be prepared with care. "
        "According to Stanovaya, Putin does not see the meeting as critical."
    )
    assert found == [
        ("sergey-lavrov", "any contacts must be prepared with care", "indirect"),
        ("tatiana-stanovaya", "Putin does not see the meeting as critical", "indirect"),
    ]


def test_according_to_inside_a_sentence_and_a_coordinated_subject():
    registry = Registry([*REGISTRY.actors.values(), Actor("white-house", "White House", ["the White House"])])
    found, _ = run(
        "Putin, according to Stanovaya, views Trump as a crucial factor in the talks. "
        'The White House and the Department of State emphasized that they will "try to bring the positions closer".',
        registry,
    )
    assert [s for s, _, _ in found] == ["tatiana-stanovaya", "white-house"]


def test_a_short_fragment_after_a_reporting_verb_takes_its_clause():
    found, _ = run('Lavrov argued that Russia must "take the initiative" at the talks.')
    assert found == [("sergey-lavrov", 'Russia must "take the initiative" at the talks', "direct")]


def test_pronoun_prefers_the_clause_subject_over_a_later_object():
    text = "Although Trump has indicated frustration with Putin—”he’s just tapping me along,” he remarked in April."
    assert run(text)[0] == [("donald-trump", "he’s just tapping me along", "direct")]


def test_pronoun_after_a_quote_looks_before_the_quote_not_inside_it():
    text = (
        "The point is that Trump will press Putin, believes Tatiana Stanovaya, an analyst.\n"
        '- It does not matter who will speak: Lavrov, Trump or someone else. It will follow," she said.'
    )
    found, _ = run(text)
    assert found[-1][0] == "tatiana-stanovaya"


def test_dash_led_answer_without_quote_marks_continues_the_interviewee():
    text = (
        "Stanovaya believes that contact between the presidents can be restored.\n"
        "- This is where it will become clear to what extent the positions diverge or coincide."
    )
    found, _ = run(text)
    assert found[-1] == (
        "tatiana-stanovaya",
        "This is where it will become clear to what extent the positions diverge or coincide.",
        "direct",
    )
    # With nobody speaking before it, a dash paragraph is a list item, not a statement.
    assert run("The agenda was long.\n- A list item that follows nobody at all and is long enough.")[0] == []


def test_unknown_pronoun_stays_unattributed():
    found, _ = run("“This long statement has no speaker anywhere near it at all,” he said.")
    assert found == [(None, "This long statement has no speaker anywhere near it at all", "direct")]


@pytest.mark.parametrize(
    "text",
    [
        "“Unclosed quote runs on and on. Another sentence follows.\nNext paragraph is plain and long enough here.",
        "He said “ and then nothing",
        "”Backwards“ marks",
        "",
    ],
)
def test_unbalanced_marks_do_not_crash_or_swallow(text):
    for q in find_quotes(text):
        assert "\n" not in text[q.start : q.end]
    run(text) if text else None


def test_every_seed_quote_is_an_exact_substring():
    actors, topics = load_registry(ROOT / "content")
    registry = Registry(actors)
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        article = read_article(path)
        sentences = split_sentences(article.text)
        statements, _ = extract_statements(
            article, sentences, tag(article.text, article.published, sentences), registry, Topics(topics)
        )
        assert statements
        for s in statements:
            assert article.text[s.start : s.end] == s.quote
            if s.speaker_start is not None:
                assert article.text[s.speaker_start : s.speaker_end] == s.speaker_text
