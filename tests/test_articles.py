from __future__ import annotations

import datetime as dt

import pytest

from generator.articles import article_paths, read_article
from generator.errors import TimelineError


def test_txt_with_sources_yml(seeds_dir):
    a = read_article(seeds_dir / "003_c34388011b2ea258.txt")
    assert a.published == dt.date(2025, 1, 24)
    assert a.outlet == "Izvestia"
    assert a.title.startswith("In business readiness")
    assert a.url is None  # never invented
    assert a.id == "izvestia-in-business-readiness-putin-assessed-the"


def test_md_with_front_matter(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("---\ntitle: T\npublished: 2025-08-07\noutlet: O\n---\nBody on Monday.\n", encoding="utf-8")
    a = read_article(p)
    assert (a.title, a.published, a.text) == ("T", dt.date(2025, 8, 7), "Body on Monday.\n")


@pytest.mark.parametrize(
    "front, message",
    [
        ("title: T\n", "missing publication date"),
        ("title: T\npublished: 2025-02-30\n", "is not a real day"),
        ("title: T\npublished: yesterday\n", "not of the form YYYY-MM-DD"),
        ("published: 2025-08-07\n", "missing title"),
        ("title: T\npublished: 2025-08-07\nauthor: X\n", "unknown metadata key(s): author"),
        ("title: [unclosed\n", "invalid YAML"),
    ],
)
def test_bad_metadata_is_an_error_naming_the_file(tmp_path, front, message):
    p = tmp_path / "bad.md"
    p.write_text(f"---\n{front}---\nText.\n", encoding="utf-8")
    with pytest.raises(TimelineError) as exc:
        read_article(p)
    assert str(p) in str(exc.value) and message in str(exc.value)


def test_encodings(tmp_path):
    p = tmp_path / "u16.md"
    p.write_bytes("---\ntitle: Ü\npublished: 2025-08-07\n---\nТекст\n".encode("utf-16"))
    assert read_article(p).text == "Текст\n"
    bad = tmp_path / "cp.md"
    bad.write_bytes("---\ntitle: T\npublished: 2025-08-07\n---\nТекст\n".encode("cp1251"))
    with pytest.raises(TimelineError, match="not UTF-8"):
        read_article(bad)
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    with pytest.raises(TimelineError, match="empty"):
        read_article(empty)


def test_yaml_aliases_are_refused(tmp_path):
    p = tmp_path / "bomb.md"
    p.write_text("---\ntitle: &a T\noutlet: *a\npublished: 2025-08-07\n---\nx\n", encoding="utf-8")
    with pytest.raises(TimelineError, match="aliases"):
        read_article(p)


def test_folders_expand_sorted(seeds_dir):
    names = [p.name for p in article_paths([seeds_dir])]
    assert names == sorted(names) and len(names) == 5
