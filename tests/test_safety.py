"""Hostile text from articles and contributors never reaches a reader as code: proven on the built HTML."""

from __future__ import annotations

import re
from pathlib import Path

from test_site import _build

from generator.content import render

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(2)">',
    "[click](javascript:alert(3))",
    "{{ config.site_name }}",
]


def hostile_site(tiny_project) -> tuple[Path, list[Path]]:
    """Build the tiny project with hostile front matter and bodies; the site and its pages that show them."""
    _build(tiny_project)
    content = tiny_project / "content"
    source_page = next((content / "sources").glob("*.md"))
    source = source_page.stem
    # A source a contributor added by hand, with no article file in the project: `check` cannot hold the
    # hostile quotes to an article, so they reach the build.
    source_page.write_text(re.sub(r"^file: .*\n", "", source_page.read_text(encoding="utf-8"), flags=re.M))
    (content / "events" / "2025-07-01-hostile.md").write_text(
        render(
            "events",
            {
                "id": "2025-07-01-hostile",
                "title": " ".join(HOSTILE),
                "date": "2025-07-01",
                "precision": "day",
                "sources": [{"source": source, "quote": HOSTILE[0], "date_text": HOSTILE[1]}],
            },
            "A contributor's body: " + " ".join(HOSTILE) + '\n\n<a href="javascript:alert(4)">raw link</a>\n',
            generated=False,
        ),
        encoding="utf-8",
    )
    (content / "statements" / "unattributed-2025-07-01-hostile.md").write_text(
        render(
            "statements",
            {
                "id": "unattributed-2025-07-01-hostile",
                "kind": "direct",
                "quote": " ".join(HOSTILE),
                "date": "2025-07-01",
                "sources": [{"source": source, "quote": HOSTILE[1]}],
            },
            "",
            generated=False,
        ),
        encoding="utf-8",
    )
    site = _build(tiny_project)
    return site, [
        site / "timeline" / "index.html",
        site / "events" / "2025-07-01-hostile" / "index.html",
        site / "statements" / "unattributed-2025-07-01-hostile" / "index.html",
        site / "positions" / "index.html",
        site / "sources" / source / "index.html",
    ]


def test_hostile_front_matter_and_bodies_are_inert(tiny_project):
    _, pages = hostile_site(tiny_project)
    for page in pages:
        html = page.read_text(encoding="utf-8")
        body = (
            html.split('data-md-component="content"', 1)[1].split("</article>", 1)[0] if "md-content" in html else html
        )
        assert "<script>alert" not in html, page
        assert not re.search(r"<img[^>]*onerror", html), page
        assert not re.search(r"href=\"javascript:", html, re.I), page
        assert "alert(" not in re.sub(r"&[a-z]+;|&#\d+;", "", body) or "&lt;script&gt;" in body, page
    for page in pages[:3]:  # where the hostile records are listed, their text is shown, not run
        assert "{{ config.site_name }}" in page.read_text(encoding="utf-8"), page
    event = pages[1].read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in event  # the title, escaped and visible
    assert "raw link" in event  # the contributor's link text survives, its script does not
