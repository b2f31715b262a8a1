"""The last line of defence: what MkDocs makes of every page's Markdown is cleaned.

A contributor's Markdown body may hold raw HTML (MkDocs passes it through) or a
``javascript:`` link. The HTML MkDocs converts from a page's Markdown is therefore run
through ammonia (via nh3) with an allow-list wide enough for Markdown, Material's markup
and our own templates: no scripts, no event handlers, no styles, and links only to
http(s), mailto or relative addresses. The blocks our templates generate are set aside
before conversion and put back after cleaning: Jinja escapes every text in them, and the
only addresses in them are the site's own links and sources' ``url``, which the schema
holds to http(s).

Contributors may not restyle the page either: a ``class`` keeps only the classes the
Markdown extensions of mkdocs.yml produce (listed from the seeds' pages and the extensions'
documentation), so no one can dress a paragraph as the theme's dialog or search box, and
``data-md-*`` attributes (Material's scripts act on them) are dropped. An image may
only come from the site itself: a remote ``src`` (a tracking pixel) is removed here, and
``timeline check`` refuses it with its line (``generator.gate.remote_images``).
"""

from __future__ import annotations

import copy

import nh3

from ..gate import is_remote

_TAGS = nh3.ALLOWED_TAGS | {"form", "label", "select", "option", "button", "section", "figure", "figcaption"}
_ATTRIBUTES = copy.deepcopy(nh3.ALLOWED_ATTRIBUTES)
_ATTRIBUTES["*"] = {"class", "id", "title", "hidden", "role", "lang", "dir", "name", "value", "type", "open"}
_ATTRIBUTES.setdefault("a", set()).update({"href", "title", "rel"})  # rel: prev/next between timeline pages
_ATTRIBUTES.setdefault("img", set()).update({"src", "alt", "width", "height", "loading"})
_ATTRIBUTES.setdefault("td", set()).update({"colspan", "rowspan", "align"})
_ATTRIBUTES.setdefault("th", set()).update({"colspan", "rowspan", "align", "scope"})
_SCHEMES = {"http", "https", "mailto"}
# The admonition types Material styles (``!!! note``): the extension makes the type a class.
_ADMONITIONS = "note abstract summary tldr info todo tip hint important success check done question help faq"
ADMONITION_TYPES = frozenset(f"{_ADMONITIONS} warning caution attention failure fail missing danger error bug".split())
ADMONITION_TYPES |= {"example", "quote", "cite"}
# Per tag, the classes Markdown's extensions give contributors' HTML: toc (permalinks, [TOC]) and admonition.
CLASSES: dict[str, frozenset[str]] = {
    "a": frozenset({"headerlink"}),
    "div": frozenset({"admonition", "toc", *ADMONITION_TYPES}),
    "p": frozenset({"admonition-title"}),
}


def _attribute(tag: str, name: str, value: str) -> str | None:
    """Keep only allow-listed classes, no attribute Material's scripts act on, and no image from elsewhere."""
    if name.startswith("data-md-"):
        return None
    if name == "class":
        kept = [c for c in value.split() if c in CLASSES.get(tag, ())]
        return " ".join(kept) or None
    if tag == "img" and name == "src" and is_remote(value):
        return None
    return value


# Built once: nh3.clean() converts the allow-lists for every call, four times the cost of cleaning a page.
_CLEANER = nh3.Cleaner(
    tags=_TAGS,
    clean_content_tags={"script", "style"},
    attributes=_ATTRIBUTES,
    generic_attribute_prefixes={"data-", "aria-"},
    attribute_filter=_attribute,
    url_schemes=_SCHEMES,
    link_rel=None,
    strip_comments=True,
)


def clean_html(html: str) -> str:
    """The page content without anything that could run in a reader's browser."""
    return _CLEANER.clean(html)
