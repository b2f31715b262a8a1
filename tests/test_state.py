"""One build's state: links between pages by MkDocs' own URL rules; the markers setting, checked entry by
entry, every problem reported at once."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from mkdocs.config.base import ValidationError

from generator.site.collect import SiteData
from generator.site.picture import Marker
from generator.site.state import Build, Markers, linker


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


def test_links_are_what_mkdocs_get_relative_url_gives():
    from mkdocs.utils import get_relative_url

    urls = ["./", "", "events/a/", "events/a.html", "a/b/c/", "a/b/", "a/./b/../c/", "timeline.html", "x.y/z/",
            "sources/s/index.html", "events.csv", "/lead/", "a//b/"]  # fmt: skip
    build = _build({f"t{i}.md": url for i, url in enumerate(urls)})
    for here in [*urls, "a/b/c.d/", "a.b"]:
        link = linker(build, _page(here))
        for i, url in enumerate(urls):
            assert link(f"t{i}.md") == get_relative_url(url, here), (url, here)


def test_good_markers_become_marked_days():
    option = Markers()
    value = [{"date": dt.date(2025, 8, 15), "label": "Alaska summit"}, {"date": "2025-02-12", "label": "A call"}]
    assert option.run_validation(value) == [
        Marker(dt.date(2025, 8, 15), "Alaska summit"),
        Marker(dt.date(2025, 2, 12), "A call"),
    ]
    assert option.run_validation(None) == []


def test_every_bad_marker_is_a_line_of_one_report():
    option = Markers()
    value = [{"date": "15 August", "label": "Summit"}, {"date": "2025-08-16", "label": " "}, "2025-08-17", {}]
    with pytest.raises(ValidationError) as raised:
        option.run_validation(value)
    assert str(raised.value).splitlines() == [
        "mkdocs.yml: timeline markers[0]: date '15 August' is not YYYY-MM-DD",
        "mkdocs.yml: timeline markers[1]: a label is needed",
        "mkdocs.yml: timeline markers[2]: a {date, label} mapping is needed",
        "mkdocs.yml: timeline markers[3]: date None is not YYYY-MM-DD",
    ]


def test_markers_must_be_a_list():
    with pytest.raises(ValidationError, match=r"^mkdocs.yml: timeline markers: a list"):
        Markers().run_validation({"date": "2025-08-15", "label": "Summit"})
