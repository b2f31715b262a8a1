"""An unchanged re-ingest checks bytes only, and still sees every edit: same size, modification time set back."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator import manifest
from generator.cache import code_fingerprint
from generator.ingest import _input_files, ingest
from generator.readers import article_paths
from generator.suppress import load_suppressed


@pytest.fixture(autouse=True)
def _in_project(tiny_project, monkeypatch):
    monkeypatch.chdir(tiny_project)  # article paths are relative to the project, as the CLI gives them


def _ingest(project: Path):
    return ingest([Path("seeds")], Path("content"), jobs=1)


def _input_bytes(project: Path) -> str | None:
    content = Path("content")
    files = article_paths([Path("seeds")])
    digest = manifest.article_files_digest(files)
    return _input_files(code_fingerprint(), False, load_suppressed(content).digest, digest, content)


def _edit_in_place(path: Path, old: str, new: str) -> None:
    """Replace ``old`` by ``new`` (as long) and set the file's times back: size and mtime as before."""
    assert len(old.encode()) == len(new.encode())
    st = path.stat()
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (st.st_size, st.st_mtime_ns)


def _unchanged_by_bytes(project: Path) -> bool:
    files = _input_bytes(project)
    return files is not None and manifest.unchanged_files(Path("."), Path("content"), files) is not None


def test_an_unchanged_reingest_is_found_by_bytes_alone(tiny_project):
    first = _ingest(tiny_project)
    assert first.added and not first.problems
    assert _unchanged_by_bytes(tiny_project)
    again = _ingest(tiny_project)
    assert sorted(again.unchanged) == sorted([*first.added, *first.updated, *first.unchanged])
    assert not again.added and not again.updated


@pytest.mark.parametrize(
    ("name", "old", "new"),
    [
        ("alpha.md", "Envoy meets", "Envoy Meets"),  # front matter of a Markdown article
        ("beta.txt", "Lavrov said", "Lavrov says"),  # the text of a plain-text article
        ("sources.yml", "Example Daily", "Example Dally"),  # a plain-text article's metadata
    ],
)
def test_a_same_size_article_edit_with_its_time_set_back_is_read(tiny_project, name, old, new):
    _ingest(tiny_project)
    _edit_in_place(tiny_project / "seeds" / name, old, new)
    assert not _unchanged_by_bytes(tiny_project)
    report = _ingest(tiny_project)
    assert report.updated  # the pages of that article were written again


def test_a_same_size_page_edit_with_its_time_set_back_is_kept_as_edited(tiny_project):
    _ingest(tiny_project)
    page = sorted(Path("content/events").glob("*.md"))[0]
    text = page.read_text(encoding="utf-8")
    body = text.rsplit("---\n", 1)[1]
    _edit_in_place(page, body[:4], body[:4].swapcase())
    assert not _unchanged_by_bytes(tiny_project)
    report = _ingest(tiny_project)
    assert report.kept == [str(page)]
    assert page.read_text(encoding="utf-8") != text  # the contributor's edit stays


def test_an_actor_or_topic_page_edit_is_read(tiny_project):
    _ingest(tiny_project)
    topic = tiny_project / "content" / "topics" / "territory.md"
    topic.write_text(topic.read_text(encoding="utf-8") + "\nMore about the topic.\n", encoding="utf-8")
    assert not _unchanged_by_bytes(tiny_project)


def test_an_article_turned_into_a_link_is_refused_not_passed(tiny_project, tmp_path):
    _ingest(tiny_project)
    article = tiny_project / "seeds" / "alpha.md"
    elsewhere = tmp_path / "elsewhere.md"
    elsewhere.write_bytes(article.read_bytes())
    article.unlink()
    article.symlink_to(elsewhere)
    assert _input_bytes(tiny_project) is None
    report = _ingest(tiny_project)
    assert any("symbolic link" in p.message for p in report.problems)


def test_new_bytes_that_read_the_same_are_recorded(tiny_project):
    _ingest(tiny_project)
    sidecar = tiny_project / "seeds" / "sources.yml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8") + "# a comment changes no metadata\n", encoding="utf-8")
    assert not _unchanged_by_bytes(tiny_project)
    report = _ingest(tiny_project)
    assert report.unchanged and not report.added and not report.updated
    assert _unchanged_by_bytes(tiny_project)  # the next re-ingest checks the new bytes only


def test_a_manifest_of_the_old_shape_is_no_manifest(tiny_project):
    _ingest(tiny_project)
    path = manifest.manifest_path(Path("."))
    path.write_text('{"inputs": "x", "listing": [], "pages": {"a.md": [1, 2]}, "kept": []}\n', encoding="utf-8")
    assert not _unchanged_by_bytes(tiny_project)
    assert manifest.unchanged_inputs(Path("."), Path("content"), "x") is None
