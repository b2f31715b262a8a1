"""Where the site's source lives and is served: the repository for "edit this page", the Pages address.

Kept out of the plugin: finding the repository runs git, and both answers depend only on the environment.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

_GITHUB_ORIGIN = re.compile(r"^(?:git@github\.com:|https://github\.com/)(?P<repo>[^/]+/[^/]+?)(?:\.git)?$")


def repository_url() -> str | None:
    """The GitHub repository this site is built from: GitHub Actions' variables, else git's origin."""
    if os.environ.get("GITHUB_REPOSITORY"):
        server = os.environ.get("GITHUB_SERVER_URL", "https://github.com")
        return f"{server}/{os.environ['GITHUB_REPOSITORY']}"
    try:
        origin = subprocess.run(
            ["git", "config", "--get", "remote.origin.url"], capture_output=True, text=True, timeout=5
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    m = _GITHUB_ORIGIN.match(origin)
    return f"https://github.com/{m['repo']}" if m else None


def pages_url() -> str | None:
    """Where GitHub Pages serves this repository, from GitHub Actions' ``GITHUB_REPOSITORY``:
    ``https://owner.github.io/repo/``, or the root for a repository named ``owner.github.io``.
    None off GitHub Actions, on GitHub Enterprise servers, or for a value that is not owner/name."""
    if os.environ.get("GITHUB_SERVER_URL", "https://github.com").rstrip("/") != "https://github.com":
        return None  # an Enterprise server's Pages live elsewhere: set site_url in mkdocs.yml
    m = re.fullmatch(r"(?P<owner>[A-Za-z0-9-]+)/(?P<name>[A-Za-z0-9._-]+)", os.environ.get("GITHUB_REPOSITORY", ""))
    if not m or m["name"] in (".", ".."):
        return None
    host = f"{m['owner'].lower()}.github.io"
    return f"https://{host}/" if m["name"].lower() == host else f"https://{host}/{m['name']}/"


def configure_addresses(config, branch: str) -> None:
    """Fill what a fork would otherwise configure: site_url on GitHub Actions (the 404 page, the sitemap
    and the feed need it under a project path) and repo_url/edit_uri from the repository."""
    if not config.site_url:
        config.site_url = pages_url()
    if not config.repo_url:
        url = repository_url()
        if url:
            config.repo_url = url
            config.edit_uri = config.edit_uri or f"edit/{branch}/{Path(config.docs_dir).name}/"


def folder_url(config, branch: str, folder: str) -> str | None:
    """The repository's view of the content/ folder ``folder`` (what feeds a generated page), if known."""
    if not config.repo_url:
        return None
    return f"{config.repo_url.rstrip('/')}/tree/{branch}/{Path(config.docs_dir).name}/{folder}"
