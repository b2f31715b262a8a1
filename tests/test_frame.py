"""Framing a page: which collected page stands behind a file, and what MkDocs reads of it."""

from __future__ import annotations

from generator.content.kinds import ActorPage, TopicPage
from generator.site.collect import SiteData
from generator.site.frame import content_page, read_source
from generator.site.state import Build


def _build() -> Build:
    actor = ActorPage(id="x", name="X", body="About X.\n")
    topic = TopicPage(id="t", label="T")
    return Build(SiteData(sources={}, events=[], statements=[], actors={"x": actor}, topics={"t": topic}))


def test_the_collected_page_behind_a_file():
    build = _build()
    assert content_page(build, "actors/x.md").name == "X"
    assert content_page(build, "topics/t.md").label == "T"
    assert content_page(build, "actors/y.md") is None
    assert content_page(build, "index.md") is None
    assert content_page(build, "notes/x.md") is None


def test_mkdocs_reads_a_content_page_without_its_front_matter():
    build = _build()
    assert read_source(build, "actors/x.md") == "---\n{}\n---\nAbout X.\n"
    assert read_source(build, "index.md") is None  # MkDocs reads the file itself
