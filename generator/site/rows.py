"""What the templates show of one event or statement: a row, each of its keys worked out when first read.

A source page lists a few events by date, title and number of sources, yet thousands of such rows are
made in one build: working out every row's chips and provenance (and their links) for templates that
read four keys of it was most of the cost of rendering our pages. A row is a read-only mapping, as the
dict it replaces was, so a theme's own template may still read any key (``e.actors``, ``e.provenance``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from ..content import dates
from ..content.kinds import EventPage, StatementPage, uri_of
from .collect import SiteData

Link = Callable[[str], str]  # content path ("events/x.md") -> URL relative to the page being rendered


class _Row(Mapping[str, Any]):
    """A record's keys for the templates, each computed once, on first reading (``_key_<name>``, else the
    record's field of that name)."""

    KEYS: tuple[str, ...] = ()
    # No public attribute but the keys (below): Jinja reads ``e.title`` as an attribute first, then as a key.
    __slots__ = ("_data", "_item", "_link", "_values")

    def __init__(self, data: SiteData, item: Any, link: Link) -> None:
        self._data, self._item, self._link = data, item, link
        self._values: dict[str, Any] = {}

    def __getitem__(self, key: str) -> Any:
        values = self._values
        if key in values:
            return values[key]
        if key not in self.KEYS:
            raise KeyError(key)
        # A key with no method of its own is the record's field of that name ("title", "quote").
        method = getattr(type(self), f"_key_{key}", None)
        value = values[key] = method(self) if method else getattr(self._item, key)
        return value

    def __getattr__(self, name: str) -> Any:
        """A key read as an attribute, as Jinja reads ``e.title``: without it, every read raised AttributeError
        before Jinja tried the key (a third of the cost of a row)."""
        if name in self.KEYS:
            return self[name]
        raise AttributeError(name)

    def __contains__(self, key: object) -> bool:
        return key in self.KEYS

    def __iter__(self) -> Iterator[str]:
        return iter(self.KEYS)

    def __len__(self) -> int:
        return len(self.KEYS)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._item.id!r})"

    def _key_record(self) -> Any:
        return self._item

    def _key_url(self) -> str:
        return self._link(self._item.uri)

    def _key_n_sources(self) -> int:
        return len({s.source for s in self._item.sources})  # articles, not reports: one may say it twice

    def _key_topics(self) -> list[dict]:
        data, link = self._data, self._link
        return [
            {"id": t, "label": data.topics[t].label, "url": link(uri_of("topics", t))}
            for t in self._item.topics
            if t in data.topics
        ]


class EventRow(_Row):
    """An event as the templates show it; ``record`` is the page itself, for keys shown as they are."""

    KEYS = ("record", "id", "title", "url", "date", "iso", "scheduled", "review", "milestone", "actors",
            "topics", "sides", "n_sources", "provenance")  # fmt: skip
    __slots__ = ()

    def _key_date(self) -> str:
        return dates.display(self._item.date, self._item.mod)

    def _key_iso(self) -> str:
        return self._item.date

    def _key_actors(self) -> list[dict]:
        data, link = self._data, self._link
        return [
            {"id": a, "name": data.actor_name(a), "url": link(uri_of("actors", a)), "side": data.side_of(a) or ""}
            for a in self._item.actors
            if a in data.actors
        ]

    def _key_sides(self) -> list[str]:
        return sorted({self._data.side_of(a) or "" for a in self._item.actors} - {""})

    def _key_provenance(self) -> list[dict]:
        data, link = self._data, self._link
        return [
            {
                "date_text": s.date_text or "",
                "source": data.source_label(s.source),
                "url": link(uri_of("sources", s.source)),
            }
            for s in self._item.sources
        ]


class StatementRow(_Row):
    """A statement as the templates show it; ``record`` is the page itself, for keys shown as they are."""

    KEYS = ("record", "id", "quote", "kind", "url", "speaker", "speaker_url", "date", "reported", "date_text",
            "n_sources", "sources", "topics", "views_other", "context", "context_source")  # fmt: skip
    __slots__ = ()

    def _key_speaker(self) -> str:
        st = self._item
        return self._data.actor_name(st.speaker) if st.speaker else "Unattributed"

    def _key_speaker_url(self) -> str | None:
        st = self._item
        return self._link(uri_of("actors", st.speaker)) if st.speaker in self._data.actors else None

    def _key_date(self) -> str:
        return dates.display(self._item.date)

    def _key_reported(self) -> bool:
        return self._item.date_is_publication

    def _key_sources(self) -> list[dict]:
        data, link = self._data, self._link
        return [
            {"label": data.source_label(s.source), "url": link(uri_of("sources", s.source))} for s in self._item.sources
        ]

    def _key_context(self) -> str | None:
        # The sentences around the words in the first article that has them: "No, he doesn't" needs its question.
        return next((s.context for s in self._item.sources if s.context), None)

    def _key_context_source(self) -> str | None:
        return next((self._data.source_label(s.source) for s in self._item.sources if s.context), None)


def event_row(data: SiteData, ev: EventPage, link: Link) -> EventRow:
    """What the templates show of an event, its links relative to the page ``link`` serves."""
    return EventRow(data, ev, link)


def statement_row(data: SiteData, st: StatementPage, link: Link) -> StatementRow:
    """What the templates show of a statement, its links relative to the page ``link`` serves."""
    return StatementRow(data, st, link)
