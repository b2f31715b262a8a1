"""Check eval/summit-dev/gold.yml against its articles.

Every anchor and snippet must be an exact substring of its article; dates must be
ISO days or months; an anchor naming a weekday must carry a date on that weekday
within a week of the article's publication date; headlines are at most 100 chars.
Run: python eval/summit-dev/check_gold.py  (exit status 1 on any problem).
"""
from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _published(text: str) -> dt.date:
    """Return the publication date from an article's front matter."""
    match = re.search(r"^published: (\d{4}-\d\d-\d\d)$", text, re.M)
    if not match:
        raise ValueError("no published: line")
    return dt.date.fromisoformat(match.group(1))


def check() -> list[str]:
    """Return a list of problems, one line each."""
    gold = yaml.safe_load((HERE / "gold.yml").read_text(encoding="utf-8"))
    problems: list[str] = []
    for name, events in gold["events"].items():
        text = (HERE / "articles" / name).read_text(encoding="utf-8")
        pub = _published(text)
        for ev in events:
            if ev["anchor"] not in text:
                problems.append(f"{name}: anchor not found: {ev['anchor']!r}")
            if len(ev["headline"]) > 100:
                problems.append(f"{name}: headline too long: {ev['headline']!r}")
            if not re.fullmatch(r"\d{4}-\d\d(-\d\d)?", ev["date"]):
                problems.append(f"{name}: bad date {ev['date']!r}")
                continue
            words = ev["anchor"].lower()
            named = [d for d in DAYS if re.search(rf"\b{d}\b", words)]
            if named and len(ev["date"]) == 10:
                day = dt.date.fromisoformat(ev["date"])
                if DAYS[day.weekday()] != named[0] or abs((day - pub).days) > 7:
                    problems.append(f"{name}: {ev['date']} is no {named[0]} near {pub}")
    for name, stmts in gold["statements"].items():
        text = (HERE / "articles" / name).read_text(encoding="utf-8")
        for st in stmts:
            if st["kind"] not in ("direct", "reported"):
                problems.append(f"{name}: bad kind {st['kind']!r}")
            if st["snippet"] not in text:
                problems.append(f"{name}: snippet not found: {st['snippet']!r}")
    return problems


if __name__ == "__main__":
    found = check()
    print("\n".join(found) or "gold.yml OK")
    sys.exit(1 if found else 0)
