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

from .actors import Registry, given_names, looks_personal, new_actor_id, strip_titles
from .antecedents import LOOKBACK, Antecedents, is_subject
from .clauses import is_nationality
from .model import Article, Sentence
from .quotes import Quote
from .sentences import is_dateline, sentence_at, sentence_index
from .speakers import Head, countries, is_org_name, is_title, lexicon, opening_subject, verb_words

_RUN = re.compile(r"(?<![\w’'])[A-Z][\w’'\-]*(?:[ \t]+(?:[A-Z]\.|[A-Z][\w’'\-]*))*")
# An organisation's name from its first capitalised word: "The Ministry of Health" -> Ministry of Health.
_ORG_NAME = re.compile(
    r"(?:The\s+)?([A-Z][\w’'\-&]*(?:\.(?=\w))?"
    r"(?:[ \t]+(?:(?:of|for|on|and)[ \t]+(?:the[ \t]+)?)?[A-Z][\w’'\-&]*(?:\.(?=\w))?)*)"
)
_DETERMINER = r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)"  # opens a role written before its holder's name
_strip_titles = lru_cache(maxsize=65536)(strip_titles)
# The name an acronym in parentheses right after it defines: "the State Property Agency (AVAS)".
_DEFINED = re.compile(r"((?:[A-Z][\w&\-.]*[ \t]+(?:(?:of|and|for|on|the)[ \t]+){0,2}){1,6}[A-Z][\w&\-.]*)[ \t]*$")
# A company's legal form, no initial of its name ("General Motors Corp." is GM).
_LEGAL = frozenset(
    {"corp", "corporation", "inc", "incorporated", "co", "llc", "ltd", "limited", "plc", "ag", "sa", "the"}
)


def nationality_alone(h: Head) -> bool:
    """Whether a speaker's head is one nationality word and nothing else ("Ukrainian" of "Ukrainian officials
    said"): it speaks for a country (``countries``), or, for one of no single country, for nobody named."""
    return " " not in h.text and h.text[1:].islower() and is_nationality(h.text)


