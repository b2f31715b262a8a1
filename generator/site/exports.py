"""Machine-readable copies of content/, built with the site: TimelineJS3 JSON, CSV and an Atom feed.

Each is a plain function of the collected data returning text; the plugin writes them as
site files. Output is deterministic: rows in timeline order, no clock readings (the feed's
``updated`` is its newest event's date).
"""

from __future__ import annotations

import csv
import io
import json
import re
from xml.sax import saxutils

from ..content import dates
from ..content.kinds import EventPage, StatementPage
from .collect import SIDE_LABELS, SiteData
from .render import EXPORTS, display_date

__all__ = ["EXPORTS", "build_exports"]

# What XML 1.0 forbids (C0 controls but tab, CR, LF; lone surrogates; U+FFFE/U+FFFF): one makes the feed
# ill-formed, so a reader rejects all of it. Such characters carry no meaning in a title; they are dropped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# A cell starting with one of these is a formula (or the start of one) to a spreadsheet.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def escape(text: str) -> str:
    """Text for XML or HTML content: markup escaped, characters XML cannot hold dropped."""
    return saxutils.escape(_NOT_XML.sub("", text))


def quoteattr(text: str) -> str:
    """An XML attribute value, quoted, with the same characters dropped."""
    return saxutils.quoteattr(_NOT_XML.sub("", text))


def _sources_text(data: SiteData, item: EventPage | StatementPage) -> str:
    return "; ".join(data.source_label(s.source) for s in item.sources)


def _summary(data: SiteData, ev: EventPage) -> str:
    """'6 August 2025. Sources: BBC News, 7 August 2025; …' — the line both the JSON and the feed show."""
    return f"{display_date(ev.date, ev.precision, ev.mod)}. Sources: {_sources_text(data, ev)}"


def timelinejs(data: SiteData, title: str, url: str) -> str:
    """The events in the TimelineJS3 JSON format (https://timeline.knightlab.com/docs/json-format.html)."""
    events = []
    for ev in data.events:
        item = {
            "unique_id": ev.id,
            "start_date": dates.timelinejs(ev.date),
            "text": {
                "headline": escape(ev.title),  # TimelineJS shows it as HTML
                "text": escape(_summary(data, ev)),
            },
            "group": ", ".join(sorted({SIDE_LABELS.get(data.side_of(a), "Other") for a in ev.actors}) or ["Other"]),
        }
        end = dates.timelinejs_end(ev.date)  # a value longer than a day is drawn as a span
        if end:
            item["end_date"] = end
            item["display_date"] = escape(display_date(ev.date, ev.precision, ev.mod))
        if url:
            href = quoteattr(f"{url}events/{ev.id}/")
            item["text"]["text"] += f" <a href={href}>Details</a>"
        events.append(item)
    head = {"text": {"headline": escape(title)}}
    return json.dumps({"title": head, "events": events}, ensure_ascii=False, indent=1) + "\n"


def _csv(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    # RFC 4180's CRLF: the csv module quotes a cell holding any character of the line terminator, so a CR
    # or LF inside a title stays in its cell instead of starting a row.
    writer = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        # A formula's first character makes the cell text ("'"), as spreadsheets read it.
        writer.writerow(["'" + c if c.startswith(_FORMULA_START) else c for c in row])
    return buf.getvalue()


def events_csv(data: SiteData) -> str:
    """One row per event: id, date, precision, title, actors, topics, sources, date expressions."""
    rows = [["id", "date", "precision", "display_date", "title", "actors", "topics", "sources", "date_texts"]]
    for ev in data.events:
        rows.append(
            [
                ev.id,
                *dates.csv_cells(ev.date, ev.precision, ev.mod),
                ev.title,
                ";".join(ev.actors),
                ";".join(ev.topics),
                ";".join(s.source for s in ev.sources),
                ";".join(s.date_text or "" for s in ev.sources),
            ]
        )
    return _csv(rows)


def statements_csv(data: SiteData) -> str:
    """One row per statement: id, date, speaker, kind, quote, topics, sources."""
    rows = [["id", "date", "speaker", "speaker_text", "kind", "quote", "topics", "sources"]]
    for st in data.statements:
        rows.append(
            [
                st.id,
                st.date,
                st.speaker or "",
                st.speaker_text or "",
                st.kind,
                st.quote,
                ";".join(st.topics),
                ";".join(s.source for s in st.sources),
            ]
        )
    return _csv(rows)


def atom(data: SiteData, title: str, url: str) -> str:
    """An Atom feed of the events, newest first; ``url`` is the site's address (may be empty: links are
    then relative to the feed)."""
    events = sorted(data.events, key=lambda ev: (dates.sort_key(ev.date)[0], ev.id))[::-1]
    newest = events[0].date if events else None
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
        f"  <updated>{dates.atom_updated(newest)}</updated>",
    ]
    for ev in events:
        href = f"{base}events/{ev.id}/"
        lines += [
            "  <entry>",
            f"    <title>{escape(ev.title)}</title>",
            f"    <id>{escape(href)}</id>",
            f"    <link href={quoteattr(href)}/>",
            f"    <updated>{dates.atom_updated(ev.date)}</updated>",
            "    <author><name>" + escape(_sources_text(data, ev)) + "</name></author>",
            f"    <summary>{escape(_summary(data, ev))}</summary>",
            "  </entry>",
        ]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


# The exports' file names at the site's root, in the order build_exports gives them.
NAMES = EXPORTS  # the file names, declared once beside the links to them (render.EXPORTS)


def build_exports(data: SiteData, title: str, url: str) -> dict[str, str]:
    """Every export by file name."""
    texts = (timelinejs(data, title, url), events_csv(data), statements_csv(data), atom(data, title, url))
    return dict(zip(NAMES, texts, strict=True))
