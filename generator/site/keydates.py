"""Key dates: the days mkdocs.yml marks (the summit) and the events marked as milestones.

They are listed near the top of the timeline, under a heading search indexes (so a reader who searches
"Alaska" finds the Alaska summit), and a marked day with no event of its own page is an entry of its own
in its month of the timeline, beside the events of that day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from ..content import dates
from ..content.kinds import EventPage
from ..slugs import slugify

Link = Callable[[str], str]


class Marked(Protocol):
    """What a key date is made from: a day, its label and, for a milestone, its event's address."""

    day: dt.date
    label: str
    url: str | None


@dataclass(frozen=True)
class KeyDate:
    """One key date as the timeline shows it."""

    id: str  # the anchor of its entry on the timeline ("key-date-2025-08-15-alaska-summit")
    label: str
    day: dt.date
    url: str | None  # the milestone's event page; None for a day mkdocs.yml marks
    events: tuple[dict, ...]  # the events dated that very day: {"title", "url"}

    @property
    def iso(self) -> str:
        return self.day.isoformat()

    @property
    def sort_key(self) -> tuple:
        """Where its entry stands among the events: before the events of its day."""
        return (*dates.sort_key(self.iso, "day"), "")


def key_dates(markers: Sequence[Marked], events: Sequence[EventPage], link: Link) -> list[KeyDate]:
    """The key dates in date order, each with the events of its day."""
    by_day: dict[str, list[EventPage]] = {}
    for ev in events:
        if ev.precision == "day":
            by_day.setdefault(ev.date, []).append(ev)
    out = []
    for m in markers:
        iso = m.day.isoformat()
        that_day = tuple({"title": ev.title, "url": link(ev.uri)} for ev in by_day.get(iso, ()))
        out.append(KeyDate(f"key-date-{iso}-{slugify(m.label, 6)}", m.label, m.day, m.url, that_day))
    return sorted(out, key=lambda k: (k.day, k.label))


def entries(
    keys: Sequence[KeyDate], events: Sequence[EventPage], sort_key: Callable[[EventPage], tuple]
) -> list[tuple[tuple, object]]:
    """The timeline's entries in order: (sort key, event or key date). A milestone is its event's own
    entry; a marked day becomes an entry when it falls within the events listed (a page of a long
    timeline shows the marked days of its own stretch)."""
    listed = [(sort_key(ev), ev) for ev in events]
    if listed:
        first, last = dates.start(events[0].date), dates.start(events[-1].date)
        for k in keys:
            if k.url is None and first is not None and last is not None and first <= k.day <= last:
                listed.append((k.sort_key, k))
    return sorted(listed, key=lambda pair: pair[0])


def rows(keys: Sequence[KeyDate], display_date: Callable[[str], str], where: Callable[[KeyDate], str]) -> list[dict]:
    """What the template shows of each key date; ``where(key)`` is the address of its entry on the timeline."""
    return [
        {
            "id": k.id,
            "label": k.label,
            "date": display_date(k.iso),
            "iso": k.iso,
            "url": k.url,
            "anchor": None if k.url else where(k),
            "events": list(k.events),
            "key_date": True,
        }
        for k in keys
    ]
