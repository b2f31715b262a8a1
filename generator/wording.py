"""The words of a report that merging compares: content words, the kind of happening, key words.

``content_words`` reads a sentence's lowercase content words, crudely stemmed, with the words that name
a kind of happening ("talks", "met", "summit") reduced to that kind ("meet"); ``head_kind`` is the kind a
headline names first, and ``other_happenings`` tells two reports apart by it (a saying and a deed, or two
deeds of different kinds). ``key_words`` are what is left of the words around a report's date once its
actors, role words, dates and kind are gone: its object and place. ``merge.py``, ``blocking.py`` and
``fold.py`` read them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

_STOP = set(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "them",
        "his",
        "her",
        "their",
        "not",
        "no",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "can",
        "do",
        "does",
        "did",
        "mr",
        "ms",
        "mrs",
        "said",
        "stated",
        "told",
        "also",
        "than",
        "then",
        "there",
        "here",
        "which",
        "who",
        "whom",
        "what",
        "when",
        "where",
        "while",
        "about",
        "into",
        "over",
        "after",
        "before",
        "during",
        "between",
        "both",
        "such",
        "any",
        "some",
        "more",
        "most",
        "very",
        "just",
        "only",
        "even",
        "other",
        "s",
        "t",
    ]
)
# Words that name the same kind of happening, reduced to one stem (the registry data/kinds.yml).
_KINDS_FILE = Path(__file__).resolve().parent / "data" / "kinds.yml"
KINDS: dict[str, str] = {
    kind: " ".join(str(words).split()) for kind, words in yaml.safe_load(_KINDS_FILE.read_text("utf-8")).items()
}
_KIND_OF = {w: k for k, words in KINDS.items() for w in words.split()}
KIND_SET = frozenset(KINDS)


@lru_cache(maxsize=16384)  # a sentence is compared with each candidate's: read its words once
def content_words(text: str) -> frozenset[str]:
    """Lowercase content words, crudely stemmed, with happening-words reduced to their kind."""
    out = set()
    for w in re.findall(r"[a-z]+", text.lower().replace("’", "'")):
        if w in _STOP or len(w) < 3:
            continue
        out.add(_KIND_OF.get(w, w[:-1] if w.endswith("s") and len(w) > 4 else w))
    return frozenset(out)


@lru_cache(maxsize=16384)
def head_kind(title: str) -> str:
    """The kind of happening a headline's first happening word names ("Witkoff meets Putin" -> "meet",
    "Kremlin says talks will follow" -> "say"), or ""."""
    tokens = re.findall(r"[a-z]+", title.lower())
    # A passive names its happening after the auxiliary ("The Alaska summit was announced by Trump": a saying).
    for aux, w in zip(tokens, tokens[1:], strict=False):
        if aux in _PASSIVE and w in _KIND_OF and w.endswith("ed"):
            return _KIND_OF[w]
    for w in tokens:
        if w in _KIND_OF:
            return _KIND_OF[w]
    return ""


_PASSIVE = frozenset(("was", "were", "is", "are", "been", "be", "being"))


def other_happenings(head_a: str, words_a: frozenset[str], head_b: str, words_b: frozenset[str]) -> bool:
    """Whether two reports tell different happenings by their headlines' verbs: one is a saying ("Trump said
    there was a good chance of a meeting") and the other a deed told with no reporting verb at all ("Witkoff
    met Putin in the Kremlin"), or both name deeds of different kinds ("meet" and "attack")."""
    if (head_a == "say") != (head_b == "say"):
        deed_words = words_b if head_a == "say" else words_a
        return bool(head_a and head_b) and "say" not in deed_words
    return bool(head_a and head_b) and head_a != head_b


@lru_cache(maxsize=16384)
def _actor_words(actors: frozenset[str]) -> frozenset[str]:
    return frozenset(w for a in actors for w in content_words(a.replace("-", " ")))


def key_words(nucleus: frozenset[str], actors: frozenset[str]) -> frozenset[str]:
    """The words around a report's date that are neither its actors' names, role words, nor the kind of
    happening: its object and place ("kremlin", "alaska", "tariff")."""
    from .clauses import is_nationality
    from .speakers import is_title

    names = _actor_words(actors)
    return frozenset(
        w
        for w in nucleus
        if w not in KIND_SET
        and w not in names
        and w not in _DATE_WORDS
        and w not in _FUNCTION_WORDS
        and not is_title(w)
        and not is_nationality(w)
    )


# Function and light words that name no object or place: two reports sharing "whether" or "got" share nothing.
_FUNCTION_WORDS = frozenset(
    [
        "whether",
        "out",
        "off",
        "how",
        "why",
        "because",
        "yet",
        "still",
        "again",
        "all",
        "each",
        "own",
        "same",
        "too",
        "our",
        "we",
        "you",
        "your",
        "him",
        "himself",
        "herself",
        "itself",
        "themselves",
        "being",
        "against",
        "under",
        "through",
        "get",
        "gets",
        "got",
        "come",
        "comes",
        "came",
        "went",
        "goes",
        "make",
        "makes",
        "made",
        "take",
        "takes",
        "took",
        "give",
        "gives",
        "gave",
    ]
)


# Words of date phrases: two reports of one day share them whatever happened.
_DATE_WORDS = frozenset(
    re.findall(
        r"\w+",
        "monday tuesday wednesday thursday friday saturday sunday january february march april june july august "
        "september october november december morning evening night afternoon week month year today yesterday "
        "tonight late early earlier last next",
    )
)


def word_overlap(a: frozenset[str], b: frozenset[str], at_least: int = 1) -> float:
    """The share of the smaller set of words that the other set has too; 0 when they share fewer than
    ``at_least`` words. Events compare with three: two shared words, "putin" and "kremlin", are what
    "Putin got most of what he came for" shares with any sentence naming them."""
    shared = len(a & b)
    return shared / min(len(a), len(b)) if a and b and shared >= at_least else 0.0
