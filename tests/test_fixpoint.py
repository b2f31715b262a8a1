"""Extraction to a fixed point: the second pass only where a new speaker could be named, with the same result."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from conftest import ROOT

from generator import fixpoint
from generator.actors import Registry
from generator.cache import ExtractionCache, encode_entry, registry_fingerprint
from generator.content import load_registry
from generator.errors import TimelineError
from generator.extract import extract
from generator.fixpoint import PARALLEL_FROM, Extractor, _connect, could_name, extract_to_fixed_point
from generator.model import Actor, Article
from generator.readers import article_paths, read_article
from generator.speakers import new_actor
from generator.topics import Topics

NEW = [Actor("anna-petrova", "Anna Petrova"), Actor("jean-luc-moreau", "Jean-Luc Moreau")]


def test_a_text_naming_a_new_actor_in_any_way_the_registry_matches_is_found():
    texts = [
        "“We are not there yet,” said Anna Petrova, an analyst at the Carnegie centre.",
        "Petrova said the talks would resume on Monday.",  # the surname alone
        "Anna, who advised two ministers, was not in Geneva.",  # a given name alone
        "ANNA PETROVA, THE ANALYST, SAID SO.",  # the name as a phrase, in any case
        "Petrowa told the agency the plan was dead.",  # a fuzzy variant of the surname
        "Moreau's office in Paris confirmed the call.",
    ]
    assert could_name(texts, NEW) == [True] * len(texts)


def test_a_text_naming_no_new_actor_is_left_out():
    texts = [
        "Vladimir Putin met Donald Trump in Anchorage on Friday.",
        "The ceasefire proposal was discussed by officials in Riyadh.",
        "Peter Morris, a former diplomat, said the summit had failed.",
    ]
    assert could_name(texts, NEW) == [False, False, False]
    assert could_name(texts, []) == [False, False, False]


def _every_article_twice(articles, registry, topics):
    """The fixed point as ingest computed it before: the second pass over every article."""
    first = [extract(a, registry, topics) for a in articles]
    found: dict[str, str] = {}
    for _, names in first:
        for actor_id, name in names.items():
            found.setdefault(actor_id, name)
    fresh = {i: n for i, n in found.items() if i not in registry.actors}
    grown = Registry([*registry.actors.values(), *(new_actor(i, n) for i, n in sorted(fresh.items()))])
    return [extract(a, grown, topics, timexes=x[0].timexes)[0] for a, x in zip(articles, first, strict=True)]


def test_the_fixed_point_is_what_extracting_every_article_again_gives(tmp_path):
    _, topic_list = load_registry(ROOT / "content")
    topics, registry = Topics(topic_list), Registry([])  # no actor pages: every speaker is new
    articles = [read_article(p) for p in article_paths([ROOT / "seeds"])]
    # and articles that name none of the seeds' speakers, which the second pass leaves as they are
    for i, text in enumerate(
        [
            "The central bank raised its main rate on Tuesday, the third rise this year.",
            "Flooding closed the coastal road on 3 March; it reopened two days later.",
        ]
    ):
        articles.append(Article(f"other-{i}", f"other-{i}.md", text, "Other", dt.date(2025, 3, 5)))
    calls = []

    def run(articles, registry, timexes=None, known=None):
        calls.append(len(articles) - len(known or {}))
        with Extractor(topics, None, 1, lambda total: lambda: None) as one_process:
            return one_process.run(articles, registry, timexes, known)

    extractions, new_actors = extract_to_fixed_point(articles, registry, run)
    assert new_actors and calls[0] == len(articles) and calls[1] <= len(articles) - 2
    expected = _every_article_twice(articles, registry, topics)
    assert [dataclasses.asdict(x) for x in extractions] == [dataclasses.asdict(x) for x in expected]


def _distinct_articles(n: int) -> list[Article]:
    day = dt.date(2025, 3, 1)
    return [
        Article(
            f"wire-{i}",
            f"wire-{i}.md",
            f"Officials met in Geneva on {day + dt.timedelta(days=i % 20):%d %B %Y} for round {i} of the talks. "
            f"“We are close,” said Lena Varga{i}, a negotiator.",
            "Wire",
            day + dt.timedelta(days=30),
        )
        for i in range(n)
    ]


def test_workers_write_the_cache_entries_the_parent_would_and_a_second_run_reads_them(tmp_path):
    _, topic_list = load_registry(ROOT / "content")
    topics, registry = Topics(topic_list), Registry([])
    articles = _distinct_articles(PARALLEL_FROM)
    cache = ExtractionCache(tmp_path, code="test", folder=tmp_path / "cache")
    with Extractor(topics, cache, 2, lambda total: lambda: None) as pool:
        extracted = pool.run(articles, registry)
        assert pool._pool is not None  # the articles went to the workers
    fingerprint = registry_fingerprint([], list(topics.topics.values()))
    for article, value in zip(articles, extracted, strict=True):
        key = cache.key(article, fingerprint)
        assert cache._path(key).read_text(encoding="utf-8") == encode_entry(key, value)
    again = ExtractionCache(tmp_path, code="test", folder=tmp_path / "cache")
    with Extractor(topics, again, 2, lambda total: lambda: None) as cached:
        assert [dataclasses.asdict(x) for x, _ in cached.run(articles, registry)] == [
            dataclasses.asdict(x) for x, _ in extracted
        ]
        assert (again.hits, again.misses, cached._pool) == (len(articles), 0, None)


# Extraction on a Dask cluster: addresses are checked before anything connects, and a scheduler that does not
# answer is named. (A real cluster's extraction is tested in test_ingest_dask.py.)


@pytest.mark.parametrize("address", ["localhost:8786", "http://host:8786", "tcp://host", "tcp://a b:1"])
def test_an_address_that_is_not_a_scheduler_is_refused(address):
    with pytest.raises(TimelineError) as exc:
        _connect(address)
    assert str(exc.value) == f"{address}: not a Dask scheduler address: expected tcp://HOST:PORT"


def test_a_scheduler_that_does_not_answer_is_named(monkeypatch):
    monkeypatch.setattr(fixpoint, "CONNECT_TIMEOUT", "1s")  # the real wait, shortened
    with pytest.raises(TimelineError) as exc:
        _connect("tcp://127.0.0.1:9")  # the discard port: nothing listens
    assert str(exc.value).startswith("tcp://127.0.0.1:9: cannot reach the Dask scheduler: ")
