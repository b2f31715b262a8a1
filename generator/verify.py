"""What `timeline check` verifies beyond each page's front matter, so that it refuses all the build refuses.

The strict MkDocs build warns about (and so refuses) a Markdown link or image whose target is not among the
site's files; `check` reports each as ``path:line`` first. It also holds every quotation a page cites to the
article it cites it from, when that article is in the project: a quote that is not in its source is a
misattribution the build cannot see.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from . import gate
from .content import Page
from .content.frontmatter import split_front_matter
from .content.kinds import QUOTE_GAP
from .errors import Problem, TimelineError

# The paged parts of the timeline are generated under timeline/ as the number of events requires.
GENERATED_FOLDERS = ("timeline/",)

_INLINE_LINK = re.compile(
    r"!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(\s*(?:<([^>\n]*)>|([^)\s]*))(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"
)
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+\1")


def body_links(body: str) -> Iterable[tuple[int, str]]:
    """(line within the body, target) of every Markdown link and image outside code."""
    fenced = False
    for n, line in enumerate(body.splitlines(), start=1):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced or line.startswith(("    ", "\t")):
            continue
        line = _CODE_SPAN.sub("", line)
        for match in _INLINE_LINK.finditer(line):
            yield n, match.group(1) if match.group(1) is not None else match.group(2)
        match = _REFERENCE.match(line)
        if match:
            yield n, match.group(1)


def link_problem(target: str, page_uri: str, known: set[str]) -> str | None:
    """Why a link from the page at ``page_uri`` (relative to content/) to ``target`` breaks, or None.

    As MkDocs 1.6 validates links: addresses with a scheme or host, absolute paths and links within the page
    are left alone, and so is a path whose last part has no suffix (MkDocs leaves it as is, at INFO level);
    any other path is resolved against the page's folder and must name one of the site's files.
    """
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or target.startswith(("/", "\\")) or not parts.path:
        return None
    path = unquote(parts.path)
    if not posixpath.splitext(path)[1]:
        return None
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page_uri), path).lstrip("/"))
    if resolved == ".." or resolved.startswith("../"):
        return f"link '{target}' points outside content/"
    if resolved in known or resolved.startswith(GENERATED_FOLDERS):
        return None
    return f"link '{target}' leads to no file of the site (no content/{resolved})"


def check_links(pages: Iterable[Page], root: Path, known: set[str]) -> list[Problem]:
    """Every broken Markdown link in the pages' bodies, at its line in the file."""
    problems: list[Problem] = []
    for page in pages:
        if "](" not in page.body and "]:" not in page.body:
            continue  # no inline link nor link reference: nothing to look for line by line
        uri = page.path.relative_to(root).as_posix()
        offset = None  # the file is read again for it only when a link is broken
        for line, target in body_links(page.body):
            message = link_problem(target, uri, known)
            if message:
                offset = _body_offset(page) if offset is None else offset
                problems.append(Problem(str(page.path), offset + line, message))
    return problems


def _body_offset(page: Page) -> int:
    """The number of file lines before the page's body (its front matter and their '---' lines)."""
    try:
        return gate.body_line(page.path.read_text(encoding="utf-8-sig"), page.body) - 1
    except (OSError, UnicodeError):
        return 0


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()




def quoted_in(quote: str, text: str) -> bool:
    """Whether the article text holds the (whitespace-normal) quote: as it is, or part by part in order where
    it leaves words out with " … "."""
    if quote in text:
        return True
    at = 0
    for part in quote.split(QUOTE_GAP) if QUOTE_GAP in quote else ():
        found = text.find(part, at) if part else -1
        if found < 0:
            return False
        at = found + len(part)
    return QUOTE_GAP in quote


