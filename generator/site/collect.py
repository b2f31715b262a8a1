"""Collect the pages of ``content/`` into typed, sorted records for the aggregate pages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..content import dates, load_content
from ..content.kinds import ActorPage, EventPage, SourcePage, StatementPage, TopicPage
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


Item = EventPage | StatementPage  # what a source or a topic lists


@dataclass
class SiteData:
    """Everything the aggregate pages need, as typed records keyed by id, in a fixed order."""

    sources: dict[str, SourcePage]
    events: list[EventPage]
    statements: list[StatementPage]
    actors: dict[str, ActorPage]
    topics: dict[str, TopicPage]
    by_actor_events: dict[str, list[EventPage]] = field(default_factory=dict)
    by_actor_statements: dict[str, list[StatementPage]] = field(default_factory=dict)
    by_source: dict[str, list[Item]] = field(default_factory=dict)
    by_topic: dict[str, list[Item]] = field(default_factory=dict)
    event_by_id: dict[str, EventPage] = field(default_factory=dict)
    statement_by_id: dict[str, StatementPage] = field(default_factory=dict)
    _source_labels: dict[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        """The lookups, worked out from the records (in their order) whoever builds the data."""
        self.event_by_id = {ev.id: ev for ev in self.events}
        self.statement_by_id = {st.id: st for st in self.statements}
        for ev in self.events:
            for a in ev.actors:
                self.by_actor_events.setdefault(a, []).append(ev)
            for s in ev.sources:
                self.by_source.setdefault(s.source, []).append(ev)
            for t in ev.topics:
                self.by_topic.setdefault(t, []).append(ev)
        for st in self.statements:
            if st.speaker:
                self.by_actor_statements.setdefault(st.speaker, []).append(st)
            for source in dict.fromkeys(s.source for s in st.sources):  # once per source
                self.by_source.setdefault(source, []).append(st)
            for t in st.topics:
                self.by_topic.setdefault(t, []).append(st)

    def side_of(self, actor_id: str) -> str | None:
        actor = self.actors.get(actor_id)
        return actor.side if actor else None

    def actor_name(self, actor_id: str) -> str:
        actor = self.actors.get(actor_id)
        return actor.name if actor else actor_id

    def source_label(self, source_id: str) -> str:
        """'Outlet, 7 August 2025': how lists name a source (worked out once per source)."""
        label = self._source_labels.get(source_id)
        if label is None:
            source = self.sources.get(source_id)
            if not source:
                return source_id
            day = dt.date.fromisoformat(source.published)
            label = f"{source.outlet or source.title}, {day.day} {day.strftime('%B %Y')}"
            self._source_labels[source_id] = label
        return label


def sort_key(item: EventPage | StatementPage) -> tuple:
    """Chronological by the first day a date covers; on the same day the coarser date first.

    So "2025" heads the year, "August 2025" sorts at 1 August (after July's days) and before its own days.
    """
    return (*dates.sort_key(item.date, getattr(item, "precision", "day")), item.id)


def collect(docs_dir: Path) -> SiteData:
    """Read and validate ``content/``; raise TimelineError with every problem."""
    pages, problems = load_content(docs_dir)
    if problems:
        raise TimelineError(problems)
    records = {kind: [p.record for p in found] for kind, found in pages.items()}
    events = sorted(records["events"], key=sort_key)
    statements = sorted(records["statements"], key=sort_key)
    data = SiteData(
        sources={s.id: s for s in sorted(records["sources"], key=lambda s: (s.published, s.id))},
        events=events,
        statements=statements,
        actors={a.id: a for a in records["actors"]},
        topics={t.id: t for t in records["topics"]},
    )
    return data
