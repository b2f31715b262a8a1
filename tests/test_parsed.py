"""Front matter loaded before is remembered by its text, exactly, and only when JSON gives it back as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import parsed
from generator.content.frontmatter import split_front_matter
from generator.errors import TimelineError

PAGE = "---\nid: e1\ntitle: Talks\nn: 3\nok: true\nlist:\n- a\n- 2.5\n---\nBody.\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "project").mkdir()
    return tmp_path / "project"


def test_a_remembered_front_matter_loads_as_it_did_and_is_a_fresh_copy(project):
    memo = parsed.load(project)
    first = split_front_matter(PAGE, "e1.md", memo)
    memo.save()
    again = parsed.load(project)
    assert len(again) == 0 and split_front_matter(PAGE, "e1.md", again) == first
    assert len(again) == 1  # it was found in the memory
    meta, _ = split_front_matter(PAGE, "e1.md", again)
    meta["list"].append("changed")  # a caller's change reaches neither the memory nor the next reader
    assert split_front_matter(PAGE, "e1.md", again)[0] == first[0] == {
        "id": "e1", "title": "Talks", "n": 3, "ok": True, "list": ["a", 2.5],
    }  # fmt: skip


def test_only_values_json_gives_back_exactly_are_remembered(project):
    memo = parsed.load(project)
    split_front_matter("---\n1: one\n---\n", "a.md", memo)  # a number as a key: JSON would make it text
    split_front_matter("---\nb: !!binary aGk=\n---\n", "b.md", memo)
    split_front_matter("---\nc: .nan\n---\n", "c.md", memo)
    assert len(memo) == 0
    assert split_front_matter("---\n1: one\n---\n", "a.md", memo)[0] == {1: "one"}


def test_a_broken_front_matter_is_never_remembered_and_still_refused(project):
    memo = parsed.load(project)
    for _ in range(2):
        with pytest.raises(TimelineError) as exc:
            split_front_matter("---\na: 1\na: 2\n---\n", "bad.md", memo)
        assert "bad.md:3: invalid YAML: duplicate key 'a'" in str(exc.value.problems[0])
    assert len(memo) == 0


def test_a_memory_of_other_code_or_a_malformed_file_is_empty(project):
    memo = parsed.load(project)
    split_front_matter(PAGE, "e1.md", memo)
    memo.save()
    stored = memo.path.read_text(encoding="utf-8")
    memo.path.write_text(stored.replace(memo.code, "other code"), encoding="utf-8")
    assert parsed.load(project)._stored == {}
    memo.path.write_text("{not json", encoding="utf-8")
    assert parsed.load(project)._stored == {}
