from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def seeds_dir() -> Path:
    return ROOT / "seeds"


@pytest.fixture
def dct() -> dt.date:
    """Thursday 7 August 2025, the publication date of three seeds."""
    return dt.date(2025, 8, 7)


@pytest.fixture
def tiny_project(tmp_path: Path) -> Path:
    """A tiny real project: two articles, an empty content/ with index and two topics, and mkdocs.yml."""
    shutil.copytree(DATA / "tiny" / "seeds", tmp_path / "seeds")
    content = tmp_path / "content"
    (content / "topics").mkdir(parents=True)
    (content / "index.md").write_text("# Tiny\n\nA tiny timeline.\n", encoding="utf-8")
    for name in ("territory", "summit-venue"):
        shutil.copy(ROOT / "content" / "topics" / f"{name}.md", content / "topics" / f"{name}.md")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    return tmp_path


def sentence_of(project: Path, source_id: str) -> str:
    """A sentence of the article behind a source page: what a hand-added event may quote (check holds quotes
    to their article)."""
    import re

    from generator.readers import read_article

    page = (project / "content" / "sources" / f"{source_id}.md").read_text(encoding="utf-8")
    article = read_article(project / re.search(r"^file: (.+)$", page, re.M)[1])
    return next(line for line in article.text.splitlines() if line.strip().endswith("."))


@pytest.fixture(autouse=True, scope="session")
def _cache_in_tmp(tmp_path_factory) -> None:
    """Extraction caches go to a folder of this test session (the CLI runs inherit it), not ~/.cache."""
    os.environ["TIMELINE_CACHE_DIR"] = str(tmp_path_factory.mktemp("timeline-cache"))
