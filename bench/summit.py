"""Figures on summit news: event recall, statement recall, speaker accuracy, from `timeline extract --json`
of each article with this project's actors and topics.

    python bench/summit.py                                    # eval/summit/, the test set: figures only
    python bench/summit.py --set eval/summit-dev --misses     # the development set, with what it missed

`--misses` lists the gold events and statements not found; it is refused on a set whose README heading calls it
a test set, whose sentences are not to be read.
"""

from __future__ import annotations

import argparse
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


def score(gold: dict, folder: Path = SET, misses: list[str] | None = None) -> dict:
    """Event recall, statement recall and speaker accuracy against ``gold`` (``folder``/gold.yml).

    When ``misses`` is a list, a line for each gold event or statement not found (or wrongly attributed)
    is appended to it.
    """
    names = sorted(set(gold["events"]) | set(gold["statements"]))
    out = {name: _extract(folder / "articles" / name) for name in names}
    events = [(name, g) for name in names for g in gold["events"].get(name) or []]
    found_events = 0
    for name, g in events:
        if any(_norm(g["anchor"]) in _norm(e["sentence"]) and e["date"] == str(g["date"]) for e in out[name]["events"]):
            found_events += 1
        elif misses is not None:
            anchor = _norm(g["anchor"])
            near = [f"{e['date']} {e['title']!r}" for e in out[name]["events"] if anchor in _norm(e["sentence"])]
            misses.append(f"event {name} {g['date']} {g['anchor']!r}: " + ("; ".join(near) or "no event"))
    statements = [(name, g) for name in names for g in gold["statements"].get(name) or []]
    found = right = 0
    for name, g in statements:
        hits = [s for s in out[name]["statements"] if _norm(g["snippet"]) in _norm(s["quote"])]
        if hits:
            found += 1
            right += _speaker_right(hits[0], g["speaker"])
            if misses is not None and not _speaker_right(hits[0], g["speaker"]):
                said = hits[0].get("speaker")
                misses.append(f"speaker {name} {g['snippet']!r}: gold {g['speaker']!r}, found {said!r}")
        elif misses is not None:
            misses.append(f"statement {name} {g['kind']} {g['speaker']!r} {g['snippet']!r}: not found")
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
    """Print the figures as one JSON line (and, for a development set, what was missed)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=SET, help="a folder with articles/ and gold.yml")
    parser.add_argument("--misses", action="store_true", help="list what was missed (development sets only)")
    args = parser.parse_args()
    folder = args.set.resolve()
    readme = folder / "README.md"
    if args.misses and readme.is_file() and "test set" in readme.read_text(encoding="utf-8").splitlines()[0].lower():
        parser.error(f"{readme}: this is a test set; its misses are not to be read")
    gold = yaml.safe_load((folder / "gold.yml").read_text(encoding="utf-8"))
    misses: list[str] | None = [] if args.misses else None
    print(json.dumps(score(gold, folder, misses)))
    for line in misses or []:
        print(line)


if __name__ == "__main__":
    main()
