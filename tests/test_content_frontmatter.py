"""generator/content/frontmatter.py: front matter through python-frontmatter with our strict YAML: errors
at their line of the file, pages written byte for byte as the generator always wrote them."""

from __future__ import annotations

import frontmatter
import pytest

from generator.content import frontmatter as frontmatter_io
from generator.content.frontmatter import HANDLER, StrictYAMLHandler, dumps, split_front_matter
from generator.errors import TimelineError


def _error(text: str) -> str:
    with pytest.raises(TimelineError) as exc:
        split_front_matter(text, "p.md")
    return str(exc.value)


def test_python_frontmatter_chooses_our_handler():
    assert isinstance(HANDLER, StrictYAMLHandler)
    assert frontmatter.detect_format("---\na: 1\n---\n", frontmatter_io._HANDLERS) is HANDLER
    # The same text through python-frontmatter's own API gives what our function gives.
    post = frontmatter.loads("---\ntitle: T\n---\nBody.\n", handler=HANDLER)
    assert (post.metadata, post.content) == ({"title": "T"}, "Body.")


def test_split_keeps_the_body_as_it_is_in_the_file():
    meta, body = split_front_matter("---\ntitle: T\ndate: 2025-08\n---\n\nBody.\n", "p.md")
    assert meta == {"title": "T", "date": "2025-08"}  # dates stay text
    assert body == "\nBody.\n"
    assert split_front_matter("No front matter.\n", "p.md") == ({}, "No front matter.\n")


def test_strict_yaml_errors_name_the_line_of_the_file():
    assert _error("---\ntitle: T\ntitle: U\n---\n") == "p.md:3: invalid YAML: duplicate key 'title'"
    assert _error("---\na: &x 1\nb: *x\n---\n").startswith("p.md:3: invalid YAML: YAML aliases")
    assert _error("---\ntitle: [unclosed\n---\n").startswith("p.md:2: invalid YAML")


def test_unclosed_and_non_mapping_front_matter_are_refused():
    assert _error("---\ntitle: T\nText.\n") == "p.md:1: front matter opened with '---' is never closed"
    assert _error("---\n- a\n- b\n---\n") == "p.md:2: front matter must be a mapping of keys to values"


def test_toml_front_matter_is_refused_by_name():
    text = '+++\ntitle = "T"\n+++\nBody.\n'
    assert _error(text) == "p.md:1: TOML front matter ('+++') is not read; write it as YAML between '---' lines"


def test_dumps_writes_the_pages_layout():
    assert dumps({"id": "a", "tags": ["x"]}, "\n Body.\n\n") == "---\nid: a\ntags:\n- x\n---\n\nBody.\n"
    assert dumps({"id": "a"}, "") == "---\nid: a\n---\n\n\n"
    # A last value of several lines keeps its block scalar and its one closing newline.
    page = dumps({"note": "one\ntwo\n"}, "B")
    assert page == "---\nnote: |\n  one\n  two\n---\n\nB\n"
    assert split_front_matter(page, "p.md")[0] == {"note": "one\ntwo\n"}


def test_keys_named_like_post_arguments_are_plain_keys():
    assert dumps({"content": "c", "handler": "h"}, "B") == "---\ncontent: c\nhandler: h\n---\n\nB\n"


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


@pytest.mark.parametrize(
    "meta",
    [
        {"id": "a", "title": "Talks resume", "sources": [{"source": "s", "quote": "We will sign."}]},
        {"id": "a", "note": "one\ntwo\n"},  # a last block scalar with its one closing newline
        {"id": "a", "note": "kept\n\n"},  # kept line breaks: the dump marks the document's end ('...')
        {"id": "a", "note": "wait..."},  # a last value ending like that mark
        {"id": "a", "note": "line\nbreak\u2028"},  # a line break YAML has beyond '\n' ends the dump
        {"id": "a", "sources": [{"quote": "x\n\u2029"}]},
    ],
)
def test_a_stamped_page_is_the_page_dumped_with_the_stamp_as_its_last_key(meta):
    seen = []

    def stamp(text: str) -> str:
        seen.append(text)
        return "0123456789abcdef"

    for body in ("", "Body.\n"):
        seen.clear()
        page = frontmatter_io.dumps_stamped(meta, body, "generated", stamp)
        assert seen == [dumps(meta, body)]
        assert page == dumps({**meta, "generated": "0123456789abcdef"}, body)
        assert split_front_matter(page, "p.md")[0] == {**meta, "generated": "0123456789abcdef"}
