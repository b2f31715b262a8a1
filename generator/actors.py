"""The actor registry: who is who, and how the text names them.

The registry is ``content/actors/*.md`` (editable front matter: name, aliases,
side, role). A mention is resolved by, in order: an alias or full name as
written, the same without its title and role words ("Mr.", "President", read
from ``generator/data/titles.yml``), the surname of a registered person, and
last a fuzzy match for variants and transliterations ("Zelenskyy" for Zelensky,
"Dmitri Peskov" for Dmitry Peskov): the surnames' similarity (rapidfuzz ratio)
is at least ``FUZZY_SURNAME`` and the given names, when both are written, are
compatible (the same initial, or one an initial). Role phrases ("the Kremlin
aide") are plain aliases.

What a name alone tells: whether it looks like a person's (``looks_personal``),
and the gender its given name has (``gender_of``, from
``generator/data/given_names.yml``: it tells "she" from "he").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rapidfuzz import fuzz, process

from . import yamlio
from .model import Actor
from .slugs import slugify
from .speakers import is_org_name, is_title, lexicon

# Surname similarity (0-100) for a fuzzy match: "Zelensky"/"Zelenskyy" is 94, "Peskov"/"Pesko" 91,
# "Putin"/"Rutin" 80 (refused).
FUZZY_SURNAME = 88
# A run of capitalised words, allowing initials ("Vladimir V. Putin") and hyphens.
NAME = r"[A-Z][a-z’'\-]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+(?:[A-Z][a-z’'\-]+))*"
_NAME = re.compile(rf"(?:\b(?:Mr|Ms|Mrs|Dr)\.\s+)?\b{NAME}")
_GIVEN_NAMES = Path(__file__).resolve().parent / "data" / "given_names.yml"


@dataclass(frozen=True)
class Mention:
    """A stretch of text that names an actor (``actor`` is None when not registered)."""

    start: int
    end: int
    text: str
    actor: str | None


class Registry:
    """Actors by id, with an index of every alias (case-sensitive for names, lower for roles)."""

    def __init__(self, actors: list[Actor]):
        self._index(actors)
        self._phrase = _phrases(list(self._alias))
        self._extra: re.Pattern | None = None  # the phrases with_actors() added, matched beside _phrase

    def _index(self, actors: list[Actor]) -> None:
        self.actors: dict[str, Actor] = {a.id: a for a in sorted(actors, key=lambda a: a.id)}
        self._alias: dict[str, str] = {}
        self._surname: dict[str, str] = {}
        for actor in self.actors.values():
            for alias in [actor.name, *actor.aliases]:
                self._alias.setdefault(self._key(alias), actor.id)
            if actor.kind == "person":
                parts = actor.name.split()
                if len(parts) > 1:
                    self._surname.setdefault(parts[-1], actor.id)
        self._surnames_lower = [s.lower() for s in self._surname]
        self._surname_actors = list(self._surname.values())

    def with_actors(self, more: list[Actor]) -> Registry:
        """``Registry([*self.actors.values(), *more])``, without compiling again the phrases this one has
        compiled (an article's new speakers are a few names beside many)."""
        if self._extra is not None or any(a.id in self.actors for a in more):
            return Registry([*self.actors.values(), *more])  # rare: the plain way
        grown = object.__new__(Registry)
        grown._index([*self.actors.values(), *more])
        added = [p for p in grown._alias if p not in self._alias]
        grown._phrase, grown._extra = (self._phrase, _phrases(added)) if self._phrase else (_phrases(added), None)
        return grown

    def _phrase_matches(self, text: str, start: int, end: int):
        """What one pattern of all phrases finds: the leftmost match, the longest there, from its end on."""
        if self._phrase is None or self._extra is None:
            yield from self._phrase.finditer(text, start, end) if self._phrase else ()
            return
        pos, mine, theirs = start, None, None
        while pos < end:
            if mine is None or mine.start() < pos:
                mine = self._phrase.search(text, pos, end)
            if theirs is None or theirs.start() < pos:
                theirs = self._extra.search(text, pos, end)
            if mine is None and theirs is None:
                return
            first = min((m for m in (mine, theirs) if m), key=lambda m: (m.start(), -m.end()))
            yield first
            pos = first.end()

    @staticmethod
    def _key(text: str) -> str:
        return " ".join(text.replace("’", "'").split()).lower()

    def resolve(self, text: str) -> str | None:
        """The actor id a mention refers to, or None."""
        key = self._key(text)
        if key in self._alias:
            return self._alias[key]
        bare = strip_titles(text)
        if self._key(bare) in self._alias:
            return self._alias[self._key(bare)]
        words = bare.split()
        if words and words[-1] in self._surname and self._given_fits(words, self._surname[words[-1]]):
            return self._surname[words[-1]]
        if words and self._key(words[-1]) in self._alias and len(words) == 1:
            return self._alias[self._key(words[-1])]
        return self._fuzzy(words) if words and words[-1][:1].isupper() else None

    def _fuzzy(self, words: list[str]) -> str | None:
        """A registered person whose surname is a variant of this one and whose given name is compatible."""
        best: tuple[float, str] | None = None
        # The surnames scoring FUZZY_SURNAME or more, found in C, then read in registry order as before.
        close = process.extract(
            words[-1].lower(), self._surnames_lower, scorer=fuzz.ratio, score_cutoff=FUZZY_SURNAME, limit=None
        )
        for _, score, i in sorted(close, key=lambda c: c[2]):
            actor = self._surname_actors[i]
            if best and score <= best[0]:
                continue
            if not self._given_fits(words, actor):
                continue
            best = (score, actor)
        return best[1] if best else None

    def _given_fits(self, words: list[str], actor: str) -> bool:
        """Whether a mention's given name, when written, can be the registered person's: one an initial of
        the other, a spelling variant ("Sergei", "Sergey") or a short form ("Mike", "Michael"); "Peter
        Markov" is not Sergei Markov, nor "Jim Biden" Joe Biden."""
        given = self.actors[actor].name.split()[:-1]
        if len(words) < 2 or not given:
            return True
        first, registered = words[0].rstrip(".").lower(), given[0].rstrip(".").lower()
        if len(first) == 1 or len(registered) == 1:
            return first[:1] == registered[:1]
        return first[:2] == registered[:2] or fuzz.ratio(first, registered) >= 70

    def mentions(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Every registered actor named in ``text[start:end]``, longest phrase first, in text order."""
        end = len(text) if end is None else end
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []

        def add(s: int, e: int, actor: str | None) -> None:
            if any(s < te and ts < e for ts, te in taken):
                return
            taken.append((s, e))
            found.append(Mention(s, e, text[s:e], actor))

        if self._phrase:
            for m in self._phrase_matches(text, start, end):
                actor = self._alias[self._key(m.group(0))]
                # Names are matched as written; only lowercase role phrases ignore case.
                if m.group(0)[0].isupper() or not self.actors[actor].name.startswith(m.group(0)[:1]):
                    add(m.start(), m.end(), actor)
        for m in _NAME.finditer(text, start, end):
            actor = self.resolve(m.group(0))
            if actor:
                add(m.start(), m.end(), actor)
        return sorted(found, key=lambda x: x.start)

    def side(self, actor_id: str) -> str | None:
        actor = self.actors.get(actor_id)
        return actor.side if actor else None


def _phrases(phrases: list[str]) -> re.Pattern | None:
    """One pattern of phrases, the longest first, each a whole word or words, in any case."""
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in ordered) + r")\b", re.IGNORECASE) if ordered else None


def strip_titles(name: str) -> str:
    """A name without the title and role words in front of it ("German Chancellor Friedrich Merz" -> Friedrich Merz).

    Words up to the last title word go, with a possessive before them ("Ukraine's President ...").
    """
    words = name.strip().split()
    last = -1
    for i, word in enumerate(words[:-1]):
        if is_title(word):
            last = i
    rest = words[last + 1 :] if last >= 0 else words
    if last >= 0 and is_org_name(" ".join(rest)):
        return " ".join(words)  # "General Motors (Corporation)" is a company, not General Mr Motors
    return " ".join(rest)


def new_actor_id(name: str) -> str:
    """The id a newly seen speaker gets: the lowercase-hyphenated name alone, without titles.

    An acronym's full stops go first, so that "U.S." and "US" are one actor.
    """
    bare = strip_titles(name)
    if re.fullmatch(r"(?:[A-Z]\.)+", bare):
        return slugify(bare.replace(".", ""))
    # One outlet writes "Dmitry S. Peskov", another "Dmitry Peskov": one middle initial is no other person.
    return slugify(re.sub(r"^(\S+) [A-Z]\. (\S+)$", r"\1 \2", bare))


@cache
def given_names() -> dict[str, str]:
    """Given name -> "f" or "m" (``generator/data/given_names.yml``); a name on both lists tells nothing."""
    data = yamlio.load(_GIVEN_NAMES.read_text(encoding="utf-8"))
    female, male = (set(str(data[key]).split()) for key in ("female", "male"))
    return {**{n: "f" for n in female - male}, **{n: "m" for n in male - female}}


def gender_of(name: str) -> str | None:
    """A person's gender as their given name tells it, if it does."""
    words = name.split()
    return given_names().get(words[0].lower()) if len(words) > 1 else None


def looks_personal(name: str) -> bool:
    """A name of two or three capitalised words, none of them a title, organisation or non-speaker word."""
    words = name.split()
    lex = lexicon()
    return (
        2 <= len(words) <= 3
        and all(re.fullmatch(r"[A-Z][a-z’'\-]+|[A-Z]\.", w) for w in words)
        and not is_org_name(name)
        and not any(w.lower() in lex.not_speakers or is_title(w) for w in words)
    )
