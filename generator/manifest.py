"""The manifest of the last complete ingest, and the checks that tell a re-ingest it has nothing to do.

The manifest records what the last complete ingest read and what it left: a hash of its inputs as
parsed (``inputs``: code, registries, articles), a hash of the bytes of its input files (``files``:
every article, the ``sources.yml`` beside it, the actor and topic pages, under the same code and
suppressions), the listing of ``content/`` and a hash of the bytes of every page it wrote or kept.

An unchanged re-ingest checks bytes only (``unchanged_files``): it reads every input file and page and
hashes it, but parses none. Bytes, not file stamps: a same-size edit whose modification time was set back
is still seen. When some bytes changed but nothing an ingest reads from them did (``unchanged_inputs``,
after every article is parsed), there is nothing to do either, and the manifest records the new bytes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

from . import cache

FORMAT = 2  # bumped when the stored shape changes (1: pages by size and modification time)
# The libraries whose versions change what a reader makes of an article's or a page's bytes.
READING_LIBRARIES = ("pyyaml", "python-frontmatter", "charset-normalizer", "trafilatura", "htmldate")
_NO_FOLLOW = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)


def _bytes_digest(path: Path) -> bytes | None:
    """The SHA-256 of a file's bytes; None when it is missing, unreadable, not a file or a symbolic link
    (a reader refuses a link: the full read then says so)."""
    try:
        fd = os.open(path, _NO_FOLLOW)
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as f:
            return hashlib.sha256(f.read()).digest()
    except OSError:  # a folder, or a read that failed
        return None


def files_digest(paths: Iterable[Path]) -> str | None:
    """One hash of the names and bytes of ``paths``, in order; None when one of them cannot be read."""
    digest = hashlib.sha256()
    for path in paths:
        value = _bytes_digest(path)
        if value is None:
            return None
        digest.update(os.fsencode(path) + b"\0" + value)
    return digest.hexdigest()


def article_files_digest(files: list[Path]) -> str | None:
    """``files_digest`` of the article files, each with the ``sources.yml`` of its folder when it has one
    (a plain-text article's metadata is there); None when an article cannot be read."""
    sidecars: dict[Path, bytes] = {}
    digest = hashlib.sha256()
    for path in files:
        value = _bytes_digest(path)
        if value is None:
            return None
        sidecar = path.parent / "sources.yml"
        if sidecar not in sidecars:
            sidecars[sidecar] = _bytes_digest(sidecar) or (b"odd" if os.path.lexists(sidecar) else b"none")
        digest.update(os.fsencode(path) + b"\0" + value + sidecars[sidecar])
    return digest.hexdigest()


def _versions() -> str:
    found = []
    for name in READING_LIBRARIES:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name} -")
    return ", ".join(found)


def files_fingerprint(code: str, prune: bool, suppressed: str, articles: str, registry: str) -> str:
    """What ``unchanged_files`` compares: the code, the reading libraries, the options and the input bytes."""
    parts = (code, _versions(), str(prune), suppressed, articles, registry)
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def manifest_path(root: Path) -> Path | None:
    folder = cache.cache_folder(root)
    return None if folder is None else folder / "manifest.json"


def _listing(content: Path) -> list[str]:
    """Every page name under ``content`` (never through a link), as the manifest lists them."""
    names = []
    for folder, dirs, files in os.walk(content):
        names += [Path(folder, name).as_posix() for name in [*dirs, *files] if name.endswith(".md")]
    return sorted(names)


def _read_manifest(path: Path | None) -> dict[str, Any] | None:
    try:
        manifest = json.loads(path.read_text(encoding="utf-8")) if path else None
        if cache._decode(int, manifest["format"]) != FORMAT:
            return None
        pages = cache._decode(dict[str, str], manifest["pages"])
        for key in ("listing", "kept"):
            cache._decode(list[str], manifest[key])
        cache._decode(str, manifest["inputs"]), cache._decode(str | None, manifest["files"])
    except (OSError, ValueError, TypeError, KeyError, RecursionError, cache._Malformed):
        return None
    return {**manifest, "pages": pages}


def _page_digest(name: str) -> str | None:
    value = _bytes_digest(Path(name))
    return None if value is None else value.hex()


def _pages_as_left(manifest: dict[str, Any], content: Path) -> tuple[list[str], list[str]] | None:
    """(generated, kept as edited) of ``manifest`` when content/ lists the same pages and each has the bytes
    the ingest left; else None."""
    if manifest["listing"] != _listing(content):
        return None
    pages = manifest["pages"]
    if any(_page_digest(name) != digest for name, digest in pages.items()):
        return None
    kept = set(manifest["kept"])
    return sorted(set(pages) - kept), sorted(kept)


def unchanged_files(root: Path, content: Path, files: str) -> tuple[list[str], list[str]] | None:
    """The pages of the last ingest, (as generated, kept as edited), when its input files held the bytes
    ``files`` fingerprints and every page the bytes it left; else None."""
    manifest = _read_manifest(manifest_path(root))
    if manifest is None or manifest["files"] != files:
        return None
    return _pages_as_left(manifest, content)


def unchanged_inputs(root: Path, content: Path, inputs: str) -> tuple[list[str], list[str]] | None:
    """As ``unchanged_files``, by the inputs as parsed (``cache.inputs_fingerprint``) instead of their bytes."""
    manifest = _read_manifest(manifest_path(root))
    if manifest is None or manifest["inputs"] != inputs:
        return None
    return _pages_as_left(manifest, content)


def save_manifest(root: Path, content: Path, inputs: str, files: str | None, pages: list[str], kept: list[str]) -> None:
    """Record this ingest's inputs (``files`` None: their bytes changed while it ran), every page under
    ``content``, and the hash of each page it wrote or kept."""
    from .content import write_atomic

    path = manifest_path(root)
    digests = {name: _page_digest(name) for name in sorted([*pages, *kept])}
    if path is None or None in digests.values():
        return  # no usable cache, or a page went away meanwhile: the next run does the work again
    manifest = {
        "format": FORMAT,
        "inputs": inputs,
        "files": files,
        "listing": _listing(content),
        "pages": digests,
        "kept": sorted(kept),
    }
    with contextlib.suppress(OSError):
        write_atomic(path, json.dumps(manifest, sort_keys=True) + "\n")
