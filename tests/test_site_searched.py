"""The search entries remembered across builds: a remembered build writes the site and search_index.json a
cold build writes, byte for byte; a changed page is indexed again; a cache file is data, checked entry by
entry, and anything malformed in it is ignored."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import ROOT
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.structure.toc import AnchorLink

from generator import userdirs
from generator.site import searched

INDEX = "search/search_index.json"


@pytest.fixture
def seeds_project(tmp_path: Path) -> Path:
    """A copy of the committed seeds project (content/, its articles and mkdocs.yml)."""
    project = tmp_path / "project"
    for name in ("content", "seeds"):
        shutil.copytree(ROOT / name, project / name)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    return project


def _build(project: Path, cache_dir: Path, monkeypatch) -> tuple[dict[str, bytes], searched.SearchedEntries]:
    """Build ``project`` with its cache in ``cache_dir``: every file of site/ (but the gzipped sitemap, which
    holds the time it was written) and the build's memory of search entries."""
    monkeypatch.setenv(userdirs.CACHE_ENV, str(cache_dir))
    monkeypatch.chdir(project)
    config = load_config(str(project / "mkdocs.yml"))
    build(config)
    memory = config.plugins["timeline"].build.searched
    site = project / "site"
    files = {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}
    shutil.rmtree(site)
    return {k: v for k, v in files.items() if not k.endswith(".gz")}, memory


def _memory_file(project: Path) -> Path:
    path = userdirs.memory_file(project, searched.FILE)
    assert path is not None
    return path


def test_a_remembered_build_writes_the_index_a_cold_build_writes(seeds_project, tmp_path, monkeypatch):
    cold, memory = _build(seeds_project, tmp_path / "cache", monkeypatch)
    assert memory is not None and memory.hits == 0
    pages = len(memory.used)
    assert pages > 50  # every page of the seeds site was indexed and kept
    again, memory = _build(seeds_project, tmp_path / "cache", monkeypatch)
    assert memory.hits == pages  # not one page parsed again
    assert again == cold
    assert json.loads(again[INDEX])["docs"]  # the index is not empty


def test_a_changed_page_is_indexed_again(seeds_project, tmp_path, monkeypatch):
    _build(seeds_project, tmp_path / "warm", monkeypatch)
    page = sorted((seeds_project / "content" / "events").glob("*.md"))[0]
    text = page.read_text(encoding="utf-8")
    page.write_text(
        text.rstrip("\n") + "\n\nA sentence added by the test, found by searchwordadded.\n", encoding="utf-8"
    )
    warm, memory = _build(seeds_project, tmp_path / "warm", monkeypatch)
    fresh, _ = _build(seeds_project, tmp_path / "fresh", monkeypatch)
    assert warm == fresh
    assert b"searchwordadded" in warm[INDEX]
    assert 0 < memory.hits < len(memory.used)  # the others were remembered


def test_a_changed_search_setting_forgets_every_entry(seeds_project, tmp_path, monkeypatch):
    _build(seeds_project, tmp_path / "warm", monkeypatch)
    config = seeds_project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("  - search\n", "  - search:\n      separator: '[\\s\\-,]+'\n", 1),
        encoding="utf-8",
    )
    warm, memory = _build(seeds_project, tmp_path / "warm", monkeypatch)
    assert memory.hits == 0
    assert b"[\\\\s\\\\-,]+" in warm[INDEX]


def test_a_hostile_cache_file_is_data_and_malformed_entries_are_ignored(seeds_project, tmp_path, monkeypatch):
    cold, memory = _build(seeds_project, tmp_path / "cache", monkeypatch)
    path = _memory_file(seeds_project)
    stored = json.loads(path.read_text(encoding="utf-8"))
    keys = sorted(stored["pages"])
    bad = [
        [{"location": 1, "title": "t", "text": "x"}],  # not a string
        [{"location": "a/", "title": "t", "text": "x", "__class__": "os.system"}],  # an unknown field
        [{"location": "a/", "title": "t", "text": "x", "tags": [True]}],  # a tag that is no string
        [{"location": "a/", "title": "t", "text": "x", "boost": {"x": 1}}],  # a boost that is no scalar
        "not a list",
        [["location", "a/"]],
    ]
    for key, entries in zip(keys, bad, strict=False):
        stored["pages"][key] = entries
    stored["pages"][7] = []  # JSON makes the key a string: harmless, never looked up
    path.write_text(json.dumps(stored), encoding="utf-8")
    again, memory = _build(seeds_project, tmp_path / "cache", monkeypatch)
    assert again == cold
    assert memory.hits == len(keys) - len(bad)
    for text in ("{", "[]", '{"format": 1, "build": 3, "pages": []}', "\x00\xff"):
        path.write_text(text, encoding="utf-8")
        again, memory = _build(seeds_project, tmp_path / "cache", monkeypatch)
        assert again == cold and memory.hits == 0


