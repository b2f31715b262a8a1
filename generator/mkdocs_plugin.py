"""The MkDocs plugin: thin dispatch from MkDocs events to ``generator.site``.

on_config  validate content/ (every problem reported, the build stops) before
           MkDocs lists it (MkDocs follows symbolic links);
on_files   drop every file generator.gate does not allow, add the aggregate
           pages as virtual files;
on_page_markdown
           fill virtual pages, and frame each content page (event, statement,
           actor, source, topic) with what is collected about it.
"""

from __future__ import annotations

import datetime as dt
import functools
import html as html_text
import os
import posixpath
import re
import subprocess
from pathlib import Path

from markupsafe import Markup, escape
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.toc import AnchorLink

from . import gate
from .content.dates import start as start_of
from .content.kinds import Record
from .errors import TimelineError
from .site import render
from .site.collect import SiteData, collect
from .site.exports import build_exports
from .site.picture import Marker, events_figure, statements_figure
from .site.sanitize import clean_html

VIRTUAL = {
    "timeline.md": render.timeline_page,
    "positions.md": render.positions_page,
    "actors/index.md": render.actors_index,
    "sources/index.md": render.sources_index,
}
ASSETS = ("timeline.css", "timeline.js")
# Pages whose every entry is also a page of its own: indexing them again would only double the search index.
UNSEARCHED = {"timeline.md"}
# What a contributor edits to change a generated page: the folder whose pages feed it.
FEEDS = {
    "timeline.md": "events",
    "positions.md": "statements",
    "actors/index.md": "actors",
    "sources/index.md": "sources",
}


def repository_url() -> str | None:
    """The GitHub repository this site is built from: GitHub Actions' variables, else git's origin."""
    if os.environ.get("GITHUB_REPOSITORY"):
        server = os.environ.get("GITHUB_SERVER_URL", "https://github.com")
        return f"{server}/{os.environ['GITHUB_REPOSITORY']}"
    try:
        origin = subprocess.run(
            ["git", "config", "--get", "remote.origin.url"], capture_output=True, text=True, timeout=5
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    m = re.match(r"^(?:git@github\.com:|https://github\.com/)(?P<repo>[^/]+/[^/]+?)(?:\.git)?$", origin)
    return f"https://github.com/{m['repo']}" if m else None


def pages_url() -> str | None:
    """Where GitHub Pages serves this repository, from GitHub Actions' ``GITHUB_REPOSITORY``:
    ``https://owner.github.io/repo/``, or the root for a repository named ``owner.github.io``.
    None off GitHub Actions, on GitHub Enterprise servers, or for a value that is not owner/name."""
    if os.environ.get("GITHUB_SERVER_URL", "https://github.com").rstrip("/") != "https://github.com":
        return None  # an Enterprise server's Pages live elsewhere: set site_url in mkdocs.yml
    m = re.fullmatch(r"(?P<owner>[A-Za-z0-9-]+)/(?P<name>[A-Za-z0-9._-]+)", os.environ.get("GITHUB_REPOSITORY", ""))
    if not m or m["name"] in (".", ".."):
        return None
    host = f"{m['owner'].lower()}.github.io"
    return f"https://{host}/" if m["name"].lower() == host else f"https://{host}/{m['name']}/"


THEME = Path(__file__).parent / "site" / "theme"


@functools.lru_cache(maxsize=65536)
def _url_parts(url: str) -> tuple[str, ...]:
    """A site URL's path segments, normalised as MkDocs' get_relative_url does."""
    path = posixpath.normpath("/" + url.lstrip("/"))[1:]
    return tuple(path.split("/")) if path else ()


class TimelinePluginConfig(Config):
    css = c.Type(bool, default=True)
    """Add the plugin's stylesheet (date badges, chips, the matrix)."""
    branch = c.Type(str, default="main")
    """The branch "edit this page" links point at."""
    markers = c.ListOfItems(c.Type(dict), default=[])
    """Days marked across the timeline's picture: ``{date: YYYY-MM-DD, label: ...}`` (e.g. the summit)."""
    page_size = c.Type(int, default=300)
    """Events the timeline shows on one page; beyond that it is split by year, or by month."""


# Placeholders the page templates leave for the pictures; filled after the HTML is cleaned.
PICTURES = {
    "timeline.md": '<div class="tl-picture" data-picture="events"></div>',
    "positions.md": '<div class="tl-picture" data-picture="statements"></div>',
}


def _markers(entries: list[dict]) -> list[Marker]:
    markers = []
    for i, entry in enumerate(entries):
        day, label = entry.get("date"), entry.get("label")
        try:
            day = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day))
        except ValueError:
            raise PluginError(f"mkdocs.yml: timeline markers[{i}]: date {day!r} is not YYYY-MM-DD") from None
        if not isinstance(label, str) or not label.strip():
            raise PluginError(f"mkdocs.yml: timeline markers[{i}]: a label is needed")
        markers.append(Marker(day, label))
    return markers


