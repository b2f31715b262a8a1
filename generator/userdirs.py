"""The user cache folder of a project and the fingerprint of the generator's code, shared by every cache.

The extraction cache (``generator.cache``), the check's memories (``generator.parsed``, ``generator.verified``)
and the site's framed sections (``generator.site.framed``) all live in one folder per project path, outside
the checkout, and are all invalidated by any change to the generator's code. This module imports nothing of
the generator, so the site half reaches it without reaching extraction.
"""

from __future__ import annotations

import functools
import hashlib
import os
import subprocess
from pathlib import Path

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
