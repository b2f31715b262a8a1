"""The built site in a real Chromium: built once, served from site/ on 127.0.0.1, driven by Playwright.

Without Chromium the tests are skipped on a developer's machine and fail in CI (CI is set there).
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from test_cli import timeline

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
CHROMIUM = os.environ.get("TIMELINE_CHROMIUM", "/usr/bin/chromium")  # Debian's; any Chromium build will do
SCREENSHOTS = HERE / "screenshots"
# As root, with this machine's closed network: no sandbox, no background connections to Google's hosts.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _unavailable(why: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{why} (the browser tests must run in CI)")
    pytest.skip(why)


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # a browser closing a connection early (a page left mid-load) is not the site's error


def serve(folder: Path) -> tuple[ThreadingHTTPServer, str]:
    """Serve ``folder`` on 127.0.0.1 at a free port, in a thread; the caller shuts it down."""
    server = _QuietServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def build(project: Path) -> Path:
    """A strict build of ``project``'s content/ as it is, the way `timeline build --no-ingest` runs it.
    Built for the root of the local server: GitHub Actions' GITHUB_REPOSITORY would give it the address
    GitHub Pages serves it at (a project path), which is not where these tests serve it."""
    r = timeline("build", "--no-ingest", cwd=project, env={"GITHUB_REPOSITORY": ""})
    assert r.returncode == 0, r.stderr
    return project / "site"


@pytest.fixture(scope="session")
def site_url() -> Iterator[str]:
    server, url = serve(build(ROOT))
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def paged_site_url(tmp_path_factory) -> Iterator[str]:
    """The project's content/ built with a small page_size, so that the timeline is split into pages."""
    project = tmp_path_factory.mktemp("paged")
    shutil.copytree(ROOT / "content", project / "content")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "  - timeline:\n" in config
    (project / "mkdocs.yml").write_text(config.replace("  - timeline:\n", "  - timeline:\n      page_size: 8\n"))
    server, url = serve(build(project))
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        _unavailable(f"{CHROMIUM} is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    script = HERE / "node_modules" / "axe-core" / "axe.min.js"
    if not script.exists() and shutil.which("npm"):
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=HERE, capture_output=True, timeout=300)
    if not script.exists():
        _unavailable("axe-core is not installed (npm ci in tests/browser)")
    return script.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    return SCREENSHOTS
