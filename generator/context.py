"""What a statement needs besides its words: the sentences around it, and whose view it gives.

* ``context``: the sentences from the one that names the speaker to the one the statement ends in, as
  one line, so that "No, he doesn't" can be read with its question. A statement of more than
  ``MAX_SENTENCES`` sentences keeps only its first and last.
* ``views_other``: the speaker describes someone else's way of thinking ("she mentions that the mindset
  of Russia's leader is, “we will attain our objectives at any cost”"): the quote is not the speaker's
  own position. The cue stands between the speaker and the quote: a view noun (``generator/data/
  titles.yml``) with a possessor or an "of" phrase, or another person's verb of thought ("Putin
  believes").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .model import Sentence
from .speakers import lexicon

MAX_SENTENCES = 4
_POSSESSOR = r"(?:[A-Z][\w’'\-]*\s+){0,3}[A-Z][\w’'\-]*(?:’s|'s)|(?:[a-z]+\s+)?[a-z]+(?:’s|'s)"
_THOUGHT = re.compile(
    r"\b(?P<who>[A-Z][\w’'\-]+)\s+(?:\w+ly\s+)?(?:believes|believed|thinks|thought|feels|felt|sees|views)\b"
)

_WISH = re.compile(
    r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?:[A-Z][\w’'\-]+\s+)?(?P<who>[A-Z][\w’'\-]+)\s+(?:would\s+|still\s+|really\s+)?"
    r"(?:prefer|prefers|want|wants|wanted|believes|believed|thinks|thought|feels|felt|sees|views|hopes|fears)\b"
)


def context(text: str, sentences: list[Sentence], start: int, end: int) -> str:
    """The sentences that ``text[start:end]`` overlaps, joined on one line."""
    chosen = []
    for sentence in sentences[bisect_right(sentences, start, key=lambda s: s.end) :]:
        if sentence.start >= end:
            break
        chosen.append(sentence)
    if not chosen:
        return " ".join(text[start:end].split())
    gap = " "
    if len(chosen) > MAX_SENTENCES:
        chosen, gap = [chosen[0], chosen[-1]], " … "
    return gap.join(" ".join(text[s.start : s.end].split()) for s in chosen)


def views_other(text: str, speaker_end: int | None, speaker_text: str | None, quote_start: int) -> bool:
    """Whether the words between a speaker and their quote ascribe the quote to someone else's view.

    A reported clause that opens with another person's thought or wish ("According to Stanovaya, Mr.
    Putin would prefer …") describes that person's view too.
    """
    if speaker_end is None or quote_start - speaker_end > 200:
        return False
    wish = _WISH.match(text, quote_start)
    if wish and wish.group("who") not in (speaker_text or "").split():
        return True
    if speaker_end > quote_start:
        return False
    gap = text[speaker_end:quote_start]
    views = "|".join(sorted(lexicon().views, key=len, reverse=True))
    if re.search(rf"(?:{_POSSESSOR})\s+(?:\w+\s+)?(?:{views})\b|\b(?:{views})\s+of\s+(?:the\s+)?[\w’'\-]+", gap):
        return not re.search(rf"\b(?:his|her|their|my|our)\s+(?:own\s+)?(?:{views})\b", gap)
    thought = _THOUGHT.search(gap)
    speaker = (speaker_text or "").split()
    return bool(thought) and thought.group("who") not in speaker and thought.group("who") not in ("He", "She")
