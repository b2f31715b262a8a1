"""Hostile text from articles and contributors never reaches a reader as code: proven on the built HTML."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from test_site import _build

from generator.content import render

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(2)">',
    "[click](javascript:alert(3))",
    "{{ config.site_name }}",
]


_FOLLOWED = {"href", "src", "action", "formaction", "srcdoc", "data", "xlink:href"}


class _CodeCollector(HTMLParser):
    """What a browser would run or follow: event handlers, link and source addresses, the text of scripts.
    (Other attributes, such as a title or an aria-label, are shown as text.)"""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.code: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.code.extend(f"{name}={value}" for name, value in attrs if name.startswith("on") or name in _FOLLOWED)
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.code.append(data)


def _code_with(html: str, needle: str) -> list[str]:
    """The attributes and scripts of ``html`` that contain ``needle``."""
    collector = _CodeCollector()
    collector.feed(html)
    return [code for code in collector.code if needle in code]


def test_code_with_finds_only_what_would_run():
    assert _code_with("<p>&lt;script&gt;alert(1)&lt;/script&gt; alert(2)</p>", "alert(") == []
    assert _code_with('<img src=x onerror="alert(2)">', "alert(") == ["onerror=alert(2)"]
    assert _code_with("<script>alert(1)</script>", "alert(") == ["alert(1)"]
    assert _code_with('<a title="alert(1)" href="javascript:alert(2)">x</a>', "alert(") == ["href=javascript:alert(2)"]


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
        assert not _code_with(body, "alert("), page  # shown as text at most, never in a tag, attribute or script
    for page in pages[:3]:  # where the hostile records are listed, their text is shown, not run
        assert "{{ config.site_name }}" in page.read_text(encoding="utf-8"), page
    event = pages[1].read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in event  # the title, escaped and visible
    assert "raw link" in event  # the contributor's link text survives, its script does not
