"""Speaker phrases: which words of an attribution name the speaker.

An attribution names its speaker in a noun phrase ("IMF chief economist Maury
Obstfeld", "Rep. Gwen Moore (D-Wis.)", "the firm's chief executive officer, Alan
Mulally", "a Boeing spokesman", "the Kremlin", "he"). The phrase is read in
capitalised runs; a run's title and role words (``generator/data/titles.yml``,
not code) are dropped from its front, and the head of the phrase is its last
run, except when the phrase starts with a name that an "of"/"at" phrase follows
("John Smith of Acme"). A spokesperson without a name stands for the organisation
named with them ("a Boeing spokesman" -> Boeing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from . import yamlio
from .model import Actor

_DATA = Path(__file__).resolve().parent / "data" / "titles.yml"
_VERBS = Path(__file__).resolve().parent / "data" / "verbs.yml"
PRONOUN_WORDS = {"he", "she", "they", "him", "her", "it"}
# A word of a name: capitalised ("O'Brien", "Jean-Claude"), an acronym ("IMF", "U.S."), an initial ("W.").
_TOKEN = re.compile(r"[A-Za-z][\w’'\-]*\.?|&|\(|\)")
_CONNECTORS = {"of", "de", "du", "van", "von", "der", "al", "bin", "&", "and"}
# "the expert said": someone named just before (other role nouns may be someone new: "the premier").
_ANAPHORS = {"expert", "analyst", "official", "diplomat", "politician", "scholar", "source"}
_KEYS = (
    "titles",
    "spokesperson",
    "not_speakers",
    "org_words",
    "org_anaphors",
    "documents",
    "views",
    "bodies",
    "unnamed",
    "sides",
)
# Words that end a phrase's nouns: "Boeing on Monday", "the firm also".
_FUNCTION = frozenset(
    [
        "on",
        "in",
        "at",
        "for",
        "of",
        "with",
        "by",
        "from",
        "to",
        "also",
        "later",
        "then",
        "still",
        "now",
        "has",
        "had",
        "have",
        "would",
        "will",
        "who",
        "which",
        "that",
        "and",
        "but",
        "earlier",
        "today",
        "yesterday",
        "tonight",
        "this",
        "last",
        "next",
    ]
)
# Between a leading name and a later one: a description of the first ("John Smith of Acme", "Peter
# Boockvar an equity strategist for Miller Tabak").
_CUT = re.compile(r"\s(?:of|at|from|with|for|a|an|the|in|on|during|to|after|before|when|while)\s")


@dataclass(frozen=True)
class Lexicon:
    """Title and role words, spokesperson nouns, capitalised non-speakers, organisation words, documents; lower case."""

    titles: frozenset[str]
    spokesperson: frozenset[str]
    not_speakers: frozenset[str]
    org_words: frozenset[str]
    org_anaphors: frozenset[str]
    documents: frozenset[str]
    views: frozenset[str]
    bodies: frozenset[str]
    unnamed: frozenset[str]
    sides: frozenset[str]


@cache
def lexicon() -> Lexicon:
    """The speaker lexicon from the package's data file (read once)."""
    data = yamlio.load(_DATA.read_text(encoding="utf-8"))
    return Lexicon(*(frozenset(str(data[key]).lower().split()) for key in _KEYS))


@cache
def countries() -> dict[str, str]:
    """The country each nationality adjective stands for as a speaker (``generator/data/countries.yml``)."""
    data = yamlio.load((_DATA.parent / "countries.yml").read_text(encoding="utf-8"))
    return {str(k).lower(): str(v) for k, v in data.items()}


def new_actor(actor_id: str, name: str) -> Actor:
    """The registry entry of a speaker first named in an ingested article: a body when its name is an
    organisation's ("IMF", "Acme Corp.") or a country's ("Ukraine", for "Ukrainian officials"), else a
    person; so that "he" and "she" never stand for it."""
    body = is_org_name(name) or name in countries().values()
    return Actor(actor_id, name, kind="body" if body else "person")


@cache
def verb_pattern(key: str) -> str:
    """A regular-expression alternation of the verbs listed under ``key`` in ``generator/data/verbs.yml``,
    in the file's order; the words of an entry match with any white space between them."""
    verbs = yamlio.load(_VERBS.read_text(encoding="utf-8"))[key]
    return "|".join(r"\s+".join(re.escape(w) for w in str(v).split()) for v in verbs)


@cache
def verb_words(key: str) -> frozenset[str]:
    """The verbs listed under ``key`` in ``generator/data/verbs.yml``, lower case (entries of one word)."""
    verbs = yamlio.load(_VERBS.read_text(encoding="utf-8"))[key]
    return frozenset(str(v).lower() for v in verbs if " " not in str(v))


