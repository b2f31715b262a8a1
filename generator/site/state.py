"""What one build of the site knows between MkDocs' events, the files it adds to MkDocs' listing, and the
plugin's own kind of setting in mkdocs.yml (declared as MkDocs' ``config_options`` declares its own)."""

from __future__ import annotations

import datetime as dt
import os
import posixpath
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.config.base import BaseConfigOption, Config, ValidationError
from mkdocs.structure.files import File, Files, InclusionLevel

from . import jinja, render
from .collect import SiteData
from .exports import build_exports
from .framed import FramedSections
from .headings import Style
from .picture import Marker
from .searched import SearchedEntries

VIRTUAL = {
    "timeline.md": render.timeline_page,
    "positions.md": render.positions_page,
    "actors/index.md": render.actors_index,
    "sources/index.md": render.sources_index,
}
ASSETS = ("timeline.css", "timeline.js")
ASSET_DIR = Path(__file__).parent / "assets"
THEME = Path(__file__).parent / "theme"


@dataclass
class Build:
    """One build's collected content and the pieces of pages set aside between events."""

    data: SiteData
    branch: str = "main"
    markers: list[Marker] = field(default_factory=list)
    allowed: set[str] = field(default_factory=set)  # the src_uri of every file of content/ the gate allows
    paged_by: str = "one"
    periods: list[render.Period] = field(default_factory=list)
    period_index: dict[str, int] = field(default_factory=dict)
    files: Files | None = None
    urls: dict[str, str] | None = None  # content path -> site URL, once every plugin has added its files
    around: dict[str, tuple[str, str]] = field(default_factory=dict)  # page -> HTML above and below its body
    stashed: dict[str, list] = field(default_factory=dict)  # page -> HTML blocks (and headings) set aside
    late: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # page -> (marker, block) after search
    titles: dict[str, tuple[object, object]] = field(default_factory=dict)  # page -> titles while search reads
    url_parts: dict[str, list[str]] = field(default_factory=dict)  # a site URL -> its parts (``linker``)
    framed: FramedSections | None = None  # the sections remembered across builds (None: render every one)
    headings: Style | None = None  # how the toc extension writes headings (None: generated ones stay Markdown)
    searched: SearchedEntries | None = None  # the search entries remembered across builds (None: index all)


def add_assets(config, css: bool) -> None:
    """The plugin's stylesheet and script in every page, and its theme overrides (the feed in every page's
    <head>) after a project's own custom_dir, so the project's still win."""
    if css and "assets/timeline.css" not in config.extra_css:
        config.extra_css.append("assets/timeline.css")
    if "assets/timeline.js" not in [str(s) for s in config.extra_javascript]:
        config.extra_javascript.append("assets/timeline.js")
    if str(THEME) not in config.theme.dirs:
        config.theme.dirs.insert(1 if config.theme.custom_dir else 0, str(THEME))


def add_generated(build: Build, files: Files, config, page_size: int) -> Files:
    """``files`` with the aggregate pages, the timeline's period pages, the assets and the exports added
    as generated files (a page a contributor wrote under the same name is kept)."""
    for uri in VIRTUAL:
        if files.get_file_from_path(uri) is None:
            files.append(File.generated(config, uri, content=""))
    build.paged_by, build.periods = render.timeline_periods(build.data, page_size)
    build.period_index = {p.uri: i for i, p in enumerate(build.periods)}
    for uri in build.period_index:
        if files.get_file_from_path(uri) is None:
            files.append(File.generated(config, uri, content="", inclusion=InclusionLevel.NOT_IN_NAV))
    for name in ASSETS:
        files.append(File.generated(config, f"assets/{name}", content=(ASSET_DIR / name).read_text(encoding="utf-8")))
    for name, text in build_exports(build.data, config.site_name, config.site_url or "").items():
        files.append(File.generated(config, name, content=text))
    build.files, build.urls = files, None
    return files


