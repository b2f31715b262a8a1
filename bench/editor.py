"""An editor's view of a project's timeline: are its entries headlines of happenings, each once?

    python bench/editor.py PROJECT            # PROJECT holds content/ (default: the current folder)
    python bench/editor.py PROJECT --list     # and every event's date, sources and title
    python bench/editor.py PROJECT --gold GOLD.yml [--misses]   # and event recall against a gold list

Reads ``content/events/*.md`` and prints: the share of events whose titles pass the headline rules
(at most 100 characters, no ellipsis, no leading pronoun, date phrase or quotation mark, and none of the
editor's flaws of ``generator.cuts.flaws``: a dangling last word or measure phrase, a quotation left open, a
numeral, a bare happening noun, a demonstrative or an article-less ordinal for a subject, a leading phrase
before the subject, a fragment with no predicate or a list a cut stopped in, an aside spliced between subject
and verb, a list opener for a verb's object; and ``generator.cuts.surface_flaws``: markup, punctuation a removed
phrase left, a question, a saying with nothing said, a vague subject, a spliced speech tag, the article's own
voice: ``generator.headlines.passes``), the titles with each flaw, the
share of events that are quotations (a report's sentence mostly inside quote marks:
``generator.clauses.is_quotation``), events citing one source twice, pairs of events on one day sharing half
their title words, merged events (citing two sources or more) and events per source. The last line is a JSON summary.

``--gold`` reads a YAML list of happenings, each ``{date, anchor, happening}`` (``happening`` an id: rows
with one id are reports of one happening), and adds: event recall (a row is found when an event of its date
cites a sentence holding its anchor), happenings split over two events or more, and events that hold the
anchors of two happenings (wrong merges). ``--misses`` prints the rows not found.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.clauses import is_quotation  # noqa: E402
from generator.content import read_page  # noqa: E402
from generator.cuts import flaws  # noqa: E402
from generator.fold import NEAR, is_day, overlap  # noqa: E402
from generator.headlines import passes  # noqa: E402
from generator.wording import content_words  # noqa: E402


def _events(project: Path) -> list[dict]:
    out = []
    for path in sorted((project / "content" / "events").glob("*.md")):
        page, problems = read_page(path, "events")
        if page is None:
            sys.exit(f"{problems[0].path}:{problems[0].line or 1}: {problems[0].message}")
        out.append(page.meta)
    return out


FLAWS = (
    "dangling end",
    "unclosed quotation",
    "numeral subject",
    "bare subject",
    "demonstrative subject",
    "no article",
    "lead-in",
    "fragment",
    "spliced aside",
    "broken object",
    "markup",
    "punctuation residue",
    "question",
    "empty saying",
    "vague subject",
    "spliced tag",
    "meta sentence",
    "no subject",
    "description",
    "vague object",
)


def figures(events: list[dict]) -> dict:
    """The editor's figures for a list of events' front matter."""
    n = len(events)
    headlines = sum(passes(str(e.get("title", ""))) for e in events)
    quotations = sum(any(is_quotation(str(s.get("quote", ""))) for s in e.get("sources", [])) for e in events)
    cited_twice = sum(len({s["source"] for s in e["sources"]}) < len(e["sources"]) for e in events)
    by_day: dict[str, list[frozenset[str]]] = {}
    for e in filter(lambda e: is_day(str(e["date"])), events):
        by_day.setdefault(str(e["date"]), []).append(content_words(str(e.get("title", ""))))
    near = sum(
        overlap(a, b) >= NEAR for titles in by_day.values() for i, a in enumerate(titles) for b in titles[i + 1 :]
    )
    sources = Counter(s["source"] for e in events for s in e.get("sources", []))
    flawed = Counter(f for e in events for f in flaws(str(e.get("title", ""))))
    return {
        "events": n,
        "headline_share": round(100 * headlines / n, 1) if n else 0.0,
        **{f"titles_{f.replace(' ', '_').replace('-', '_')}": flawed[f] for f in FLAWS},
        "quotation_share": round(100 * quotations / n, 1) if n else 0.0,
        "citing_one_source_twice": cited_twice,
        "same_day_near_duplicate_pairs": near,
        "merged_events": sum(len({s["source"] for s in e["sources"]}) >= 2 for e in events),
        "flagged_for_review": sum(bool(e.get("review")) for e in events),
        "sources": len(sources),
        "events_per_source": round(sum(sources.values()) / len(sources), 2) if sources else 0.0,
    }


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def recall(events: list[dict], gold: list[dict]) -> tuple[dict, list[dict]]:
    """Event recall against gold rows ``{date, anchor, happening}``, happenings split over several events,
    events holding two happenings; and the rows not found."""
    found: dict[int, set[int]] = {}  # gold row -> events holding it
    for i, row in enumerate(gold):
        anchor = _norm(str(row["anchor"]))
        for j, e in enumerate(events):
            if str(e["date"]) == str(row["date"]) and any(
                anchor in _norm(str(s.get("quote", ""))) for s in e.get("sources", [])
            ):
                found.setdefault(i, set()).add(j)
    by_happening: dict[str, set[int]] = {}
    per_event: dict[int, set[str]] = {}
    for i, js in found.items():
        h = str(gold[i].get("happening", i))
        by_happening.setdefault(h, set()).update(js)
        for j in js:
            per_event.setdefault(j, set()).add(h)
    figures = {
        "gold_rows": len(gold),
        "event_recall": round(100 * len(found) / len(gold), 1) if gold else 0.0,
        "happenings_split": sum(len(js) > 1 for js in by_happening.values()),
        "events_merging_two_happenings": sum(len(hs) > 1 for hs in per_event.values()),
    }
    return figures, [row for i, row in enumerate(gold) if i not in found]


def _gold(path: Path) -> list[dict]:
    try:
        rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        sys.exit(f"{path}:1: cannot read the gold list: {str(err).splitlines()[0]}")
    if not isinstance(rows, list) or not all(isinstance(r, dict) and {"date", "anchor"} <= set(r) for r in rows):
        sys.exit(f"{path}:1: the gold list must be a list of {{date, anchor, happening}} rows")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", type=Path, nargs="?", default=Path("."))
    parser.add_argument("--list", action="store_true", help="print every event too")
    parser.add_argument("--gold", type=Path, help="a YAML list of {date, anchor, happening}: event recall")
    parser.add_argument("--misses", action="store_true", help="with --gold: print the rows not found")
    args = parser.parse_args()
    if not (args.project / "content" / "events").is_dir():
        sys.exit(f"{args.project}: no content/events folder")
    events = _events(args.project)
    if args.list:
        for e in events:
            mark = " " if passes(str(e.get("title", ""))) else "!"
            print(f"{mark} {e['date']!s:<16} {len(e['sources'])} src  {e.get('title', '')}")
    f = figures(events)
    if args.gold:
        scores, misses = recall(events, _gold(args.gold))
        f.update(scores)
        for row in misses if args.misses else ():
            print(f"miss {row['date']!s:<12} {row['anchor']}")
    width = max(map(len, f))
    for key, value in f.items():
        print(f"{key.replace('_', ' '):<{width}}  {value}")
    print(json.dumps(f))


if __name__ == "__main__":
    main()
