"""How fast the timeline's pages render in Chromium: first contentful paint and load, per page.

    python bench/render.py PROJECT            # a project already built (its site/)
    python bench/render.py PROJECT --build    # `timeline build --no-ingest` first

Serves PROJECT/site on 127.0.0.1 and opens, in headless Chromium (TIMELINE_CHROMIUM, default
/usr/bin/chromium), the timeline's overview and its largest page, five times each with a cold cache.
Prints the number of events on each page and the median first contentful paint and load event.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "browser"))

from conftest import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402

TIMING = """() => {
  const nav = performance.getEntriesByType("navigation")[0];
  const paint = performance.getEntriesByName("first-contentful-paint")[0];
  return {fcp: paint ? paint.startTime : null, load: nav.loadEventEnd};
}"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("--build", action="store_true")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    project = args.project.resolve()
    if args.build:
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
        build = [sys.executable, "-m", "generator.cli", "build", "--no-ingest"]
        subprocess.run(build, cwd=project, env=env, check=True)
    site = project / "site"
    pages = sorted((site / "timeline").glob("*/index.html"), key=lambda p: p.stat().st_size)
    targets = [site / "timeline" / "index.html", *pages[-1:]]
    n_events = len(list((project / "content" / "events").glob("*.md")))
    print(f"{n_events} events; the timeline has {len(pages)} pages besides its overview")

    from playwright.sync_api import sync_playwright

    server, url = serve(site)
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for target in targets:
                address = f"{url}{target.parent.relative_to(site).as_posix()}/"
                html = target.read_text(encoding="utf-8")
                shown = html.count('class="tl-event')
                fcp, load = [], []
                for _ in range(args.runs):
                    context = browser.new_context(viewport={"width": 1280, "height": 900})
                    page = context.new_page()
                    page.goto(address, wait_until="load")
                    timing = page.evaluate(TIMING)
                    fcp.append(timing["fcp"])
                    load.append(timing["load"])
                    context.close()
                print(
                    f"{address.removeprefix(url) or '/'}: {shown} events, {len(html) / 1024:.0f} KB; "
                    f"first contentful paint {statistics.median(fcp):.0f} ms, load {statistics.median(load):.0f} ms "
                    f"(median of {args.runs})"
                )
            browser.close()
    finally:
        server.shutdown()


if __name__ == "__main__":
    main()