def published_only(files: Files, docs_dir: str, allowed: set[str]) -> Files:
    """``files`` without every file of ``docs_dir`` not in ``allowed``; the theme's and generated files stay."""
    docs = os.path.abspath(docs_dir)
    for file in list(files):
        from_docs = file.generated_by is None and file.src_dir and os.path.abspath(file.src_dir) == docs
        if from_docs and file.src_uri not in allowed:
            files.remove(file)
    return files


def without_our_templates(files: Files, config) -> Files:
    """``files`` without the theme's copies of our templates: MkDocs publishes every file of a custom_dir
    that is not one of its own templates, and ``timeline/*.j2`` there are ours to render, not to publish."""
    theme_dirs = {os.path.abspath(d) for d in config.theme.dirs}
    for file in list(files):
        in_theme = file.generated_by is None and file.src_dir and os.path.abspath(file.src_dir) in theme_dirs
        if in_theme and file.src_uri.startswith(f"{jinja.PREFIX}/") and file.src_uri.endswith(".j2"):
            files.remove(file)
    return files


def linker(build: Build, page) -> render.Link:
    """``link(content path)`` -> the URL of that page relative to ``page``, as MkDocs' get_relative_url gives it.
    Each target is worked out once per page (a source page links to the same actors on every row), and each
    URL is split once per build: thousands of pages link to the same few hundred."""
    if build.urls is None:
        build.urls = {f.src_uri: f.url for f in build.files or []}
        if build.framed is not None:  # the same URLs as the build that remembered its sections: no link moved
            build.framed.use_urls(build.urls)
    urls, parts, seen = build.urls, build.url_parts, {}
    # get_relative_url's steps, with the page's own parts split once.
    here = page.url
    folder, _, name = here.rpartition("/")
    here_parts = _url_parts(folder if "." in name else here)

    def link(target: str) -> str:
        relative = seen.get(target)
        if relative is None:
            url = urls.get(target, target)
            dest = parts.get(url)
            if dest is None:
                dest = parts[url] = _url_parts(url)
            common = 0
            for a, b in zip(here_parts, dest, strict=False):
                if a != b:
                    break
                common += 1
            relative = "/".join([".."] * (len(here_parts) - common) + dest[common:]) or "."
            relative = seen[target] = relative + "/" if url.endswith("/") else relative
        return relative

    return link


def _url_parts(path: str) -> list[str]:
    """A URL path's normalised parts, as MkDocs' get_relative_url splits them."""
    path = posixpath.normpath(path if path.startswith("/") else "/" + path)[1:]
    return path.split("/") if path else []


class Markers(BaseConfigOption[list[Marker]]):
    """Days marked across the timeline's picture: a list of ``{date: YYYY-MM-DD, label: ...}``.

    Every entry is checked before one report, a line per problem naming the configuration file, so a
    contributor fixes them all at once rather than one per build.
    """

    def __init__(self) -> None:
        super().__init__()
        self.default = []
        self.file = "mkdocs.yml"

    def pre_validation(self, config: Config, key_name: str) -> None:
        if config.config_file_path:
            relative = os.path.relpath(config.config_file_path)
            self.file = config.config_file_path if relative.startswith("..") else relative

    def run_validation(self, value: object) -> list[Marker]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise ValidationError(f"{self.file}: timeline markers: a list of {{date, label}} is needed")
        markers, problems = [], []
        for i, entry in enumerate(value):
            marker = _marker(entry)
            if isinstance(marker, Marker):
                markers.append(marker)
            else:
                problems.append(f"{self.file}: timeline markers[{i}]: {marker}")
        if problems:
            raise ValidationError("\n".join(problems))
        return markers


def _marker(entry: object) -> Marker | str:
    """The marker an entry declares, or what is wrong with it."""
    if not isinstance(entry, dict):
        return "a {date, label} mapping is needed"
    day, label = entry.get("date"), entry.get("label")
    if not isinstance(day, dt.date):
        try:
            day = dt.date.fromisoformat(str(day))
        except ValueError:
            return f"date {day!r} is not YYYY-MM-DD"
    if not isinstance(label, str) or not label.strip():
        return "a label is needed"
    return Marker(day, label)
