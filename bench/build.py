"""`timeline build` against a plain `mkdocs build` of the same content/ (the floor), in the same run.

    python bench/build.py 1000          # builds a synthetic corpus of 1,000 articles first
    python bench/build.py --project .   # or an existing project, as it is

Prints the median CPU (user+sys) and wall time of --runs interleaved pairs of builds and the min, median
and max of their ratios; then the search index's size per event and the size of the timeline page.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from corpus import MODES, write_corpus  # noqa: E402
from ingest import new_project  # noqa: E402


def plain_config(project: Path) -> Path:
    """The project's mkdocs.yml without our plugin: what MkDocs alone does with the same pages."""
    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    config["plugins"] = ["search"]
    config["strict"] = False  # without the plugin the nav's generated pages do not exist
    config["site_dir"] = "site-plain"
    path = project / "mkdocs-plain.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


def cpu_and_wall(args: list[str], cwd: Path) -> tuple[float, float]:
    """CPU seconds (user + system, the command and its children) and wall seconds of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    r = subprocess.run(args, cwd=cwd, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"), capture_output=True, text=True)
    wall = time.perf_counter() - started
    if r.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{r.stderr}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=1000)
    parser.add_argument("--project", type=Path, help="an existing project instead of a synthetic corpus")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--mode", choices=MODES, default="story", help="the corpus: one story (default) or renamed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.project:
            project = args.project.resolve()
        else:
            project = new_project(Path(tmp) / "project")
            write_corpus(args.n, project / "articles", registry=project / "content", mode=args.mode)
            subprocess.run([sys.executable, "-m", "generator.cli", "ingest", "articles"], cwd=project, check=True,
                           capture_output=True)  # fmt: skip
        plain = plain_config(project)
        ours, floor = [], []
        for _ in range(args.runs):  # interleaved, so both see the same machine
            ours.append(cpu_and_wall([sys.executable, "-m", "generator.cli", "build", "--no-ingest"], project))
            floor.append(cpu_and_wall([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(plain)], project))
        plain.unlink()
        events = sum(1 for _ in (project / "content" / "events").glob("*.md"))
        statements = sum(1 for _ in (project / "content" / "statements").glob("*.md"))
        index = project / "site" / "search" / "search_index.json"
        docs = len(json.loads(index.read_text(encoding="utf-8"))["docs"])
        timeline_pages = sorted((project / "site" / "timeline").rglob("index.html"))
        largest = max(p.stat().st_size for p in timeline_pages)
        print(f"{events} events, {statements} statements")
        for i, what in ((0, "CPU (user+sys)"), (1, "wall")):
            t, f = [o[i] for o in ours], [p[i] for p in floor]
            ratios = sorted(a / b for a, b in zip(t, f, strict=True))
            print(
                f"{what}: timeline build {statistics.median(t):.1f} s, plain mkdocs build {statistics.median(f):.1f} s"
                f" (median of {args.runs} pairs); ratio min {ratios[0]:.2f} median {statistics.median(ratios):.2f}"
                f" max {ratios[-1]:.2f}"
            )
        print(
            f"search index {index.stat().st_size / 1024:.0f} KB, {docs} entries: "
            f"{index.stat().st_size / events / 1024:.2f} KB per event"
        )
        print(f"timeline: {len(timeline_pages)} pages, the largest {largest / 1024:.0f} KB")


if __name__ == "__main__":
    main()
