from __future__ import annotations

import pytest

from generator.model import Topic
from generator.topics import Topics

TOPICS = Topics(
    [
        Topic("nuclear-arms-control", "Nuclear arms control", ["START", "arms control", "nuclear"]),
        Topic("sanctions", "Sanctions", ["sanction", "tariff"]),
        Topic("nato-membership", "NATO membership", ["NATO", "neutral status"]),
    ]
)


@pytest.mark.parametrize(
    "text, topics",
    [
        ("Both sides want to extend the New START treaty.", ["nuclear-arms-control"]),
        ("The talks started on Monday.", []),
        ("At the start of the meeting, Lavrov smiled.", []),
        ("Arms Control was on the agenda.", ["nuclear-arms-control"]),
        ("New sanctions and tariffs were announced.", ["sanctions"]),
        ("He was sanctioned in 2022.", []),
        ("Ukraine could accept a neutral status outside NATO.", ["nato-membership"]),
        ("The nationalist party won; nato is not a word here.", []),
    ],
)
def test_keywords_match_whole_words_and_phrases(text, topics):
    assert TOPICS.tag(text) == topics
