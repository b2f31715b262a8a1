from __future__ import annotations

import datetime as dt

from generator.actors import Registry
from generator.context import context, views_other
from generator.model import Actor, Article
from generator.sentences import split_sentences
from generator.statements import extract_statements
from generator.timex import tag
from generator.topics import Topics

REGISTRY = Registry([Actor("tatiana-stanovaya", "Tatiana Stanovaya", ["Stanovaya"], "analyst")])


def statements(text: str):
    article = Article("a", "a.txt", text, "T", dt.date(2025, 8, 7))
    sentences = split_sentences(text)
    found, _ = extract_statements(article, sentences, tag(text, article.published, sentences), REGISTRY, Topics([]))
    return found


def test_context_is_the_sentence_around_a_short_answer():
    text = "Reporters asked Lavrov whether the talks had failed. “No, they did not fail,” Lavrov said. Talks go on."
    (st,) = statements(text)
    assert st.context == "“No, they did not fail,” Lavrov said."


def test_context_runs_from_the_speaker_to_the_quote_over_lines_and_keeps_first_and_last_of_long_ones():
    text = "One. Two three. Four five six. Seven. Eight nine."
    sentences = split_sentences(text)
    assert context(text, sentences, text.index("Two"), text.index("Four") + 4) == "Two three. Four five six."
    assert context(text, sentences, 0, len(text)) == "One. … Eight nine."


def test_an_analyst_describing_a_leaders_mindset_is_marked_as_someone_elses_view():
    text = (
        "Tatiana Stanovaya, an analyst, spoke on Monday. She mentions that the mindset of Russia's leader is, "
        "“we will attain our objectives at any cost,” whatever the consequences. "
        "“In Mr. Putin's view the West is weak and divided,” Stanovaya said. "
        "Stanovaya said Putin believes that “time is on his side in this war.” "
        "“I think the talks will fail within weeks,” Stanovaya said."
    )
    found = statements(text)
    assert [(s.speaker, s.views_other) for s in found if s.kind == "direct"] == [
        ("tatiana-stanovaya", True),
        ("tatiana-stanovaya", False),
        ("tatiana-stanovaya", True),
        ("tatiana-stanovaya", False),
    ]


def test_own_views_and_reported_wishes():
    text = "Smith said his view is that “the plan will not work at all.”"
    assert not views_other(text, text.index(" said"), "Smith", text.index("the plan"))
    text = "According to Stanovaya, Mr. Putin would prefer a deal on his own terms."
    assert views_other(text, text.index(","), "Stanovaya", text.index("Mr."))
    text = "According to Stanovaya, the talks will fail before the summer."
    assert not views_other(text, text.index(","), "Stanovaya", text.index("the talks"))
