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
    assert hits == n_pages  # every content page's sections came from the cache
    assert again == fresh


def framed_kinds() -> tuple[str, ...]:
    return ("events", "statements", "actors", "sources", "topics")


def test_a_pages_front_matter_change_shows(seeds_project, tmp_path, monkeypatch):
    page = sorted((seeds_project / "content" / "events").glob("*.md"))[0]
    title = re.search(r"^title: (.+)$", page.read_text(encoding="utf-8"), re.M)[1]
    site = _warm_then_changed(
        seeds_project, tmp_path, monkeypatch, lambda p: _edit(page, f"title: {title}", "title: A renamed happening")
    )
    assert b"A renamed happening" in site[f"events/{page.stem}/index.html"]


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
