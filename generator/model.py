"""Plain typed records that flow through the pipeline.

article file -> Article -> Sentence -> Timex -> Event / Statement -> content pages.
Offsets are character offsets into ``Article.text`` exactly as read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """One news article: its decoded text and what is known about it."""

    id: str
    path: str
    text: str
    title: str
    published: dt.date
    outlet: str | None = None
    url: str | None = None
    language: str = "en"
    evidence: str | None = None


@dataclass(frozen=True)
class Sentence:
    """A sentence with its character span in the article and its paragraph number."""

    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True)
class Timex:
    """A temporal expression, TIMEX3-style.

    ``value`` is a TIMEX3 value (``2025-08-06``, ``2025-W33``, ``P3D``,
    ``PRESENT_REF``, a range ``2025-05/2025-07``). A duration counted from a
    known day ("a week later") keeps its TIMEX3 value ``P1W`` and records in
    ``point`` the calendar value it reaches. ``precision`` (year, month, week,
    day, time) is that of ``date_value``; None when there is none.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    precision: str | None = None
    mod: str | None = None
    rule: str = ""
    point: str | None = None

    @property
    def date_value(self) -> str | None:
        """The calendar period the expression places things in: a date's value, or a duration's point."""
        if self.type in ("DATE", "TIME") and self.value[:1].isdigit() and "X" not in self.value:
            return self.value
        return self.point

    @property
    def is_calendar_date(self) -> bool:
        """True when the expression places things on the calendar (not a REF, a set, a bare duration)."""
        return self.date_value is not None


@dataclass
class Actor:
    """A person or body that acts or speaks: registry entry."""

    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    side: str | None = None
    role: str | None = None
    kind: str = "person"


@dataclass
class Topic:
    """A subject of dispute, with keywords that tag sentences."""

    id: str
    label: str
    keywords: list[str] = field(default_factory=list)


@dataclass
class Event:
    """A dated happening reported by one sentence of one article."""

    date: str
    precision: str
    date_text: str
    sentence: str
    start: int
    end: int
    actors: list[str]
    topics: list[str]
    source: str
    title: str = ""
    mod: str | None = None
    scheduled: bool = False


@dataclass
class Statement:
    """Words attributed to a speaker, direct (quoted) or indirect (reported)."""

    speaker: str | None
    speaker_text: str | None
    speaker_start: int | None
    speaker_end: int | None
    quote: str
    start: int
    end: int
    kind: str
    date: str
    date_text: str | None
    topics: list[str]
    source: str
    role: str | None = None
    date_is_publication: bool = False
    # The sentences around the statement, from where its speaker is named (``context.context``).
    context: str | None = None
    # The speaker describes someone else's view, not their own position (``context.views_other``).
    views_other: bool = False


@dataclass
class Extraction:
    """Everything found in one article."""

    article: Article
    timexes: list[Timex]
    events: list[Event]
    statements: list[Statement]
