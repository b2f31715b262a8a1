"""Machine-readable copies of content/, built with the site: TimelineJS3 JSON, CSV and an Atom feed.

Each is a plain function of the collected data returning text; the plugin writes them as
site files. Output is deterministic: rows in timeline order, no clock readings (the feed's
``updated`` is its newest event's date).
"""

from __future__ import annotations

import csv
import io
import json
from xml.sax.saxutils import escape, quoteattr

from ..content import Page
from ..timex.calendar import end_of, start_of
from .collect import SIDE_LABELS, SiteData
from .render import EXPORTS, display_date

__all__ = ["EXPORTS", "build_exports"]


def _tl_date(value: str, precision: str) -> dict[str, str]:
    """A TimelineJS3 date object: as many parts as the precision knows."""
    day = start_of(value)
    if day is None:
        return {}
    out = {"year": str(day.year)}
    if precision in ("day", "time", "week", "month", "season", "quarter"):
        out["month"] = str(day.month)
    if precision in ("day", "time", "week"):
        out["day"] = str(day.day)
    return out


def _sources_text(data: SiteData, page: Page) -> str:
    return "; ".join(data.source_label(s["source"]) for s in page.meta["sources"])


def _summary(data: SiteData, ev: Page) -> str:
    """'6 August 2025. Sources: BBC News, 7 August 2025; …' — the line both the JSON and the feed show."""
    m = ev.meta
    return f"{display_date(m['date'], m['precision'], m.get('mod'))}. Sources: {_sources_text(data, ev)}"


def timelinejs(data: SiteData, title: str, url: str) -> str:
    """The events in the TimelineJS3 JSON format (https://timeline.knightlab.com/docs/json-format.html)."""
    events = []
    for ev in data.events:
        m = ev.meta
        item = {
            "unique_id": m["id"],
            "start_date": _tl_date(m["date"], m["precision"]),
            "text": {
                "headline": m["title"],
                "text": escape(_summary(data, ev)),
            },
            "group": ", ".join(
                sorted({SIDE_LABELS.get(data.side_of(a), "Other") for a in m.get("actors", [])}) or ["Other"]
            ),
        }
        if "/" in m["date"] or m["precision"] in ("week", "month", "season", "quarter", "year"):
            last = end_of(m["date"])
            if last and last != start_of(m["date"]):
                item["end_date"] = {"year": str(last.year), "month": str(last.month), "day": str(last.day)}
                item["display_date"] = display_date(m["date"], m["precision"], m.get("mod"))
        if url:
            item["text"]["text"] += f' <a href="{escape(url)}events/{m["id"]}/">Details</a>'
        events.append(item)
    return json.dumps({"title": {"text": {"headline": title}}, "events": events}, ensure_ascii=False, indent=1) + "\n"


def _csv(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for row in rows:
        # A cell starting with = + - @ is a formula to a spreadsheet: quote it as text.
        writer.writerow(["'" + c if c[:1] in ("=", "+", "-", "@") else c for c in row])
    return buf.getvalue()


def events_csv(data: SiteData) -> str:
    """One row per event: id, date, precision, title, actors, topics, sources, date expressions."""
    rows = [["id", "date", "precision", "display_date", "title", "actors", "topics", "sources", "date_texts"]]
    for ev in data.events:
        m = ev.meta
        rows.append(
            [
                m["id"],
                m["date"],
                m["precision"],
                display_date(m["date"], m["precision"], m.get("mod")),
                m["title"],
                ";".join(m.get("actors", [])),
                ";".join(m.get("topics", [])),
                ";".join(s["source"] for s in m["sources"]),
                ";".join(s.get("date_text") or "" for s in m["sources"]),
            ]
        )
    return _csv(rows)


def statements_csv(data: SiteData) -> str:
    """One row per statement: id, date, speaker, kind, quote, topics, sources."""
    rows = [["id", "date", "speaker", "speaker_text", "kind", "quote", "topics", "sources"]]
    for st in data.statements:
        m = st.meta
        rows.append(
            [
                m["id"],
                m["date"],
                m.get("speaker") or "",
                m.get("speaker_text") or "",
                m["kind"],
                m["quote"],
                ";".join(m.get("topics", [])),
                ";".join(s["source"] for s in m["sources"]),
            ]
        )
    return _csv(rows)


def atom(data: SiteData, title: str, url: str) -> str:
    """An Atom feed of the events, newest first; ``url`` is the site's address (may be empty: links are
    then relative to the feed)."""
    events = sorted(data.events, key=lambda p: (start_of(p.meta["date"]) or start_of("1900"), p.meta["id"]))[::-1]
    newest = start_of(events[0].meta["date"]) if events else None
    # Absolute with the site's address; without one, relative to the feed itself, which sits at the
    # site's root (a leading "/" would miss a site served under a project path, as GitHub Pages does).
    base = url if not url or url.endswith("/") else url + "/"
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"  <title>{escape(title)} – events</title>",
        f"  <id>{escape(base)}events.atom</id>",
        f'  <link rel="self" href={quoteattr(base + "events.atom")}/>',
        f"  <link href={quoteattr(base + 'timeline/')}/>",
        f"  <updated>{newest.isoformat() if newest else '1970-01-01'}T00:00:00Z</updated>",
    ]
    for ev in events:
        m = ev.meta
        day = start_of(m["date"])
        href = f"{base}events/{m['id']}/"
        lines += [
            "  <entry>",
            f"    <title>{escape(m['title'])}</title>",
            f"    <id>{escape(href)}</id>",
            f"    <link href={quoteattr(href)}/>",
            f"    <updated>{day.isoformat() if day else '1970-01-01'}T00:00:00Z</updated>",
            "    <author><name>" + escape(_sources_text(data, ev)) + "</name></author>",
            f"    <summary>{escape(_summary(data, ev))}</summary>",
            "  </entry>",
        ]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


def build_exports(data: SiteData, title: str, url: str) -> dict[str, str]:
    """Every export by file name."""
    return {
        "timeline.json": timelinejs(data, title, url),
        "events.csv": events_csv(data),
        "statements.csv": statements_csv(data),
        "events.atom": atom(data, title, url),
    }
