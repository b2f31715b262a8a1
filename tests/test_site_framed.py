"""The framed sections remembered across builds: a remembered build's site/ is the one a fresh build makes,
and a change of anything a section shows (its page, a page it links, a template, the config, the code)
gives the new output."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import ROOT
from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator import userdirs
from generator.site import framed
from generator.site.state import VIRTUAL


@pytest.fixture
def seeds_project(tmp_path: Path) -> Path:
    """A copy of the committed seeds project (content/, its articles and mkdocs.yml)."""
    project = tmp_path / "project"
    for name in ("content", "seeds"):
        shutil.copytree(ROOT / name, project / name)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    return project


def _build(project: Path, cache_dir: Path, monkeypatch) -> tuple[dict[str, bytes], int]:
    """Build ``project`` with its cache in ``cache_dir``: every file of site/ (but the gzipped sitemap, which
    holds the time it was written) and how many sections came from the cache."""
    monkeypatch.setenv(userdirs.CACHE_ENV, str(cache_dir))
    monkeypatch.chdir(project)
    config = load_config(str(project / "mkdocs.yml"))
    build(config)
    hits = config.plugins["timeline"].build.framed.hits
    site = project / "site"
    files = {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}
    shutil.rmtree(site)
    return {k: v for k, v in files.items() if not k.endswith(".gz")}, hits


def _warm_then_changed(project: Path, tmp_path: Path, monkeypatch, change) -> dict[str, bytes]:
    """A build remembered from before ``change(project)``, checked against a fresh build after it."""
    warm = tmp_path / "warm"
    before, hits = _build(project, warm, monkeypatch)
    assert hits == 0
    change(project)
    after, _ = _build(project, warm, monkeypatch)
    fresh, fresh_hits = _build(project, tmp_path / f"fresh-{len(list(tmp_path.iterdir()))}", monkeypatch)
    assert fresh_hits == 0
    assert after == fresh
    assert after != before  # the change shows
    return after


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, path
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_remembered_build_is_byte_identical_to_a_fresh_one(seeds_project, tmp_path, monkeypatch):
    fresh, hits = _build(seeds_project, tmp_path / "cache", monkeypatch)
    assert hits == 0
    again, hits = _build(seeds_project, tmp_path / "cache", monkeypatch)
    n_pages = sum(len(list((seeds_project / "content" / k).glob("*.md"))) for k in framed_kinds())
    # every content page's sections came from the cache, and every aggregate page (the timeline is not paged)
    assert hits == n_pages + len(VIRTUAL)
    assert again == fresh


def framed_kinds() -> tuple[str, ...]:
    return ("events", "statements", "actors", "sources", "topics")


def _retitled(project: Path, tmp_path: Path, monkeypatch, folder: str, title: str) -> tuple[str, dict[str, bytes]]:
    """The first page of ``content/<folder>`` given a new title: its name, and the site checked by
    ``_warm_then_changed``."""
    page = sorted((project / "content" / folder).glob("*.md"))[0]
    old = re.search(r"^title: (.+)$", page.read_text(encoding="utf-8"), re.M)[1]
    return page.stem, _warm_then_changed(project, tmp_path, monkeypatch, lambda p: _edit(page, f"title: {old}", title))


def test_a_pages_front_matter_change_shows(seeds_project, tmp_path, monkeypatch):
    stem, site = _retitled(seeds_project, tmp_path, monkeypatch, "events", "title: A renamed happening")
    assert b"A renamed happening" in site[f"events/{stem}/index.html"]
    assert b"A renamed happening" in site["timeline/index.html"]  # an aggregate page remembered by all content


def test_a_linked_pages_title_change_shows_on_the_pages_linking_it(seeds_project, tmp_path, monkeypatch):
    actor = seeds_project / "content" / "actors" / "vladimir-putin.md"
    site = _warm_then_changed(
        seeds_project, tmp_path, monkeypatch, lambda p: _edit(actor, "name: Vladimir Putin", "name: V. V. Putin")
    )
    shown = [uri for uri, body in site.items() if uri.startswith(("events/", "statements/")) and b"V. V. Putin" in body]
    assert shown


def test_a_sources_outlet_change_shows_on_the_pages_citing_it(seeds_project, tmp_path, monkeypatch):
    source = sorted((seeds_project / "content" / "sources").glob("*.md"))[0]
    outlet = re.search(r"^outlet: (.+)$", source.read_text(encoding="utf-8"), re.M)[1]
    site = _warm_then_changed(
        seeds_project, tmp_path, monkeypatch, lambda p: _edit(source, f"outlet: {outlet}", "outlet: The Renamed Post")
    )
    assert any(b"The Renamed Post" in body for uri, body in site.items() if uri.startswith("events/"))


def test_a_template_override_under_custom_dir_shows(seeds_project, tmp_path, monkeypatch):
    def override(project: Path) -> None:
        folder = project / "overrides" / "timeline"
        folder.mkdir(parents=True)
        ours = (framed.jinja.FOLDER / "event_head.html.j2").read_text(encoding="utf-8")
        (folder / "event_head.html.j2").write_text('<p class="overridden">local</p>\n' + ours, encoding="utf-8")
        _edit(project / "mkdocs.yml", "  name: material\n", "  name: material\n  custom_dir: overrides\n")

    site = _warm_then_changed(seeds_project, tmp_path, monkeypatch, override)
    assert all(b'class="overridden"' in body for uri, body in site.items() if uri.startswith("events/2"))


def test_a_config_change_gives_the_new_links(seeds_project, tmp_path, monkeypatch):
    def flat_urls(project: Path) -> None:
        _edit(project / "mkdocs.yml", "strict: true\n", "strict: true\nuse_directory_urls: false\n")

    site = _warm_then_changed(seeds_project, tmp_path, monkeypatch, flat_urls)
    assert any(uri.startswith("events/") and uri.endswith(".html") and "/" not in uri[7:] for uri in site)


def test_a_code_change_renders_every_section_again(seeds_project, tmp_path, monkeypatch):
    _build(seeds_project, tmp_path / "cache", monkeypatch)
    monkeypatch.setattr(userdirs, "code_fingerprint", lambda: "another version of the generator")
    _, hits = _build(seeds_project, tmp_path / "cache", monkeypatch)
    assert hits == 0


def test_a_moved_link_target_is_not_taken_from_the_cache(seeds_project, tmp_path, monkeypatch):
    memory = framed.FramedSections(None, "build")
    made = memory.render("k", lambda target: f"../{target}", lambda link: link("actors/a.md"))
    assert made == "../actors/a.md"
    memory.known, memory.used = memory.used, {}
    assert memory.get("k", lambda target: f"../{target}") == "../actors/a.md"
    assert memory.get("k", lambda target: f"../../{target}") is None  # the page linked moved


def test_under_the_same_urls_the_links_are_not_checked_again(tmp_path, monkeypatch):
    monkeypatch.setenv(userdirs.CACHE_ENV, str(tmp_path / "cache"))
    project = tmp_path / "p"
    project.mkdir()
    urls = {"actors/a.md": "actors/a/", "index.md": ""}
    memory = framed.load(project, "build")
    memory.use_urls(urls)
    memory.render("k", lambda target: f"../{target}", lambda link: link("actors/a.md"))
    memory.save()
    again = framed.load(project, "build")
    assert again.known_urls == memory.urls
    again.use_urls(dict(urls))
    # every file has the URL it had: a link cannot have moved, so none is worked out again
    assert again.get("k", lambda target: pytest.fail("a link was checked")) == "../actors/a.md"
    moved = framed.load(project, "build")
    moved.use_urls({**urls, "actors/a.md": "people/a/"})
    assert moved.get("k", lambda target: f"../../{target}") is None


def test_an_actors_side_change_shows_on_the_positions_and_the_actors_index(seeds_project, tmp_path, monkeypatch):
    actor = seeds_project / "content" / "actors" / "vladimir-putin.md"
    before, _ = _build(seeds_project, tmp_path / "before", monkeypatch)
    site = _warm_then_changed(
        seeds_project, tmp_path, monkeypatch, lambda p: _edit(actor, "side: russia", "side: europe")
    )
    assert site["positions/index.html"] != before["positions/index.html"]
    assert site["actors/index.html"] != before["actors/index.html"]


def test_a_sources_title_change_shows_on_the_sources_index(seeds_project, tmp_path, monkeypatch):
    _, site = _retitled(seeds_project, tmp_path, monkeypatch, "sources", "title: A renamed report")
    assert b"A renamed report" in site["sources/index.html"]


def test_a_marker_setting_change_shows_on_the_timeline(seeds_project, tmp_path, monkeypatch):
    site = _warm_then_changed(
        seeds_project,
        tmp_path,
        monkeypatch,
        lambda p: _edit(p / "mkdocs.yml", "label: Alaska summit", "label: A marked day"),
    )
    assert b"A marked day" in site["timeline/index.html"]


def test_a_page_size_change_pages_the_timeline(seeds_project, tmp_path, monkeypatch):
    def paged(project: Path) -> None:
        _edit(project / "mkdocs.yml", "  - timeline:\n", "  - timeline:\n      page_size: 3\n")

    site = _warm_then_changed(seeds_project, tmp_path, monkeypatch, paged)
    periods = [uri for uri in site if uri.startswith("timeline/") and uri != "timeline/index.html"]
    assert periods
    warm, hits = _build(seeds_project, tmp_path / "warm", monkeypatch)  # the period pages remembered too
    assert warm == site and hits >= len(periods)


def test_a_malformed_cache_file_is_an_empty_memory(tmp_path, monkeypatch):
    monkeypatch.setenv(userdirs.CACHE_ENV, str(tmp_path / "cache"))
    project = tmp_path / "p"
    project.mkdir()
    folder = userdirs.cache_folder(project)
    folder.mkdir(parents=True)
    (folder / framed.FILE).write_text('{"format": 1, "build": "k", "sections": {"x": {"links": 3}}}', "utf-8")
    assert framed.load(project, "k").known == {}
    (folder / framed.FILE).write_text("not json", "utf-8")
    assert framed.load(project, "k").known == {}
