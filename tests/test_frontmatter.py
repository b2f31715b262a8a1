"""generator/content/frontmatter.py: front matter split from the body, problems at their file line (the
opening '---' is line 1)."""

from __future__ import annotations

import pytest

from generator.content.frontmatter import split_front_matter
from generator.errors import TimelineError


def _problems(text: str) -> list[str]:
    with pytest.raises(TimelineError) as exc:
        split_front_matter(text, "p.md")
    return [str(p) for p in exc.value.problems]


def test_front_matter_and_body():
    assert split_front_matter("---\nid: a\nactors: [b]\n---\n\nBody.\n", "p.md") == (
        {"id": "a", "actors": ["b"]},
        "\nBody.\n",
    )
    assert split_front_matter("---\n---\nBody.", "p.md") == ({}, "Body.")
    assert split_front_matter("No front matter.\n", "p.md") == ({}, "No front matter.\n")


def test_dates_stay_text():
    assert split_front_matter("---\ndate: 2025-08-06\n---\n", "p.md")[0] == {"date": "2025-08-06"}


def test_problems_name_the_file_and_line():
    assert _problems("---\nid: a\nBody.\n") == ["p.md:1: front matter opened with '---' is never closed"]
    assert _problems("---\n- a\n- b\n---\n") == ["p.md:2: front matter must be a mapping of keys to values"]
    (problem,) = _problems("---\nid: a\nid: b\n---\n")
    assert problem.startswith("p.md:3: ") and "duplicate key 'id'" in problem
