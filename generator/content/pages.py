"""Read, validate and write the pages of ``content/``.

Pages are written atomically (a temporary file renamed over the old one), so
an interrupted ingest leaves each page old or new. A generated page carries a
hash of what was generated; a page whose text no longer matches it was edited
by a person and is kept exactly as it is.
"""

from __future__ import annotations

import difflib
import hashlib
import os
import re
import tempfile
from collections.abc import MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import gate
from ..errors import Problem, TimelineError
from ..model import Actor, Topic
from . import schema
from .frontmatter import dumps, dumps_stamped, split_front_matter
from .kinds import ActorPage, Record, TopicPage

KIND_DIRS = tuple(schema.KINDS)
_GENERATED_LINE = re.compile(r"^generated: [0-9a-f]+\n", re.M)


@dataclass
class Page:
    """One content page: its kind (folder), front matter and Markdown body, and its typed record once the
    front matter is valid (``generator.content.kinds``)."""

    kind: str
    path: Path
    meta: dict[str, Any]
    body: str
    record: Record | None = None


@dataclass
class WriteReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)  # generated, untouched, no longer extracted
    removed: list[str] = field(default_factory=list)
    suppressed: list[str] = field(default_factory=list)  # found again, not written: suppressed.yml lists them
    problems: list[Problem] = field(default_factory=list)  # inputs left out of the run

    def summary(self) -> str:
        text = (
            f"{len(self.added)} added, {len(self.updated)} updated, {len(self.unchanged)} unchanged, "
            f"{len(self.kept)} kept as edited"
        )
        if self.stale:
            text += f", {len(self.stale)} stale (no longer extracted; 'timeline ingest --prune' removes them)"
        if self.removed:
            text += f", {len(self.removed)} stale removed"
        if self.suppressed:
            text += f", {len(self.suppressed)} suppressed (listed in suppressed.yml, not written)"
        if self.problems:
            text += f"; {len(self.problems)} files left out"
        return text


def find_stale(
    folder: Path, written: set[str], ingested_sources: set[str], suppressed: frozenset[str] = frozenset()
) -> list[Path]:
    """Generated pages nobody edited that this ingest no longer produces, though it read all their sources.

    A page citing an article that was not part of this ingest is never stale: it may come from elsewhere.
    A suppressed page (``kind/id.md``) nobody edited is stale whatever it cites.
    """
    stale = []
    for path in sorted(folder.glob("*.md")):
        if str(path) in written:
            continue
        try:
            if not is_untouched(path.read_text(encoding="utf-8", errors="replace")):
                continue
        except OSError:  # a folder named like a page, or a page removed meanwhile: not ours to remove
            continue
        if f"{folder.name}/{path.name}" in suppressed:
            stale.append(path)
            continue
        page, problems = read_page(path, folder.name)
        sources = {s["source"] for s in page.meta["sources"]} if page and not problems else set()
        if sources and sources <= ingested_sources:
            stale.append(path)
    return stale


def removed_articles(folder: Path, written: set[str], roots: tuple[Path, ...]) -> dict[str, Path]:
    """Generated, untouched source pages (by id) whose article file is gone from the project.

    Their pages, and the events and statements that cite only such sources or ingested ones, are stale: a
    deleted article takes its pages with it on ``--prune``. ``roots`` are the folders a page's ``file`` may be
    relative to (where ingest runs, and the project).
    """
    gone: dict[str, Path] = {}
    for path in sorted(folder.glob("*.md")):
        if str(path) in written or path.is_symlink():
            continue
        try:
            if not is_untouched(path.read_text(encoding="utf-8", errors="replace")):
                continue
        except OSError:
            continue
        page, problems = read_page(path, folder.name)
        name = page.meta.get("file") if page and not problems else None
        if isinstance(name, str) and not any((root / name).exists() for root in roots):
            gone[page.meta["id"]] = path
    return gone


def _digest(text: str) -> str:
    return hashlib.sha256(_GENERATED_LINE.sub("", text).encode("utf-8")).hexdigest()[:16]


