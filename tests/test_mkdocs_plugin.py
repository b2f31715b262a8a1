"""The plugin as MkDocs loads it, and that it only dispatches: short event methods, nothing computed or run
in it; its settings' problems reported together; and ProperDocs, the maintained MkDocs 1.x fork, builds the
same site."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest
from conftest import DATA
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from test_cli import timeline

from generator.mkdocs_plugin import TimelinePlugin

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = ROOT / "generator" / "mkdocs_plugin.py"


def _plugin_class() -> ast.ClassDef:
    tree = ast.parse(PLUGIN.read_text(encoding="utf-8"))
    return next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "TimelinePlugin")


def test_every_method_of_the_plugin_is_short():
    methods = [n for n in _plugin_class().body if isinstance(n, ast.FunctionDef)]
    assert {m.name for m in methods} >= {"on_config", "on_files", "on_page_markdown", "on_page_content"}
    for method in methods:
        assert method.end_lineno - method.lineno + 1 <= 30, method.name


def test_the_plugin_neither_runs_git_nor_computes_links():
    imported = set()
    for node in ast.walk(ast.parse(PLUGIN.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            imported |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add(node.module or "")
    assert imported.isdisjoint({"subprocess", "posixpath", "re", "functools"}), imported
    forbidden = ("dates", "timex", "sentences", "events", "statements", "merge", "extract", "ingest", "articles")
    assert not [m for m in imported if m.split(".")[-1] in forbidden], imported


def _bad_markers(project: Path) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    bad = [
        "          label: Alaska summit",
        "        - date: '2025-13-01'",  # quoted: unquoted, YAML itself refuses the month
        "          label: Nowhere",
        "        - date: 2025-08-16",
        "          label: ''",
    ]
    config.write_text(text.replace("          label: Alaska summit\n", "\n".join(bad) + "\n"), encoding="utf-8")


def test_every_bad_marker_is_reported_on_a_line_naming_mkdocs_yml(tiny_project):
    _bad_markers(tiny_project)
    r = timeline("build", cwd=tiny_project)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    lines = [line for line in r.stderr.splitlines() if "markers" in line]
    assert lines == [
        "timeline: mkdocs.yml: timeline markers[1]: date '2025-13-01' is not YYYY-MM-DD",
        "timeline: mkdocs.yml: timeline markers[2]: a label is needed",
    ]
    assert not (tiny_project / "site").exists()


GENERATOR_TAG = re.compile(r'<meta name="generator" content="[^"]*">')


def _pages(site: Path) -> dict[str, bytes]:
    """Every file of a built site; in HTML pages the generator tag, which names the tool, is taken out."""
    files = {}
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if path.suffix == ".html":
            data = GENERATOR_TAG.sub("", data.decode("utf-8")).encode("utf-8")
        files[path.relative_to(site).as_posix()] = data
    return files


@pytest.mark.skipif(importlib.util.find_spec("properdocs") is None, reason="ProperDocs comes with the test extra")
def test_properdocs_builds_the_same_site_as_mkdocs(tmp_path):
    for tool in ("mkdocs", "properdocs"):
        command = [sys.executable, "-m", tool, "build", "-q", "-d", str(tmp_path / tool)]
        r = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stderr
    ours, theirs = _pages(tmp_path / "mkdocs"), _pages(tmp_path / "properdocs")
    assert len(ours) > 100 and "timeline/index.html" in ours
    assert sorted(ours) == sorted(theirs)
    assert [name for name in ours if ours[name] != theirs[name]] == []
    tag = GENERATOR_TAG.search((tmp_path / "properdocs" / "index.html").read_text(encoding="utf-8"))
    assert "ProperDocs" in tag[0]  # the one difference: the tool's name in <meta name="generator">


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
    assert [p.date for p in plugin.build.data.events][0] == "2021-05"
    events = sorted(p.name for p in (tmp_path / "content" / "events").glob("*.md"))
    assert events and {f"events/{name}" for name in events} <= plugin.build.allowed


def test_content_with_problems_stops_the_build_with_every_problem(tmp_path):
    config = _config(tmp_path)
    for page in sorted((tmp_path / "content" / "statements").glob("*.md"))[:2]:
        page.write_text(page.read_text(encoding="utf-8").replace("kind: direct", "kind: rumour"), encoding="utf-8")
    with pytest.raises(PluginError) as exc:
        config.plugins["timeline"].on_config(config)
    lines = str(exc.value).splitlines()
    assert lines[0] == "content/ has problems:" and len(lines) == 3
