"""The sections framed around content pages, remembered across builds by exactly what they show.

``timeline build`` renders, for every event, statement, actor, source and topic page, the HTML around its
body (``generator.site.render``): on a thousand-article corpus that is most of the time our plugin adds to
MkDocs'. A section is kept in the user cache folder (``generator.userdirs``), never in the checkout, under a
hash of what it shows:

- the build: the generator's code, the template sources as the theme resolves them (a ``custom_dir``
  override among them), the versions of Jinja, MarkupSafe and MkDocs, and the config values that can change
  a section (the plugin's settings, ``use_directory_urls``);
- the page: its path and URL, and its rows (``_row_digest``: the record, with its body, the names and sides
  of its actors, the labels of its topics, the records of its sources); an actor, source or topic page
  hashes every row it lists, an actor page also every topic's label;
- the links: every link the section made is stored with its target, and a remembered section is used only
  when each target still gives the same relative URL (a renamed or moved page changes it); when every file
  of the site has the URL it had in the build that stored it (``use_urls``), no link can have moved and the
  check is skipped.

The aggregate pages (the timeline and its period pages, the positions, the actors and sources indexes) are
remembered the same way: each shows what it picks from all of the collected content, so its key is its path
and URL with a hash of all of it (``whole``: every event's and statement's row, every actor, source and
topic record); the marked days are settings, already in the build's key.

A missing, unreadable or malformed file is an empty memory; only the sections of this build are saved.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from .. import userdirs
from ..content.kinds import Record
from . import jinja
from .collect import SiteData

FILE = "framed-sections.json"
FORMAT = 1  # bumped when the stored shape changes
Section = str | list[str]  # one block (actor, source, topic) or [head, tail] (event, statement)


@dataclass
class FramedSections:
    """The sections of the last build (``known``) and of this one (``used``, saved in their place)."""

    path: Path | None
    build_key: str
    known: dict[str, dict] = field(default_factory=dict)
    used: dict[str, dict] = field(default_factory=dict)
    hits: int = 0
    known_urls: str | None = None  # the hash of every file's URL in the build that stored ``known``
    urls: str | None = None  # the same of this build, once its files are listed (``use_urls``)
    _rows: dict[int, bytes] = field(default_factory=dict, repr=False)
    _whole: bytes | None = field(default=None, repr=False)

    def key(self, data: SiteData, record: Record, uri: str, url: str) -> str:
        """The key of ``record``'s sections on the page ``uri`` served at ``url``."""
        digest = hashlib.sha256(f"{self.build_key}\0{uri}\0{url}\0".encode())
        for part in _shown(data, record, self._row_digest):
            digest.update(part)
        return digest.hexdigest()[:40]

    def page_key(self, data: SiteData, uri: str, url: str) -> str:
        """The key of the aggregate page ``uri`` served at ``url``: what it shows is picked from all of ``data``."""
        digest = hashlib.sha256(f"{self.build_key}\0{uri}\0{url}\0".encode())
        digest.update(self.whole(data))
        return digest.hexdigest()[:40]

    def whole(self, data: SiteData) -> bytes:
        """A hash of all of the collected content, worked out once per build."""
        if self._whole is None:
            digest = hashlib.sha256()
            for item in (*data.events, *data.statements):
                digest.update(self._row_digest(data, item))
            for table in (data.actors, data.sources, data.topics):
                for record in table.values():
                    digest.update(f"\0{record!r}\0{record.body}".encode())
            self._whole = digest.digest()
        return self._whole

    def use_urls(self, urls: dict[str, str]) -> None:
        """This build's URL of every file (content path -> URL): links made under the same ones still hold."""
        self.urls = hashlib.sha256(repr(sorted(urls.items())).encode()).hexdigest()

    def get(self, key: str, link: Callable[[str], str]) -> Section | None:
        """The remembered section under ``key`` when every link it made still leads where it did."""
        entry = self.known.get(key)
        if entry is None:
            return None
        moved = self.urls is None or self.urls != self.known_urls
        if moved and any(link(target) != url for target, url in entry["links"].items()):
            return None
        self.used[key] = entry
        self.hits += 1
        return entry["out"]

    def render(self, key: str, link: Callable[[str], str], make: Callable[[Callable[[str], str]], Section]) -> Section:
        """The section under ``key``: remembered, or made by ``make(link)`` (its links recorded) and kept."""
        found = self.get(key, link)
        if found is not None:
            return found
        links: dict[str, str] = {}

        def recording(target: str) -> str:
            url = links[target] = link(target)
            return url

        out = make(recording)
        self.used[key] = {"links": links, "out": list(out) if isinstance(out, tuple) else out}
        return out

    def _row_digest(self, data: SiteData, item: Record) -> bytes:
        """A hash of what a row of ``item`` shows (``generator.site.rows``), worked out once per build."""
        found = self._rows.get(id(item))
        if found is None:
            parts = [repr(item), item.body]
            for a in item.actors if hasattr(item, "actors") else [getattr(item, "speaker", None)]:
                actor = data.actors.get(a) if a else None
                parts.append(repr((a, actor.name, actor.side) if actor else (a, None)))
            for t in item.topics:
                topic = data.topics.get(t)
                parts.append(repr((t, topic.label if topic else None)))
            for s in item.sources:
                parts.append(repr(data.sources.get(s.source)))
            found = self._rows[id(item)] = hashlib.sha256("\0".join(parts).encode()).digest()
        return found

    def save(self) -> None:
        """Keep this build's sections (only them: the memory never outgrows the site), when they differ."""
        if self.path is not None and (self.used.keys() != self.known.keys() or self.urls != self.known_urls):
            stored = {"format": FORMAT, "build": self.build_key, "urls": self.urls, "sections": self.used}
            userdirs.write_memory(self.path, stored)