def check_quotes(pages: dict[str, list[Page]], root: Path, project: Path) -> list[Problem]:
    """Every quote of an event or statement that is not in the article file its source page names.

    Only articles inside the project are read (never through a symbolic link), and only when they exist: a
    source whose article is elsewhere cannot be held to it. A quote found before in the same article, by
    the same code, is not looked for again (``generator.verified``).
    """
    from . import verified

    memory = verified.load(project)
    files = {p.meta["id"]: p.meta.get("file") for p in pages["sources"]}
    digests: dict[str, str | None] = {}
    links: dict[Path, bool] = {}
    inside = _Inside(project)
    texts: dict[str, str | None] = {}
    problems: list[Problem] = []
    for page, quote, name in _cited(pages, files):
        if name not in digests:
            path = _checkable(project, name, links, inside)
            digests[name] = memory.article_digest(path) if path else None
        if digests[name] is None:
            continue
        normal = _normal(quote)
        key = memory.key(digests[name], normal)
        if memory.seen(key):
            continue
        if name not in texts:
            from .readers import read_article  # only for a quote not found before: most builds read no article

            texts[name] = _article_text(project, name, read_article)
        text = texts[name]
        if text is None:
            continue
        if quoted_in(normal, text):
            memory.found(key)
            continue
        problems.append(
            Problem(
                str(page.path),
                _line_of_value(page.path, quote),
                f"quote {_short(quote)!r} is not in the article it cites ({name})",
            )
        )
    memory.save()
    return problems


def _cited(pages: dict[str, list[Page]], files: dict[str, str | None]) -> Iterable[tuple[Page, str, str]]:
    """(page, quote, article file) of every quote an event or statement cites from an article it names."""
    for kind in ("events", "statements"):
        for page in pages[kind]:
            cited = [(item.get("quote"), item["source"]) for item in page.meta["sources"]]
            if kind == "statements":  # the statement's own quote is the words as in its first source
                cited.append((page.meta.get("quote"), page.meta["sources"][0]["source"]))
            for quote, source in cited:
                name = files.get(source)
                if quote and name:
                    yield page, quote, name


class _Inside:
    """Whether a path is inside the project, the project's own resolved path worked out once."""

    def __init__(self, project: Path) -> None:
        self.project = project
        self.resolved: Path | None = None

    def __call__(self, path: Path, name: str) -> bool:
        # A plain relative name (no '..', no drive or root) with no symbolic link on its way, which
        # ``_checkable`` has made sure of, is inside the project: resolving it would give project/name.
        relative = Path(name)
        if relative.parts and not relative.anchor and ".." not in relative.parts:
            return True
        if self.resolved is None:
            self.resolved = self.project.resolve()
        return path.resolve().is_relative_to(self.resolved)


def _checkable(
    project: Path, name: str, links: dict[Path, bool] | None = None, inside: _Inside | None = None
) -> Path | None:
    """The article file ``name`` when it is inside the project, no symbolic link on the way, and a file.

    ``links`` remembers, within one check, which folders are links: a thousand articles share a few.
    """
    links = {} if links is None else links
    inside = inside or _Inside(project)
    path = project / name
    try:
        for p in (path, *path.parents):
            if p != p.parent and p not in links:
                links[p] = p.is_symlink()
            if links.get(p):
                return None
        if not inside(path, name):
            return None
        return path if path.is_file() else None
    except OSError:
        return None


def _article_text(project: Path, name: str, read_article) -> str | None:
    path = _checkable(project, name)
    if path is None:
        return None
    try:
        return _normal(read_article(path).text)
    except (OSError, TimelineError):
        return None


def _short(text: str) -> str:
    text = _normal(text)
    return text if len(text) <= 60 else text[:57] + "..."


def _line_of_value(path: Path, value: str) -> int | None:
    """The first file line that holds the start of ``value`` (a YAML string may be folded over lines)."""
    head = _normal(value)[:30]
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeError):
        return None
    for n, line in enumerate(lines, start=1):
        if head[:20] and head[:20] in line:
            return n
    return None


def verify(root: Path, pages: dict[str, list[Page]]) -> list[Problem]:
    """What `check` adds to the schema and references: broken body links and quotes not in their article."""
    from .mkdocs_plugin import ASSETS, VIRTUAL  # what the plugin adds to the site beside content/
    from .site.exports import NAMES

    listing = gate.scan(root)  # the files the site will publish, as the gate allows them
    known = gate.allowed_uris(listing, root) | set(VIRTUAL) | {f"assets/{n}" for n in ASSETS} | set(NAMES)
    everything = [p for kind_pages in pages.values() for p in kind_pages]
    home = _home_page(listing.home) if listing.home else None
    if home:
        everything.append(home)
    return sorted(check_links(everything, root, known) + check_quotes(pages, root, root.parent))


def _home_page(path: Path) -> Page | None:
    """The home page's body, read as every page is (its front matter's own problems the gate reports)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
        return Page("index", path, {}, split_front_matter(text, str(path))[1])
    except (OSError, UnicodeError, TimelineError):
        return None
