"""One article in, everything found in it out: dates, events, statements, new speakers, and progress."""

from __future__ import annotations

import datetime as dt

from generator.actors import Registry
from generator.extract import STEPS, extract, to_json
from generator.model import Actor, Article
from generator.topics import Topics

TEXT = (
    "Envoy Steve Witkoff met President Vladimir Putin in Moscow on Wednesday.\n\n"
    '"We had a very productive conversation," Ana Ruiz, a Kremlin adviser, said on Thursday.\n'
)
ARTICLE = Article("wire-envoy", "envoy.md", TEXT, "Envoy meets Putin", dt.date(2025, 8, 7), outlet="Wire")
REGISTRY = Registry([Actor("steve-witkoff", "Steve Witkoff"), Actor("vladimir-putin", "Vladimir Putin")])


def test_an_article_gives_its_dates_events_and_statements():
    x, new = extract(ARTICLE, REGISTRY, Topics([]))
    assert [(t.text, t.value) for t in x.timexes] == [("Wednesday", "2025-08-06"), ("Thursday", "2025-08-07")]
    (event,) = [e for e in x.events if e.date == "2025-08-06"]
    assert event.actors == ["steve-witkoff", "vladimir-putin"] and event.source == "wire-envoy"
    (statement,) = x.statements
    assert (statement.speaker, statement.kind, statement.quote) == (
        "ana-ruiz",
        "direct",
        "We had a very productive conversation",
    )
    assert new == {"ana-ruiz": "Ana Ruiz"}  # a speaker not yet registered


def test_progress_is_told_every_step_and_known_timexes_skip_tagging():
    told: list[tuple[int, int, str]] = []
    first, _ = extract(ARTICLE, REGISTRY, Topics([]), progress=lambda *a: told.append(a))
    assert [done for done, _, _ in told] == list(range(1, STEPS + 1))
    assert {total for _, total, _ in told} == {STEPS}
    assert told[0][2] == "sentences" and told[-1][2] == "events"
    again, _ = extract(ARTICLE, REGISTRY, Topics([]), timexes=first.timexes)
    assert again == first


def test_the_json_offsets_index_the_text():
    data = to_json(extract(ARTICLE, REGISTRY, Topics([]))[0])
    assert data["source"]["published"] == "2025-08-07" and data["source"]["file"] == "envoy.md"
    for t in data["timexes"]:
        assert TEXT[t["start"] : t["end"]] == t["text"]
    (statement,) = data["statements"]
    assert TEXT[statement["start"] : statement["end"]] == statement["quote"] and "source" not in statement
