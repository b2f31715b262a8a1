"""The MkDocs plugin as MkDocs loads it: found by its entry point, configured from mkdocs.yml, refusing
content with problems before MkDocs reads a file."""

from __future__ import annotations

import shutil
from importlib.metadata import entry_points

import pytest
from conftest import DATA, ROOT
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

from generator.mkdocs_plugin import TimelinePlugin


def _config(tmp_path):
    shutil.copytree(DATA / "golden" / "content", tmp_path / "content")
    (tmp_path / "content" / "index.md").write_text("# Golden\n", encoding="utf-8")
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    return load_config(str(tmp_path / "mkdocs.yml"))


def test_mkdocs_finds_the_plugin_by_its_entry_point():
    (entry,) = [e for e in entry_points(group="mkdocs.plugins") if e.name == "timeline"]
    assert entry.load() is TimelinePlugin


def test_on_config_collects_content_and_adds_the_assets(tmp_path, monkeypatch):
    monkeypatch.delenv("GITHUB_REPOSITORY", raising=False)
    config = _config(tmp_path)
    plugin = config.plugins["timeline"]
    assert isinstance(plugin, TimelinePlugin)
    config = plugin.on_config(config)
    assert "assets/timeline.css" in config.extra_css
    assert "assets/timeline.js" in [str(s) for s in config.extra_javascript]
    assert [p.date for p in plugin.data.events][0] == "2021-05"
    assert "events/2024-03-11-officials-said-that-the-new-bridge.md" in plugin.allowed


def test_content_with_problems_stops_the_build_with_every_problem(tmp_path):
    config = _config(tmp_path)
    for page in sorted((tmp_path / "content" / "statements").glob("*.md"))[:2]:
        page.write_text(page.read_text(encoding="utf-8").replace("kind: direct", "kind: rumour"), encoding="utf-8")
    with pytest.raises(PluginError) as exc:
        config.plugins["timeline"].on_config(config)
    lines = str(exc.value).splitlines()
    assert lines[0] == "content/ has problems:" and len(lines) == 3
