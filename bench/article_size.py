"""Seconds of extraction against the size of one article: is the pipeline linear in article size?

    python bench/article_size.py                      # 0.25, 0.5, 1, 2 and 5 MB
    python bench/article_size.py --sizes 0.25 1 --keep /tmp/sizes

Each article is one long news text made by concatenating, in a fixed shuffled order, the seed
articles and the Wikinews articles of the evaluation set (real sentences, quotes, names and dates
from many publication days), cut at a paragraph once it reaches the size. Each is read and
extracted (sentences, dates, events, statements) in a fresh process, timed there, so neither
the start-up of Python nor a cache counts. Prints size, seconds and seconds per MB, wall-clock and
CPU (the CPU figures are the steadier ones on a shared machine), the process's peak memory and what
was found. ``--one-line`` makes each article a single paragraph, as text saved without line breaks is.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.errors import TimelineError  # noqa: E402
from generator.readers import article_paths, read_article  # noqa: E402

WIKINEWS = ROOT / ".." / "shared" / "eval" / "wikinews"
MB = 1024 * 1024
SIZES = (0.25, 0.5, 1.0, 2.0, 5.0)


def source_texts() -> list[str]:
    """The bodies of the seeds and of the Wikinews articles, in a fixed shuffled order."""
    paths = article_paths([ROOT / "seeds", *([WIKINEWS] if WIKINEWS.is_dir() else [])])
    texts = []
    for path in paths:
        try:
            texts.append(read_article(path).text.strip())
        except TimelineError:
            continue  # a few Wikinews files have a URL the reader refuses; their text is not needed
    random.Random(15).shuffle(texts)
    return texts


def build(size_mb: float, texts: list[str]) -> str:
    """An article body of about ``size_mb`` MB (UTF-8), cut after a whole paragraph."""
    target = int(size_mb * MB)
    parts: list[str] = []
    total = 0
    while total < target:
        for text in texts:
            for paragraph in text.split("\n"):
                parts.append(paragraph)
                total += len(paragraph.encode()) + 1
                if total >= target:
                    return "\n".join(parts) + "\n"
    return "\n".join(parts) + "\n"


def write_article(path: Path, size_mb: float, texts: list[str], *, one_line: bool = False) -> None:
    """The article as a Markdown file; ``one_line`` joins its paragraphs into one (text saved without breaks)."""
    front = f'---\ntitle: "A {size_mb:g} MB article"\noutlet: Bench\npublished: 2025-08-07\nlanguage: en\n---\n\n'
    body = build(size_mb, texts)
    path.write_text(front + (body.replace("\n", " ").strip() + "\n" if one_line else body), encoding="utf-8")


def _child(path: str) -> None:
    """Runs in the fresh process: read and extract one article, print the seconds it took."""
    from generator.actors import Registry
    from generator.content import load_registry
    from generator.extract import extract
    from generator.topics import Topics

    actors, topics = load_registry(ROOT / "content")
    registry, tagger = Registry(actors), Topics(topics)
    started, cpu = time.perf_counter(), time.process_time()
    x, _ = extract(read_article(path), registry, tagger)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024  # KB on Linux
    print(f"{seconds:.3f} {cpu:.3f} {peak} {len(x.timexes)} {len(x.events)} {len(x.statements)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=list(SIZES), help="article sizes in MB")
    parser.add_argument("--keep", type=Path, help="write the articles to this folder and keep them")
    parser.add_argument("--one-line", action="store_true", help="each article one paragraph (no line breaks)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child)
        return
    texts = source_texts()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        print(f"{'MB':>6} {'seconds':>8} {'s/MB':>6} {'cpu s':>7} {'cpu s/MB':>8}", end=" ")
        print(f"{'peak MB':>7} {'timexes':>8} {'events':>7} {'statements':>10}")
        for size in args.sizes:
            path = folder / f"article-{size:g}mb.md"
            write_article(path, size, texts, one_line=args.one_line)
            real = path.stat().st_size / MB
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(path)], capture_output=True, text=True, check=True
            ).stdout.split()
            seconds, cpu = float(out[0]), float(out[1])
            counts = f"{out[2]:>7} {out[3]:>8} {out[4]:>7} {out[5]:>10}"
            print(f"{real:6.2f} {seconds:8.2f} {seconds / real:6.2f} {cpu:7.2f} {cpu / real:8.2f} {counts}", flush=True)


if __name__ == "__main__":
    main()
