"""CONTRIBUTING.md's examples are exactly what works: applied to a copy of the real project, they pass
`timeline check`, and a re-ingest keeps every edited page byte for byte."""

from __future__ import annotations

import re
import shutil

from conftest import ROOT
from test_cli import timeline

from generator.articles import read_article

GUIDE = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
EXAMPLES = re.findall(r"^```markdown path=(\S+)\n(.*?)^```$", GUIDE, re.M | re.S)


def test_the_guide_has_an_example_for_each_task():
    folders = sorted({path.split("/")[0] if path.startswith("seeds") else path.split("/")[1] for path, _ in EXAMPLES})
    assert folders == ["actors", "events", "seeds", "statements"]


def test_the_examples_pass_check_and_survive_ingest(tmp_path):
    for name in ("seeds", "content"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path)
    for path, text in EXAMPLES:
        if path.startswith("content/") and not path.startswith("content/actors/"):
            assert (tmp_path / path).exists(), f"{path} is not a page of the project any more"
        (tmp_path / path).write_text(text, encoding="utf-8")
    r = timeline("check", cwd=tmp_path)
    assert r.returncode == 0, r.stderr

    article = read_article(next(tmp_path / p for p, _ in EXAMPLES if p.startswith("seeds/")))
    assert article.published.isoformat() == "2025-08-08" and article.outlet == "Example News"

    r = timeline("ingest", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    for path, text in EXAMPLES:
        assert (tmp_path / path).read_text(encoding="utf-8") == text
    assert list((tmp_path / "content" / "sources").glob("example-news-kremlin-confirms-the-summit.md"))
    assert timeline("check", cwd=tmp_path).returncode == 0