class Attributor(Antecedents):
    """Resolves speaker phrases to actor ids, remembering recent speakers and where they were named."""

    def __init__(self, article: Article, sentences: list[Sentence], registry: Registry, quotes: list[Quote]):
        self.text = article.text
        self.title = article.title or ""
        self.sentences = sentences
        self.registry = registry
        self.quoted = sorted((q.start, q.end) for q in quotes)
        self._quote_starts = [s for s, _ in self.quoted]
        # Every run of capitalised words, once: the backward searches read these, not the text again.
        # A dateline's place ("KYIV —") is where the story was filed: no organisation "the ministry" stands for.
        filed = [(s.start, s.end) for s in sentences if is_dateline(s)]
        self._runs = [
            (m.start(), m.end(), m.group(0))
            for m in _RUN.finditer(self.text)
            if not any(a <= m.start() < b for a, b in filed)
        ]
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
        self._full_names: dict[str, list[tuple[int, str]]] | None = None  # surname -> (offset, full name)
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
            # "the spokesman" after "Ford spokesman Mark Truby": the person named with that noun, if any
            noun = h.text.split()[-1].lower()
            person = self._role_anaphor(h.text, h.start) if noun in lexicon().spokesperson else None
            return person or self._last_org(min(at, h.start))
        actor = self.registry.resolve(h.text)
        if actor and " " not in h.text and self._namesake(h.text, actor):
            return self._bare_word(h)  # "Tom Lavrov … Lavrov said": the article's Lavrov, not the registry's
        if actor:
            return actor
        words = h.text.split()
        if nationality_alone(h):
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
        spelled = re.fullmatch(r"[A-Z]{2,6}", h.text) and new_actor_id(h.text) not in self.registry.actors
        full = self._spelled_out(h.text, h.start) if spelled else None
        if full:  # "GM said" after "General Motors": one organisation, one actor (a registered "US" stays)
            return self.registry.resolve(full) or self._new(full, org=True)
        if h.kind == "org" or h.article or is_org_name(h.text) or re.search(rf"\b{re.escape(h.text)}\b", self.title):
            return self._new(h.text, org=True)
        if self._has_staff(h.text):
            return self._new(h.text, org=True)
        return None

    def _spelled_out(self, acronym: str, at: int) -> str | None:
        """The name an acronym stands for in this article before ``at``: defined in parentheses ("the
        State Property Agency (AVAS)") or a name of capitalised words with those initials ("General Motors
        Corp." for GM, "United Auto Workers" for UAW), not a person's ("George Miller")."""
        for paren in re.compile(rf"\(\s*{acronym}\s*\)").finditer(self.text, 0, at):
            defined = _DEFINED.search(self.text, max(0, paren.start() - 120), paren.start())
            if defined:  # without its legal form: "General Motors Corporation (GM)" is General Motors
                words = [
                    w for w in re.sub(r"^The\s+", "", defined.group(1)).split() if w.rstrip(".,").lower() not in _LEGAL
                ]
                return " ".join(words).rstrip(".,") or None
        for _, _, run in self._runs_before(at):
            words = [w for w in run.split() if w.rstrip(".").lower() not in _LEGAL]
            if len(words) >= 2 and "".join(w[0] for w in words) == acronym:
                return None if words[0].lower() in given_names() else " ".join(words).rstrip(".,")
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
            parts = strip_titles(m.group(0)).split()
            name = " ".join(parts)
            actor = names.get(name) or next((a for n, a in names.items() if n.split()[-1] == name), None)
            if actor is None and len(parts) == 1 and self._in_prose(m.start()):
                full = self._full_name(name, m.start())  # "Macron agreed." after "Emmanuel Macron"
                actor = (names.get(full) or self.registry.resolve(full) or "?" + full) if full else None
            if actor is None and looks_personal(name) and self._in_prose(m.start()):
                actor = "?" + name  # made an actor only if chosen (see _chosen)
            if actor:
                found.append((m.end() - len(name), m.end(), actor))
        return sorted(x for x in found if not self.inside_quote(x[0], x[1]))

    def _namesake(self, surname: str, actor: str) -> bool:
        """Whether the article names people in full with this surname and none of them is the registered
        ``actor`` ("Tom Lavrov", never Sergey Lavrov): then the surname alone is the article's person."""
        self._full_name(surname, 0)
        names = {name for _, name in (self._full_names or {}).get(surname, [])}
        return bool(names) and all(self.registry.resolve(name) != actor for name in names)

    def _full_name(self, surname: str, at: int) -> str | None:
        """The person named in full before ``at`` whose surname is ``surname`` ("Emmanuel Macron")."""
        if self._full_names is None:
            self._full_names = {}
            said = verb_words("reporting")
            for start, _, run in self._runs:
                parts = _strip_titles(run).split()
                while len(parts) > 1 and parts[0].lower() in said:
                    parts = parts[1:]  # "Said Putin:": the verb opening the sentence is no given name
                if len(parts) >= 2 and looks_personal(" ".join(parts[-3:])) and not self.inside_quote(start, start):
                    self._full_names.setdefault(parts[-1], []).append((start, " ".join(parts[-3:])))
        earlier = [name for start, name in self._full_names.get(surname, []) if start < at]
        return earlier[-1] if earlier else None

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
            # (an acronym always: "losses in the US" is a place even with no company named nearer)
            behind = (floor > 0 or run.isupper()) and not is_subject(self.text, max(0, start - 40), start, start)
            if several and is_org_name(run) and not behind and not self.inside_quote(start, end):
                # "The Ministry of Health": the whole name, without its article
                name = _ORG_NAME.match(self.text, start, min(len(self.text), start + 200)).group(1)
                return self._new(name, org=True)
        return candidates[-1][1] if candidates else None

    def remember(self, offset: int, actor: str | None, span: tuple[int, int, str] | None, end: int) -> None:
        """Note a statement; one with no actor but a name as written ("Mr. Smith") can be continued too."""
        if actor or span:
            self.ends[offset] = end
            i = bisect_right(self._recent_offsets, offset)  # in text order, a later equal offset after
            self._recent_offsets.insert(i, offset)
            self.recent.insert(i, (offset, actor, span))