def _page(**meta) -> SimpleNamespace:
    toc = [AnchorLink("Title", "title", 1)]
    toc[0].children = [AnchorLink("Part", "part", 2)]
    return SimpleNamespace(
        title="Title", url="events/x/", content="<h1 id='title'>Title</h1><p>text</p>", toc=toc, meta=meta
    )


def test_a_page_key_covers_what_the_plugin_reads():
    memory = searched.SearchedEntries(None, "build")
    key = memory.page_key(_page())
    assert key == memory.page_key(_page())
    assert key != searched.SearchedEntries(None, "other").page_key(_page())
    changed = [_page(tags=["a"]), _page(search={"boost": 2}), _page(title="Other"), _page(tags=[dt.date(2025, 8, 15)])]
    changed.append(_page(title=None))  # a title set to null: the plugin reads "None", not the page title
    page = _page()
    page.toc[0].children[0].id = "moved"
    changed.append(page)
    page = _page()
    page.content += " "
    changed.append(page)
    page = _page()
    page.url = "events/y/"
    changed.append(page)
    assert len({key, *(memory.page_key(p) for p in changed)}) == len(changed) + 1


def test_a_page_with_data_that_is_not_plain_is_never_looked_up():
    class Odd:
        def __repr__(self) -> str:
            return "'Title'"

    memory = searched.SearchedEntries(None, "build")
    assert memory.page_key(_page(title=Odd())) is None
    assert memory.page_key(_page(tags=[Odd()])) is None
    made = []
    memory.add(_page(title=Odd()), made, lambda page: made.append({"location": "x", "title": "t", "text": ""}))
    assert made and memory.used == {}


def test_entries_that_json_would_change_are_not_kept():
    memory = searched.SearchedEntries(None, "build")
    made: list[dict] = []
    memory.add(
        _page(),
        made,
        lambda page: made.append({"location": "x", "title": "t", "text": "", "boost": dt.date(2025, 1, 1)}),
    )
    assert memory.used == {}
    memory.add(_page(), made, lambda page: made.append({"location": "x", "title": "t", "text": "", "boost": 2.5}))
    assert list(memory.used.values()) == [[{"location": "x", "title": "t", "text": "", "boost": 2.5}]]


def test_remembered_entries_are_copies():
    memory = searched.SearchedEntries(None, "build")
    made: list[dict] = []
    memory.add(_page(), made, lambda page: made.append({"location": "x", "title": "t", "text": "", "tags": ["a"]}))
    memory.known, memory.used = memory.used, {}
    again: list[dict] = []
    memory.add(_page(), again, lambda page: pytest.fail("indexed again"))
    again[0]["tags"].append("b")
    assert memory.known[memory.page_key(_page())][0]["tags"] == ["a"]


def test_with_jieba_nothing_is_remembered(monkeypatch):
    module = __import__(searched._MATERIAL, fromlist=["jieba"])
    monkeypatch.setattr(module, "jieba", object())
    index = SimpleNamespace(entries=[], add_entry_from_context=lambda page: None)
    plugin = module.SearchPlugin()
    plugin.search_index = index
    assert searched.attach({"search": plugin}, Path(".")) is None


def test_a_dirty_build_keeps_the_entries_of_the_pages_it_did_not_build(tmp_path, monkeypatch):
    monkeypatch.setenv(userdirs.CACHE_ENV, str(tmp_path / "cache"))
    entry = {"location": "x/", "title": "t", "text": ""}
    memory = searched.SearchedEntries(_memory_file(tmp_path), "build", known={"old": [entry]})
    memory.add(_page(), [], lambda page: None)  # a page that makes no entry
    memory.dirty = True
    memory.save()
    assert searched.load(tmp_path, "build").known.keys() == {"old", memory.page_key(_page())}
    memory.dirty = False
    memory.save()
    assert searched.load(tmp_path, "build").known.keys() == {memory.page_key(_page())}


def test_only_materials_search_plugin_while_enabled_is_remembered(tmp_path):
    module = __import__(searched._MATERIAL, fromlist=["SearchPlugin"])
    other = SimpleNamespace(search_index=SimpleNamespace(entries=[]), config={"enabled": True})
    assert searched.attach({"search": other}, tmp_path) is None  # MkDocs' own search, or another one
    plugin = module.SearchPlugin()
    plugin.config = {"enabled": False}
    plugin.search_index = SimpleNamespace(entries=[], add_entry_from_context=lambda page: None)
    assert searched.attach({"search": plugin}, tmp_path) is None
    assert searched.attach({}, tmp_path) is None
