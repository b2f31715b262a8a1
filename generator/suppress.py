"""Generated pages an editor has removed for good: ``suppressed.yml`` beside ``content/``.

Deleting a generated page is not enough: the next ingest finds the same event again and writes it back.
An editor who judges a generated page wrong lists it here, with the reason::

    - page: events/2025-08-06-this-meeting-could-take-place.md
      reason: a hedge, not a happening

Ingest then never writes that page again, and a copy still on disk is stale (``--prune`` removes it, unless a
person edited it). The file lives outside ``content/`` so it is never published.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from . import yamlio
from .errors import Problem, TimelineError

FILE_NAME = "suppressed.yml"
# Only pages nothing else refers to: a suppressed actor or source would leave references to it dangling.
SUPPRESSIBLE = ("events", "statements")
_PAGE = re.compile(r"^(?P<kind>[a-z]+)/(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)\.md$")


@dataclass(frozen=True)
class Suppressed:
    """The pages (``kind/id.md``, relative to content/) that ingest must not write, and the file's digest."""

    pages: frozenset[str]
    digest: str

    def __contains__(self, page: str) -> bool:
        return page in self.pages


NOTHING = Suppressed(frozenset(), "")


def suppressed_path(content: Path) -> Path:
    return content.parent / FILE_NAME


def load_suppressed(content: Path) -> Suppressed:
    """The suppressed pages of the project whose content folder is ``content``; every problem raised at once."""
    path = suppressed_path(content)
    if not path.exists():
        return NOTHING
    shown = str(path)
    if path.is_symlink() or not path.is_file():
        raise TimelineError(Problem(shown, None, "must be a plain file (not a link or a folder)"))
    try:
        text = path.read_bytes().decode("utf-8-sig")
        entries = yamlio.load(text)
    except UnicodeDecodeError:
        raise TimelineError(Problem(shown, None, "not UTF-8 text")) from None
    except yamlio.YamlProblem as exc:
        raise TimelineError(Problem(shown, exc.line, str(exc))) from None
    if entries is None:
        return Suppressed(frozenset(), _digest(text))
    if not isinstance(entries, list):
        raise TimelineError(Problem(shown, 1, "must be a list of entries '- page: events/ID.md' with a 'reason'"))
    lines = _entry_lines(text)
    pages, problems = set(), []
    for n, entry in enumerate(entries):
        line = lines[n] if n < len(lines) else None
        message = _entry_problem(entry)
        if message:
            problems.append(Problem(shown, line, message))
        else:
            pages.add(entry["page"])
    if problems:
        raise TimelineError(problems)
    return Suppressed(frozenset(pages), _digest(text))


def _entry_problem(entry: object) -> str | None:
    if not isinstance(entry, dict) or set(entry) != {"page", "reason"}:
        return "each entry needs exactly 'page' and 'reason'"
    page, reason = entry["page"], entry["reason"]
    match = _PAGE.match(page) if isinstance(page, str) else None
    if not match or match["kind"] not in SUPPRESSIBLE:
        return f"'page' {page!r} must name a page as KIND/ID.md, KIND one of {', '.join(SUPPRESSIBLE)}"
    if not isinstance(reason, str) or not reason.strip():
        return "'reason' must say why the page is wrong"
    return None


def _entry_lines(text: str) -> list[int]:
    """The file line of each top-level list entry."""
    return [n for n, line in enumerate(text.splitlines(), start=1) if line.startswith("-")]


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
