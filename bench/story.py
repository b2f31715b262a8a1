"""N synthetic articles about ONE story over a year, as real coverage of it looks (bench/corpus.py's default).

Every article names the same principals (the people of the seeds' actor pages in content/actors), and some
new names (analysts, officials) of its own. The story is a set of happenings - meetings, calls, strikes,
announcements - clustered around a few key days; each happening is reported by many articles in other
words: synonym verbs, reordered clauses, other date words for the same day ("on Wednesday", "on August 6",
"yesterday"). Some articles are reposts that copy an earlier article's sentences. The number of happenings
grows with N (a bigger corpus covers more of the story, and each happening more often), so that blocking,
not the size of the story, has to keep merging linear. Deterministic for a given N and seed.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

START = dt.date(2025, 1, 1)
PRINCIPALS = ["vladimir-putin", "donald-trump", "volodymyr-zelensky", "steve-witkoff"]
PLACES = [
    "Geneva",
    "Riyadh",
    "Istanbul",
    "Helsinki",
    "Anchorage",
    "Budapest",
    "Vienna",
    "Doha",
    "Minsk",
    "Warsaw",
    "Berlin",
    "Paris",
    "Rome",
    "Oslo",
    "Ankara",
    "Baku",
    "Astana",
    "Belgrade",
    "Brussels",
    "Tallinn",
    "Vilnius",
    "Bratislava",
    "Prague",
    "Madrid",
    "Lisbon",
    "Athens",
    "Valletta",
    "Reykjavik",
    "Jeddah",
    "Muscat",
    "Abu-Dhabi",
    "Cairo",
    "Tbilisi",
    "Yerevan",
    "Chisinau",
    "Sofia",
    "Zagreb",
    "Ljubljana",
    "Copenhagen",
    "Stockholm",
]
OBJECTS = [
    "ceasefire-proposal",
    "prisoner-exchange",
    "energy-truce",
    "sanctions-package",
    "grain-corridor",
    "peace-framework",
    "security-guarantees",
    "troop-withdrawal",
    "nuclear-plant-deal",
    "humanitarian-corridor",
    "reconstruction-fund",
    "border-commission",
    "maritime-truce",
    "election-timetable",
    "refugee-return",
    "airspace-agreement",
    "monitoring-mission",
    "minerals-agreement",
    "debt-relief",
    "arms-control-dialogue",
    "port-access-deal",
    "frozen-assets-plan",
]
QUALIFIERS = [
    "revised",
    "draft",
    "secret",
    "preliminary",
    "expanded",
    "narrow",
    "phased",
    "unconditional",
    "tentative",
    "sweeping",
    "limited",
    "detailed",
    "vague",
    "ambitious",
    "modest",
    "interim",
    "provisional",
    "comprehensive",
    "written",
    "informal",
]
FIRST = [
    "Anna",
    "Boris",
    "Carla",
    "Dmitri",
    "Elena",
    "Frank",
    "Galina",
    "Hugo",
    "Irina",
    "James",
    "Katya",
    "Lars",
    "Maria",
    "Nikolai",
    "Olga",
    "Pavel",
    "Rita",
    "Sven",
]
LAST = [
    "Abbott",
    "Belov",
    "Carver",
    "Dunaev",
    "Ellis",
    "Fomin",
    "Grant",
    "Hale",
    "Ivanov",
    "Jensen",
    "Kozlov",
    "Lund",
    "Moroz",
    "Novak",
    "Orlov",
    "Petrov",
    "Quinn",
    "Romanov",
    "Sokol",
    "Tarasov",
    "Ulyanov",
    "Vance",
    "Walsh",
    "Yakovlev",
    "Zima",
]
INSTITUTES = ["the Baltic Policy Forum", "Meridian Analytics", "the Danube Institute", "the Caspian Review"]
OUTLETS = ["Northern Wire", "Daily Ledger", "Eastern Post", "Global Courier", "Evening Standard Review", "Metro Times"]
# Synonym phrases for each kind of happening: "{a} <phrase> {b}".
VERBS = {
    "meet": ["met", "held talks with", "sat down for talks with", "had a meeting with", "met face to face with"],
    "call": ["spoke by phone with", "held a telephone call with", "had a phone call with", "called"],
    "attack": ["blamed on", "condemned, together with"],
    "announce": ["unveiled, with", "presented, alongside", "announced, jointly with"],
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass
class Happening:
    day: dt.date
    kind: str
    a: str  # actor names as articles write them
    b: str
    place: str
    thing: str  # "the revised ceasefire proposal"


def _names(registry: Path) -> dict[str, tuple[str, str]]:
    """Full name and surname of each principal, from its actor page (the seeds' registry)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from generator.content import load_registry

    actors, _ = load_registry(registry)
    people = {a.id: a for a in actors if a.kind == "person"}
    return {i: (people[i].name, people[i].name.split()[-1]) for i in PRINCIPALS if i in people}


def _key_days(rng: random.Random, count: int) -> list[dt.date]:
    return sorted(START + dt.timedelta(days=rng.randrange(365)) for _ in range(count))


def _happenings(rng: random.Random, n: int, names: dict[str, tuple[str, str]]) -> list[Happening]:
    """The story: about one happening per eight articles, most of them within days of a key day."""
    keys = _key_days(rng, 12)
    people = [names[i] for i in PRINCIPALS if i in names]
    out = []
    for _ in range(max(12, n // 8)):
        if rng.random() < 0.7:
            day = rng.choice(keys) + dt.timedelta(days=round(rng.gauss(0, 2)))
        else:
            day = START + dt.timedelta(days=rng.randrange(365))
        day = min(max(day, START), START + dt.timedelta(days=364))
        a, b = rng.sample(people, 2)
        thing = f"the {rng.choice(QUALIFIERS)} {rng.choice(OBJECTS).replace('-', ' ')}"
        kind = rng.choice(["meet", "meet", "call", "announce", "attack"])
        out.append(Happening(day, kind, a[0], b[0], rng.choice(PLACES).replace("-", " "), thing))
    return sorted(out, key=lambda h: h.day)


def _date_words(rng: random.Random, day: dt.date, published: dt.date) -> str:
    """Words for ``day`` as an article published on ``published`` may write them."""
    ago = (published - day).days
    explicit = [f"on {day.strftime('%B')} {day.day}", f"on {day.day} {day.strftime('%B')}"]
    if ago == 0:
        return rng.choice(["today", "on " + WEEKDAYS[day.weekday()], *explicit])
    if ago == 1:
        return rng.choice(["yesterday", "on " + WEEKDAYS[day.weekday()], *explicit])
    if ago < 7:
        return rng.choice(["on " + WEEKDAYS[day.weekday()], "last " + WEEKDAYS[day.weekday()], *explicit])
    return rng.choice(explicit)


def _sentence(rng: random.Random, h: Happening, published: dt.date, first: bool) -> str:
    """One report of ``h`` in words of its own: the verb, the clause order and the date words vary."""
    a, b = (h.a, h.b) if first or rng.random() < 0.5 else (h.a.split()[-1], h.b.split()[-1])
    when = _date_words(rng, h.day, published)
    verb = rng.choice(VERBS[h.kind])
    forms = [
        f"{a} {verb} {b} in {h.place} {when} to discuss {h.thing}.",
        f"{when[0].upper()}{when[1:]}, {a} {verb} {b} in {h.place}, with {h.thing} on the table.",
        f"In {h.place}, {a} {verb} {b} {when}; {h.thing} dominated the agenda.",
        f"{h.thing[0].upper()}{h.thing[1:]} was the subject when {a} {verb} {b} in {h.place} {when}.",
    ]
    if h.kind == "attack":
        forms = [
            f"A drone attack on {h.place} {when} was {verb} {b} by {a}, who said it threatened {h.thing}.",
            f"{a} said the strikes on {h.place} {when} put {h.thing} at risk, a view {b} shared.",
        ]
    return rng.choice(forms)


def _background(rng: random.Random, names: list[tuple[str, str]]) -> str:
    """A sentence with no date: what every article of the story repeats."""
    a, b = rng.sample(names, 2)
    return rng.choice(
        [
            f"{a[1]} has repeatedly said that any settlement must respect the interests of both sides.",
            f"Officials close to {a[1]} and {b[1]} describe the process as slow but serious.",
            f"The war has reshaped relations between Washington, Moscow and Kyiv, and {a[1]} knows it.",
            f"Critics of {b[1]} argue that the talks reward delay rather than compromise.",
        ]
    )


def _quote(rng: random.Random, h: Happening) -> str:
    who = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    return (
        f"“The talks in {h.place} show how far both sides still are from {h.thing},” said {who}, "
        f"an analyst at {rng.choice(INSTITUTES)}."
    )


def write_story_corpus(n: int, out: Path, seed: int = 2025, registry: Path | None = None) -> list[Path]:
    """Write ``n`` one-story articles into ``out``; return their paths.

    With ``registry`` (a project's content/), also copy the seeds' actor pages there, as a project
    following the story keeps them; the articles' new names are found as speakers by the ingest.
    """
    root = Path(__file__).resolve().parent.parent / "content"
    rng = random.Random(seed)
    names = _names(root)
    story = _happenings(rng, n, names)
    out.mkdir(parents=True, exist_ok=True)
    written: list[tuple[dt.date, list[str]]] = []
    paths = []
    for i in range(n):
        if written and rng.random() < 0.15:  # a repost: another outlet copies sentences of an earlier article
            published, source = rng.choice(written)
            body = rng.sample(source, max(1, len(source) * 2 // 3))
        else:
            main = rng.choice(story)
            lag = dt.timedelta(days=rng.choice([0, 0, 1, 1, 2, 3, 6]))
            published = min(main.day + lag, dt.date(2025, 12, 31))
            recent = [h for h in story if h is not main and 0 <= (published - h.day).days <= 30]
            reported = [main, *rng.sample(recent, min(len(recent), rng.randint(2, 6)))]
            body = [_sentence(rng, h, published, k == 0) for k, h in enumerate(reported)]
            body += [_background(rng, list(names.values())) for _ in range(rng.randint(2, 5))]
            body.insert(rng.randrange(1, len(body) + 1), _quote(rng, main))
        written.append((published, body))
        title = body[0].rstrip(".")[:70]
        path = out / f"article-{i:05d}.md"
        front = (
            f"---\nid: story-{i:05d}\ntitle: {title!r}\noutlet: {OUTLETS[i % len(OUTLETS)]}\n"
            f"published: {published}\n---\n\n"
        )
        path.write_text(front + "\n\n".join(body) + "\n", encoding="utf-8")
        paths.append(path)
    if registry is not None:
        (registry / "actors").mkdir(parents=True, exist_ok=True)
        for page in sorted((root / "actors").glob("*.md")):
            (registry / "actors" / page.name).write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    return paths