def render(kind: str, meta: dict[str, Any], body: str, *, generated: bool = True) -> str:
    """The page text: front matter in schema order, then the body; stamped with its hash when generated."""
    front = schema.ordered(kind, {k: v for k, v in meta.items() if k != "generated"})
    if not generated:
        return dumps(front, body)
    # `generated` is the schema's last key; its digest is of the page without it.
    return dumps_stamped(front, body, "generated", _digest)


def is_untouched(text: str) -> bool:
    """True when a page is exactly as the generator wrote it."""
    m = re.search(r"^generated: ([0-9a-f]+)$", text, re.M)
    return bool(m) and m.group(1) == _digest(text)


def write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file in the same folder and a rename: never a half-written page."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_page(path: Path, text: str, report: WriteReport) -> None:
    """Add, update or keep one page, by whether it exists and whether a person edited it."""
    name = str(path)
    try:
        current = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        write_atomic(path, text)
        report.added.append(name)
        return
    if current == text:
        report.unchanged.append(name)
    elif is_untouched(current):
        write_atomic(path, text)
        report.updated.append(name)
    else:
        report.kept.append(name)


def _line_finder(raw: str):
    """Map a front-matter key to its 1-based line in the file (the opening '---' is line 1)."""
    lines = raw.splitlines()

    def line_of(key: str | None) -> int:
        if key is None:
            return 1
        for i, line in enumerate(lines[1:], start=2):
            if line.strip() == "---":
                break
            if re.match(rf"^{re.escape(str(key))}\s*:", line):
                return i
        return 1

    return line_of


def _unreadable(path: Path, exc: OSError) -> str:
    if path.is_dir():
        return "is a folder, not a page (rename it: names ending in .md are pages)"
    if isinstance(exc, FileNotFoundError):
        return "was removed while it was being read"
    return f"cannot be read: {exc.strerror or exc}"


def read_page(path: Path, kind: str, memo: MutableMapping[str, Any] | None = None) -> tuple[Page | None, list[Problem]]:
    """Read and validate one page; problems name the file and line (``memo``: see ``split_front_matter``)."""
    shown = str(path)
    try:
        raw_bytes = path.read_bytes()
        raw = raw_bytes.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, [Problem(shown, None, "not UTF-8 text")]
    except OSError as exc:
        return None, [Problem(shown, None, _unreadable(path, exc))]
    meta, body, values, problems = _parse(raw, kind, shown, path.stem, memo)
    if problems:
        return None, problems
    return Page(kind, path, meta, body, schema.record(kind, values, path, body)), problems


def parse_page_text(raw: str, kind: str, shown: str, stem: str) -> tuple[dict[str, Any], str, list[Problem]]:
    """A page's front matter and body, and every problem ``timeline check`` would find with them."""
    meta, body, _, problems = _parse(raw, kind, shown, stem)
    return meta, body, problems


def _parse(
    raw: str, kind: str, shown: str, stem: str, memo: MutableMapping[str, Any] | None = None
) -> tuple[dict[str, Any], str, dict[str, Any], list[Problem]]:
    """``parse_page_text``, and the values of the page's record (complete when there are no problems)."""
    if not raw.startswith("---"):
        return {}, "", {}, [Problem(shown, 1, "no front matter (the page must start with '---')")]
    try:
        meta, body = split_front_matter(raw, shown, memo)
    except TimelineError as exc:
        return {}, "", {}, exc.problems
    values, problems = schema.parse(kind, meta, shown, _line_finder(raw))
    problems += gate.remote_images(shown, body, gate.body_line(raw, body))
    if isinstance(meta.get("id"), str) and meta["id"] != stem:
        problems.append(
            Problem(shown, _line_finder(raw)("id"), f"id '{meta['id']}' does not match the file name '{stem}'")
        )
    return meta, body, values, problems


# The last content/ read, keyed by every file's name, size and modification time: `timeline build` checks the
# pages and then its plugin collects them, and with thousands of pages reading them once matters.
_last_read: tuple[tuple, tuple[dict[str, list[Page]], list[Problem]]] | None = None


def _listing(root: Path) -> gate.Listing:
    """What content/ holds, sorted by ``generator.gate``: the one place that decides what may be published."""
    return gate.scan(root)