@dataclass(frozen=True)
class Head:
    """The words of a speaker phrase that name the speaker, with their offsets in the article."""

    start: int
    end: int
    text: str
    # "name", "pronoun", "org" (a spokesperson's organisation), "org_anaphor" ("the company"), "role"
    # (a description: "the Russian president")
    kind: str
    honorific: bool = False  # a personal title stood before the name ("Mr.", "Rep.")
    article: bool = False  # "the" stood before the name ("the Kremlin")


def _bare(word: str) -> str:
    return word.lower().rstrip(".")


def is_title(word: str) -> bool:
    """Whether a word is a title or role word ("Rep.", "chief", "Secretary")."""
    return _bare(word) in lexicon().titles or word.lower() in lexicon().titles


def _runs(text: str, lo: int, hi: int) -> list[list[re.Match]]:
    """Runs of capitalised words in ``text[lo:hi]``; "of", "de", "&" join a one-word run to the next word.

    A run never starts with a non-speaker word ("Friday", "As"); inside a run such words are part of a
    name ("Fox News", "Bank of America").
    """
    runs: list[list[re.Match]] = []
    current: list[re.Match] = []
    pending: list[re.Match] = []
    last_end = None
    for m in _TOKEN.finditer(text, lo, hi):
        word = m.group(0)
        gap = text[last_end : m.start()] if last_end is not None else ""
        if current and not re.fullmatch(r"[ \t\xa0]*", gap):
            runs.append(current)  # punctuation or a paragraph break between the words
            current, pending = [], []
        last_end = m.end()
        if word[:1].isupper() and (current or _bare(word) not in lexicon().not_speakers):
            current.extend(pending)
            pending = []
            current.append(m)
        elif current and not pending and _joins(word, current):
            pending.append(m)
        elif current:
            runs.append(current)
            current, pending = [], []
    if current:
        runs.append(current)
    return runs


def _joins(word: str, run: list[re.Match]) -> bool:
    """Whether a lowercase word joins a run to the next word: "Bank of America", "Commissioner for Competition"."""
    lowered = word.lower()
    if (lowered in _CONNECTORS or lowered == "for") and lowered != "and" and len(run) == 1:
        return True
    return lowered in ("of", "for") and is_title(run[-1].group(0))


def _person_after(rest: list[re.Match]) -> bool:
    """Whether the words after a possessive read as a person's name: two or three, no organisation word."""
    words = [m.group(0) for m in rest]
    return 2 <= len(words) <= 3 and not any(_bare(w) in lexicon().org_words or w.lower() in _CONNECTORS for w in words)


def _strip_titles(run: list[re.Match]) -> list[re.Match]:
    """The words of a run after its last title word ("Secretary of State Marco Rubio" -> Marco Rubio).

    An organisation's name that runs into a person's is cut there too: "Fort Pitt Capital Group Charlie
    Smith" -> Charlie Smith, "Bank of America John Smith" -> John Smith (two words at least must follow
    the organisation word and its complement).
    """
    last = -1
    joining = _CONNECTORS | {"for"}
    for i, m in enumerate(run):
        word = m.group(0)
        if is_title(word) or (word.endswith(("'s", "’s", "s'", "s’")) and _person_after(run[i + 1 :])):
            last = i  # a title, or a possessive before a person: "the Times' John Doe" (not "Moody's Investors")
        elif _bare(word) in lexicon().org_words:
            complement = i + 1 < len(run) and run[i + 1].group(0).lower() in joining
            # "Bank of America John Smith": past the complement when two words follow it;
            # "Ministry of Health" alone is the organisation.
            if complement and len(run) - (i + 3) >= 2:
                last = i + 2
            elif not complement and len(run) - i > 2:
                last = i
        elif i >= 2 and last == i - 2 and is_title(run[i - 2].group(0)) and run[i - 1].group(0).lower() in joining:
            last = i  # "Secretary of State", "Minister of Finance": the title's own complement
    rest = run[last + 1 :]
    while rest and rest[0].group(0).lower() in _CONNECTORS:
        rest = rest[1:]
    if rest and last >= 0 and is_org_name(" ".join(m.group(0) for m in rest)):
        return run  # "General Motors (Corporation)" is a company, not General Mr Motors
    return rest


