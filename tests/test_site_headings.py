"""Generated headings written as HTML read, and list in the contents, as Markdown's toc extension makes them."""

from __future__ import annotations

from types import SimpleNamespace

import markdown
from mkdocs.structure.toc import get_toc

from generator.site import headings
from generator.site.render import stash_html, unstash_html
from generator.site.sanitize import clean_html

EXTENSIONS = ["attr_list", "toc"]
TOC = {"permalink": True}


def _config(toc: dict | None = None) -> SimpleNamespace:
    return SimpleNamespace(markdown_extensions=EXTENSIONS, mdx_configs={"toc": TOC if toc is None else toc})


def _page_of(text: str) -> tuple[str, SimpleNamespace]:
    """What MkDocs makes of ``text``: the cleaned HTML and a page with its table of contents."""
    md = markdown.Markdown(extensions=EXTENSIONS, extension_configs={"toc": TOC})
    html = md.convert(text)
    return clean_html(html), SimpleNamespace(toc=get_toc(md.toc_tokens))


def _after_search(html: str, late: list[tuple[str, str]]) -> str:
    for marker, block in late:  # as frame.after_search puts them in
        html = html.replace(marker, block, 1)
    return html


def _contents(items) -> list:
    return [(i.title, i.id, i.level, _contents(i.children)) for i in items]


def test_set_aside_headings_give_the_page_and_contents_markdown_gives():
    generated = (
        "# Body title\n\nThe body.\n\n## Events it reports\n\nMine.\n\n"
        "## Events it reports { data-search-exclude }\n\n"
        '<ul class="tl-events" data-search-exclude>\n<li>one</li>\n</ul>\n\n'
        "## Who said what { data-search-exclude }\n\nNone.\n"
    )
    before: list = []  # as the generated blocks were put back before: the headings left to Markdown
    html, expected_page = _page_of(stash_html(generated, before))
    expected = _after_search(*unstash_html(html, before))
    blocks: list = []
    text = stash_html(generated, blocks, headings.style(_config()))
    # (a block right after another is kept as its continuation: one placeholder stands for both)
    assert sum(isinstance(getattr(b, "block", b), headings.Heading) for b in blocks) == 2
    assert "Who said what" not in text
    html, page = _page_of(text)
    restored = _after_search(*unstash_html(html, blocks, headings.writer(page, headings.style(_config()))))
    assert restored == expected  # the same ids (the second "Events it reports" made unique), permalinks
    assert _contents(page.toc.items) == _contents(expected_page.toc.items)  # nested under the body's h1


def test_a_heading_markdown_keeps_keeps_every_generated_heading_before_it():
    generated = "## What they said { data-search-exclude }\n\nNone.\n## What they did { data-search-exclude }\n"
    blocks: list = []
    stash_html(generated, blocks, headings.style(_config()))
    assert blocks == []  # "What they did" follows a paragraph line: Markdown's, so both stay Markdown


def test_headings_with_markup_or_unknown_toc_settings_stay_markdown():
    assert headings.parse("## *Loud* { data-search-exclude }") is None
    assert headings.parse("## Plain heading") is None  # not a generated one
    assert headings.parse("### August 2025 { data-search-exclude }") == headings.Heading(3, "August 2025")
    assert headings.style(_config({"permalink": True, "toc_depth": 2})) is None
    assert headings.style(SimpleNamespace(markdown_extensions=["toc"], mdx_configs={})) is None
    assert headings.style(_config({})).permalink is None


def test_a_page_without_headings_gets_its_first_contents_entry_marked_active():
    page = SimpleNamespace(toc=get_toc([]))
    write = headings.writer(page, headings.style(_config({"permalink": "#", "permalink_title": ""})))
    assert write(headings.Heading(2, "Events")) == (
        '<h2 data-search-exclude="" id="events">Events<a class="headerlink" href="#events">#</a></h2>'
    )
    assert page.toc.items[0].active
