"""Quotes already found in their articles, remembered by what the finding depended on.

``timeline check`` (and so every ``timeline build``) holds each quote a page cites to the article it cites
it from. Reading a thousand articles again on every build costs more than the rest of the check: a quote
found once is remembered under a hash of the generator's code, the article file's bytes (and its folder's
``sources.yml``, which a plain-text article needs) and the quote's words, so it is found again without
reading the article while none of them changed. Only finds are remembered: a quote that is not in its
article is looked for, and reported, on every check.

The file lives in the project's user cache folder (``generator.userdirs``), never in the checkout; a missing,
unreadable or malformed file is an empty memory.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from . import userdirs

FILE = "verified-quotes.json"
FORMAT = 1  # bumped when the stored shape changes


@dataclass
class VerifiedQuotes:
    """The finds of the last check, and those of this one (``used``, saved in their place)."""

    path: Path | None
    code: str
    known: frozenset[str] = frozenset()
    used: set[str] = field(default_factory=set)
    _sidecars: dict[Path, bytes] = field(default_factory=dict, repr=False)

    def article_digest(self, path: Path) -> str | None:
        """A hash of what reading ``path`` depends on: its bytes and its folder's ``sources.yml``."""
        sidecar = path.parent / "sources.yml"
        if sidecar not in self._sidecars:
            self._sidecars[sidecar] = hashlib.sha256(_bytes(sidecar) or b"").digest()
        data = _bytes(path)
        if data is None:
            return None
        return hashlib.sha256(hashlib.sha256(data).digest() + self._sidecars[sidecar]).hexdigest()

    def key(self, article: str, quote: str) -> str:
        """The key of one quote (as normalised) in one article (by ``article_digest``)."""
        return hashlib.sha256(f"{self.code}\0{article}\0{quote}".encode()).hexdigest()[:32]

    def seen(self, key: str) -> bool:
        """True when the quote was found before; it is kept for the next check either way once found."""
        if key in self.known:
            self.used.add(key)
            return True
        return False

    def found(self, key: str) -> None:
        self.used.add(key)

    def save(self) -> None:
        """Keep this check's finds (only them: the memory never outgrows the pages), when they differ."""
        if self.path is not None and self.used != self.known:
            userdirs.write_memory(self.path, {"format": FORMAT, "found": sorted(self.used)})


def load(project: Path) -> VerifiedQuotes:
    """The memory of ``project``'s last check (empty when there is none, or no usable cache folder)."""
    path = userdirs.memory_file(project, FILE)
    stored = userdirs.read_memory(path, FORMAT) or {}
    found = stored.get("found")
    known = frozenset(k for k in found if isinstance(k, str)) if isinstance(found, list) else frozenset()
    return VerifiedQuotes(path, userdirs.code_fingerprint(), known)


def _bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None
