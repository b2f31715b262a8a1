"""Collect the pages of ``content/`` into typed, sorted records for the aggregate pages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from .. import dates
from ..content import Page, load_content
from ..errors import TimelineError

SIDE_LABELS = {
    "russia": "Russia",
    "united-states": "United States",
    "ukraine": "Ukraine",
    "europe": "Europe",
    "analyst": "Analysts",
    "other": "Other",
    None: "Unassigned",
}
SIDE_ORDER = ["russia", "united-states", "ukraine", "europe", "analyst", "other", None]


@dataclass
class SiteData:
    """Everything the aggregate pages need, keyed by id, in a fixed order."""

    sources: dict[str, Page]
    events: list[Page]
    statements: list[Page]
    actors: dict[str, Page]
    topics: dict[str, Page]
    by_actor_events: dict[str, list[Page]] = field(default_factory=dict)
    by_actor_statements: dict[str, list[Page]] = field(default_factory=dict)
    by_source: dict[str, list[Page]] = field(default_factory=dict)
    by_topic: dict[str, list[Page]] = field(default_factory=dict)
    event_by_id: dict[str, Page] = field(default_factory=dict)
    statement_by_id: dict[str, Page] = field(default_factory=dict)
    _source_labels: dict[str, str] = field(default_factory=dict, repr=False)

    def side_of(self, actor_id: str) -> str | None:
        page = self.actors.get(actor_id)
        return page.meta.get("side") if page else None

    def actor_name(self, actor_id: str) -> str:
        page = self.actors.get(actor_id)
        return page.meta["name"] if page else actor_id

    def source_label(self, source_id: str) -> str:
        """'Outlet, 7 August 2025': how lists name a source (worked out once per source)."""
        label = self._source_labels.get(source_id)
        if label is None:
            page = self.sources.get(source_id)
            if not page:
                return source_id
            day = dt.date.fromisoformat(page.meta["published"])
            label = f"{page.meta.get('outlet') or page.meta['title']}, {day.day} {day.strftime('%B %Y')}"
            self._source_labels[source_id] = label
        return label


def sort_key(meta: dict) -> tuple:
    """Chronological by the first day a date covers; on the same day the coarser date first.

    So "2025" heads the year, "August 2025" sorts at 1 August (after July's days) and before its own days.
    """
    return (*dates.sort_key(meta["date"], meta.get("precision", "day")), meta["id"])


def collect(docs_dir: Path) -> SiteData:
    """Read and validate ``content/``; raise TimelineError with every problem."""
    pages, problems = load_content(docs_dir)
    if problems:
        raise TimelineError(problems)
    events = sorted(pages["events"], key=lambda p: sort_key(p.meta))
    statements = sorted(pages["statements"], key=lambda p: sort_key(p.meta))
    data = SiteData(
        sources={p.meta["id"]: p for p in sorted(pages["sources"], key=lambda p: (p.meta["published"], p.meta["id"]))},
        events=events,
        statements=statements,
        actors={p.meta["id"]: p for p in pages["actors"]},
        topics={p.meta["id"]: p for p in pages["topics"]},
    )
    data.event_by_id = {ev.meta["id"]: ev for ev in events}
    data.statement_by_id = {st.meta["id"]: st for st in statements}
    for ev in events:
        for a in ev.meta.get("actors", []):
            data.by_actor_events.setdefault(a, []).append(ev)
        for s in ev.meta["sources"]:
            data.by_source.setdefault(s["source"], []).append(ev)
        for t in ev.meta.get("topics", []):
            data.by_topic.setdefault(t, []).append(ev)
    for st in statements:
        if st.meta.get("speaker"):
            data.by_actor_statements.setdefault(st.meta["speaker"], []).append(st)
        for source in dict.fromkeys(s["source"] for s in st.meta["sources"]):  # once per source
            data.by_source.setdefault(source, []).append(st)
        for t in st.meta.get("topics", []):
            data.by_topic.setdefault(t, []).append(st)
    return data