class TimelinePlugin(BasePlugin[TimelinePluginConfig]):
    """Generates the timeline, positions, actor and source pages from content/ front matter."""

    def __init__(self) -> None:
        self.data: SiteData | None = None
        self.files: Files | None = None
        self.paged_by = "one"
        self.periods: list[render.Period] = []
        self.period_index: dict[str, int] = {}
        self.urls: dict[str, str] | None = None  # content path -> site URL, once the files are known
        self.around: dict[str, tuple[str, str]] = {}  # event/statement page -> HTML above and below its body
        self.stashed: dict[str, list[str]] = {}  # page -> HTML blocks set aside from its Markdown
        self.late: dict[str, list[tuple[str, str]]] = {}  # page -> (marker, block) put in after search
        self.allowed: set[str] = set()  # the src_uri of every file of content/ generator.gate allows
        self.titles: dict[str, tuple[object, object]] = {}  # page -> (title, meta title) while search reads it

    def on_config(self, config):
        if self.config.css and "assets/timeline.css" not in config.extra_css:
            config.extra_css.append("assets/timeline.css")
        if "assets/timeline.js" not in [str(s) for s in config.extra_javascript]:
            config.extra_javascript.append("assets/timeline.js")
        if not config.site_url:
            # Under a project path (owner.github.io/repo/) the 404 page, the sitemap and the feed need the
            # site's address; GitHub Actions tells where Pages serves it. Off Actions nothing changes.
            config.site_url = pages_url()
        # The theme overrides (the feed in every page's <head>) come after a custom_dir of the project's own.
        if str(THEME) not in config.theme.dirs:
            config.theme.dirs.insert(1 if config.theme.custom_dir else 0, str(THEME))
        if not config.repo_url:
            # "Edit this page" needs the repository; find it rather than ask every fork to configure it.
            url = repository_url()
            if url:
                config.repo_url = url
                config.edit_uri = config.edit_uri or f"edit/{self.config.branch}/{Path(config.docs_dir).name}/"
        # Checked here, before MkDocs walks docs_dir: it follows symbolic links (a link to / or to a parent
        # would have it read the machine's files). The problems read as `timeline check` prints them.
        docs = _shown(config.docs_dir)
        try:
            self.data = collect(docs)
        except TimelineError as exc:
            raise PluginError("content/ has problems:\n" + "\n".join(str(p) for p in exc.problems)) from None
        self.allowed = gate.allowed_uris(gate.scan(docs), docs)
        return config

    def on_files(self, files: Files, *, config) -> Files:
        # Only what generator.gate allows is published, whatever else MkDocs found in docs_dir: a file
        # there that was not validated (an .html, an .svg, a .js shadowing the theme's) never reaches site/.
        files = published_only(files, config.docs_dir, self.allowed)
        if self.config.page_size < 1:
            raise PluginError("mkdocs.yml: timeline page_size must be at least 1")
        for uri in VIRTUAL:
            if files.get_file_from_path(uri) is None:
                files.append(File.generated(config, uri, content=""))
        self.paged_by, self.periods = render.timeline_periods(self.data, self.config.page_size)
        self.period_index = {p.uri: i for i, p in enumerate(self.periods)}
        for uri in self.period_index:
            if files.get_file_from_path(uri) is None:
                files.append(File.generated(config, uri, content="", inclusion=InclusionLevel.NOT_IN_NAV))
        for name in ASSETS:
            content = (Path(__file__).parent / "site" / "assets" / name).read_text(encoding="utf-8")
            files.append(File.generated(config, f"assets/{name}", content=content))
        exports = build_exports(self.data, config.site_name, config.site_url or "")
        for name, text in exports.items():
            files.append(File.generated(config, name, content=text))
        self.files = files
        self.urls = None
        return files

    def _linker(self, page):
        """``link(content path)`` -> the URL of that page relative to ``page`` (MkDocs' get_relative_url,
        with the page's side worked out once: a source page links to thousands of others)."""
        if self.urls is None:
            self.urls = {f.src_uri: f.url for f in self.files or []}
        urls = self.urls
        here = page.url
        directory, _, name = here.rpartition("/")
        here_parts = _url_parts(directory if "." in name else here)

        def link(target: str) -> str:
            url = urls.get(target, target)
            parts = _url_parts(url)
            common = 0
            for a, b in zip(here_parts, parts, strict=False):
                if a != b:
                    break
                common += 1
            relative = "/".join((*[".."] * (len(here_parts) - common), *parts[common:])) or "."
            return relative + "/" if url.endswith("/") else relative

        return link

    def _content_page(self, uri: str) -> Record | None:
        """The collected page behind a content file (an event, statement, actor, source or topic)."""
        data = self.data
        if data is None:
            return None
        kind, _, name = uri.partition("/")
        table = {
            "events": data.event_by_id,
            "statements": data.statement_by_id,
            "actors": data.actors,
            "sources": data.sources,
            "topics": data.topics,
        }.get(kind, {})
        return table.get(posixpath.splitext(name)[0])

    def on_page_read_source(self, *, page, config) -> str | None:
        """Content pages were read and checked when collected: MkDocs gets the body with an empty front
        matter, and so does not parse thousands of pages' YAML again; on_page_markdown gives back the meta."""
        collected = self._content_page(page.file.src_uri)
        return None if collected is None else "---\n{}\n---\n" + collected.body

    def on_page_markdown(self, markdown: str, *, page, config, files) -> str:
        if self.data is None:
            return markdown
        blocks: list[str] = []
        framed = self._frame(markdown, page, config, lambda generated: render.stash_html(generated, blocks))
        if blocks:
            self.stashed[page.file.src_uri] = blocks
        return framed

    def _edit_folder(self, page, config, folder: str) -> None:
        """Point a generated page's "edit" link at the content/ folder whose pages feed it."""
        if config.repo_url:
            docs = Path(config.docs_dir).name
            page.edit_url = f"{config.repo_url.rstrip('/')}/tree/{self.config.branch}/{docs}/{folder}"

    def _frame(self, markdown: str, page, config, stash) -> str:
        """The page's Markdown with what is generated for it (``stash``-ed) around the contributor's body."""
        data = self.data
        uri = page.file.src_uri
        link = self._linker(page)
        if uri in VIRTUAL:
            if uri in FEEDS:
                self._edit_folder(page, config, FEEDS[uri])
            if uri in UNSEARCHED:
                page.meta["search"] = {"exclude": True}
            if uri == "timeline.md":
                return stash(render.timeline_page(data, link, self.paged_by, self.periods))
            return stash(VIRTUAL[uri](data, link))
        if uri in self.period_index:
            page.meta["search"] = {"exclude": True}  # every event on it has a page of its own
            self._edit_folder(page, config, "events")
            return stash(render.timeline_period_page(data, self.periods, self.period_index[uri], link))
        collected = self._content_page(uri)
        if collected is None:
            return markdown
        page.meta = collected.front_matter()
        kind = collected.folder
        # Events and statements are framed in HTML around the body after conversion, not in Markdown:
        # a statement's body is mostly empty, and Markdown skips an empty page.
        if kind == "events":
            self.around[uri] = render.event_sections(data, collected, link)
            return markdown
        if kind == "statements":
            page.meta["title"] = render.statement_title(data, collected)
            self.around[uri] = render.statement_sections(data, collected, link)
            return markdown
        if kind == "actors":
            page.meta["title"] = collected.name
            return f"{markdown}\n\n{stash(render.actor_sections(data, collected, link))}"
        if kind == "sources":
            return f"{markdown}\n\n{stash(render.source_sections(data, collected, link))}"
        page.meta["title"] = collected.label  # a topic
        return f"{markdown}\n\n{stash(render.topic_sections(data, collected, link))}"

    def on_page_content(self, html: str, *, page, config, files) -> str:
        """Clean the HTML of every page's Markdown (contributors' Markdown may carry raw HTML or script
        links), put back the generated blocks, then draw the pictures into their placeholders: they are
        built here from escaped text, and the cleaner does not keep SVG."""
        uri = page.file.src_uri
        # What MkDocs made of the page's Markdown is cleaned; the blocks set aside were generated from
        # escaped text and validated ids and addresses, and go back in after.
        html, late = render.unstash_html(clean_html(html), self.stashed.pop(uri, []))
        if uri in self.around:
            head, tail = self.around.pop(uri)
            marker = render.late_marker("tail")
            html = f"{_title_heading(page)}{head}\n{html}\n{marker}"
            late.append((marker, tail))  # the sources: search skips them
        if late:
            self.late[uri] = late
        if self.data is None or uri not in PICTURES or PICTURES[uri] not in html:
            return html
        link = self._linker(page)
        if uri == "timeline.md":
            markers = _markers(self.config.markers) + [
                Marker(day, ev.milestone, link(ev.uri))
                for ev in self.data.events
                if ev.milestone and (day := start_of(ev.date))
            ]

            def month_url(day: dt.date) -> str:
                uri, anchor = render.timeline_anchor(self.paged_by, self.periods, day)
                return f"{link(uri)}#{anchor}"

            figure = events_figure(self.data, link, markers, month_url)
        else:
            figure = statements_figure(self.data)
        return html.replace(PICTURES[uri], figure)

    @event_priority(100)  # before the search plugin indexes the page
    def _titles_as_text(self, context, *, page, config, nav):
        """Give the search plugin the page title as text: it puts the title into its index as HTML
        (Material shows results' titles as HTML), and escapes only what it reads from the page's HTML.
        Escaped as it escapes that text (&, <, >), so a title reads and is found the same either way."""
        title, meta_title = page.title, page.meta.get("title")
        self.titles[page.file.src_uri] = (title, meta_title)
        if isinstance(title, str) and not isinstance(title, Markup):
            page.title = html_text.escape(title, quote=False)
        if isinstance(meta_title, str) and not isinstance(meta_title, Markup):
            page.meta["title"] = html_text.escape(meta_title, quote=False)
        return context

    @event_priority(-100)  # after the search plugin has indexed the page
    def _after_search(self, context, *, page, config, nav):
        """Put in the generated blocks search skips, and escape the page title and description: the theme
        prints them unescaped in <title>, the header, the nav and <meta name="description">."""
        for marker, block in self.late.pop(page.file.src_uri, []):
            page.content = page.content.replace(marker, block, 1)
        title, meta_title = self.titles.pop(page.file.src_uri, (page.title, page.meta.get("title")))
        if title is not None:
            page.title = title if isinstance(title, Markup) else escape(title)
        if isinstance(meta_title, str):
            page.meta["title"] = meta_title if isinstance(meta_title, Markup) else escape(meta_title)
        if isinstance(page.meta.get("description"), str) and not isinstance(page.meta["description"], Markup):
            page.meta["description"] = escape(page.meta["description"])
        return context

    on_page_context = CombinedEvent(_titles_as_text, _after_search)


def published_only(files: Files, docs_dir: str, allowed: set[str]) -> Files:
    """``files`` without every file of ``docs_dir`` not in ``allowed``; the theme's and generated files stay."""
    docs = os.path.abspath(docs_dir)
    for file in list(files):
        from_docs = file.generated_by is None and file.src_dir and os.path.abspath(file.src_dir) == docs
        if from_docs and file.src_uri not in allowed:
            files.remove(file)
    return files


def _shown(docs_dir: str) -> Path:
    """docs_dir as `timeline check` names it: relative to the working folder when inside it."""
    relative = os.path.relpath(docs_dir)
    return Path(docs_dir) if relative.startswith("..") else Path(relative)


# The id of the generated title of event and statement pages, where "Skip to content" leads.
TITLE_ANCHOR = "tl-title"


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
