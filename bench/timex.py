"""The date engine against dateparser's ``search_dates`` on the same TimeML texts, in one process.

    python bench/timex.py [TIMEML_DIR] [--repeat N]
    python bench/timex.py [TIMEML_DIR] --write-articles DIR   # the texts as .md articles for whole-process timing
    python bench/timex.py [TIMEML_DIR] --dateparser-only      # just search_dates over the texts, once

TIMEML_DIR defaults to ../shared/eval/te3-platinum (the TempEval-3 platinum set). Prints, for each system,
the best and median seconds of a pass over all documents and the ratio engine / dateparser.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

import yaml

from generator.evaluate import read_timeml
from generator.timex import tag

DEFAULT_DIR = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "te3-platinum"


def load(folder: Path) -> list[tuple[str, dt.date, str]]:
    """(name, document date, text) of every .tml file in ``folder``."""
    docs = []
    for path in sorted(folder.glob("*.tml")):
        doc = read_timeml(path)
        docs.append((path.stem, doc.dct, doc.text))
    if not docs:
        sys.exit(f"bench/timex.py: {folder}: no .tml files")
    return docs


def _searcher():
    from dateparser.search import search_dates

    def run(text: str, dct: dt.date) -> int:
        base = dt.datetime(dct.year, dct.month, dct.day)
        found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})
        return len(found or [])

    return run


def _engine(text: str, dct: dt.date) -> int:
    return len(tag(text, dct))


def time_passes(fn, docs, repeat: int) -> list[float]:
    """Seconds of each of ``repeat`` passes of ``fn`` over every document (after one warm-up pass)."""
    for _, dct, text in docs:
        fn(text, dct)
    passes = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _, dct, text in docs:
            fn(text, dct)
        passes.append(time.perf_counter() - t0)
    return passes


def write_articles(docs, out: Path) -> None:
    """Each text as ``NAME.md`` with its document date in the front matter."""
    out.mkdir(parents=True, exist_ok=True)
    for name, dct, text in docs:
        meta = {"title": name, "outlet": "TempEval-3", "published": dct.isoformat()}
        (out / f"{name}.md").write_text(f"---\n{yaml.safe_dump(meta, sort_keys=True)}---\n{text}", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--write-articles", type=Path, metavar="DIR")
    ap.add_argument("--dateparser-only", action="store_true")
    a = ap.parse_args()
    docs = load(a.dir)
    if a.write_articles:
        write_articles(docs, a.write_articles)
        print(f"wrote {len(docs)} articles to {a.write_articles}")
        return
    search = _searcher()
    if a.dateparser_only:
        print(sum(search(text, dct) for _, dct, text in docs), "dates found by search_dates")
        return
    chars = sum(len(t) for _, _, t in docs)
    print(f"{len(docs)} documents, {chars:,} characters, {a.repeat} passes each after a warm-up")
    ours = time_passes(_engine, docs, a.repeat)
    theirs = time_passes(search, docs, a.repeat)
    for label, passes in (("timeline engine", ours), ("dateparser search_dates", theirs)):
        print(f"{label:24} best {min(passes):.3f} s  median {statistics.median(passes):.3f} s per pass")
    print(f"ratio engine / dateparser (median): {statistics.median(ours) / statistics.median(theirs):.2f}")


if __name__ == "__main__":
    main()
