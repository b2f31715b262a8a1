"""Aggregate pages as plain functions: collected records -> Markdown with escaped HTML blocks.

Every piece of text that came from an article or a contributor goes through
Jinja's autoescaping; links are computed by the caller (``link(target, here)``)
so they stay right wherever the page sits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from ..content import Page
from ..timex.calendar import start_of
from .collect import SIDE_LABELS, SIDE_ORDER, SiteData

EXPORTS = ("timeline.json", "events.csv", "statements.csv", "events.atom")

Link = Callable[[str], str]  # content path ("events/x.md") -> URL relative to the page being rendered

_env = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)
_MODS = {"START": "early", "MID": "mid", "END": "late"}


def display_date(value: str, precision: str | None = None, mod: str | None = None) -> str:
    """A date as precisely as it is known: '6 August 2025', 'week of 11 August 2025', 'May – July 2025'."""
    if "/" in value:
        a, b = value.split("/", 1)
        da, db = display_date(a), display_date(b)
        if len(a) == 7 and len(b) == 7 and a[:4] == b[:4]:
            da = dt.date(int(a[:4]), int(a[5:7]), 1).strftime("%B")
        return f"{da} – {db}"
    prefix = f"{_MODS[mod]} " if mod in _MODS else ""
    start = start_of(value)
    if start is None:
        return value
    if "-W" in value:
        text = f"week of {start.day} {start.strftime('%B %Y')}"
    elif len(value) >= 10:
        text = f"{start.day} {start.strftime('%B %Y')}"
    elif len(value) == 7 and value[5:].isdigit():
        text = start.strftime("%B %Y")
    elif len(value) == 7 and value[5] == "Q":
        text = f"Q{value[6]} {value[:4]}"
    elif len(value) == 7:
        text = f"{ {'SP': 'spring', 'SU': 'summer', 'FA': 'autumn', 'WI': 'winter'}.get(value[5:], '') } {value[:4]}"
    elif len(value) == 3:
        text = f"the {value}0s"
    else:
        text = value
    return f"{prefix}{text}".strip()


def month_heading(value: str) -> str:
    """The timeline group of a date: its month, or its year or decade when only that is known."""
    first = value.split("/")[0]
    if len(first) in (3, 4) and first.isdigit():
        return display_date(first)
    start = start_of(value)
    return start.strftime("%B %Y") if start else "Undated"


def _render(template: str, **kw) -> str:
    return _env.get_template(template).render(**kw)


def _actor_chips(data: SiteData, ids: list[str], link: Link) -> list[dict]:
    return [
        {"id": a, "name": data.actor_name(a), "url": link(f"actors/{a}.md"), "side": data.side_of(a) or ""}
        for a in ids
        if a in data.actors
    ]


def _topic_chips(data: SiteData, ids: list[str], link: Link) -> list[dict]:
    return [
        {"id": t, "label": data.topics[t].meta["label"], "url": link(f"topics/{t}.md")} for t in ids if t in data.topics
    ]


def _event_row(data: SiteData, ev: Page, link: Link) -> dict:
    m = ev.meta
    return {
        "id": m["id"],
        "title": m["title"],
        "url": link(f"events/{m['id']}.md"),
        "date": display_date(m["date"], m["precision"], m.get("mod")),
        "iso": m["date"],
        "scheduled": m.get("scheduled", False),
        "review": m.get("review"),
        "milestone": m.get("milestone"),
        "actors": _actor_chips(data, m.get("actors", []), link),
        "topics": _topic_chips(data, m.get("topics", []), link),
        "sides": sorted({data.side_of(a) or "" for a in m.get("actors", [])} - {""}),
        "n_sources": len(m["sources"]),
        "provenance": [
            {
                "date_text": s.get("date_text", ""),
                "source": data.source_label(s["source"]),
                "url": link(f"sources/{s['source']}.md"),
            }
            for s in m["sources"]
        ],
    }


def _statement_row(data: SiteData, st: Page, link: Link) -> dict:
    m = st.meta
    return {
        "id": m["id"],
        "quote": m["quote"],
        "kind": m["kind"],
        "url": link(f"statements/{m['id']}.md"),
        "speaker": data.actor_name(m["speaker"]) if m.get("speaker") else "Unattributed",
        "speaker_url": link(f"actors/{m['speaker']}.md") if m.get("speaker") in data.actors else None,
        "date": display_date(m["date"]),
        "reported": m.get("date_is_publication", False),
        "date_text": m.get("date_text"),
        "n_sources": len(m["sources"]),
        "sources": [
            {"label": data.source_label(s["source"]), "url": link(f"sources/{s['source']}.md")} for s in m["sources"]
        ],
        "topics": _topic_chips(data, m.get("topics", []), link),
    }


def timeline_page(data: SiteData, link: Link) -> str:
    """All events, oldest first, grouped by month."""
    months: list[tuple[str, list[dict]]] = []
    for ev in data.events:
        heading = month_heading(ev.meta["date"])
        if not months or months[-1][0] != heading:
            months.append((heading, []))
        months[-1][1].append(_event_row(data, ev, link))
    actors = sorted({a for ev in data.events for a in ev.meta.get("actors", []) if a in data.actors})
    sides = {data.side_of(a) for a in actors} - {None}
    topics = sorted({t for ev in data.events for t in ev.meta.get("topics", []) if t in data.topics})
    filters = {
        "actors": sorted(({"id": a, "label": data.actor_name(a)} for a in actors), key=lambda x: x["label"]),
        "sides": [{"id": s, "label": SIDE_LABELS[s]} for s in SIDE_ORDER if s in sides],
        "topics": [{"id": t, "label": data.topics[t].meta["label"]} for t in topics],
    }
    exports = {name: link(name) for name in EXPORTS}
    return _render(
        "timeline.md.j2",
        months=months,
        n=len(data.events),
        n_sources=len(data.sources),
        filters=filters,
        exports=exports,
    )


def event_sections(data: SiteData, ev: Page, link: Link) -> tuple[str, str]:
    """What goes above and below an event page's editable body."""
    row = _event_row(data, ev, link)
    quotes = [{"quote": s["quote"], **p} for s, p in zip(ev.meta["sources"], row["provenance"], strict=True)]
    return _render("event_head.md.j2", e=row), _render("event_tail.md.j2", e=row, quotes=quotes)


