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
