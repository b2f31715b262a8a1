"""The MkDocs plugin: only dispatch, from MkDocs' events to plain functions of ``generator.site``.

on_config  validate content/ (every problem reported, the build stops) before MkDocs lists it (MkDocs
           follows symbolic links), and load our templates through the theme's Jinja environment;
on_files   drop every file generator.gate does not allow, add the aggregate pages as generated files;
on_page_read_source / on_page_markdown / on_page_content / on_page_context
           frame each page (site.frame) with what is collected about it, the sections remembered
           across builds (site.framed) when nothing they show changed;
           the search plugin's entries remembered (site.searched) for pages whose HTML did not change;
on_post_build  keep this build's sections and search entries for the next.
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority

from . import gate
from .errors import TimelineError
from .site import frame, framed, headings, jinja, repo, searched, state
from .site.collect import collect
from .site.repo import pages_url, repository_url
from .site.state import ASSETS, VIRTUAL, Markers, published_only

__all__ = ["ASSETS", "VIRTUAL", "TimelinePlugin", "pages_url", "published_only", "repository_url"]


class TimelinePluginConfig(Config):
    css = c.Type(bool, default=True)
    """Add the plugin's stylesheet (date badges, chips, the matrix)."""
    branch = c.Type(str, default="main")
    """The branch "edit this page" links point at."""
    markers = Markers()
    """Days marked across the timeline's picture: ``{date: YYYY-MM-DD, label: ...}`` (e.g. the summit)."""
    page_size = c.Type(int, default=300)
    """Events the timeline shows on one page; beyond that it is split by year, or by month."""


class TimelinePlugin(BasePlugin[TimelinePluginConfig]):
    """Generates the timeline, positions, actor and source pages from content/ front matter."""

    def __init__(self) -> None:
        self.build: state.Build | None = None

    def on_config(self, config):
        state.add_assets(config, self.config.css)
        repo.configure_addresses(config, self.config.branch)
        jinja.use_theme(config.theme)
        # Checked before MkDocs walks docs_dir: it follows symbolic links (a link to / or to a parent would
        # have it read the machine's files). The problems read as `timeline check` prints them.
        docs = _shown(config.docs_dir)
        try:
            data = collect(docs)
        except TimelineError as exc:
            raise PluginError("content/ has problems:\n" + "\n".join(str(p) for p in exc.problems)) from None
        allowed = gate.allowed_uris(gate.scan(docs), docs)
        self.build = state.Build(data, self.config.branch, list(self.config.markers), allowed)
        self.build.headings = headings.style(config)
        # What a section can depend on beyond the rows it shows: our settings and how URLs are made.
        settings = {**dict(self.config), "use_directory_urls": config.use_directory_urls, "theme": config.theme.name}
        self.build.framed = framed.load(Path(config.docs_dir).parent, framed.build_key(config.theme, settings))
        return config

    def on_files(self, files, *, config):
        if self.config.page_size < 1:
            raise PluginError("mkdocs.yml: timeline page_size must be at least 1")
        # Only what generator.gate allows is published, whatever else MkDocs found in docs_dir: a file
        # there that was not validated (an .html, an .svg, a .js shadowing the theme's) never reaches site/.
        files = published_only(files, config.docs_dir, self.build.allowed)
        files = state.without_our_templates(files, config)
        # Every plugin's on_config has run: the search plugin's index of this build exists.
        self.build.searched = searched.attach(config.plugins, Path(config.docs_dir).parent)
        return state.add_generated(self.build, files, config, self.config.page_size)

    def on_page_read_source(self, *, page, config):
        return frame.read_source(self.build, page.file.src_uri)

    def on_page_markdown(self, markdown, *, page, config, files):
        return frame.frame_markdown(self.build, markdown, page, config)

    def on_page_content(self, html, *, page, config, files):
        return frame.frame_html(self.build, html, page)

    @event_priority(100)  # before the search plugin indexes the page
    def _titles_as_text(self, context, *, page, config, nav):
        frame.titles_as_text(self.build, page)
        return context

    @event_priority(-100)  # after the search plugin has indexed the page
    def _after_search(self, context, *, page, config, nav):
        frame.after_search(self.build, page)
        return context

    on_page_context = CombinedEvent(_titles_as_text, _after_search)

    def on_post_build(self, *, config):
        if self.build is not None and self.build.framed is not None:
            self.build.framed.save()
        if self.build is not None and self.build.searched is not None:
            self.build.searched.save()
        jinja.use_theme(None)  # the next render outside a build (or the next build) starts from our templates


def _shown(docs_dir: str) -> Path:
    """docs_dir as `timeline check` names it: relative to the working folder when inside it."""
    relative = os.path.relpath(docs_dir)
    return Path(docs_dir) if relative.startswith("..") else Path(relative)
