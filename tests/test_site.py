"""A tiny real project built end to end with MkDocs, and assertions on the HTML it produces."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from conftest import sentence_of
from test_cli import timeline

from generator.content import render


def _build(project: Path):
    r = timeline("build", "--config", "mkdocs.yml", cwd=project)
    assert r.returncode == 0, r.stderr
    return project / "site"


def _timeline_dates(site: Path) -> list[str]:
    return re.findall(r'data-date="([^"]+)"', (site / "timeline" / "index.html").read_text(encoding="utf-8"))


def test_tiny_project_builds_a_searchable_timeline(tiny_project):
    # build ingests seeds/ first
    site = _build(tiny_project)
    dates = _timeline_dates(site)
    assert dates == ["2025-08-01", "2025-08-06", "2025-W33"]
    html = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    assert "August 2025" in html and "week of 11 August 2025" in html
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    found = {doc["location"]: doc["title"] for doc in index["docs"] if "Witkoff" in doc["text"]}
    assert found["actors/steve-witkoff/"] == "Steve Witkoff"  # the actor's page is found by the name in its text
    assert (site / "actors" / "steve-witkoff" / "index.html").exists()
    actor = (site / "actors" / "sergey-lavrov" / "index.html").read_text(encoding="utf-8")
    assert "prepared with the utmost care" in actor
    assert (site / "sources" / "index.html").exists() and (site / "positions" / "index.html").exists()


def _write_hand_event(project: Path, body: str) -> None:
    source = next((project / "content" / "sources").glob("*.md")).stem
    (project / "content" / "events" / "2025-07-15-a-hand-written-event.md").write_text(
        render(
            "events",
            {
                "id": "2025-07-15-a-hand-written-event",
                "title": "A hand-written <b>event</b>",
                "date": "2025-07-15",
                "precision": "day",
                "sources": [{"source": source, "quote": sentence_of(project, source)}],
            },
            body,
            generated=False,
        ),
        encoding="utf-8",
    )


def test_hand_added_event_appears_on_the_timeline(tiny_project):
    _build(tiny_project)
    _write_hand_event(tiny_project, "Added by hand.")
    site = _build(tiny_project)
    assert _timeline_dates(site)[0] == "2025-07-15"
    html = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    assert "A hand-written &lt;b&gt;event&lt;/b&gt;" in html and "<b>event</b>" not in html


def test_an_event_page_has_its_title_and_contents(tiny_project):
    """One h1 (the escaped title), "Skip to content" leads to it, and "On this page" lists the body's
    headings, then the generated sources."""
    _build(tiny_project)
    _write_hand_event(tiny_project, "## Background\n\nAdded by hand.")
    page = (_build(tiny_project) / "events" / "2025-07-15-a-hand-written-event" / "index.html").read_text()
    assert re.findall(r"<h1[^>]*>(.*?)</h1>", page) == ["A hand-written &lt;b&gt;event&lt;/b&gt;"]
    assert re.search(r'<a href="#(\w[\w-]*)" class="md-skip">', page)[1] == "tl-title"
    toc = page[page.index('data-md-component="toc"') :]
    assert re.findall(r'href="#([\w-]+)" class="md-nav__link"', toc)[:2] == ["background", "sources"]


def test_second_build_changes_nothing(tiny_project):
    _build(tiny_project)
    before = {p: p.read_bytes() for p in (tiny_project / "content").rglob("*.md")}
    site_before = {p: p.read_bytes() for p in (tiny_project / "site").rglob("*.html")}
    _build(tiny_project)
    assert {p: p.read_bytes() for p in (tiny_project / "content").rglob("*.md")} == before
    assert {p: p.read_bytes() for p in (tiny_project / "site").rglob("*.html")} == site_before


def test_broken_page_fails_the_build_naming_file_and_line(tiny_project):
    _build(tiny_project)
    page = next((tiny_project / "content" / "events").glob("*.md"))
    page.write_text(page.read_text(encoding="utf-8").replace("precision: day", "precision: dya"), encoding="utf-8")
    r = timeline("build", "--no-ingest", cwd=tiny_project)
    assert r.returncode == 1
    assert (
        re.search(rf"{re.escape(str(page.relative_to(tiny_project)))}:\d+: 'precision' must be one of", r.stderr)
        or str(page) in r.stderr
    )
    assert "Traceback" not in r.stderr
    shutil.rmtree(tiny_project / "site", ignore_errors=True)


def test_order_across_precisions():
    from generator.content.kinds import EventPage
    from generator.site.collect import sort_key

    events = [
        EventPage(id=i, title="T", date=d, precision=p, sources=())
        for i, d, p in [
            ("a", "2025-01-23", "day"),
            ("b", "2025-01", "month"),
            ("c", "2025", "year"),
            ("d", "2024-12-31", "day"),
            ("e", "2025-W05", "week"),
            ("f", "2025-01-01/2025-03-01", "day"),
        ]
    ]
    assert [ev.id for ev in sorted(events, key=sort_key)] == ["d", "c", "b", "f", "a", "e"]


def test_edit_links_point_at_the_files_that_feed_each_page(tiny_project):
    env = {"GITHUB_REPOSITORY": "newsroom/timeline", "GITHUB_SERVER_URL": "https://github.com"}
    r = timeline("build", "--config", "mkdocs.yml", cwd=tiny_project, env=env)
    assert r.returncode == 0, r.stderr
    site = tiny_project / "site"
    event = next((site / "events").glob("*/index.html"))
    html = event.read_text(encoding="utf-8")
    assert f'href="https://github.com/newsroom/timeline/edit/main/content/events/{event.parent.name}.md"' in html
    timeline_html = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    assert 'href="https://github.com/newsroom/timeline/tree/main/content/events"' in timeline_html


def _hand_event(project: Path, day: str, title: str) -> None:
    source = sorted((project / "content" / "sources").glob("*.md"))[0].stem
    page_id = f"{day}-{title.lower().replace(' ', '-')}"
    (project / "content" / "events" / f"{page_id}.md").write_text(
        render(
            "events",
            {
                "id": page_id,
                "title": title,
                "date": day,
                "precision": "day",
                "sources": [{"source": source, "quote": sentence_of(project, source)}],
            },
            "",
            generated=False,
        ),
        encoding="utf-8",
    )


def _page_size(project: Path, n: int) -> None:
    config = project / "mkdocs.yml"
    text = re.sub(r"\n      page_size: \d+", "", config.read_text(encoding="utf-8"))
    config.write_text(text.replace("  - timeline:\n", f"  - timeline:\n      page_size: {n}\n", 1), encoding="utf-8")


def _broken_links(site: Path, pages: list[Path]) -> list[str]:
    """Internal links of the pages that lead to no file, or to no element with the #fragment's id."""
    broken = []
    for page in pages:
        for href in re.findall(r'href="([^"]+)"', page.read_text(encoding="utf-8")):
            if re.match(r"^[a-z]+:", href) or href.startswith("//"):
                continue
            path, _, fragment = href.partition("#")
            target = (page.parent / path).resolve() if path else page
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"{page.relative_to(site)}: {href}")
            elif fragment and target.suffix == ".html" and f'id="{fragment}"' not in target.read_text(encoding="utf-8"):
                broken.append(f"{page.relative_to(site)}: {href} (no such id)")
    return broken


