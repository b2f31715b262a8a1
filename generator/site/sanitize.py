"""The last line of defence: what MkDocs makes of every page's Markdown is cleaned.

A contributor's Markdown body may hold raw HTML (MkDocs passes it through) or a
``javascript:`` link. The HTML MkDocs converts from a page's Markdown is therefore run
through ammonia (via nh3) with an allow-list wide enough for Markdown, Material's markup
and our own templates: no scripts, no event handlers, no styles, and links only to
http(s), mailto or relative addresses. The blocks our templates generate are set aside
before conversion and put back after cleaning: Jinja escapes every text in them, and the
only addresses in them are the site's own links and sources' ``url``, which the schema
holds to http(s).
"""

from __future__ import annotations

import copy

import nh3

_TAGS = nh3.ALLOWED_TAGS | {"form", "label", "select", "option", "button", "section", "figure", "figcaption"}
_ATTRIBUTES = copy.deepcopy(nh3.ALLOWED_ATTRIBUTES)
_ATTRIBUTES["*"] = {"class", "id", "title", "hidden", "role", "lang", "dir", "name", "value", "type", "open"}
_ATTRIBUTES.setdefault("a", set()).update({"href", "title", "rel"})  # rel: prev/next between timeline pages
_ATTRIBUTES.setdefault("img", set()).update({"src", "alt", "width", "height", "loading"})
_ATTRIBUTES.setdefault("td", set()).update({"colspan", "rowspan", "align"})
_ATTRIBUTES.setdefault("th", set()).update({"colspan", "rowspan", "align", "scope"})
_SCHEMES = {"http", "https", "mailto"}


def clean_html(html: str) -> str:
    """The page content without anything that could run in a reader's browser."""
    return nh3.clean(
        html,
        tags=_TAGS,
        clean_content_tags={"script", "style"},
        attributes=_ATTRIBUTES,
        generic_attribute_prefixes={"data-", "aria-"},
        url_schemes=_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )
