"""`timeline build` against a plain `mkdocs build` of the same content/ (the floor), in the same run.

    python bench/build.py 1000          # builds a synthetic corpus of 1,000 articles first
    python bench/build.py --project .   # or an existing project, as it is

Every run starts from an empty cache folder (TIMELINE_CACHE_DIR in a temporary folder): the first pair is
a cold build (nothing remembered: front matter, quotes, framed sections) and is printed on its own; then
the median CPU (user+sys) and wall time of --runs more interleaved pairs, the builds a user repeats (what
did not change is remembered), and the min, median and max of their ratios; then the search index's size
per event and the size of the timeline page.
With --phases, one more pair runs under cProfile and prints where the extra time goes, phase by phase.
"""

from __future__ import annotations

import argparse
import json
import os
import pstats
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


# Where a build's time goes: (label, a function's "file:line(name)" as cProfile names it, ends with this).
PHASES = (
    ("timeline check (before MkDocs)", "generator/cli.py", "(_validate)"),
    ("MkDocs build, all of it", "mkdocs/commands/build.py", "(build)"),
    ("plugin events (ours and search)", "mkdocs/plugins.py", "(run_event)"),
    ("our on_config (collect content/)", "generator/mkdocs_plugin.py", "(on_config)"),
    ("our on_page_markdown (frames)", "generator/mkdocs_plugin.py", "(on_page_markdown)"),
    ("our on_page_content (clean, unstash)", "generator/mkdocs_plugin.py", "(on_page_content)"),
    ("search indexing (on_page_context)", "search/plugin.py", "(on_page_context)"),
    ("Markdown conversion", "markdown/core.py", "(convert)"),
    ("theme templates (Jinja render)", "jinja2/environment.py", "(render)"),
)


def phase_seconds(stats: pstats.Stats) -> dict[str, float]:
    """The cumulative seconds of each of PHASES in one profile (0 for a phase that did not run)."""
    found = dict.fromkeys((label for label, _, _ in PHASES), 0.0)
    for (filename, _, function), (_, _, _, cumulative, _) in stats.stats.items():
        for label, where, name in PHASES:
            if filename.replace("\\", "/").endswith(where) and f"({function})" == name:
                found[label] += cumulative
    return found


def profiled(args: list[str], cwd: Path, out: Path) -> dict[str, float]:
    """Run one command under cProfile and give its phases' seconds."""
    if args[1] == "-m":
        args = [args[0], "-m", "cProfile", "-o", str(out), "-m", *args[2:]]
    cpu_and_wall(args, cwd)
    return phase_seconds(pstats.Stats(str(out)))


def print_phases(ours: dict[str, float], floor: dict[str, float]) -> None:
    """One line per phase: our build's seconds, plain MkDocs', and the difference (profiled, so slower)."""
    print("phases under cProfile (seconds): timeline build / plain mkdocs build / extra")
    for label in ours:
        print(f"  {label:40} {ours[label]:6.2f} {floor[label]:6.2f} {ours[label] - floor[label]:+6.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=1000)
    parser.add_argument("--project", type=Path, help="an existing project instead of a synthetic corpus")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--mode", choices=MODES, default="story", help="the corpus: one story (default) or renamed")
    parser.add_argument("--phases", action="store_true", help="one more pair under cProfile: time by phase")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["TIMELINE_CACHE_DIR"] = str(Path(tmp) / "cache")  # cold first: no earlier run's memory
        if args.project:
            project = args.project.resolve()
        else:
            project = new_project(Path(tmp) / "project")
            write_corpus(args.n, project / "articles", registry=project / "content", mode=args.mode)
            subprocess.run([sys.executable, "-m", "generator.cli", "ingest", "articles"], cwd=project, check=True,
                           capture_output=True)  # fmt: skip
        plain = plain_config(project)
        ours, floor = [], []
        for _ in range(args.runs + 1):  # interleaved, so both see the same machine; the first is the cold pair
            ours.append(cpu_and_wall([sys.executable, "-m", "generator.cli", "build", "--no-ingest"], project))
            floor.append(cpu_and_wall([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(plain)], project))
        (cold, cold_floor), ours, floor = (ours[0], floor[0]), ours[1:], floor[1:]
        if args.phases:
            ours_cmd = [sys.executable, "-m", "generator.cli", "build", "--no-ingest"]
            floor_cmd = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(plain)]
            phases = (
                profiled(ours_cmd, project, Path(tmp) / "ours.prof"),
                profiled(floor_cmd, project, Path(tmp) / "plain.prof"),
            )
        plain.unlink()
        events = sum(1 for _ in (project / "content" / "events").glob("*.md"))
        statements = sum(1 for _ in (project / "content" / "statements").glob("*.md"))
        index = project / "site" / "search" / "search_index.json"
        docs = len(json.loads(index.read_text(encoding="utf-8"))["docs"])
        timeline_pages = sorted((project / "site" / "timeline").rglob("index.html"))
        largest = max(p.stat().st_size for p in timeline_pages)
        print(f"{events} events, {statements} statements")
        print(
            f"first (cold) pair, CPU: timeline build {cold[0]:.1f} s, plain mkdocs build {cold_floor[0]:.1f} s,"
            f" ratio {cold[0] / cold_floor[0]:.2f}; then the repeated builds:"
        )
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
        if args.phases:
            print_phases(*phases)


if __name__ == "__main__":
    main()
