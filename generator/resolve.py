"""Who a speaker phrase is: registry actors, new actors, pronouns and anaphors.

Rules, in order, for the head of a speaker phrase (see ``speakers.head``):

* a registered actor (alias, name without titles, surname, fuzzy variant);
* a bare word: the person named in full before it in the article ("Steve Witkoff
  ... Witkoff said"), else an organisation when it is one by its form (an acronym,
  an organisation word, "the Times", or a word of the article's title: "Boeing
  said"). An unknown bare surname (after "Mr.", "Rep.") makes no actor;
* two or more words: a new actor, its id from the name alone;
* "he"/"she"/"the expert": the speaker of a statement in this or the two sentences
  before, else the first person named there as a clause subject, else the last
  person named; "it"/"the company": the organisation named last. Mentions inside
  quoted words are never antecedents.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from .actors import Registry, gender_of, given_names, looks_personal, new_actor_id, strip_titles
from .clauses import is_nationality
from .model import Article, Sentence
from .quotes import Quote
from .sentences import sentence_at, sentence_index
from .speakers import Head, countries, is_org_name, is_title, lexicon, opening_subject

_PREPOSITIONS = frozenset(
    {"with", "to", "of", "by", "for", "from", "between", "about", "regarding", "on", "at", "in", "toward"}
    | {"towards", "against", "than", "after", "before", "over", "under", "asked", "via", "like", "and"}
)
_RUN = re.compile(r"(?<![\w’'])[A-Z][\w’'\-]*(?:[ \t]+(?:[A-Z]\.|[A-Z][\w’'\-]*))*")
# An organisation's name from its first capitalised word: "The Ministry of Health" -> Ministry of Health.
_ORG_NAME = re.compile(
    r"(?:The\s+)?([A-Z][\w’'\-&]*(?:\.(?=\w))?"
    r"(?:[ \t]+(?:(?:of|for|on|and)[ \t]+(?:the[ \t]+)?)?[A-Z][\w’'\-&]*(?:\.(?=\w))?)*)"
)
# How far back (in characters) a name, a role or an organisation is looked for: far more than a news article,
# and a bound that keeps a very long article linear in its length.
LOOKBACK = 20_000
_DETERMINER = r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)"  # opens a role written before its holder's name
_strip_titles = lru_cache(maxsize=65536)(strip_titles)


def is_subject(text: str, lo: int, start: int, end: int) -> bool:
    """A mention that can be a clause subject: not behind a preposition, not a possessive.

    The word before is read past an article and an honorific: "with the X" and "by Mr X" are objects, "and
    the X" a second conjunct.
    """
    prev = re.search(
        r"(\w+)\W*(?:(?:the|a|an|both|all|several)\s+)?(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir)\.?\s+)?$", text[lo:start]
    )
    if prev and prev.group(1).lower() in _PREPOSITIONS:
        return False
    return text[end : end + 2] not in ("’s", "'s")


class Attributor:
    """Resolves speaker phrases to actor ids, remembering recent speakers and where they were named."""

    def __init__(self, article: Article, sentences: list[Sentence], registry: Registry, quotes: list[Quote]):
        self.text = article.text
        self.title = article.title or ""
        self.sentences = sentences
        self.registry = registry
        self.quoted = sorted((q.start, q.end) for q in quotes)
        self._quote_starts = [s for s, _ in self.quoted]
        # Every run of capitalised words, once: the backward searches read these, not the text again.
        self._runs = [(m.start(), m.end(), m.group(0)) for m in _RUN.finditer(self.text)]
        self._run_ends = [e for _, e, _ in self._runs]
        # (offset, actor id, speaker span) of statements found so far, in text order.
        self.recent: list[tuple[int, str, tuple[int, int, str] | None]] = []
        self._recent_offsets: list[int] = []
        self.ends: dict[int, int] = {}  # statement start -> end (a long quote runs over several sentences)
        self.gender: dict[str, str] = {}
        for m in re.finditer(r"\b(Mr|Ms|Mrs)\.?\s+([A-Z][\w’'\-]+)", self.text):
            actor = registry.resolve(m.group(2))
            if actor:
                self.gender.setdefault(actor, "m" if m.group(1) == "Mr" else "f")
        self.new_actors: dict[str, str] = {}
        self.new_orgs: set[str] = set()
        self._staff: dict[str, bool] = {}  # a bare word -> whether the article writes it before a role noun

    def inside_quote(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` lies within quoted words."""
        i = bisect_right(self._quote_starts, start)
        return any(s <= start and end <= e for s, e in self.quoted[max(0, i - 2) : i])

    def sentence_index(self, offset: int) -> int:
        return sentence_index(self.sentences, offset)

    def _runs_before(self, at: int):
        """The runs of capitalised words that end by ``at``, nearest first, within LOOKBACK."""
        i = bisect_right(self._run_ends, at)
        floor = at - LOOKBACK
        if i < len(self._runs) and self._runs[i][0] < at:  # a run across ``at``: its part before it
            cut = _RUN.search(self.text, self._runs[i][0], at)
            if cut:
                yield cut.start(), cut.end(), cut.group(0)
        for start, end, run in reversed(self._runs[:i]):
            if start < floor:
                return
            yield start, end, run

    def _recent_between(self, lo: int, hi: int) -> list[tuple[int, str, tuple[int, int, str] | None]]:
        """The statements remembered whose offset is in ``[lo, hi)``, in text order."""
        return self.recent[bisect_left(self._recent_offsets, lo) : bisect_left(self._recent_offsets, hi)]

    def resolve_phrase(
        self, start: int, end: int, h: Head | None, at: int | None = None, said: tuple[int, int] | None = None
    ) -> str | None:
        """Actor id for a speaker phrase ``text[start:end]`` whose head is ``h``.

        ``at`` is where a pronoun's antecedent is looked for: before the quote for an attribution after it.
        ``said`` is the span of the quoted words: a pronoun is not someone they name ("Lowe was a kind man,"
        he said).
        """
        whole = self.text[start:end].strip(" ,")
        lead = start + len(self.text[start:end]) - len(self.text[start:end].lstrip(" ,"))
        for m in self.registry.mentions(self.text, lead, end):
            rest = self.text[m.end : end].split()
            role = m.text[:1].islower() or m.text.lower().startswith("the ")
            if m.start == lead and m.actor and role and not (rest and is_title(rest[0])):
                return m.actor  # a role phrase registered as an alias: "the Russian leader on Wednesday"
        if h is not None and h.kind != "pronoun" and self.inside_quote(h.start, h.end):
            return None  # a name in quoted words ("The “New GM” he expected …") is no speaker
        if h is not None and h.kind == "role":
            return self._role_anaphor(whole, start)
        if h is None or (h.kind == "org" and whole.lower().startswith("the ")):
            # "the bank chief", "the Kremlin spokesman": the person named before with that role, if any.
            return self._role_anaphor(whole, start) or (self.resolve(h, start) if h else None)
        return self.resolve(h, start if at is None else at, said)

    def _role_anaphor(self, phrase: str, at: int) -> str | None:
        """ "the bank chief" after "US bank chief Ben Bernanke": the person the role was written with."""
        age = re.fullmatch(r"[Tt]he\s+(\d{1,3})-year-old(?:\s+[a-z][\w\-]*)?", phrase)
        if age:  # "the 45-year-old" after "Ben Carter, 45," or "the 45-year-old Ben Carter"
            return self._aged(age.group(1), at)
        # "the bank chief", "the president of Cyprus" (a role may name its place)
        m = re.fullmatch(
            r"[Tt]he\s+((?:[\w\-]+\s+){0,3}[a-z][\w\-]*(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)?)",
            phrase,
        )
        if not m:
            return None
        role = re.escape(m.group(1)).replace("\\ ", r"\s+")
        before = self.text[max(0, at - LOOKBACK) : at]
        # "the senator" after "Senator Lindsey Graham": the role word may be capitalised as a title.
        titled = rf"(?i:{role[0]}){role[1:]}" if role[0].isalpha() else role
        named = [
            *re.finditer(rf"\b{titled}\s+({_RUN.pattern})", before),
            *re.finditer(rf"({_RUN.pattern}),\s+(?:the|a|an)\s+(?:[\w\-]+\s+){{0,3}}?{role}\b", before),
            # "The governor, Tom Brown, said", "the firm's chief executive, Alan Mulally,": the role first
            *re.finditer(rf"\b{_DETERMINER}\s+(?:[\w\-’']+\s+){{0,4}}?{role},\s+({_RUN.pattern})", before),
        ]
        return self._last_named(named)

    def _last_named(self, named: list[re.Match[str]]) -> str | None:
        """The actor of the last of these mentions outside quoted words (group 1 is the name), a new one for a
        person's name the registry does not know."""
        named = [n for n in named if not self.inside_quote(n.start(1), n.end(1))]
        if not named:
            return None
        name = strip_titles(max(named, key=lambda n: n.start()).group(1))
        return self.registry.resolve(name) or (self._new(name) if looks_personal(name) else None)

    def _aged(self, years: str, at: int) -> str | None:
        """The person last named with this age before ``at`` ("Ben Carter, 45,", "45-year-old Ben Carter")."""
        before = self.text[max(0, at - LOOKBACK) : at]
        named = [
            *re.finditer(rf"({_RUN.pattern}),\s+{years}\b", before),
            *re.finditer(rf"\b{years}-year-old\s+(?:[a-z][\w\-]*\s+){{0,2}}({_RUN.pattern})", before),
        ]
        return self._last_named(named)

    def resolve(self, h: Head, at: int, said: tuple[int, int] | None = None) -> str | None:
        """Actor id for the head of a speaker phrase at offset ``at``."""
        if h.kind == "pronoun":
            found = self.antecedent(h.text.lower(), min(at, h.start), said)
            if found is None and h.text.lower() == "it":
                return self._opening_org(min(at, h.start))
            return found[0] if found else None
        if h.kind == "org_anaphor":
            return self._last_org(min(at, h.start))
        actor = self.registry.resolve(h.text)
        if actor:
            return actor
        words = h.text.split()
        if len(words) == 1 and h.text[1:].islower() and is_nationality(h.text):
            # "Ukrainian officials", "the British side": the country, never an actor named "Ukrainian"
            country = countries().get(h.text.lower())
            return (self.registry.resolve(country) or self._new(country, org=True)) if country else None
        if len(words) == 1:
            return self._bare_word(h)
        return self._new(h.text, org=h.kind == "org" or is_org_name(h.text))

    def _opening_org(self, at: int) -> str | None:
        """Who "it said" is when no actor fits: the one-word subject opening this sentence or the one before
        ("Toyota announced the recall. “…,” it said."), an organisation since only one can be "it"."""
        here = self.sentence_index(at)
        for index in range(here, max(-1, here - 2), -1):
            sentence = self.sentences[index]
            word = opening_subject(self.text, sentence.start, min(at, sentence.end))
            if word and word.lower() not in given_names():
                s = self.text.index(word, sentence.start)
                return None if self.inside_quote(s, s + len(word)) else self._new(word, org=True)
        return None

    def _new(self, name: str, org: bool = False) -> str | None:
        actor = new_actor_id(name)
        if actor:
            self.new_actors.setdefault(actor, strip_titles(name))
            if org:
                self.new_orgs.add(actor)
        return actor or None

    def _bare_word(self, h: Head) -> str | None:
        """A one-word speaker: a surname of someone named in full before, or an organisation by its form."""
        for _, _, run in self._runs_before(h.start):
            parts = _strip_titles(run).split()
            while len(parts) > 2 and parts[0].lower() in lexicon().not_speakers:
                parts = parts[1:]  # "But Iram Leon can still run": the sentence's first word is no name
            name = " ".join(parts)
            if len(parts) >= 2 and parts[-1] == h.text and parts[0] not in ("The", "A", "An", "This", "That"):
                return self.registry.resolve(name) or self._new(name)
        for actor, name in self.new_actors.items():
            if name.split()[-1] == h.text:
                return actor
        # A given name alone ("Steve said") for a person who has spoken or is registered.
        people = [(a, n) for a, n in self.new_actors.items() if a not in self.new_orgs]
        people += [(a.id, a.name) for a in self.registry.actors.values() if a.kind == "person"]
        for actor, name in people:
            if len(name.split()) > 1 and name.split()[0] == h.text:
                return actor
        for _, _, run in self._runs_before(h.start):
            parts = _strip_titles(run).split()
            if len(parts) == 2 and parts[0] == h.text and looks_personal(" ".join(parts)):
                return self._new(" ".join(parts))  # or named in full before ("Steve Jobs ... Steve said")
        if h.honorific or is_title(h.text) or h.text.lower() in lexicon().not_speakers:
            return None  # "Mr. Smith" with no Smith named in full: an unknown surname makes no actor
        if h.kind == "org" or h.article or is_org_name(h.text) or re.search(rf"\b{re.escape(h.text)}\b", self.title):
            return self._new(h.text, org=True)
        if self._has_staff(h.text):
            return self._new(h.text, org=True)
        return None

    def _has_staff(self, word: str) -> bool:
        """Whether the article writes ``word`` before a role or spokesperson noun ("Airbus spokesman", "Apple
        CEO Steve Jobs", "Boeing's chief executive") and never after a given name: it is an organisation."""
        if word in self._staff:
            return self._staff[word]
        lex = lexicon()
        staff = False
        for m in re.finditer(
            rf"(?<![\w’'\-])(?:([A-Z][\w’'\-]*)\s+)?{re.escape(word)}(?:['’]s)?\s+([A-Za-z\-]+)", self.text
        ):
            if m.group(1) and m.group(1).lower() not in lex.not_speakers and not is_title(m.group(1)):
                staff = False  # "Jim Airbus": a surname after all
                break
            noun = m.group(2).lower()
            staff = staff or (noun in lex.spokesperson or (is_title(noun) and noun not in ("former", "acting")))
        self._staff[word] = staff
        return staff

    def _is_person(self, actor: str | None) -> bool:
        if not actor or actor in self.new_orgs:
            return False
        if actor.startswith("?"):
            return True
        return actor not in self.registry.actors or self.registry.actors[actor].kind == "person"

    def _fits(self, actor: str, pronoun: str) -> bool:
        if pronoun in ("it", "its"):
            return not self._is_person(actor)
        if not self._is_person(actor):
            return False
        g = self.gender.get(actor) or gender_of(self._name_of(actor))
        return g != {"he": "f", "him": "f", "she": "m", "her": "m"}.get(pronoun, "")

    def _spokesperson(self, actor: str, span: tuple[int, int, str] | None, pronoun: str) -> bool:
        """Whether "he"/"she" can be an organisation's unnamed spokesperson who spoke for ``actor`` ("A
        spokesman for the ministry said …. “…,” he said"): a spokesperson noun stands beside its mention."""
        if pronoun not in ("he", "she") or span is None or self._is_person(actor):
            return False
        near = self.text[max(0, span[0] - 30) : span[1] + 25]
        lex = lexicon()  # one person's noun ("spokesman", "official"), not "statement" or "analysts"
        # "the official Xinhua news agency": an adjective before a name is nobody who spoke
        nouns = re.findall(r"\b([A-Za-z]+)\b(?!\s+[A-Z])", near)
        return any(w.lower() in lex.spokesperson and w.lower() in lex.titles for w in nouns)

    def _name_of(self, actor: str) -> str:
        if actor.startswith("?"):
            return actor[1:]
        known = self.registry.actors.get(actor)
        return known.name if known else self.new_actors.get(actor, "")

    def _named(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """Actors named in ``text[lo:hi]`` outside quoted words: registered ones, this article's new ones,
        and people named in full who have not spoken yet ("Dermot Mannion stated that he ..."), as
        ``?Name`` until one is chosen."""
        found = [(m.start, m.end, m.actor) for m in self.registry.mentions(self.text, lo, hi) if m.actor]
        names = {name: actor for actor, name in self.new_actors.items()}
        for m in _RUN.finditer(self.text, lo, hi):
            if any(s < m.end() and m.start() < e for s, e, _ in found) or self.inside_quote(m.start(), m.end()):
                continue
            name = strip_titles(m.group(0))
            actor = names.get(name) or next((a for n, a in names.items() if n.split()[-1] == name), None)
            if actor is None and looks_personal(name) and self._in_prose(m.start()):
                actor = "?" + name  # made an actor only if chosen (see _chosen)
            if actor:
                found.append((m.end() - len(name), m.end(), actor))
        return sorted(x for x in found if not self.inside_quote(x[0], x[1]))

    def _spoken_of(self, actor: str, said: tuple[int, int] | None) -> bool:
        """Whether quoted words ``said`` name ``actor`` by surname: then they speak of him, not as him."""
        surname = self._name_of(actor).split()[-1:]
        return bool(said and surname and re.search(rf"\b{re.escape(surname[0])}\b", self.text[said[0] : said[1]]))

    def antecedent(
        self, pronoun: str, at: int, said: tuple[int, int] | None = None
    ) -> tuple[str, tuple[int, int]] | None:
        """Who "he"/"she"/"it" at ``at`` is: the nearest sentence's speaker or subject that fits.

        Sentences are searched from this one (up to ``at``) back two: in each, the speaker of a
        statement there, else the first actor named who is not behind a preposition or a possessive
        (a clause subject). Failing that, the last actor named in those sentences.
        """
        here = self.sentence_index(at)
        if here < 0:
            return None

        def fits(actor: str) -> bool:
            return self._fits(actor, pronoun) and not self._spoken_of(actor, said)

        window = range(here, max(-1, here - 6), -1)
        for index in window:
            lo = self.sentences[index].start
            hi = at if index == here else self.sentences[index].end
            recent = self._recent_between(lo, hi)
            if recent and recent[-1][1] is None and recent[-1][2] and recent[-1][2][2][:1].isupper():
                return None  # "Mr MacFarlane said …. He said": a person named but unknown, not someone before
            spoken = [(a, span) for _, a, span in recent if a and (fits(a) or self._spokesperson(a, span, pronoun))]
            if spoken:
                actor, span = spoken[-1]
                return actor, (span[0], span[1]) if span else (at, at)
            named = [(s, e, a) for s, e, a in self._named(lo, hi) if fits(a)]
            for s, e, actor in named:
                if is_subject(self.text, lo, s, e):
                    return self._chosen(actor), (s, e)
            real = [(s, e, a) for s, e, a in named if not a.startswith("?")]
            if real and here - index <= 1:  # "Putin’s recognition of … . He has argued": the one just named
                return real[-1][2], (real[-1][0], real[-1][1])
        lo = self.sentences[window[-1]].start
        for s, e, actor in reversed(self._named(lo, at)):
            if fits(actor) and not actor.startswith("?"):
                return self._chosen(actor), (s, e)
        return self._far_antecedent(pronoun, lo, said)

    def _far_antecedent(
        self, pronoun: str, at: int, said: tuple[int, int] | None = None
    ) -> tuple[str, tuple[int, int]] | None:
        """Who "he" is when nobody fits in the sentences just before ``at``: the last speaker who fits, else
        the last person who fits named as a clause subject (the story's protagonist, named paragraphs before)."""
        for _, actor, span in reversed(self._recent_between(at - LOOKBACK, at)):
            if actor and (self._fits(actor, pronoun) and not self._spoken_of(actor, said)):
                return actor, (span[0], span[1]) if span else (at, at)
        for s, e, actor in reversed(self._named(max(0, at - LOOKBACK), at)):
            sentence = sentence_at(self.sentences, s)
            if (
                (self._fits(actor, pronoun) and not self._spoken_of(actor, said))
                and sentence
                and is_subject(self.text, sentence.start, s, e)
            ):
                return self._chosen(actor), (s, e)
        return None

    def _in_prose(self, offset: int) -> bool:
        """Whether ``offset`` is in a sentence of running text (not a heading such as "Underlying Reasons")."""
        s = sentence_at(self.sentences, offset)
        return bool(s) and s.text.rstrip()[-1:] in '.!?"”’)'

    def _chosen(self, actor: str) -> str:
        return (self._new(actor[1:]) or actor[1:]) if actor.startswith("?") else actor

    def _last_org(self, at: int) -> str | None:
        """The organisation an anaphor ("the company") at ``at`` refers to: the last one named or speaking."""
        here = self.sentence_index(at)
        lo = self.sentences[max(0, here - 3)].start if here >= 0 else 0
        named = [(s, a) for s, _, a in self._named(lo, at) if not self._is_person(a) and not a.startswith("?")]
        spoken = [(o, a) for o, a, _ in self._recent_between(at - LOOKBACK, at) if a and not self._is_person(a)]
        candidates = sorted(named + spoken)
        floor = max(lo, candidates[-1][0] + 1) if candidates else 0
        for start, end, run in self._runs_before(at):  # the last one named, when nearer than any actor
            if start < floor:
                break
            # An acronym ("US", "BP") is taken only when no actor is nearer: it is as often a place.
            several = len(run.split()) > 1 or (run.isupper() and floor == 0)
            # "sales in the US": a name behind a preposition is a place or an object, not the company
            behind = floor > 0 and not is_subject(self.text, max(0, start - 40), start, start)
            if several and is_org_name(run) and not behind and not self.inside_quote(start, end):
                # "The Ministry of Health": the whole name, without its article
                name = _ORG_NAME.match(self.text, start, min(len(self.text), start + 200)).group(1)
                return self._new(name, org=True)
        return candidates[-1][1] if candidates else None

    def continuation(self, at: int) -> tuple[str | None, tuple[int, int, str] | None] | None:
        """The speaker whose words a frameless quote at ``at`` goes on with: the last one, if their
        statement ends within two sentences before it or in this or the previous paragraph."""
        here = self.sentence_index(at)
        before = [(o, a, span) for o, a, span in self._recent_between(at - LOOKBACK, at) if a or span]
        if not before or here < 0:
            return None
        offset, actor, span = before[-1]
        last = self.sentence_index(max(offset, self.ends.get(offset, offset) - 1))
        if last < 0:
            return None
        near = here - last <= 2 or self.sentences[here].paragraph - self.sentences[last].paragraph <= 2
        return (actor, span) if near else None

    def introduced(self, at: int) -> tuple[str, tuple[int, int, str]] | None:
        """The person a paragraph-opening quote at ``at`` belongs to when nobody spoke just before: the
        subject of the sentence before it, if it is a person named in that sentence (not in quotes)."""
        here = self.sentence_index(at)
        if here <= 0:
            return None
        prev = self.sentences[here - 1]
        for s, e, actor in self._named(prev.start, prev.end):
            if is_subject(self.text, prev.start, s, e) and self._is_person(actor):
                return self._chosen(actor), (s, e, self.text[s:e])
        return None

    def spoke_just_before(self, at: int) -> bool:
        """Whether a statement ends in the sentence just before ``at`` (or in ``at``'s own)."""
        here = self.sentence_index(at)
        if here < 0:
            return False
        lo = self.sentences[max(0, here - 1)].start
        return any(self.ends.get(o, o) > lo for o, _, _ in self._recent_between(at - LOOKBACK, at))

    def remember(self, offset: int, actor: str | None, span: tuple[int, int, str] | None, end: int) -> None:
        """Note a statement; one with no actor but a name as written ("Mr. Smith") can be continued too."""
        if actor or span:
            self.ends[offset] = end
            i = bisect_right(self._recent_offsets, offset)  # in text order, a later equal offset after
            self._recent_offsets.insert(i, offset)
            self.recent.insert(i, (offset, actor, span))
