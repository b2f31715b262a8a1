"""The MkDocs plugin: thin dispatch from MkDocs events to ``generator.site``.

on_files   validate content/ (every problem reported, the build stops) and add
           the aggregate pages as virtual files;
on_page_markdown
           fill virtual pages, and frame each content page (event, statement,
           actor, source, topic) with what is collected about it.
"""

from __future__ import annotations

import datetime as dt
import os
import posixpath
import re
import subprocess
from pathlib import Path

from markupsafe import Markup, escape
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.utils import get_relative_url

from .errors import TimelineError
from .site import render
from .site.collect import SiteData, collect
from .site.exports import build_exports
from .site.picture import Marker, events_svg, statements_svg
from .site.sanitize import clean_html
from .timex.calendar import start_of

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


class TimelinePluginConfig(Config):
    css = c.Type(bool, default=True)
    """Add the plugin's stylesheet (date badges, chips, the matrix)."""
    branch = c.Type(str, default="main")
    """The branch "edit this page" links point at."""
    markers = c.ListOfItems(c.Type(dict), default=[])
    """Days marked across the timeline's picture: ``{date: YYYY-MM-DD, label: ...}`` (e.g. the summit)."""


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

    def on_config(self, config):
        if self.config.css and "assets/timeline.css" not in config.extra_css:
            config.extra_css.append("assets/timeline.css")
        if "assets/timeline.js" not in [str(s) for s in config.extra_javascript]:
            config.extra_javascript.append("assets/timeline.js")
        if not config.repo_url:
            # "Edit this page" needs the repository; find it rather than ask every fork to configure it.
            url = repository_url()
            if url:
                config.repo_url = url
                config.edit_uri = config.edit_uri or f"edit/{self.config.branch}/{Path(config.docs_dir).name}/"
        return config

    def on_files(self, files: Files, *, config) -> Files:
        try:
            self.data = collect(Path(config.docs_dir))
        except TimelineError as exc:
            raise PluginError("content/ has problems:\n" + "\n".join(str(p) for p in exc.problems)) from None
        for uri in VIRTUAL:
            if files.get_file_from_path(uri) is None:
                files.append(File.generated(config, uri, content=""))
        for name in ASSETS:
            content = (Path(__file__).parent / "site" / "assets" / name).read_text(encoding="utf-8")
            files.append(File.generated(config, f"assets/{name}", content=content))
        exports = build_exports(self.data, config.site_name, config.site_url or "")
        for name, text in exports.items():
            files.append(File.generated(config, name, content=text))
        self.files = files
        return files

    def _linker(self, page):
        files = self.files

        def link(target: str) -> str:
            f = files.get_file_from_path(target) if files else None
            url = f.url if f else target
            return get_relative_url(url, page.url)

        return link

    def on_page_markdown(self, markdown: str, *, page, config, files) -> str:
        data = self.data
        if data is None:
            return markdown
        uri = page.file.src_uri
        link = self._linker(page)
        if uri in VIRTUAL:
            if config.repo_url and uri in FEEDS:
                folder = Path(config.docs_dir).name
                page.edit_url = f"{config.repo_url.rstrip('/')}/tree/{self.config.branch}/{folder}/{FEEDS[uri]}"
            if uri in UNSEARCHED:
                page.meta["search"] = {"exclude": True}
            return VIRTUAL[uri](data, link)
        kind, _, name = uri.partition("/")
        page_id = posixpath.splitext(name)[0]
        if kind == "events":
            ev = next((e for e in data.events if e.meta["id"] == page_id), None)
            if ev:
                head, tail = render.event_sections(data, ev, link)
                return f"{head}\n{markdown}\n{tail}"
        elif kind == "statements":
            st = next((s for s in data.statements if s.meta["id"] == page_id), None)
            if st:
                page.meta["title"] = render.statement_title(data, st)
                head, tail = render.statement_sections(data, st, link)
                return f"{head}\n{markdown}\n{tail}"
        elif kind == "actors" and page_id in data.actors:
            page.meta["title"] = data.actors[page_id].meta["name"]
            return f"{markdown}\n{render.actor_sections(data, data.actors[page_id], link)}"
        elif kind == "sources" and page_id in data.sources:
            return f"{markdown}\n{render.source_sections(data, data.sources[page_id], link)}"
        elif kind == "topics" and page_id in data.topics:
            page.meta["title"] = data.topics[page_id].meta["label"]
            return f"{markdown}\n{render.topic_sections(data, data.topics[page_id], link)}"
        return markdown

    def on_page_content(self, html: str, *, page, config, files) -> str:
        """Clean every page's HTML (contributors' Markdown may carry raw HTML or script links), then draw
        the pictures into their placeholders: they are built here from escaped text, and the cleaner
        does not keep SVG."""
        html = clean_html(html)
        uri = page.file.src_uri
        if self.data is None or uri not in PICTURES or PICTURES[uri] not in html:
            return html
        link = self._linker(page)
        if uri == "timeline.md":
            markers = _markers(self.config.markers) + [
                Marker(day, ev.meta["milestone"], link(f"events/{ev.meta['id']}.md"))
                for ev in self.data.events
                if ev.meta.get("milestone") and (day := start_of(ev.meta["date"]))
            ]
            svg = events_svg(self.data, link, markers)
            caption = "Events by side; a bigger dot has more sources. Each dot links to its event."
        else:
            svg = statements_svg(self.data)
            caption = "Statements per week, by the speaker's side."
        figure = f'<figure class="tl-figure">{svg}<figcaption>{caption}</figcaption></figure>' if svg else ""
        return html.replace(PICTURES[uri], figure)

    def on_page_context(self, context, *, page, config, nav):
        """Escape the page title: the theme prints it unescaped in <title>, the header and the nav."""
        if page.title is not None and not isinstance(page.title, Markup):
            page.title = escape(page.title)
        if isinstance(page.meta.get("title"), str) and not isinstance(page.meta["title"], Markup):
            page.meta["title"] = escape(page.meta["title"])
        return context