def _shown(data: SiteData, record: Record, row: Callable[[SiteData, Record], bytes]) -> list[bytes]:
    """The hashes of what the sections of ``record``'s page show, by the kind of page."""
    kind = record.folder
    own = [repr(record).encode(), record.body.encode()]
    if kind in ("events", "statements"):
        return [row(data, record)]
    if kind == "actors":
        items = [*data.by_actor_statements.get(record.id, []), *data.by_actor_events.get(record.id, [])]
        labels = repr([(t, p.label) for t, p in data.topics.items()]).encode()
        return [*own, labels, *(row(data, i) for i in items)]
    items = (data.by_source if kind == "sources" else data.by_topic).get(record.id, [])
    return [*own, *(row(data, i) for i in items)]


def build_key(theme, settings: dict) -> str:
    """A hash of what every section depends on: code, templates as the theme resolves them, versions, config."""
    env = jinja.environment(theme)
    names = {p.name for p in jinja.FOLDER.glob("*.j2")}
    for folder in getattr(theme, "dirs", []) if theme is not None else []:
        names.update(p.name for p in (Path(folder) / jinja.PREFIX).glob("*.j2"))
    digest = hashlib.sha256(userdirs.code_fingerprint().encode())
    for name in sorted(names):
        source, _, _ = env.loader.get_source(env, f"{jinja.PREFIX}/{name}")
        digest.update(f"\0{name}\0{source}".encode())
    versions = [metadata.version(p) for p in ("jinja2", "markupsafe", "mkdocs")]
    digest.update(repr((versions, sorted((k, repr(v)) for k, v in settings.items()))).encode())
    return digest.hexdigest()


def load(project: Path, key: str) -> FramedSections:
    """The sections of ``project``'s last build made under ``key`` (none when it differs, or no cache folder)."""
    path = userdirs.memory_file(project, FILE)
    stored = userdirs.read_memory(path, FORMAT) or {}
    sections = stored.get("sections") if stored.get("build") == key else None
    known = {k: v for k, v in sections.items() if _well_formed(v)} if isinstance(sections, dict) else {}
    urls = stored.get("urls") if known else None
    return FramedSections(path, key, known, known_urls=urls if isinstance(urls, str) else None)


def _well_formed(entry: object) -> bool:
    """True for ``{"links": {str: str}, "out": str | [str, str]}``, what ``render`` stores."""
    if not isinstance(entry, dict) or not isinstance(entry.get("links"), dict):
        return False
    out = entry.get("out")
    shaped = isinstance(out, str) or (isinstance(out, list) and len(out) == 2 and all(isinstance(o, str) for o in out))
    return shaped and all(isinstance(k, str) and isinstance(v, str) for k, v in entry["links"].items())
