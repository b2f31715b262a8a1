"""One build's state: links between pages by MkDocs' own URL rules, and what it publishes."""

from __future__ import annotations

from types import SimpleNamespace

from generator.site.collect import SiteData
from generator.site.state import Build, linker


def _build(urls: dict[str, str]) -> Build:
    build = Build(SiteData(sources={}, events=[], statements=[], actors={}, topics={}))
    build.urls = urls
    return build


def _page(url: str) -> SimpleNamespace:
    return SimpleNamespace(url=url)


def test_links_are_relative_to_the_page_with_directory_urls():
    build = _build(
        {"events/a.md": "events/a/", "sources/s.md": "sources/s/", "index.md": "./", "events.csv": "events.csv"}
    )
    link = linker(build, _page("sources/s/"))
    assert link("events/a.md") == "../../events/a/"
    assert link("sources/s.md") == "./"
    assert link("index.md") == "../../"
    assert link("events.csv") == "../../events.csv"
    assert linker(build, _page("./"))("events/a.md") == "events/a/"  # from the home page


def test_links_without_directory_urls():
    build = _build({"events/a.md": "events/a.html", "timeline.md": "timeline.html"})
    link = linker(build, _page("events/b.html"))
    assert link("events/a.md") == "a.html"
    assert link("timeline.md") == "../timeline.html"


def test_a_path_that_is_no_file_is_taken_as_a_url():
    link = linker(_build({}), _page("actors/x/"))
    assert link("timeline/2025/") == "../../timeline/2025/"
