"""Write N synthetic news articles for the scale benchmarks: one story (the default) or renamed seeds.

``--mode story`` (bench/story.py): every article covers the same story with the same principals, each
happening reported by many articles in other words - real coverage, where merging does most work.

``--mode renamed``: each article takes 8 to 24 sentences from the seed articles, gives the people in them new names
(consistently within the article, from a pool large enough that actors number in the hundreds),
and moves it to a publication day spread over a year. Explicit dates ("August 6") move with it,
so that relative and explicit dates stay coherent; relative ones ("on Thursday") resolve against
the new day. The output is deterministic for a given N and seed.

    python bench/corpus.py 1000 /tmp/corpus-1000
    python bench/corpus.py 1000 /tmp/renamed-1000 --mode renamed
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.content import load_registry, render  # noqa: E402
from generator.readers import article_paths, read_article  # noqa: E402
from generator.sentences import split_sentences  # noqa: E402
from generator.slugs import slugify  # noqa: E402
from generator.timex import tag  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from story import FIRST, LAST, OUTLETS, write_story_corpus  # noqa: E402

_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
_EXPLICIT_DAY = re.compile(rf"^(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?$")


def _seed_sentences() -> list[tuple[str, dt.date, list[tuple[int, int, str]]]]:
    """Each seed sentence, its article's date, and its explicit day expressions (offsets, value)."""
    out = []
    for path in article_paths([ROOT / "seeds"]):
        article = read_article(path)
        sentences = split_sentences(article.text)
        timexes = tag(article.text, article.published, sentences)
        for s in sentences:
            text = article.text[s.start : s.end].strip()
            if len(text) < 40 or "\n" in text or "http" in text or text[-1] not in '.!?"”’':
                continue
            days = [
                (t.start - s.start, t.end - s.start, t.value)
                for t in timexes
                if s.start <= t.start and t.end <= s.end and _EXPLICIT_DAY.match(t.text)
            ]
            out.append((article.text[s.start : s.end], article.published, days))
    return out


def _redate(text: str, days: list[tuple[int, int, str]], shift: dt.timedelta) -> str:
    for start, end, value in sorted(days, reverse=True):
        try:
            moved = dt.date.fromisoformat(value) + shift
        except ValueError:
            continue
        text = text[:start] + f"{moved.strftime('%B')} {moved.day}" + text[end:]
    return text


MODES = ("story", "renamed")


def write_corpus(n: int, out: Path, seed: int = 2025, registry: Path | None = None, mode: str = "story") -> list[Path]:
    """Write ``n`` articles into ``out`` (``mode``: "story" or "renamed"); return their paths.

    The renamed corpus:
    With ``registry`` (a project's content/), also write the actor pages an editor would keep: the
    seeds' organisations as they are, and each new name with the side and role of the first person it
    stood in for, so the corpus's events fall into the sides' lanes as a curated project's do.
    """
    if mode == "story":
        return write_story_corpus(n, out, seed, registry)
    curated: dict[str, object] = {}
    rng = random.Random(seed)
    sentences = _seed_sentences()
    actors, _ = load_registry(ROOT / "content")
    people = sorted((a for a in actors if a.kind == "person"), key=lambda a: -len(a.name))
    out.mkdir(parents=True, exist_ok=True)
    start = dt.date(2025, 1, 1)
    paths = []
    for i in range(n):
        published = start + dt.timedelta(days=rng.randrange(365))
        names = {a.id: f"{rng.choice(FIRST)} {rng.choice(LAST)}" for a in people}
        body = []
        for text, seed_day, days in rng.sample(sentences, rng.randint(8, min(24, len(sentences)))):
            text = _redate(text, days, published - seed_day)
            for a in people:  # full names first, then the surnames articles use on second mention
                new = names[a.id]
                if a.name in text:
                    curated.setdefault(new, a)
                text = text.replace(a.name, new)
                surname = a.name.split()[-1]
                text = re.sub(rf"\b{re.escape(surname)}\b", new.split()[-1], text)
            body.append(text)
        title = re.sub(r"[^\w ]", "", body[0])[:70].strip()
        outlet = OUTLETS[i % len(OUTLETS)]
        path = out / f"article-{i:05d}.md"
        front = f"---\nid: synthetic-{i:05d}\ntitle: {title!r}\noutlet: {outlet}\npublished: {published}\n---\n\n"
        path.write_text(front + "\n\n".join(body) + "\n", encoding="utf-8")
        paths.append(path)
    if registry is not None:
        _write_registry(registry / "actors", [a for a in actors if a.kind != "person"], curated)
    return paths


def _write_registry(folder: Path, organisations: list, people: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    pages = [(a.id, {"id": a.id, "name": a.name, "kind": a.kind, "side": a.side, "aliases": a.aliases})
             for a in organisations]  # fmt: skip
    for name, like in sorted(people.items()):
        actor_id = slugify(name)
        pages.append((actor_id, {"id": actor_id, "name": name, "kind": "person", "side": like.side, "role": like.role}))
    for actor_id, meta in pages:
        meta = {k: v for k, v in meta.items() if v}
        (folder / f"{actor_id}.md").write_text(render("actors", meta, f"{meta['name']}.", generated=False), "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--mode", choices=MODES, default="story", help="one story (default) or renamed seeds")
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args()
    paths = write_corpus(args.n, args.out, args.seed, mode=args.mode)
    print(f"wrote {len(paths)} articles to {args.out}")


if __name__ == "__main__":
    main()
