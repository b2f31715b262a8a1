"""Aggregate pages as plain functions: collected records -> Markdown with escaped HTML blocks.

Every piece of text that came from an article or a contributor goes through
Jinja's autoescaping; links are computed by the caller (``link(target, here)``)
so they stay right wherever the page sits.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..content import dates
from ..content.kinds import ActorPage, EventPage, SourcePage, StatementPage, TopicPage
from . import headings, jinja, keydates
from .collect import SIDE_LABELS, SIDE_ORDER, SiteData, sort_key
from .rows import event_row, statement_row

EXPORTS = ("timeline.json", "events.csv", "statements.csv", "events.atom")

Link = Callable[[str], str]  # content path ("events/x.md") -> URL relative to the page being rendered


def display_date(value: str, precision: str | None = None, mod: str | None = None) -> str:
    """A date as precisely as it is known: '6 August 2025', 'summer 2024', 'May – July 2025' (see
    ``generator.content.dates.display``; the precision is that of the value itself)."""
    return dates.display(value, mod)


def month_heading(value: str) -> str:
    """The timeline group of a date: its month, or its year, decade or century when only that is known."""
    first = value.split("/")[0]
    if dates.precision(first) in ("year", "decade", "century"):
        return dates.display(first)
    start = dates.start(value)
    return start.strftime("%B %Y") if start else "Undated"


# Raw HTML blocks of generated Markdown are set aside before MkDocs converts the page and put back after:
# Markdown passes them through unchanged anyway, and parsing thousands of them costs more than the rest of
# the page. Only blocks that open with a block-level tag and close a tag are taken; the rest stays Markdown.
_BLOCK_TAG = re.compile(r"^<(p|ul|ol|div|form|table|blockquote|h[1-6]|nav|article|section|figure|details)[\s>]")
_PLACEHOLDER = "@@tl-block-{}@@"
_ATX = re.compile(r"^ {0,3}#", re.MULTILINE)  # a line Markdown may read as a heading


def stash_html(markdown: str, blocks: list, style: headings.Style | None = None) -> str:
    """Replace each raw HTML block of ``markdown`` by a placeholder paragraph; append the blocks to ``blocks``.

    With the toc extension's ``style``, the generated headings after the last heading left to Markdown are
    set aside too (``generator.site.headings``), written out when the blocks are put back."""
    parts = re.split(r"\n[ \t]*\n", markdown)
    taken = [headings.parse(p) if style else None for p in parts]
    # A heading left to Markdown gets its id before every one written here: only those after it are taken.
    for i in range(len(parts) - 1, -1, -1):
        if taken[i] is None and _ATX.search(parts[i]):
            taken[:i] = [None] * i
            break
    out: list[str] = []
    follows = False  # the part before was set aside: this one joins its placeholder
    for part, heading in zip(parts, taken, strict=True):
        block = part.strip()
        if heading is not None or (_BLOCK_TAG.match(block) and block.endswith(">")):
            if not follows:
                out.append(_PLACEHOLDER.format(len(blocks)))
            blocks.append(_Next(heading or block) if follows else heading or block)
            follows = True
        else:
            out.append(part)
            follows = False
    return "\n\n".join(out)


@dataclass(frozen=True)
class _Next:
    """A block set aside right after another: one placeholder stands for both (Markdown parses one paragraph
    instead of several), and they come back joined by the line break Markdown puts between paragraphs."""

    block: str | headings.Heading


def late_marker(name: str | int) -> str:
    """An empty element standing where a block goes in after the search plugin has read the page."""
    return f'<div data-tl-late="{name}"></div>'


def unstash_html(
    html: str, blocks: list, heading: Callable[[headings.Heading], str] | None = None
) -> tuple[str, list[tuple[str, str]]]:
    """Put the blocks ``stash_html`` set aside back in place of their placeholders in the converted page
    (a heading written by ``heading``).

    Blocks marked ``data-search-exclude`` become empty markers instead, returned as (marker, block) pairs:
    put in after the search plugin has read the page, they cost it nothing to skip.
    """
    late = []
    runs: list[tuple[str, list[str]]] = []  # (placeholder, the blocks it stands for)
    for i, item in enumerate(blocks):
        block = item.block if isinstance(item, _Next) else item
        if isinstance(block, headings.Heading):
            block = heading(block)  # read by search: the heading of its (excluded) section
        elif "data-search-exclude" in block[: block.find(">")]:
            marker = late_marker(i)
            late.append((marker, block))
            block = marker
        if isinstance(item, _Next) and runs:
            runs[-1][1].append(block)
        else:
            runs.append((f"<p>{_PLACEHOLDER.format(i)}</p>", [block]))
    for placeholder, run in runs:
        html = html.replace(placeholder, "\n".join(run), 1)
    return html, late


def _render(template: str, **kw) -> str:
    return jinja.render(template, **kw)


@dataclass(frozen=True)
class Period:
    """One page of a long timeline: the events of a year, or of a month."""

    key: str  # "2025", "2025-08", "2020s", "undated", or "2025-08-part-2": the page is timeline/<key>.md
    label: str  # "2025", "August 2025", "August 2025 (2 of 7)"
    events: tuple[EventPage, ...]
    group: str = ""  # the year or month every part of it shares: "2025-08"

    @property
    def uri(self) -> str:
        return f"timeline/{self.key}.md"


def _period_of(value: str, by: str) -> tuple[str, str]:
    """The (key, label) of the page a date goes on when the timeline is split by year or by month."""
    start = dates.start(value)
    if start is None:
        return "undated", "Undated"
    first = value.split("/")[0]
    if dates.precision(first) in ("decade", "century"):  # heads its own page, before its first year
        label = dates.display(first)
        return label.removeprefix("the ").replace(" ", "-"), label
    if by == "year" or len(first) == 4:
        return str(start.year), str(start.year)
    return start.strftime("%Y-%m"), start.strftime("%B %Y")


def timeline_periods(data: SiteData, page_size: int) -> tuple[str, list[Period]]:
    """How the timeline is paged: ("one", []) when every event fits on one page, else by year, or by
    month when some year has more than ``page_size`` events. A month (or a year of dates known only to the
    year) with more than that is cut into parts of ``page_size``. Pages follow the events' order."""
    if len(data.events) <= page_size:
        return "one", []
    for by in ("year", "month"):
        groups: dict[tuple[str, str], list[EventPage]] = {}
        for ev in data.events:
            groups.setdefault(_period_of(ev.date, by), []).append(ev)
        if by == "month" or max(len(g) for g in groups.values()) <= page_size:
            break
    periods = []
    for (key, label), events in groups.items():
        parts = [events[i : i + page_size] for i in range(0, len(events), page_size)]
        for n, part in enumerate(parts, start=1):
            periods.append(
                Period(
                    key if n == 1 else f"{key}-part-{n}",
                    label if len(parts) == 1 else f"{label} ({n} of {len(parts)})",
                    tuple(part),
                    key,
                )
            )
    return by, periods


def timeline_anchor(by: str, periods: list[Period], day: dt.date) -> tuple[str, str]:
    """Where a day sits in the timeline: (content path of its page, the anchor of its month there)."""
    anchor = day.strftime("%B-%Y").lower()  # MkDocs' slug of the "## August 2025" heading
    if by == "one":
        return "timeline.md", anchor
    key = _period_of(day.isoformat(), by)[0]
    parts = [p for p in periods if p.group == key]
    if not parts:
        return "timeline.md", anchor
    # The last part that starts on or before the day: the one its events are on.
    starting = [p for p in parts if (dates.start(p.events[0].date) or dt.date.min) <= day]
    return (starting or parts)[-1].uri, anchor


def _filters(data: SiteData, events: list[EventPage] | tuple[EventPage, ...]) -> dict:
    actors = sorted({a for ev in events for a in ev.actors if a in data.actors})
    sides = {data.side_of(a) for a in actors} - {None}
    topics = sorted({t for ev in events for t in ev.topics if t in data.topics})
    return {
        "actors": sorted(({"id": a, "label": data.actor_name(a)} for a in actors), key=lambda x: x["label"]),
        "sides": [{"id": s, "label": SIDE_LABELS[s]} for s in SIDE_ORDER if s in sides],
        "topics": [{"id": t, "label": data.topics[t].label} for t in topics],
    }


