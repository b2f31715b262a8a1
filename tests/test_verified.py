"""Quotes found in their articles are remembered by hashes, and looked for again when anything changed."""

from __future__ import annotations

from pathlib import Path

from test_cli import timeline

from generator import verified
from generator.content import load_content
from generator.verify import check_quotes


def _check(project: Path) -> list[str]:
    pages, problems = load_content(project / "content")
    assert problems == []
    return [p.message for p in check_quotes(pages, project / "content", project)]


def test_a_found_quote_is_remembered_and_an_edited_article_is_read_again(tiny_project):
    r = timeline("ingest", "seeds", cwd=tiny_project)
    assert r.returncode == 0, r.stderr
    assert verified.load(tiny_project).known == frozenset()
    assert _check(tiny_project) == []
    known = verified.load(tiny_project).known
    assert known  # every quote the pages cite was found
    assert _check(tiny_project) == [] and verified.load(tiny_project).known == known
    # Change the plain-text article: no quote of it may pass on what was found in its old words.
    (tiny_project / "seeds" / "beta.txt").write_text("Nothing anyone said.\n", encoding="utf-8")
    problems = _check(tiny_project)
    assert problems and all("is not in the article it cites (seeds/beta.txt)" in p for p in problems)
    assert verified.load(tiny_project).known < known  # only finds are kept: the other article's


def test_the_key_changes_with_the_article_the_quote_and_the_code(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("He said yes.\n", encoding="utf-8")
    memory = verified.VerifiedQuotes(None, "code")
    digest = memory.article_digest(article)
    (tmp_path / "sources.yml").write_text("a.txt: {}\n", encoding="utf-8")
    assert verified.VerifiedQuotes(None, "code").article_digest(article) != digest  # its metadata changed
    keys = {
        memory.key(digest, "yes"),
        memory.key(digest, "no"),
        verified.VerifiedQuotes(None, "other").key(digest, "yes"),
    }
    assert len(keys) == 3
    assert memory.article_digest(tmp_path / "missing.txt") is None


def test_a_malformed_memory_is_an_empty_one(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    project = tmp_path / "project"
    project.mkdir()
    memory = verified.load(project)
    memory.found("k1")
    memory.save()
    assert verified.load(project).known == {"k1"}
    memory.path.write_text('{"format": 1, "found": "k1"}', encoding="utf-8")
    assert verified.load(project).known == frozenset()
    memory.path.write_text("[not json", encoding="utf-8")
    assert verified.load(project).known == frozenset()
