"""Read, validate and write the pages of ``content/``.

Pages are written atomically (a temporary file renamed over the old one), so
an interrupted ingest leaves each page old or new. A generated page carries a
hash of what was generated; a page whose text no longer matches it was edited
by a person and is kept exactly as it is.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import schema, yamlio
from .articles import split_front_matter
from .errors import Problem, TimelineError
from .model import Actor, Topic

KIND_DIRS = tuple(schema.KINDS)
_GENERATED_LINE = re.compile(r"^generated: [0-9a-f]+\n", re.M)


@dataclass
class Page:
    """One content page: its kind (folder), front matter and Markdown body."""

    kind: str
    path: Path
    meta: dict[str, Any]
    body: str


@dataclass
class WriteReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)  # generated, untouched, no longer extracted
    removed: list[str] = field(default_factory=list)
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
        if self.problems:
            text += f"; {len(self.problems)} files left out"
        return text


def find_stale(folder: Path, written: set[str], ingested_sources: set[str]) -> list[Path]:
    """Generated pages nobody edited that this ingest no longer produces, though it read all their sources.

    A page citing an article that was not part of this ingest is never stale: it may come from elsewhere.
    """
    stale = []
    for path in sorted(folder.glob("*.md")):
        if str(path) in written:
            continue
        if not is_untouched(path.read_text(encoding="utf-8", errors="replace")):
            continue
        page, problems = read_page(path, folder.name)
        sources = {s["source"] for s in page.meta["sources"]} if page and not problems else set()
        if sources and sources <= ingested_sources:
            stale.append(path)
    return stale


def _digest(text: str) -> str:
    return hashlib.sha256(_GENERATED_LINE.sub("", text).encode("utf-8")).hexdigest()[:16]


def render(kind: str, meta: dict[str, Any], body: str, *, generated: bool = True) -> str:
    """The page text: front matter in schema order, then the body; stamped with its hash when generated."""
    front = yamlio.dump(schema.ordered(kind, {k: v for k, v in meta.items() if k != "generated"}))
    text = f"---\n{front}---\n\n{body.strip()}\n"
    if not generated:
        return text
    # `generated` is the schema's last key, so appending its line is what dumping it would write.
    # (Dumped, not formatted: a digest of digits only, or like "12e45", must be quoted to stay text.)
    return f"---\n{front}{yamlio.dump({'generated': _digest(text)})}---\n\n{body.strip()}\n"


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
    if not path.exists():
        write_atomic(path, text)
        report.added.append(name)
        return
    current = path.read_text(encoding="utf-8")
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


def read_page(path: Path, kind: str) -> tuple[Page | None, list[Problem]]:
    """Read and validate one page; problems name the file and line."""
    shown = str(path)
    try:
        raw_bytes = path.read_bytes()
        raw = raw_bytes.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, [Problem(shown, None, "not UTF-8 text")]
    meta, body, problems = parse_page_text(raw, kind, shown, path.stem)
    return (Page(kind, path, meta, body), problems) if not problems else (None, problems)


def parse_page_text(raw: str, kind: str, shown: str, stem: str) -> tuple[dict[str, Any], str, list[Problem]]:
    """A page's front matter and body, and every problem ``timeline check`` would find with them."""
    if not raw.startswith("---"):
        return {}, "", [Problem(shown, 1, "no front matter (the page must start with '---')")]
    try:
        meta, body = split_front_matter(raw, shown)
    except TimelineError as exc:
        return {}, "", exc.problems
    problems = schema.validate(kind, meta, shown, _line_finder(raw))
    if isinstance(meta.get("id"), str) and meta["id"] != stem:
        problems.append(
            Problem(shown, _line_finder(raw)("id"), f"id '{meta['id']}' does not match the file name '{stem}'")
        )
    return meta, body, problems


# The last content/ read, keyed by every file's name, size and modification time: `timeline build` checks the
# pages and then its plugin collects them, and with thousands of pages reading them once matters.
_last_read: tuple[tuple, tuple[dict[str, list[Page]], list[Problem]]] | None = None


def _listing(root: Path) -> dict[str, list[Path]]:
    return {kind: sorted((root / kind).glob("*.md")) if (root / kind).is_dir() else [] for kind in KIND_DIRS}


def load_content(root: Path) -> tuple[dict[str, list[Page]], list[Problem]]:
    """Every page of ``content/`` by kind, and every problem found, all files read.

    The pages returned are shared with the next call if no file changed in between: treat them as read-only.
    """
    global _last_read
    listing = _listing(root)
    try:
        files = tuple((p.name, (st := p.stat()).st_size, st.st_mtime_ns) for paths in listing.values() for p in paths)
    except OSError:
        files = None  # a file went away while we looked: read everything
    stamp = (str(root.resolve()), files)
    if files is not None and _last_read is not None and _last_read[0] == stamp:
        return _last_read[1]
    pages: dict[str, list[Page]] = {k: [] for k in KIND_DIRS}
    problems: list[Problem] = []
    for kind, paths in listing.items():
        for path in paths:
            page, found = read_page(path, kind)
            problems.extend(found)
            if page:
                pages[kind].append(page)
    problems.extend(_check_references(pages))
    _last_read = (stamp, (pages, sorted(problems)))
    return _last_read[1]


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
                    problems.append(
                        Problem(shown, None, f"unknown {target[:-1]} '{ref}' (no content/{target}/{ref}.md)")
                    )
    return problems


def load_registry(root: Path) -> tuple[list[Actor], list[Topic]]:
    """The actor and topic registries from ``content/actors`` and ``content/topics``."""
    pages, problems = {}, []
    for kind in ("actors", "topics"):
        folder = root / kind
        pages[kind] = []
        if folder.is_dir():
            for path in sorted(folder.glob("*.md")):
                page, found = read_page(path, kind)
                problems.extend(found)
                if page:
                    pages[kind].append(page)
    if problems:
        raise TimelineError(problems)
    actors = [
        Actor(
            id=p.meta["id"],
            name=p.meta["name"],
            aliases=list(p.meta.get("aliases", [])),
            side=p.meta.get("side"),
            role=p.meta.get("role"),
            kind=p.meta.get("kind", "person"),
        )
        for p in pages["actors"]
    ]
    topics = [
        Topic(id=p.meta["id"], label=p.meta["label"], keywords=list(p.meta.get("keywords", [])))
        for p in pages["topics"]
    ]
    return actors, topics
