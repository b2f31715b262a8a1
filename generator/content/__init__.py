"""The content model both halves share: what a page of ``content/`` is.

``dates`` (every form of a date value), ``fields`` (the types a front-matter key may have), ``kinds``
(one declaration per page kind: its keys and its typed record), ``schema`` (validation, JSON Schemas
and key order, from the declarations), ``frontmatter`` (reading it) and ``pages`` (reading, checking
and writing the pages). Ingest writes pages through it; the site reads their records from it.
"""

from __future__ import annotations

from .pages import (
    KIND_DIRS,
    Page,
    WriteReport,
    find_stale,
    is_untouched,
    load_content,
    load_registry,
    parse_page_text,
    read_page,
    removed_articles,
    render,
    write_atomic,
    write_page,
)

__all__ = [
    "KIND_DIRS",
    "Page",
    "WriteReport",
    "find_stale",
    "is_untouched",
    "load_content",
    "load_registry",
    "parse_page_text",
    "read_page",
    "removed_articles",
    "render",
    "write_atomic",
    "write_page",
]