def _months(
    data: SiteData, events: list[EventPage] | tuple[EventPage, ...], link: Link, keys: list[keydates.KeyDate]
) -> list[tuple[str, list[dict]]]:
    """The entries of the timeline by month: the events, and the marked days among them."""
    months: list[tuple[str, list[dict]]] = []
    for _, item in keydates.entries(keys, events, sort_key):
        if isinstance(item, EventPage):
            heading, row = month_heading(item.date), event_row(data, item, link)
        else:
            heading, row = month_heading(item.iso), keydates.rows([item], display_date, lambda k: f"#{k.id}")[0]
        if not months or months[-1][0] != heading:
            months.append((heading, []))
        months[-1][1].append(row)
    return months


def timeline_page(
    data: SiteData, link: Link, by: str = "one", periods: list[Period] | None = None, markers: list | None = None
) -> str:
    """All events, oldest first, grouped by month, with the key dates (``markers``: the marked days and
    milestones) listed first; or, when the timeline is paged, the list of its pages."""
    periods = periods or []
    keys = keydates.key_dates(markers or [], data.events, link)

    def where(k: keydates.KeyDate) -> str:
        if not periods:
            return f"#{k.id}"
        uri, anchor = timeline_anchor(by, periods, k.day)
        return f"{link(uri)}#{anchor}"

    listing: list[tuple[str, list[dict]]] = []
    for p in periods:
        group = "By year" if by == "year" else p.group[:4] if p.group[:4].isdigit() else p.label
        if not listing or listing[-1][0] != group:
            listing.append((group, []))
        listing[-1][1].append({"label": p.label, "url": link(p.uri), "n": len(p.events)})
    return _render(
        "timeline.md.j2",
        months=[] if periods else _months(data, data.events, link, keys),
        key_dates=keydates.rows(keys, display_date, where),
        periods=listing,
        unit=by,
        n=len(data.events),
        n_sources=len(data.sources),
        filters={} if periods else _filters(data, data.events),  # a paged overview lists pages, not events
        exports={name: link(name) for name in EXPORTS},
    )


def timeline_period_page(
    data: SiteData, periods: list[Period], index: int, link: Link, markers: list | None = None
) -> str:
    """One page of a paged timeline: its events by month (and the marked days among them), the filter
    bar, links to the pages around it."""
    period = periods[index]

    def ref(p: Period | None) -> dict | None:
        return {"label": p.label, "url": link(p.uri)} if p else None

    return _render(
        "timeline_period.md.j2",
        period=period,
        n=len(period.events),
        months=_months(data, period.events, link, keydates.key_dates(markers or [], period.events, link)),
        filters=_filters(data, period.events),
        previous=ref(periods[index - 1] if index else None),
        next=ref(periods[index + 1] if index + 1 < len(periods) else None),
        overview=link("timeline.md"),
    )


def event_sections(data: SiteData, ev: EventPage, link: Link) -> tuple[str, str]:
    """What goes above and below an event page's editable body."""
    row = event_row(data, ev, link)
    quotes = [{"quote": s.quote or "", **p} for s, p in zip(ev.sources, row["provenance"], strict=True)]
    return _render("event_head.html.j2", e=row), _render("event_tail.html.j2", e=row, quotes=quotes)


def statement_sections(data: SiteData, st: StatementPage, link: Link) -> tuple[str, str]:
    """What goes above and below a statement page's editable body."""
    row = statement_row(data, st, link)
    quotes = [{"quote": s.quote or "", **src} for s, src in zip(st.sources, row["sources"], strict=True)]
    return _render("statement_head.html.j2", s=row, role=st.role), _render(
        "statement_tail.html.j2", s=row, quotes=quotes
    )


def statement_title(data: SiteData, st: StatementPage) -> str:
    """'Speaker: “the first ten words…”', the title of a statement's page."""
    who = data.actor_name(st.speaker) if st.speaker else "Unattributed"
    words = st.quote.split()
    short = " ".join(words[:10]) + ("…" if len(words) > 10 else "")
    return f"{who}: “{short}”"


