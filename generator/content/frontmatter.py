"""Front matter in and out, through python-frontmatter with our strict YAML.

python-frontmatter detects the format, splits the text and formats a page; its YAML handler is given
``yamlio``'s loader and dumper, so front matter refuses aliases and duplicate keys as every other YAML
file does, and pages are written byte for byte as before. A YAML error names the file and the line of
the file: the error's line within the front matter plus the opening ``---``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, MutableMapping
from typing import Any

import frontmatter
from frontmatter.default_handlers import BaseHandler, YAMLHandler

from .. import yamlio
from ..errors import Problem, TimelineError

# The front matter ends at the first line of '---' alone; the body is everything after that line, unstripped,
# so a problem in the body is still reported at its line of the file.
_FRONT = re.compile(r"^---[ \t]*\r?\n(.*?)(?:^---[ \t]*\r?\n?|\Z)", re.S | re.M)


class StrictYAMLHandler(YAMLHandler):
    """python-frontmatter's YAML handler on ``yamlio``: strict loading, our deterministic dumping."""

    def detect(self, text: str) -> bool:
        return text.startswith("---")

    def split(self, text: str) -> tuple[str, str]:
        """The front matter and the body; ValueError when the opening '---' is never closed."""
        match = _FRONT.match(text)
        if not match or not text[match.end(1) :].startswith("---"):
            raise ValueError("front matter opened with '---' is never closed")
        return match.group(1), text[match.end() :]

    def load(self, fm: str, **kwargs: object) -> Any:  # our loader takes no options
        return yamlio.load(fm)

    def export(self, metadata: dict[str, object], **kwargs: object) -> str:
        # One newline less than the dump: python-frontmatter's template puts the line break before '---'.
        return yamlio.dump(metadata)[:-1]


class _TOMLDetector(BaseHandler):
    """Recognises '+++' (TOML) front matter, only to refuse it by name: a Hugo page copied in as is."""

    FM_BOUNDARY = re.compile(r"^\+{3}[ \t]*\r?$", re.M)


HANDLER = StrictYAMLHandler()
_HANDLERS: list[BaseHandler] = [HANDLER, _TOMLDetector()]


def split_front_matter(
    text: str, path: str, memo: MutableMapping[str, Any] | None = None
) -> tuple[dict[str, Any], str]:
    """Split ``---``-delimited YAML front matter from the body. Line numbers count the opening ``---``.

    Text without front matter is all body; '+++' (TOML) front matter is an error naming the file. ``memo``
    maps front matter texts to what they loaded as before (``generator.parsed``).
    """
    handler = frontmatter.detect_format(text, _HANDLERS)
    if handler is None:
        return {}, text
    if handler is not HANDLER:
        message = "TOML front matter ('+++') is not read; write it as YAML between '---' lines"
        raise TimelineError(Problem(path, 1, message))
    try:
        front, body = handler.split(text)
    except ValueError as exc:
        raise TimelineError(Problem(path, 1, str(exc))) from None
    try:
        meta = _load(front, memo)
    except yamlio.YamlProblem as exc:
        raise TimelineError(Problem(path, exc.line + 1 if exc.line else 1, str(exc))) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise TimelineError(Problem(path, 2, "front matter must be a mapping of keys to values"))
    return meta, body


def _load(front: str, memo: MutableMapping[str, Any] | None) -> Any:
    """The front matter's value: remembered, or loaded (and remembered when there is a memory)."""
    if memo is None:
        return HANDLER.load(front)
    try:
        return memo[front]
    except KeyError:
        meta = memo[front] = HANDLER.load(front)
        return meta


class _Dumped(StrictYAMLHandler):
    """The handler with the front matter already dumped (``yaml``, as ``yamlio.dump`` gives it)."""

    def __init__(self, yaml: str) -> None:
        super().__init__()
        self.yaml = yaml

    def export(self, metadata: dict[str, object], **kwargs: object) -> str:
        return self.yaml[:-1]


def _page(yaml: str, body: str) -> str:
    handler = _Dumped(yaml)
    text = frontmatter.dumps(frontmatter.Post(body.strip(), handler), handler=handler)
    # python-frontmatter strips the page; ours always end in a line break after the blank line, body or not.
    return text + ("\n" if body.strip() else "\n\n\n")


def dumps(meta: dict[str, Any], body: str) -> str:
    """A page: ``meta`` as YAML front matter in the order given, a blank line, then the body (stripped)."""
    return _page(yamlio.dump(meta), body)


def dumps_stamped(meta: dict[str, Any], body: str, key: str, stamp: Callable[[str], str]) -> str:
    """``dumps`` of ``meta`` with ``key: stamp(dumps(meta, body))`` added last, dumping ``meta`` once."""
    yaml = yamlio.dump(meta)
    text = _page(yaml, body)
    # Top-level keys are written one after another (no anchors, no wrapping), so the key's line can follow
    # the others, unless the dump ended in a line break YAML has beyond '\n' or marked the document's end.
    if yaml.endswith("\n") and not yaml.endswith("...\n"):
        return _page(yaml + yamlio.dump({key: stamp(text)}), body)
    return dumps({**meta, key: stamp(text)}, body)
