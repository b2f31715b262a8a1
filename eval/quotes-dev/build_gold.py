"""Write eval/quotes-dev/gold/*.yml and copy the articles from annotations.py (run from the repo root)."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotations import A  # noqa: E402

from generator.readers import read_article  # noqa: E402

SRC = Path("/work/shared/eval/wikinews")
OUT = Path(__file__).resolve().parent


def q(s: str | None) -> str:
    """A JSON-style YAML scalar."""
    return "null" if s is None else json.dumps(s, ensure_ascii=False)


def cue_span(body: str, text: str, at: int) -> tuple[int, int]:
    """The occurrence of text nearest ``at`` within its paragraph (whole word)."""
    lo = body.rfind("\n\n", 0, at) + 1
    hi = body.find("\n\n", at)
    hi = len(body) if hi < 0 else hi
    best = None
    i = body.find(text, lo)
    while 0 <= i < hi:
        ok = (i == 0 or not body[i - 1].isalnum()) and (i + len(text) >= len(body) or not body[i + len(text)].isalnum())
        if ok and (best is None or abs(i - at) < abs(best - at)):
            best = i
        i = body.find(text, i + 1)
    if best is None:
        raise SystemExit(f"cue {text!r} not found near {at}")
    return best, best + len(text)


def main() -> None:
    (OUT / "articles").mkdir(exist_ok=True)
    (OUT / "gold").mkdir(exist_ok=True)
    for name, items in sorted(A.items()):
        shutil.copy(SRC / name, OUT / "articles" / name)
        art = read_article(OUT / "articles" / name)
        body = art.text
        url = art.url if hasattr(art, "url") else ""
        lines = [f"file: {q(name)}", f"url: {q(url)}", "statements:" + ("" if items else " []")]
        pos = 0
        for kind, spans, speaker, stext in items:
            lines += [f"  - kind: {kind}", "    content:"]
            first = None
            for s in spans:
                i = body.find(s, pos if first is None else first)
                if i < 0:
                    raise SystemExit(f"{name}: span not found: {s[:50]!r}")
                first = i if first is None else first
                lines.append(f"      - {{start: {i}, end: {i + len(s)}, text: {q(s)}}}")
            pos = first
            lines += [f"    speaker: {q(speaker)}", f"    speaker_text: {q(stext)}"]
            if stext is None:
                lines.append("    cue: null")
            else:
                a, b = cue_span(body, stext, first)
                lines.append(f"    cue: {{start: {a}, end: {b}}}")
        (OUT / "gold" / (name[:-3] + ".yml")).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