def actor_sections(data: SiteData, actor: ActorPage, link: Link) -> str:
    """An actor's statements by topic and date, and the events they appear in."""
    aid = actor.id
    statements = [statement_row(data, s, link) for s in data.by_actor_statements.get(aid, [])]
    by_topic: list[tuple[str, str, list[dict]]] = []
    for tid, topic in data.topics.items():
        rows = [r for r in statements if any(t["label"] == topic.label for t in r["topics"])]
        if rows:
            by_topic.append((tid, topic.label, rows))
    untagged = [r for r in statements if not r["topics"]]
    if untagged:
        by_topic.append(("other", "Other", untagged))
    events = [event_row(data, e, link) for e in data.by_actor_events.get(aid, [])]
    return _render(
        "actor.md.j2",
        a=actor,
        side=SIDE_LABELS.get(actor.side),
        by_topic=by_topic,
        n_statements=len(statements),
        events=events,
    )


def actors_index(data: SiteData, link: Link) -> str:
    groups = []
    for side in SIDE_ORDER:
        members = [a for a in data.actors.values() if a.side == side]
        if members:
            groups.append(
                (
                    SIDE_LABELS[side],
                    [
                        {
                            "name": a.name,
                            "url": link(a.uri),
                            "role": a.role,
                            "n_statements": len(data.by_actor_statements.get(a.id, [])),
                            "n_events": len(data.by_actor_events.get(a.id, [])),
                        }
                        for a in sorted(members, key=lambda a: a.name)
                    ],
                )
            )
    return _render("actors_index.md.j2", groups=groups)


def source_sections(data: SiteData, source: SourcePage, link: Link) -> str:
    """What a source's page lists: the events and statements it reports."""
    items = data.by_source.get(source.id, [])
    events = [event_row(data, p, link) for p in items if isinstance(p, EventPage)]
    statements = [statement_row(data, p, link) for p in items if isinstance(p, StatementPage)]
    statements.sort(key=lambda r: (r["speaker"] == "Unattributed", r["speaker"]))  # who said what, speaker by speaker
    return _render(
        "source.md.j2",
        s=source,
        published=display_date(source.published),
        events=events,
        statements=statements,
    )


def sources_index(data: SiteData, link: Link) -> str:
    rows = [
        {
            "title": p.title,
            "url": link(p.uri),
            "outlet": p.outlet or "unknown",
            "published": display_date(p.published),
            "link": p.url,
            "n": len(data.by_source.get(sid, [])),
        }
        for sid, p in data.sources.items()
    ]
    return _render("sources_index.md.j2", rows=rows)


def topic_sections(data: SiteData, topic: TopicPage, link: Link) -> str:
    """What a topic's page lists: the statements and events tagged with it."""
    items = data.by_topic.get(topic.id, [])
    return _render(
        "topic.md.j2",
        t=topic,
        statements=[statement_row(data, p, link) for p in items if isinstance(p, StatementPage)],
        events=[event_row(data, p, link) for p in items if isinstance(p, EventPage)],
    )


def positions_page(data: SiteData, link: Link) -> str:
    """Who thinks what: actors grouped by side x topics, each cell linking to the statements behind it."""
    topics = [{"id": t, "label": p.label} for t, p in data.topics.items()]
    groups = []
    for side in SIDE_ORDER:
        rows = []
        for aid, actor in data.actors.items():
            # A speaker's positions are what they say for themselves, not their account of another's view.
            own = [s for s in data.by_actor_statements.get(aid, ()) if not s.views_other]
            if actor.side != side or not own:
                continue
            cells = []
            for t in topics:
                n = sum(1 for s in own if t["id"] in s.topics)
                cells.append({"n": n, "url": f"{link(actor.uri)}#topic-{t['id']}"})
            rows.append({"name": actor.name, "url": link(actor.uri), "cells": cells, "total": len(own)})
        if rows:
            groups.append((SIDE_LABELS[side], sorted(rows, key=lambda r: -r["total"])))
    return _render("positions.md.j2", topics=topics, groups=groups, n=len(data.statements))