def _pronoun_head(text: str, lo: int, phrase: str, stripped: str) -> Head | None:
    """A pronoun or an anaphor ("he", "the expert", "the company") heading ``phrase``, or None."""
    lex = lexicon()
    words = stripped.lower().split()
    if stripped.lower() in PRONOUN_WORDS or (len(words) == 2 and words[0] in ("the", "this") and words[1] in _ANAPHORS):
        s = lo + phrase.index(stripped)  # "he", "the expert": someone named before
        return Head(s, s + len(stripped), stripped, "pronoun")
    raw = stripped.split()
    if len(raw) > 1 and words[0] in ("he", "she") and not any(w[:1].isupper() for w in raw[1:]):
        s = lo + phrase.index(stripped)  # "He has consistently": the pronoun and its auxiliaries
        return Head(s, s + len(raw[0]), raw[0], "pronoun")
    if len(words) > 1 and words[-1] in ("he", "she") and not phrase.rstrip().endswith(","):
        s = lo + len(phrase.rstrip()) - len(words[-1])  # "During his speech he": the pronoun is the subject
        return Head(s, s + len(words[-1]), text[s : s + len(words[-1])], "pronoun")
    plain = len(words) == 3 and re.fullmatch(r"[a-z][a-z\-]*", raw[1]) and not is_title(raw[1])
    anaphors = (lex.org_anaphors | lex.spokesperson) - {"source", "sources"}  # "the sources": nobody named
    if (len(words) == 2 or plain) and words[0] == "the" and words[-1] in anaphors:
        # "the company", "the spokesman", "the statement": an organisation named before
        s = lo + phrase.index(stripped)
        return Head(s, s + len(stripped), stripped, "org_anaphor")
    return None


def _comma_head(text: str, lo: int, phrase: str, parts: list[tuple[int, int]]) -> Head | None:
    """The speaker of a phrase in comma-separated ``parts``: the first part's, unless it names nobody, an
    owner, an organisation or a role, when a later part's name is ("the firm's chief executive, Alan
    Mulally")."""
    first = head(text, lo + parts[0][0], lo + parts[0][1])
    # "Mr. Smith's lawyer, Tom Brown": a possessive's name is not the speaker the comma names.
    owner = first is not None and text[first.end : first.end + 2] in ("’s", "'s")
    if first is None or owner or first.kind in ("org", "role") or not phrase[parts[0][0] :].strip()[:1].isupper():
        for s, e in parts[1:]:
            later = head(text, lo + s, lo + e)
            if later and (first is None or (later.kind == "name" and " " in later.text)):
                return later
    return first


def head(text: str, lo: int, hi: int) -> Head | None:
    """The speaker named by the phrase ``text[lo:hi]``, or None when it names nobody."""
    lex = lexicon()
    phrase = text[lo:hi]
    stripped = phrase.strip(" ,")
    pronoun = _pronoun_head(text, lo, phrase, stripped)
    if pronoun is not None:
        return pronoun
    # "the firm's chief executive, Alan Mulally": a name alone after the comma is the speaker.
    parts = [(m.start(), m.end()) for m in re.finditer(r"[^,]+", phrase)]
    if len(parts) > 1:
        return _comma_head(text, lo, phrase, parts)
    hi = lo + (phrase.index("(") if "(" in phrase else len(phrase))  # "(D-Wis.)" is a party tag
    both = re.search(r"\sand\s+(?:the\s+)?[A-Z]", text[lo:hi])
    if both and _runs(text, lo, lo + both.start()):
        hi = lo + both.start()  # "The White House and the Department of State": the first one named
    raw_runs = _runs(text, lo, hi)
    runs = [r for r in (_strip_titles(r) for r in raw_runs) if r]
    if not runs:
        if raw_runs and re.fullmatch(r"(?:[Tt]he\s+)?[\w\-.’' ]+", stripped) and is_title(stripped.split()[-1]):
            s = lo + phrase.index(stripped)  # "The Russian President": a role of capitalised title words
            return Head(s, s + len(stripped), stripped, "role", article=stripped.lower().startswith("the "))
        return None
    chosen = runs[-1]
    if len(runs) > 1 and _CUT.search(text, runs[0][-1].end(), runs[1][0].start() + 1):
        chosen = runs[0]  # "John Smith of Acme Corp", "economist Paul Krugman of Princeton University"
    s, e = chosen[0].start(), chosen[-1].end()
    if text[e - 2 : e] in ("’s", "'s"):
        e -= 2  # a possessive ("Donald Trump’s call"): the name without it, which is then no subject
    if text[e - 1 : e] == "." and not re.fullmatch(r"(?:[A-Z]\.)+", text[s:e].split()[-1]):
        e -= 1
    before = text[lo:s].lower().split()
    after = text[e:hi].lower().replace("’", "'").split()
    # "a spokesman for Boeing" / "a Boeing spokesman" / "USAF officials", with no name after them.
    behind = before[-2:-1] if before[-1:] and before[-1] in ("for", "of", "at") else []
    spokes = [w for w in [*behind, *after] if re.sub(r"'s$|[.,]", "", w) in lex.spokesperson]
    if spokes and not any(w[:1].isupper() for w in text[e:hi].split()):
        return Head(s, e, text[s:e], "org", article=bool(before and before[-1] == "the"))
    of = before[-4:-1] if before[-1:] == ["the"] else before[-3:]
    if (
        len(of) == 3
        and of[0] in ("the", "a", "an")
        and is_title(of[1])
        and of[2] == "of"
        and not is_org_name(text[s:e])
    ):
        # "the president of Cyprus": a role and its place, not the place; who holds it is found by the role
        lead = re.search(r"(?:the|an?)\s+\S+\s+of\s+(?:the\s+)?$", text[lo:s], re.IGNORECASE)
        start = s - len(lead.group(0)) if lead else lo
        return Head(start, e, text[start:e], "role", article=of[0] == "the")
    modified = _modifier_run(text, lo, s, e, hi, before)
    if modified is not None:
        return modified or None
    if after and is_title(after[0]) and chosen is runs[-1]:
        # "the Russian president", "Ford chief executive": a role, not a name; who holds it is
        # found by the role (``resolve``), and no actor is made from the adjective.
        role_end = e + len(text[e:hi]) - len(text[e:hi].lstrip())
        while (m := re.match(r"[\w\-.]+", text[role_end:hi])) and is_title(m.group(0)):
            role_end += m.end() + len(text[role_end + m.end() : hi]) - len(text[role_end + m.end() : hi].lstrip())
        role_end = len(text[:role_end].rstrip())
        start = lo + len(text[lo:s]) - len(text[lo:s].lstrip(" ,"))  # from "the": "the Russian president"
        return Head(start, role_end, text[start:role_end], "role", article=bool(before and before[-1] == "the"))
    honorific = any(_bare(w) in lex.titles for w in text[lo:s].split()[-1:]) and text[s - 1 : s].isspace()
    return Head(s, e, text[s:e], "name", honorific=honorific, article=bool(before and before[-1] == "the"))