def statement_sections(data: SiteData, st: Page, link: Link) -> tuple[str, str]:
    row = _statement_row(data, st, link)
    role = st.meta.get("role")
    quotes = [{"quote": s["quote"], **src} for s, src in zip(st.meta["sources"], row["sources"], strict=True)]
    return _render("statement_head.md.j2", s=row, role=role), _render("statement_tail.md.j2", s=row, quotes=quotes)


def statement_title(data: SiteData, st: Page) -> str:
    who = data.actor_name(st.meta["speaker"]) if st.meta.get("speaker") else "Unattributed"
    words = st.meta["quote"].split()
    short = " ".join(words[:10]) + ("…" if len(words) > 10 else "")
    return f"{who}: “{short}”"


def actor_sections(data: SiteData, actor: Page, link: Link) -> str:
    """An actor's statements by topic and date, and the events they appear in."""
    aid = actor.meta["id"]
    statements = [_statement_row(data, s, link) for s in data.by_actor_statements.get(aid, [])]
    by_topic: list[tuple[str, str, list[dict]]] = []
    for tid, topic in data.topics.items():
        rows = [r for r in statements if any(t["label"] == topic.meta["label"] for t in r["topics"])]
        if rows:
            by_topic.append((tid, topic.meta["label"], rows))
    untagged = [r for r in statements if not r["topics"]]
    if untagged:
        by_topic.append(("other", "Other", untagged))
    events = [_event_row(data, e, link) for e in data.by_actor_events.get(aid, [])]
    return _render(
        "actor.md.j2",
        a=actor.meta,
        side=SIDE_LABELS.get(actor.meta.get("side")),
        by_topic=by_topic,
        n_statements=len(statements),
        events=events,
    )


def actors_index(data: SiteData, link: Link) -> str:
    groups = []
    for side in SIDE_ORDER:
        members = [a for a in data.actors.values() if a.meta.get("side") == side]
        if members:
            groups.append(
                (
                    SIDE_LABELS[side],
                    [
                        {
                            "name": a.meta["name"],
                            "url": link(f"actors/{a.meta['id']}.md"),
                            "role": a.meta.get("role"),
                            "n_statements": len(data.by_actor_statements.get(a.meta["id"], [])),
                            "n_events": len(data.by_actor_events.get(a.meta["id"], [])),
                        }
                        for a in sorted(members, key=lambda p: p.meta["name"])
                    ],
                )
            )
    return _render("actors_index.md.j2", groups=groups)


def source_sections(data: SiteData, source: Page, link: Link) -> str:
    items = data.by_source.get(source.meta["id"], [])
    events = [_event_row(data, p, link) for p in items if p.kind == "events"]
    statements = [_statement_row(data, p, link) for p in items if p.kind == "statements"]
    return _render(
        "source.md.j2",
        s=source.meta,
        published=display_date(source.meta["published"]),
        events=events,
        statements=statements,
    )


def sources_index(data: SiteData, link: Link) -> str:
    rows = [
        {
            "title": p.meta["title"],
            "url": link(f"sources/{sid}.md"),
            "outlet": p.meta.get("outlet") or "unknown",
            "published": display_date(p.meta["published"]),
            "link": p.meta.get("url"),
            "n": len(data.by_source.get(sid, [])),
        }
        for sid, p in data.sources.items()
    ]
    return _render("sources_index.md.j2", rows=rows)


def topic_sections(data: SiteData, topic: Page, link: Link) -> str:
    items = data.by_topic.get(topic.meta["id"], [])
    return _render(
        "topic.md.j2",
        statements=[_statement_row(data, p, link) for p in items if p.kind == "statements"],
        events=[_event_row(data, p, link) for p in items if p.kind == "events"],
    )


def positions_page(data: SiteData, link: Link) -> str:
    """Who thinks what: actors grouped by side x topics, each cell linking to the statements behind it."""
    topics = [{"id": t, "label": p.meta["label"]} for t, p in data.topics.items()]
    groups = []
    for side in SIDE_ORDER:
        rows = []
        for aid, actor in data.actors.items():
            if actor.meta.get("side") != side or aid not in data.by_actor_statements:
                continue
            cells = []
            for t in topics:
                n = sum(1 for s in data.by_actor_statements[aid] if t["id"] in s.meta.get("topics", []))
                cells.append({"n": n, "url": f"{link(f'actors/{aid}.md')}#topic-{t['id']}"})
            rows.append(
                {
                    "name": actor.meta["name"],
                    "url": link(f"actors/{aid}.md"),
                    "cells": cells,
                    "total": len(data.by_actor_statements[aid]),
                }
            )
        if rows:
            groups.append((SIDE_LABELS[side], sorted(rows, key=lambda r: -r["total"])))
    return _render("positions.md.j2", topics=topics, groups=groups, n=len(data.statements))
