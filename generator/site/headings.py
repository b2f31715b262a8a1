"""The generated pages' section headings written as HTML, exactly as Markdown's toc extension writes them.

A generated heading such as ``## Events it reports { data-search-exclude }`` went through Python-Markdown
(attr_list for the attribute, toc for the id and permalink) on every source, actor, topic and timeline
page: most of the Markdown conversion our pages cost beyond plain MkDocs. Here it is set aside like the
other generated HTML blocks (``render.stash_html``) and written after conversion, its id made unique among
the ids the toc extension gave the page's own headings, and its entry added to the page's table of
contents where the toc extension would have nested it: the reader's page and "On this page" are unchanged.
Only plain headings are taken, and only when mkdocs.yml's toc settings are ones written out here; any
other heading (or setting) stays Markdown.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from markdown.extensions.toc import slugify as toc_slugify
from markdown.extensions.toc import unique
from mkdocs.structure.toc import AnchorLink

# A generated heading kept out of search, with text Markdown would leave as it is (no markup, no entity).
_HEADING = re.compile(r"#{1,6} [\w ,.:;()'’–-]+? \{ data-search-exclude \}")
# The toc settings this module writes out; with any other (toc_depth, baselevel, anchorlink...) Markdown does it.
_KNOWN = {"permalink", "permalink_class", "permalink_title", "slugify", "separator"}


@dataclass(frozen=True)
class Heading:
    """A heading set aside from a page's Markdown: its level (2 for ``##``) and text."""

    level: int
    text: str


@dataclass(frozen=True)
class Style:
    """How the toc extension of this build writes a heading's id and permalink."""

    slugify: Callable[[str, str], str]
    separator: str
    permalink: str | None  # the permalink's text as the cleaned page shows it; None without permalinks
    permalink_class: str
    permalink_title: str


def style(config) -> Style | None:
    """The toc extension's style in ``config`` (MkDocs'), or None when headings must stay Markdown."""
    extensions = list(config.markdown_extensions)
    toc = config.mdx_configs.get("toc", {})
    if "toc" not in extensions or "attr_list" not in extensions or set(toc) - _KNOWN:
        return None
    permalink = toc.get("permalink", False)
    if permalink is True:
        text: str | None = "¶"  # "&para;", as the page's cleaning writes it out
    elif isinstance(permalink, str) and permalink:
        text = html.escape(permalink, quote=False)
    elif permalink in (False, None, ""):
        text = None
    else:
        return None
    title = toc.get("permalink_title", "Permanent link")
    return Style(toc.get("slugify", toc_slugify), toc.get("separator", "-"), text,
                 toc.get("permalink_class", "headerlink"), title)  # fmt: skip


def parse(part: str) -> Heading | None:
    """The heading of one Markdown block, when it is a generated heading written out here."""
    block = part.strip()
    if "\n" in block or not _HEADING.fullmatch(block):
        return None
    marks, _, rest = block.partition(" ")
    return Heading(len(marks), rest.removesuffix("{ data-search-exclude }").strip())


def writer(page, known: Style) -> Callable[[Heading], str]:
    """Write a page's set-aside headings, in order, and add each to ``page.toc``."""
    ids: set[str] = set()

    def collect(items: list[AnchorLink]) -> None:
        for item in items:
            ids.add(item.id)
            collect(item.children)

    collect(page.toc.items)

    def write(heading: Heading) -> str:
        anchor = unique(known.slugify(heading.text, known.separator), ids)
        ids.add(anchor)
        entries = page.toc.items
        first = not entries
        while entries and entries[-1].level < heading.level:  # nested as the toc extension nests it
            entries = entries[-1].children
        entries.append(AnchorLink(heading.text, anchor, heading.level))
        if first:
            entries[0].active = True  # as MkDocs marks the first entry of a page's contents
        link = ""
        if known.permalink is not None:
            title = f' title="{html.escape(known.permalink_title)}"' if known.permalink_title else ""
            link = f'<a class="{html.escape(known.permalink_class)}" href="#{anchor}"{title}>{known.permalink}</a>'
        tag = f"h{heading.level}"
        return f'<{tag} data-search-exclude="" id="{anchor}">{html.escape(heading.text, quote=False)}{link}</{tag}>'

    return write
