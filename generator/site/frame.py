"""Each page's frame: what is generated around a contributor's Markdown, before and after MkDocs converts it.

Plain functions of one ``Build``; the plugin calls them from its events.
"""

from __future__ import annotations

import datetime as dt
import html as html_text
import posixpath

from markupsafe import Markup, escape
from mkdocs.structure.toc import AnchorLink

from ..content.dates import start as start_of
from ..content.kinds import Record
from . import headings, render, repo
from .picture import Marker, events_figure, statements_figure
from .sanitize import clean_html
from .state import VIRTUAL, Build, linker

# What a contributor edits to change a generated page: the folder whose pages feed it.
FEEDS = {
    "timeline.md": "events",
    "positions.md": "statements",
    "actors/index.md": "actors",
    "sources/index.md": "sources",
}
# Placeholders the page templates leave for the pictures; filled after the HTML is cleaned.
PICTURES = {
    "timeline.md": '<div class="tl-picture" data-picture="events"></div>',
    "positions.md": '<div class="tl-picture" data-picture="statements"></div>',
}
# The id of the generated title of event and statement pages, where "Skip to content" leads.
TITLE_ANCHOR = "tl-title"


def content_page(build: Build, uri: str) -> Record | None:
    """The collected page behind a content file (an event, statement, actor, source or topic)."""
    data = build.data
    kind, _, name = uri.partition("/")
    table = {
        "events": data.event_by_id,
        "statements": data.statement_by_id,
        "actors": data.actors,
        "sources": data.sources,
        "topics": data.topics,
    }.get(kind, {})
    return table.get(posixpath.splitext(name)[0])


def read_source(build: Build, uri: str) -> str | None:
    """A content page's body under an empty front matter: its YAML was read and checked when collected,
    and MkDocs need not parse thousands of pages' again (``frame_markdown`` gives back the meta)."""
    collected = content_page(build, uri)
    return None if collected is None else "---\n{}\n---\n" + collected.body


def frame_markdown(build: Build, markdown: str, page, config) -> str:
    """The page's Markdown with what is generated for it (its HTML blocks set aside) around the body."""
    blocks: list = []
    framed = _frame(build, markdown, page, config, lambda out: render.stash_html(out, blocks, build.headings))
    if blocks:
        build.stashed[page.file.src_uri] = blocks
    return framed


def _edit_folder(build: Build, page, config, folder: str) -> None:
    """Point a generated page's "edit" link at the content/ folder whose pages feed it."""
    url = repo.folder_url(config, build.branch, folder)
    if url:
        page.edit_url = url


def _frame(build: Build, markdown: str, page, config, stash) -> str:
    data, uri, link = build.data, page.file.src_uri, linker(build, page)
    if uri in VIRTUAL:
        if uri in FEEDS:
            _edit_folder(build, page, config, FEEDS[uri])
        return stash(_aggregate(build, page, link, lambda to: _virtual(build, uri, to)))
    if uri in build.period_index:
        page.meta["search"] = {"exclude": True}  # every event on it has a page of its own
        _edit_folder(build, page, config, "events")
        return stash(_aggregate(build, page, link, lambda to: _virtual(build, uri, to)))
    collected = content_page(build, uri)
    if collected is None:
        return markdown
    page.meta = collected.front_matter()
    kind = collected.folder
    make = {
        "events": render.event_sections,
        "statements": render.statement_sections,
        "actors": render.actor_sections,
        "sources": render.source_sections,
    }.get(kind, render.topic_sections)
    sections = _sections(build, collected, page, link, lambda to: make(data, collected, to))
    # Events and statements are framed in HTML around the body after conversion, not in Markdown:
    # a statement's body is mostly empty, and Markdown skips an empty page.
    if kind == "events":
        build.around[uri] = sections
        return markdown
    if kind == "statements":
        page.meta["title"] = render.statement_title(data, collected)
        build.around[uri] = sections
        return markdown
    if kind == "actors":
        page.meta["title"] = collected.name
    elif kind == "topics":
        page.meta["title"] = collected.label
    return f"{markdown}\n\n{stash(sections)}"


def _sections(build: Build, collected: Record, page, link, make):
    """The sections of a content page: remembered from an earlier build (``generator.site.framed``) when
    nothing they show changed, else rendered (and remembered)."""
    if build.framed is None:
        return make(link)
    key = build.framed.key(build.data, collected, page.file.src_uri, page.url)
    return build.framed.render(key, link, make)