def load_content(
    root: Path, memo: MutableMapping[str, Any] | None = None
) -> tuple[dict[str, list[Page]], list[Problem]]:
    """Every page of ``content/`` by kind, and every problem found, all files read: the pages' and the
    home page's, and one for every file or link content/ may not hold (``generator.gate``). ``memo``: the
    front matters loaded before (``split_front_matter``).

    The pages returned are shared with the next call if no file changed in between: treat them as read-only.
    """
    global _last_read
    listing = _listing(root)
    # What content/ holds is checked on every call (a link or a stray file must never slip through on a
    # cached answer); only the reading of the pages is shared.
    found_here = list(listing.problems)
    if listing.home:
        found_here += gate.home_problems(listing.home)
    try:
        files = tuple(
            (p.name, (st := p.stat()).st_size, st.st_mtime_ns) for paths in listing.pages.values() for p in paths
        )
    except OSError:
        files = None  # a file went away while we looked: read everything
    stamp = (str(root.resolve()), files)
    if files is None or _last_read is None or _last_read[0] != stamp:
        pages: dict[str, list[Page]] = {k: [] for k in KIND_DIRS}
        problems: list[Problem] = []
        for kind, paths in listing.pages.items():
            for path in paths:
                page, found = read_page(path, kind, memo)
                problems.extend(found)
                if page:
                    pages[kind].append(page)
        problems.extend(_check_references(pages))
        _last_read = (stamp, (pages, sorted(problems)))
    pages, problems = _last_read[1]
    return pages, sorted(problems + found_here) if found_here else problems


def _check_references(pages: dict[str, list[Page]]) -> list[Problem]:
    ids = {kind: {p.meta["id"] for p in pages[kind]} for kind in KIND_DIRS}
    problems: list[Problem] = []
    for kind in ("events", "statements"):
        for page in pages[kind]:
            shown = str(page.path)
            refs = [("actors", a) for a in page.meta.get("actors", [])]
            if page.meta.get("speaker"):
                refs.append(("actors", page.meta["speaker"]))
            refs += [("topics", t) for t in page.meta.get("topics", [])]
            refs += [("sources", s["source"]) for s in page.meta.get("sources", [])]
            for target, ref in refs:
                if ref not in ids[target]:
                    near = difflib.get_close_matches(ref, sorted(ids[target]), n=1, cutoff=0.6)
                    hint = f"; did you mean '{near[0]}'?" if near else ""
                    problems.append(
                        Problem(
                            shown,
                            _line_naming(page.path, ref),
                            f"unknown {target[:-1]} '{ref}' (no content/{target}/{ref}.md){hint}",
                        )
                    )
    return problems


def _line_naming(path: Path, ref: str) -> int | None:
    """The first front-matter line that names ``ref`` as a value (read again only when a reference is wrong)."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeError):
        return None
    value = re.compile(rf"(?:^|[\s:\[,'\"]){re.escape(ref)}(?:$|[\s,\]'\"])")
    for n, line in enumerate(lines[1:], start=2):
        if line.strip() == "---":
            break
        if value.search(line.split("#", 1)[0]):
            return n
    return None


def load_registry(root: Path) -> tuple[list[Actor], list[Topic]]:
    """The actor and topic registries from ``content/actors`` and ``content/topics``."""
    listing = _listing(root)  # never a linked file or folder
    # An ingest writes into content/ after this: never into a linked folder, nor beside a refused file.
    pages, problems = {}, list(listing.problems)
    for kind in ("actors", "topics"):
        pages[kind] = []
        for path in listing.pages[kind]:
            page, found = read_page(path, kind)
            problems.extend(found)
            if page:
                pages[kind].append(page)
    if problems:
        raise TimelineError(problems)
    return [_actor(p.record) for p in pages["actors"]], [_topic(p.record) for p in pages["topics"]]


def _actor(page: ActorPage) -> Actor:
    """The registry entry of an actor page (a person unless the page says otherwise)."""
    return Actor(
        id=page.id,
        name=page.name,
        aliases=list(page.aliases),
        side=page.side,
        role=page.role,
        kind=page.kind or "person",
    )


def _topic(page: TopicPage) -> Topic:
    return Topic(id=page.id, label=page.label, keywords=list(page.keywords))
