"""Front matter parsed before, remembered by its text, so an unchanged page's YAML is not parsed again.

``timeline build`` checks every page of ``content/`` before MkDocs runs, and with thousands of pages most of
that check is PyYAML constructing the same front matter as the build before. What a front matter loads as
is a function of its text and of the code that loads it: the memory maps a hash of the text to the value as
JSON, under a hash of the generator's code and PyYAML's version. Only values JSON gives back exactly (text,
numbers, true/false, null, lists, mappings of text keys) are remembered; every check of the values (the
schema, references, links) still runs on each build.

The file lives in the project's user cache folder (``generator.userdirs``), never in the checkout; a missing,
unreadable or malformed file is an empty memory.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterator, MutableMapping
from pathlib import Path
from typing import Any

import yaml

from . import userdirs

FILE = "parsed-front-matter.json"
FORMAT = 1  # bumped when the stored shape changes


class ParsedFrontMatter(MutableMapping[str, Any]):
    """front matter text -> its loaded value; only JSON-exact values are kept, and handed out as copies."""

    def __init__(self, path: Path | None, code: str, stored: dict[str, str]) -> None:
        self.path, self.code = path, code
        self._stored = stored
        self._used: dict[str, str] = {}

    @staticmethod
    def _key(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]

    def __getitem__(self, text: str) -> Any:
        key = self._key(text)
        value = self._used.get(key) or self._stored.get(key)
        if value is None:
            raise KeyError(text)
        self._used[key] = value
        return json.loads(value)  # a fresh value every time: a caller may change what it was given

    def __setitem__(self, text: str, value: Any) -> None:
        if _exact(value):
            self._used[self._key(text)] = json.dumps(value, ensure_ascii=False)

    def __delitem__(self, text: str) -> None:
        self._used.pop(self._key(text), None)

    def __iter__(self) -> Iterator[str]:
        return iter(())  # the texts themselves are not kept

    def __len__(self) -> int:
        return len(self._used)

    def save(self) -> None:
        """Keep what this check read (only that: the memory never outgrows the pages), when it changed."""
        if self.path is not None and self._used != self._stored:
            userdirs.write_memory(self.path, {"format": FORMAT, "code": self.code, "pages": self._used})


def _exact(value: Any) -> bool:
    """True when JSON gives ``value`` back with the same types and values (no tuple, date, int key, NaN)."""
    if value is None or type(value) in (str, bool, int):
        return True
    if type(value) is float:
        return math.isfinite(value)
    if type(value) is list:
        return all(_exact(v) for v in value)
    if type(value) is dict:
        return all(type(k) is str and _exact(v) for k, v in value.items())
    return False


def load(project: Path) -> ParsedFrontMatter:
    """The memory of ``project``'s last check (empty when there is none, or no usable cache folder)."""
    path = userdirs.memory_file(project, FILE)
    code = f"{userdirs.code_fingerprint()} pyyaml {yaml.__version__}"
    data = userdirs.read_memory(path, FORMAT) or {}
    pages = data.get("pages") if data.get("code") == code else None
    stored = pages if isinstance(pages, dict) and all(isinstance(v, str) for v in pages.values()) else {}
    return ParsedFrontMatter(path, code, stored)
