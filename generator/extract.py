"""One article through the pipeline: sentences -> dates -> events and statements.

Also the machine-readable contract of ``timeline extract --json``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from .actors import Registry
from .events import extract_events
from .model import Article, Extraction, Timex
from .sentences import split_sentences
from .speakers import new_actor
from .statements import extract_statements
from .timex import RULES, tag
from .topics import Topics

# From this many characters on (about 500 KB of text, a second or more of work) an article is long:
# the command line then shows how far extraction has gone within it.
LONG_ARTICLE = 500_000

# Told after each step of one article's extraction: (steps done, steps in all, the stage of that step).
Progress = Callable[[int, int, str], None]

# Splitting sentences, one step per date rule (finding dates is most of the work), statements, events.
STEPS = 1 + len(RULES) + 2


def extract(
    article: Article,
    registry: Registry,
    topics: Topics,
    progress: Progress | None = None,
    timexes: list[Timex] | None = None,
) -> tuple[Extraction, dict[str, str]]:
    """Extract one article; also return the speakers it names who are not yet registered.

    ``progress`` is told after each step; ``timexes``: the article's temporal expressions from an earlier
    extraction (they depend on the text and publication date only, not on the registries), so that
    extracting again skips tagging.
    """
    done = 0

    def step(stage: str) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, STEPS, stage)

    sentences = split_sentences(article.text)
    step("sentences")
    if timexes is None:
        timexes = tag(article.text, article.published, sentences, progress=lambda: step("dates"))
    else:
        for _ in RULES:
            step("dates")
    statements, new_actors = extract_statements(article, sentences, timexes, registry, topics)
    step("statements")
    if new_actors:  # speakers found here are actors of this article's events too
        registry = registry.with_actors([new_actor(i, n) for i, n in new_actors.items()])
    events = extract_events(article, sentences, timexes, registry, topics, statements)
    step("events")
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
