"""Figures on the unseen summit news (eval/summit/, a test set): event recall, statement recall, speaker
accuracy, from `timeline extract --json` of each article with this project's actors and topics.

    python bench/summit.py

Prints figures only: it is a test set, so it lists no misses.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.eval_quotes import same_name  # noqa: E402

SET = ROOT / "eval" / "summit"


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text.strip()).lower()


def _extract(path: Path) -> dict:
    run = subprocess.run(
        [sys.executable, "-m", "generator.cli", "extract", str(path), "--json"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    out = json.loads(run.stdout)
    return out[0] if isinstance(out, list) else out


def _speaker_right(found: dict, gold: str) -> bool:
    said = (found.get("speaker") or "").replace("-", " ")
    text = found.get("speaker_text") or ""
    return bool(said or text) and (same_name(said, gold) or same_name(text, gold))


def score(gold: dict) -> dict:
    """Event recall, statement recall and speaker accuracy against ``gold`` (eval/summit/gold.yml)."""
    names = sorted(set(gold["events"]) | set(gold["statements"]))
    out = {name: _extract(SET / "articles" / name) for name in names}
    events = [(name, g) for name in names for g in gold["events"].get(name) or []]
    found_events = sum(
        any(_norm(g["anchor"]) in _norm(e["sentence"]) and e["date"] == str(g["date"]) for e in out[name]["events"])
        for name, g in events
    )
    statements = [(name, g) for name in names for g in gold["statements"].get(name) or []]
    found = right = 0
    for name, g in statements:
        hits = [s for s in out[name]["statements"] if _norm(g["snippet"]) in _norm(s["quote"])]
        if hits:
            found += 1
            right += _speaker_right(hits[0], g["speaker"])
    return {
        "articles": len(names),
        "event_recall": round(100 * found_events / max(len(events), 1), 1),
        "events_gold": len(events),
        "events_found": found_events,
        "system_events": sum(len(o["events"]) for o in out.values()),
        "statement_recall": round(100 * found / max(len(statements), 1), 1),
        "speaker_accuracy": round(100 * right / max(found, 1), 1),
        "statements_gold": len(statements),
        "statements_found": found,
    }


def main() -> None:
    """Print the figures as one JSON line."""
    gold = yaml.safe_load((SET / "gold.yml").read_text(encoding="utf-8"))
    print(json.dumps(score(gold)))


if __name__ == "__main__":
    main()
