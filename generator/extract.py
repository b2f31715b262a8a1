"""One article through the pipeline: sentences -> dates -> events and statements.

Also the machine-readable contract of ``timeline extract --json``.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from .actors import Registry
from .events import extract_events
from .model import Actor, Article, Extraction, Timex
from .sentences import split_sentences
from .statements import extract_statements
from .timex import tag
from .topics import Topics


def extract(
    article: Article, registry: Registry, topics: Topics, timexes: list[Timex] | None = None
) -> tuple[Extraction, dict[str, str]]:
    """Extract one article; also return the speakers it names who are not yet registered.

    ``timexes``: the article's temporal expressions from an earlier extraction (they depend on the
    text and publication date only, not on the registries), so that extracting again skips tagging.
    """
    sentences = split_sentences(article.text)
    if timexes is None:
        timexes = tag(article.text, article.published, sentences)
    statements, new_actors = extract_statements(article, sentences, timexes, registry, topics)
    if new_actors:  # speakers found here are actors of this article's events too
        registry = Registry([*registry.actors.values(), *(Actor(i, n) for i, n in new_actors.items())])
    events = extract_events(article, sentences, timexes, registry, topics)
    return Extraction(article, timexes, events, statements), new_actors


def to_json(x: Extraction) -> dict[str, Any]:
    """The ``timeline extract --json`` object for one file (offsets index the decoded text)."""
    a = x.article
    return {
        "source": {
            "id": a.id,
            "file": a.path,
            "title": a.title,
            "outlet": a.outlet,
            "url": a.url,
            "published": a.published.isoformat(),
            "language": a.language,
        },
        "timexes": [
            {
                "start": t.start,
                "end": t.end,
                "text": t.text,
                "type": t.type,
                "value": t.value,
                "precision": t.precision,
                "mod": t.mod,
                "point": t.point,
            }
            for t in x.timexes
        ],
        "events": [
            {
                "date": e.date,
                "precision": e.precision,
                "date_text": e.date_text,
                "sentence": e.sentence,
                "start": e.start,
                "end": e.end,
                "actors": e.actors,
                "topics": e.topics,
                "title": e.title,
                "scheduled": e.scheduled,
            }
            for e in x.events
        ],
        "statements": [{k: v for k, v in asdict(s).items() if k not in ("source",)} for s in x.statements],
    }