def _virtual(build: Build, uri: str, link) -> str:
    """The Markdown of an aggregate page, or of a period page of the timeline."""
    data = build.data
    if uri == "timeline.md":  # searched for its key dates only: every event has a page of its own
        return render.timeline_page(data, link, build.paged_by, build.periods, _markers(build, link))
    if uri in build.period_index:
        index = build.period_index[uri]
        return render.timeline_period_page(data, build.periods, index, link, _markers(build, link))
    return VIRTUAL[uri](data, link)


def _aggregate(build: Build, page, link, make) -> str:
    """An aggregate page's Markdown: remembered from an earlier build when nothing of the content changed."""
    if build.framed is None:
        return make(link)
    key = build.framed.page_key(build.data, page.file.src_uri, page.url)
    return build.framed.render(key, link, make)


def frame_html(build: Build, html: str, page) -> str:
    """Clean the HTML of the page's Markdown (contributors' Markdown may carry raw HTML or script links),
    put back the generated blocks, then draw the pictures into their placeholders: they are built here
    from escaped text, and the cleaner does not keep SVG."""
    uri = page.file.src_uri
    # The blocks set aside were generated from escaped text and validated ids and addresses.
    blocks = build.stashed.pop(uri, [])
    write = headings.writer(page, build.headings) if build.headings is not None else None
    html, late = render.unstash_html(clean_html(html), blocks, write)
    if uri in build.around:
        head, tail = build.around.pop(uri)
        marker = render.late_marker("tail")
        html = f"{_title_heading(page)}{head}\n{html}\n{marker}"
        late.append((marker, tail))  # the sources: search skips them
    if late:
        build.late[uri] = late
    if uri not in PICTURES or PICTURES[uri] not in html:
        return html
    return html.replace(PICTURES[uri], _picture(build, page))


def _picture(build: Build, page) -> str:
    """The SVG of the timeline (its marked days and milestones linked) or of the positions."""
    if page.file.src_uri != "timeline.md":
        return statements_figure(build.data)
    link = linker(build, page)
    markers = _markers(build, link)

    def month_url(day: dt.date) -> str:
        uri, anchor = render.timeline_anchor(build.paged_by, build.periods, day)
        return f"{link(uri)}#{anchor}"

    return events_figure(build.data, link, markers, month_url)


def _markers(build: Build, link) -> list[Marker]:
    """The key dates: the days mkdocs.yml marks (the summit), then every event marked as a milestone."""
    return build.markers + [
        Marker(day, ev.milestone, link(ev.uri))
        for ev in build.data.events
        if ev.milestone and (day := start_of(ev.date))
    ]


def _title_heading(page) -> str:
    """The h1 of an event or statement page, and its "On this page": the body's headings, then the
    generated "Sources". MkDocs built the contents from the Markdown alone; the theme links "Skip to
    content" to their first entry, so the title comes first (the theme prints no h1 of its own when the
    page has one; search takes it for the title of the page's own entry)."""
    sources = AnchorLink("Sources", "sources", 2)
    items = page.toc.items
    if items and items[0].level == 1:  # the contributor wrote an h1
        items[0].children.append(sources)
        return ""
    title = AnchorLink(str(escape(page.title)), TITLE_ANCHOR, 1)  # a contents entry is HTML
    title.children = [*items, sources]
    page.toc.items = [title]
    return f'<h1 id="{TITLE_ANCHOR}">{escape(page.title)}</h1>\n'


def titles_as_text(build: Build, page) -> None:
    """Give the search plugin the page title as text: it puts the title into its index as HTML
    (Material shows results' titles as HTML), and escapes only what it reads from the page's HTML.
    Escaped as it escapes that text (&, <, >), so a title reads and is found the same either way."""
    title, meta_title = page.title, page.meta.get("title")
    build.titles[page.file.src_uri] = (title, meta_title)
    if isinstance(title, str) and not isinstance(title, Markup):
        page.title = html_text.escape(title, quote=False)
    if isinstance(meta_title, str) and not isinstance(meta_title, Markup):
        page.meta["title"] = html_text.escape(meta_title, quote=False)


def after_search(build: Build, page) -> None:
    """Put in the generated blocks search skips, and escape the page title and description: the theme
    prints them unescaped in <title>, the header, the nav and <meta name="description">."""
    for marker, block in build.late.pop(page.file.src_uri, []):
        page.content = page.content.replace(marker, block, 1)
    title, meta_title = build.titles.pop(page.file.src_uri, (page.title, page.meta.get("title")))
    if title is not None:
        page.title = title if isinstance(title, Markup) else escape(title)
    if isinstance(meta_title, str):
        page.meta["title"] = meta_title if isinstance(meta_title, Markup) else escape(meta_title)
    if isinstance(page.meta.get("description"), str) and not isinstance(page.meta["description"], Markup):
        page.meta["description"] = escape(page.meta["description"])