def test_a_long_timeline_is_paged_by_year_then_by_month(tiny_project):
    _build(tiny_project)
    all_dates = _timeline_dates(tiny_project / "site")
    _hand_event(tiny_project, "2024-11-05", "An election")
    _hand_event(tiny_project, "2025-07-15", "A July meeting")
    expected = ["2024-11-05", "2025-07-15", *all_dates]

    _page_size(tiny_project, len(expected) - 1)  # 2024 has one event, 2025 the rest: a page per year
    site = _build(tiny_project)
    overview = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    assert "tl-event" not in overview and "one page per year" in overview
    pages = [site / "timeline" / key / "index.html" for key in ("2024", "2025")]
    assert [d for p in pages for d in re.findall(r'data-date="([^"]+)"', p.read_text(encoding="utf-8"))] == expected
    assert 'rel="next"' in pages[0].read_text(encoding="utf-8") and 'rel="prev"' in pages[1].read_text(encoding="utf-8")

    _page_size(tiny_project, 2)  # 2025 now has more than two: a page per month, August's in two parts
    site = _build(tiny_project)
    keys = sorted(p.parent.name for p in (site / "timeline").glob("*/index.html"))
    assert keys == ["2024-11", "2025-07", "2025-08", "2025-08-part-2"]
    assert not (site / "timeline" / "2025").exists()  # the site is rebuilt, not added to
    august = [(site / "timeline" / key / "index.html").read_text(encoding="utf-8") for key in keys[2:]]
    assert [d for page in august for d in re.findall(r'data-date="([^"]+)"', page)] == all_dates
    assert "Timeline: August 2025 (1 of 2)" in august[0] and '<form class="tl-filters"' in august[0]
    # The overview's picture, list and pager links all lead somewhere on the site.
    timeline_pages = [site / "timeline" / "index.html", *(site / "timeline").glob("*/index.html")]
    assert _broken_links(site, timeline_pages) == []
    # The pages repeat what event pages say: search leaves them out, but for the overview and its key dates.
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert [d["location"] for d in index["docs"] if d["location"].startswith("timeline/")] == [
        "timeline/",
        "timeline/#key-dates",
    ]
