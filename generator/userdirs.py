"""The user cache folder of a project and the fingerprint of the generator's code, shared by every cache.

The extraction cache (``generator.cache``), the check's memories (``generator.parsed``, ``generator.verified``)
and the site's framed sections (``generator.site.framed``) all live in one folder per project path, outside
the checkout, and are all invalidated by any change to the generator's code; each is one JSON file there,
read by ``read_memory`` and written by ``write_memory``. This module imports only the content model's writer,
so the site half reaches it without reaching extraction.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import subprocess
from pathlib import Path

from .content.pages import write_atomic

CACHE_ENV = "TIMELINE_CACHE_DIR"  # overrides the user's cache folder (tests, CI)
_PACKAGE = Path(__file__).resolve().parent


@functools.cache  # the code does not change while it runs; the check and the ingest both ask
def code_fingerprint() -> str:
    """A hash of the generator's own code and data files (the title lexicon): any change to the
    extractor invalidates the cache."""
    digest = hashlib.sha256()
    for path in sorted([*_PACKAGE.rglob("*.py"), *(_PACKAGE / "data").glob("*.yml")]):
        digest.update(path.relative_to(_PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _user_cache_base() -> Path:
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    return (Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache") / "timeline"


def _tracked_by_git(project: Path, folder: Path) -> bool:
    """True when git tracks a file under ``folder`` in the repository at ``project``."""
    try:
        inside = folder.resolve().relative_to(project)
    except ValueError:
        return False  # outside the checkout: nothing a pull request holds
    try:
        listed = subprocess.run(
            ["git", "-C", str(project), "ls-files", "-z", "--", str(inside) or "."],
            capture_output=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False  # no git: nothing is tracked
    return listed.returncode == 0 and bool(listed.stdout)


def cache_folder(root: Path) -> Path | None:
    """This project's cache folder, keyed by its resolved path; None when git tracks it (never trusted)."""
    project = root.resolve()
    name = "".join(c if c.isalnum() or c in "-_" else "_" for c in project.name)[:40]
    folder = _user_cache_base() / f"{name}-{hashlib.sha256(str(project).encode()).hexdigest()[:16]}"
    return None if _tracked_by_git(project, folder) else folder


def memory_file(project: Path, name: str) -> Path | None:
    """The file ``name`` in ``project``'s cache folder; None when it has no usable one."""
    folder = cache_folder(project)
    return None if folder is None else folder / name


def read_memory(path: Path | None, format: int) -> dict | None:
    """The JSON object kept at ``path`` in this ``format``; None when there is none, it cannot be read, it is
    no object, or another format wrote it (a memory is only ever a shortcut: losing it costs time, no more)."""
    try:
        stored = json.loads(path.read_text(encoding="utf-8")) if path else None
    except (OSError, ValueError, RecursionError):
        return None
    return stored if isinstance(stored, dict) and stored.get("format") == format else None


def write_memory(path: Path | None, memory: dict) -> None:
    """Keep ``memory`` at ``path`` (atomically, keys sorted); a cache folder that cannot be written is no error."""
    if path is None:
        return
    with contextlib.suppress(OSError):
        write_atomic(path, json.dumps(memory, sort_keys=True) + "\n")
