"""Split a page's (or an article's) ``---``-delimited YAML front matter from its body.

Both halves read front matter: ingest's article readers and the pages of ``content/``. Problems name the
file and line, counting the opening ``---`` as line 1.
"""

from __future__ import annotations

import re
from typing import Any

from .. import yamlio
from ..errors import Problem, TimelineError


def split_front_matter(text: str, path: str) -> tuple[dict[str, Any], str]:
    """Split ``---``-delimited YAML front matter from the body. Line numbers count the opening ``---``."""
    if not text.startswith("---"):
        return {}, text
    match = re.match(r"^---[ \t]*\r?\n(.*?)(?:^---[ \t]*\r?\n?|\Z)", text, re.S | re.M)
    if not match or not text[match.end(1) :].startswith("---"):
        raise TimelineError(Problem(path, 1, "front matter opened with '---' is never closed"))
    try:
        meta = yamlio.load(match.group(1))
    except yamlio.YamlProblem as exc:
        raise TimelineError(Problem(path, (exc.line or 0) + 1 if exc.line else 1, str(exc))) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise TimelineError(Problem(path, 2, "front matter must be a mapping of keys to values"))
    return meta, text[match.end() :]
