"""Time and peak memory of `timeline ingest` on synthetic corpora, then of a second, unchanged ingest.

    python bench/ingest.py 10 100 1000          # N articles each (bench/corpus.py writes them)
    python bench/ingest.py 10000 --build        # also `timeline build` of the result
    python bench/ingest.py 10000 --build --keep /tmp/corpora   # and keep the project (for bench/render.py)
    python bench/ingest.py 1000 --mode renamed                 # the renamed-seeds corpus, not one story

Prints one line per N: seconds and peak resident memory (of the ingest process and its workers), and
how many event comparisons merging made.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from corpus import MODES, write_corpus  # noqa: E402


def new_project(where: Path) -> Path:
    """An empty project: the shipped topics, mkdocs.yml, no pages yet."""
    (where / "content" / "topics").mkdir(parents=True)
    for topic in (ROOT / "content" / "topics").glob("*.md"):
        shutil.copy(topic, where / "content" / "topics")
    (where / "content" / "index.md").write_text("# Synthetic corpus\n", encoding="utf-8")
    shutil.copy(ROOT / "mkdocs.yml", where / "mkdocs.yml")
    return where


def timed(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS in MB of one command and its children (wait4 per process tree)."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", **(env or {}))
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    r = subprocess.run(args, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - started
    if r.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{r.stderr}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", type=int, nargs="+")
    parser.add_argument("--build", action="store_true", help="also time `timeline build --no-ingest`")
    parser.add_argument("--keep", type=Path, help="write the projects under this folder and keep them (N-articles/)")
    parser.add_argument("--mode", choices=MODES, default="story", help="the corpus: one story (default) or renamed")
    parser.add_argument("--scheduler", help="extract on this Dask scheduler (tcp://HOST:PORT)")
    args = parser.parse_args()
    timeline = [sys.executable, "-m", "generator.cli"]
    print(f"{os.cpu_count()} cores")
    for n in args.sizes:
        with contextlib.nullcontext(str(args.keep)) if args.keep else tempfile.TemporaryDirectory() as tmp:
            where = Path(tmp) / (f"{n}-articles" if args.keep else "project")
            if where.exists():
                sys.exit(f"bench/ingest.py: {where} exists; remove it or --keep elsewhere")
            project = new_project(where)
            write_corpus(n, project / "articles", registry=project / "content", mode=args.mode)
            stats = project / "merge-stats.json"
            cluster = ["--scheduler", args.scheduler] if args.scheduler else []
            counted = {"TIMELINE_MERGE_STATS": str(stats)}
            first, first_mb = timed([*timeline, "ingest", "articles", *cluster], project, counted)
            comparisons = json.loads(stats.read_text(encoding="utf-8"))["comparisons"]
            pages = sum(1 for _ in (project / "content").rglob("*.md"))
            again, _ = timed([*timeline, "ingest", "articles"], project)
            line = (
                f"N={n:>6}: ingest {first:7.1f} s (peak {first_mb:6.0f} MB, {pages} pages, "
                f"{comparisons} event comparisons), "
                f"unchanged re-ingest {again:5.2f} s"
            )
            if args.build:
                build, build_mb = timed([*timeline, "build", "--no-ingest"], project)
                line += f", build {build:7.1f} s (peak {build_mb:6.0f} MB), total {first + build:7.1f} s"
            print(line, flush=True)


if __name__ == "__main__":
    main()
