"""One golden test: `timeline ingest` of a tiny project gives exactly the committed content/.

The inputs are tests/data/golden/articles (a Markdown article and a plain-text one with its sources.yml);
the expected pages are tests/data/golden/content. After a change that is meant to alter the pages,
regenerate them and review the diff before committing:

    TIMELINE_UPDATE_GOLDEN=1 python -m pytest -q tests/test_golden.py
"""

from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

from conftest import DATA
from test_cli import timeline

GOLDEN = DATA / "golden"
UPDATE_ENV = "TIMELINE_UPDATE_GOLDEN"


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _first_difference(expected: dict[str, bytes], got: dict[str, bytes]) -> str:
    for name in sorted(set(expected) | set(got)):
        if expected.get(name) != got.get(name):
            old = expected.get(name, b"").decode("utf-8").splitlines(keepends=True)
            new = got.get(name, b"").decode("utf-8").splitlines(keepends=True)
            return "".join(difflib.unified_diff(old, new, f"golden/{name}", f"ingested/{name}"))
    return ""


def test_ingest_of_a_tiny_project_gives_the_golden_content(tmp_path):
    shutil.copytree(GOLDEN / "articles", tmp_path / "articles")
    r = timeline("ingest", "articles", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    got = _files(tmp_path / "content")
    if os.environ.get(UPDATE_ENV):
        shutil.rmtree(GOLDEN / "content", ignore_errors=True)
        shutil.copytree(tmp_path / "content", GOLDEN / "content")
    expected = _files(GOLDEN / "content")
    assert sorted(got) == sorted(expected)
    assert got == expected, _first_difference(expected, got)


def test_the_golden_content_passes_check(tmp_path):
    shutil.copytree(GOLDEN / "articles", tmp_path / "articles")
    shutil.copytree(GOLDEN / "content", tmp_path / "content")
    r = timeline("check", cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
