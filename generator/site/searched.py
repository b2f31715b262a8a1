"""The search plugin's index entries, remembered across builds for pages whose HTML did not change.

Material's search plugin parses the HTML of every page with ``html.parser`` to cut it into the sections its
index holds: on a thousand-article corpus our event, statement and source pages make that several times the
work it is in a plain ``mkdocs build``. What it gives for a page depends only on what it reads of it, so the
entries of a page are kept in the user cache folder (``generator.userdirs``) under a hash of exactly that:

- the build: the versions of MkDocs and Material, the search plugin's settings, this module's format;
- the page: its URL, its HTML as the search plugin sees it (after our ``titles_as_text``, before
  ``after_search``), its table of contents (every anchor's id and URL, nested), its title and the front
  matter the plugin reads (``title``, ``tags``, ``search``).

A page is looked up only when all of that is plain data (str, numbers, booleans, None, dates, lists and
dicts of them: what YAML gives), and its entries are kept only when they are JSON's own types, so a
remembered entry is the one the plugin would make and ``search_index.json`` is byte-identical to a cold
build. With jieba installed (Chinese segmentation, whose dictionaries can change) nothing is remembered.

The cache file is data: a missing, unreadable or malformed one is an empty memory, and every entry read from
it is checked to be of the shape the plugin makes (``_well_formed``) before it is used; only the entries of
this build's pages are saved (under `mkdocs serve --dirty`, which builds only the changed pages, the
others' are kept too).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from markupsafe import Markup

from .. import userdirs

FILE = "searched-entries.json"
FORMAT = 1  # bumped when the stored shape or what a key covers changes
_MATERIAL = "material.plugins.search.plugin"  # the one search plugin whose index we know
_FIELDS = {"location": str, "title": str, "text": str}  # every entry has these; "tags" and "boost" may follow
_ORDER = ("location", "title", "text", "tags", "boost")
_PLAIN = (str, Markup, int, float, bool, type(None), dt.date, dt.datetime)  # their repr is what they are


@dataclass
class SearchedEntries:
    """The entries of the last build (``known``, by page key) and of this one (``used``, saved in their place)."""

    path: Path | None
    build_key: str
    known: dict[str, list[dict]] = field(default_factory=dict)
    used: dict[str, list[dict]] = field(default_factory=dict)
    hits: int = 0
    dirty: bool = False  # `mkdocs serve --dirty` builds only the changed pages: keep the others' entries too

    def page_key(self, page) -> str | None:
        """The key of ``page``'s entries, or None when something the plugin reads of it is not plain data."""
        # The plugin reads ``meta.get("title", page.title)``: a title set to null reads otherwise than none set.
        meta = page.meta
        read = (page.title, "title" in meta, meta.get("title"), meta.get("tags"), meta.get("search"))
        if not isinstance(page.url, str) or not isinstance(page.content, str) or not all(_plain(v) for v in read):
            return None
        toc = _toc(page.toc)
        if toc is None:
            return None
        # The repr holds no NUL (it escapes one), so the HTML after it cannot be taken for a part of it.
        digest = hashlib.sha256(f"{self.build_key}\0{(page.url, toc, read)!r}\0".encode())
        digest.update(page.content.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()[:40]

    def add(self, page, entries: list[dict], index: Callable[[object], None]) -> None:
        """Add ``page``'s entries to the plugin's ``entries``: remembered ones, or those ``index(page)`` adds."""
        key = self.page_key(page)
        found = self.known.get(key) if key is not None else None
        if found is not None:
            entries.extend(_copy(e) for e in found)
            self.used[key] = found
            self.hits += 1
            return
        start = len(entries)
        index(page)
        made = entries[start:]
        if key is not None and all(_well_formed(e) for e in made):
            self.used[key] = [_copy(e) for e in made]

    def save(self) -> None:
        """Keep this build's entries (only them: the memory never outgrows the site), when they differ."""
        pages = {**self.known, **self.used} if self.dirty else self.used
        if self.path is not None and pages.keys() != self.known.keys():
            userdirs.write_memory(self.path, {"format": FORMAT, "build": self.build_key, "pages": pages})


def attach(plugins, project: Path) -> SearchedEntries | None:
    """Remember the entries of Material's search plugin among ``plugins`` (None when there is none, it is
    disabled or jieba segments its text): its index's ``add_entry_from_context`` goes through the memory."""
    search = next((p for p in plugins.values() if type(p).__module__ == _MATERIAL), None)
    index = getattr(search, "search_index", None)
    if search is None or index is None or not search.config.get("enabled", True):
        return None
    module = __import__(_MATERIAL, fromlist=["jieba"])
    if getattr(module, "jieba", None) is not None or not isinstance(getattr(index, "entries", None), list):
        return None
    memory = load(project, build_key(dict(search.config)))
    memory.dirty = getattr(search, "is_dirty", False) is True
    original = index.add_entry_from_context
    index.add_entry_from_context = lambda page: memory.add(page, index.entries, original)
    return memory


def build_key(settings: dict) -> str:
    """A hash of what every page's entries depend on beyond the page: versions and the plugin's settings."""
    versions = [metadata.version(p) for p in ("mkdocs", "mkdocs-material")]
    shown = json.dumps(settings, sort_keys=True, default=repr)
    return hashlib.sha256(repr((FORMAT, versions, shown)).encode()).hexdigest()


def load(project: Path, key: str) -> SearchedEntries:
    """The entries of ``project``'s last build made under ``key`` (none when it differs, or no cache folder)."""
    path = userdirs.memory_file(project, FILE)
    stored = userdirs.read_memory(path, FORMAT) or {}
    pages = stored.get("pages") if stored.get("build") == key else None
    known = {}
    if isinstance(pages, dict):
        known = {
            k: v
            for k, v in pages.items()
            if isinstance(k, str) and isinstance(v, list) and all(_well_formed(e) for e in v)
        }
    return SearchedEntries(path, key, known)


def _well_formed(entry: object) -> bool:
    """True for an entry as the plugin makes it: location, title and text strings, then tags (a list of
    strings) and boost (a JSON scalar) when the page has them; nothing else (no other type survives JSON
    as it was, and a cache file is never trusted)."""
    if not isinstance(entry, dict) or not set(_FIELDS) <= entry.keys() <= {*_FIELDS, "tags", "boost"}:
        return False
    if any(type(entry[k]) is not t for k, t in _FIELDS.items()):
        return False
    tags = entry.get("tags", [])
    if type(tags) is not list or any(type(t) is not str for t in tags):
        return False
    return type(entry.get("boost")) in (str, int, float, bool, type(None))


def _copy(entry: dict) -> dict:
    """An entry of its own (the index may be changed later; the memory must not be), its fields in the order
    the plugin writes them (the cache file sorts them)."""
    return {k: list(entry[k]) if k == "tags" else entry[k] for k in _ORDER if k in entry}


def _plain(value: object, depth: int = 0) -> bool:
    """True for YAML's plain data: scalars, dates, and lists and dicts of them (their repr is what they are)."""
    if depth > 20:
        return False
    if type(value) in _PLAIN:
        return True
    if type(value) is list:
        return all(_plain(v, depth + 1) for v in value)
    if type(value) is dict:
        return all(_plain(k, depth + 1) and _plain(v, depth + 1) for k, v in value.items())
    return False


def _toc(items, depth: int = 0) -> list | None:
    """The table of contents as the plugin reads it (each anchor's id and URL, nested); None if not plain."""
    out = []
    for item in items:
        ident, url = getattr(item, "id", None), getattr(item, "url", None)
        if type(ident) not in (str, type(None)) or type(url) not in (str, type(None)) or depth > 10:
            return None
        children = _toc(getattr(item, "children", []), depth + 1)
        if children is None:
            return None
        out.append((ident, url, children))
    return out
