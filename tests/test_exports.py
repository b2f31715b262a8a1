"""The exports built with the site, read back the way their consumers read them."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

from conftest import sentence_of
from test_site import _build

from generator.content import render


def _add_milestone(project, source: str) -> None:
    (project / "content" / "events" / "2025-08-15-the-summit.md").write_text(
        render(
            "events",
            {
                "id": "2025-08-15-the-summit",
                "title": '=HYPERLINK("http://evil") summit <script>',
                "date": "2025-08-15",
                "precision": "day",
                "milestone": "The summit",
                "actors": ["steve-witkoff"],
                "sources": [{"source": source, "quote": sentence_of(project, source)}],
            },
            "",
            generated=False,
        ),
        encoding="utf-8",
    )


def test_exports_are_built_linked_and_readable(tiny_project):
    site = _build(tiny_project)
    source = next((tiny_project / "content" / "sources").glob("*.md")).stem
    _add_milestone(tiny_project, source)
    site = _build(tiny_project)
    page = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    for name in ("timeline.json", "events.csv", "statements.csv", "events.atom"):
        assert f'href="../{name}"' in page

    tl = json.loads((site / "timeline.json").read_text(encoding="utf-8"))
    ids = [e["unique_id"] for e in tl["events"]]
    assert "2025-08-15-the-summit" in ids
    week = next(e for e in tl["events"] if e["unique_id"].startswith("2025-w33"))
    assert week["start_date"] == {"year": "2025", "month": "8", "day": "11"}
    assert week["end_date"] == {"year": "2025", "month": "8", "day": "17"}

    rows = list(csv.DictReader(io.StringIO((site / "events.csv").read_text(encoding="utf-8"))))
    assert [r["id"] for r in rows] == ids  # the same events in the same order
    summit = next(r for r in rows if r["id"] == "2025-08-15-the-summit")
    assert summit["title"].startswith("'=HYPERLINK")  # a spreadsheet must not run it
    statements = list(csv.DictReader(io.StringIO((site / "statements.csv").read_text(encoding="utf-8"))))
    assert statements and all(r["quote"] for r in statements)

    feed = ET.fromstring((site / "events.atom").read_bytes())
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = feed.findall("a:entry", ns)
    assert len(entries) == len(ids)
    assert entries[0].find("a:title", ns).text.endswith("summit <script>")  # newest first, text not markup
    assert feed.find("a:updated", ns).text == "2025-08-15T00:00:00Z"


def test_timeline_marks_the_milestone_and_offers_filters(tiny_project):
    site = _build(tiny_project)
    source = next((tiny_project / "content" / "sources").glob("*.md")).stem
    _add_milestone(tiny_project, source)
    html = (_build(tiny_project) / "timeline" / "index.html").read_text(encoding="utf-8")
    assert "tl-milestone" in html and "★ The summit" in html
    assert "<script>" not in html.split("summit")[1][:40]
    assert '<form class="tl-filters" hidden' in html  # shown by the script only
    assert '<option value="steve-witkoff">Steve Witkoff</option>' in html
    assert 'data-actors="steve-witkoff"' in html
    assert (site / "assets" / "timeline.js").exists() and "assets/timeline.js" in html


# Titles and date expressions as a hostile contributor types them: formulas behind a tab or a line break,
# characters XML 1.0 cannot hold, markup for TimelineJS to show as HTML.
POISON = [
    ("2025-08-20-tab-formula", '\t=HYPERLINK("http://evil","x")', "\t=cmd|' /C calc'!A0"),
    ("2025-08-21-cr-row", "Talks\r=1+2\rend", "on Monday\r=1+2"),
    ("2025-08-22-plus", "+SUM(A1:A9)", "@SUM(1)"),
    ("2025-08-23-control", "Talks\x01\x0b\x1f resumed \ufffe", "-2+3"),
    ("2025-08-24-markup", '<img src=x onerror="alert(1)"> & <b>bold</b>', "\n=1+1"),
]


def _add_poisoned(project, source: str) -> None:
    for event_id, title, date_text in POISON:
        (project / "content" / "events" / f"{event_id}.md").write_text(
            render(
                "events",
                {
                    "id": event_id,
                    "title": title,
                    "date": event_id[:10],
                    "precision": "day",
                    "sources": [{"source": source, "date_text": date_text, "quote": sentence_of(project, source)}],
                },
                "",
                generated=False,
            ),
            encoding="utf-8",
        )


def test_exports_of_poisoned_titles_are_inert(tiny_project):
    _build(tiny_project)
    source = next((tiny_project / "content" / "sources").glob("*.md")).stem
    _add_poisoned(tiny_project, source)
    site = _build(tiny_project)
    n_events = len(list((tiny_project / "content" / "events").glob("*.md")))

    with (site / "events.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert len(rows) == n_events + 1  # a CR or LF in a cell starts no row
    assert all(len(r) == len(rows[0]) for r in rows)
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r", "\n")), cell
    by_id = {r[0]: dict(zip(rows[0], r, strict=True)) for r in rows[1:]}
    assert by_id["2025-08-20-tab-formula"]["title"] == "'" + POISON[0][1]  # kept, as text
    assert by_id["2025-08-21-cr-row"]["date_texts"] == "on Monday\r=1+2"
    assert by_id["2025-08-24-markup"]["date_texts"] == "'\n=1+1"

    feed = ET.fromstring((site / "events.atom").read_bytes())  # well-formed: no forbidden character
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = {e.find("a:id", ns).text.rstrip("/").rsplit("/", 1)[-1]: e.find("a:title", ns).text
              for e in feed.findall("a:entry", ns)}  # fmt: skip
    assert titles["2025-08-23-control"] == "Talks resumed "
    assert titles["2025-08-24-markup"] == POISON[4][1]  # text, not elements

    tl = json.loads((site / "timeline.json").read_text(encoding="utf-8"))
    headlines = {e["unique_id"]: e["text"]["headline"] for e in tl["events"]}
    assert headlines["2025-08-24-markup"] == '&lt;img src=x onerror="alert(1)"&gt; &amp; &lt;b&gt;bold&lt;/b&gt;'
    assert all("<" not in h for h in headlines.values())
    assert all("<" not in e["text"]["text"].split(" <a href=")[0] for e in tl["events"])