def _modifier_run(text: str, lo: int, s: int, e: int, hi: int, before: list[str]) -> Head | bool | None:
    """A capitalised word that only modifies the noun after it, in a phrase led by a determiner.

    "the Israeli government" names a body (an organisation named with the adjective); "the US carmaker"
    refers back to an organisation named before; "A new Russian law" or "the Russian economy" names no
    speaker (False). None when the phrase is not of this form, or names a party ("the Russian side").
    """
    m = re.match(r"(?:\s+(?![a-z\-]*\b(?:" + "|".join(_FUNCTION) + r")\b)[a-z][a-z\-]*){1,3}(?![\w’'\-])", text[e:hi])
    if not before or before[0] not in ("a", "an", "the") or not m:
        return None  # the nouns after the name, up to a function word ("The Belgian government has …")
    lex = lexicon()
    end = e
    seq = list(re.finditer(r"\s+([a-z][a-z\-]*)", m.group(0)))
    for i, word in enumerate(seq):  # the first noun of the sequence decides
        noun, end = word.group(1), e + word.end()
        if is_title(noun) and any(w.group(1) in lex.bodies for w in seq[i + 1 :]):
            continue  # "the Russian foreign ministry": a title word before the body's noun
        if noun in lex.spokesperson or is_title(noun):
            return None  # "a Boeing spokesman", "the Russian president": read as before
        if noun in lex.bodies:
            return Head(s, end, text[s:end], "name", article=before[0] == "the")
        if noun in lex.org_anaphors:
            start = lo + len(text[lo:s]) - len(text[lo:s].lstrip(" ,"))
            return Head(start, end, text[start:end], "org_anaphor")
        if noun in lex.sides:
            return None  # "the Russian side": a party to talks, read as before (the registry may know it)
    return False


def is_org_name(name: str) -> bool:
    """Whether a name is an organisation's: an acronym ("IMF", "U.S.") or one with an organisation word."""
    words = name.split()
    if len(words) == 1 and re.fullmatch(r"[A-Z][A-Z.&]+s?", name) and len(name.replace(".", "")) >= 2:
        return not is_title(name)  # "IMF", "GM"; not "CEO"
    return any(w.lower() in lexicon().org_words for w in words)


# A capitalised word that opens a sentence and is followed by a lowercase word: its subject, maybe.
_OPENING_WORD = re.compile(r"\s*([A-Z][A-Za-z&]+)\s+[a-z]+\b")


def opening_subject(text: str, start: int, end: int) -> str | None:
    """The single capitalised word that opens ``text[start:end]`` as its subject ("Toyota announced …").

    None for a function word, a weekday or month, a title, a pronoun, or a run of several capitalised words
    (a person named in full is read elsewhere).
    """
    m = _OPENING_WORD.match(text, start, end)
    if not m:
        return None
    word = m.group(1)
    if word.lower() in lexicon().not_speakers or word.lower() in ("he", "she", "they") or is_title(word):
        return None
    return word
