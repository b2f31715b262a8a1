"""Articles per second of extraction alone (sentences, dates, events, statements), in one process, against
``dateparser.search.search_dates`` over the same texts.

    python bench/extract.py 200            # a synthetic corpus of 200 articles (bench/corpus.py)
    python bench/extract.py --articles seeds

Reading the files, merging and writing pages are left out: this is the cost per article of what
`timeline ingest` caches. Timed twice: the first pass alone, and to the fixed point as `timeline ingest`
extracts (the first pass, then again where a speaker it found could be named; generator/fixpoint.py), with
the registry the benchmark's project starts from. Prints articles per second of each and the ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from corpus import MODES, write_corpus  # noqa: E402

from generator.actors import Registry  # noqa: E402
from generator.content import load_registry  # noqa: E402
from generator.extract import extract  # noqa: E402
from generator.fixpoint import Extractor, extract_to_fixed_point  # noqa: E402
from generator.readers import article_paths, read_article  # noqa: E402
from generator.topics import Topics  # noqa: E402


def _rate(label: str, n: int, seconds: float) -> float:
    print(f"{label}: {n} articles in {seconds:.2f} s, {n / seconds:.1f} articles/s")
    return n / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=200)
    parser.add_argument("--articles", type=Path, help="a folder of articles instead of a synthetic corpus")
    parser.add_argument("--mode", choices=MODES, default="story", help="the corpus: one story (default) or renamed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.articles
        if folder is None:
            folder = Path(tmp) / "articles"
            write_corpus(args.n, folder, mode=args.mode)
        articles = [read_article(p) for p in article_paths([folder])]
    actors, topic_list = load_registry(ROOT / "content")  # the actor pages bench/ingest.py's projects start with
    registry, topics = Registry(actors), Topics(topic_list)

    from dateparser.search import search_dates

    search_dates("warm-up on 6 August 2025", languages=["en"])  # dateparser loads its language data lazily
    extract(articles[0], registry, topics)

    started = time.perf_counter()
    for article in articles:
        extract(article, registry, topics)
    _rate("timeline extraction, first pass", len(articles), time.perf_counter() - started)

    started = time.perf_counter()
    with Extractor(topics, None, 1, lambda total: lambda: None) as one_process:
        extract_to_fixed_point(articles, registry, one_process.run)
    ours = _rate("timeline extraction to the fixed point", len(articles), time.perf_counter() - started)

    started = time.perf_counter()
    for article in articles:
        base = dt.datetime.combine(article.published, dt.time())
        search_dates(article.text, languages=["en"], settings={"RELATIVE_BASE": base})
    floor = _rate("dateparser search_dates", len(articles), time.perf_counter() - started)
    print(f"ratio: extraction is {ours / floor:.1f}x the rate of search_dates alone")


if __name__ == "__main__":
    main()
