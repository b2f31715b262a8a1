"""Cutting a headline to length: where a long sentence may end, and what a headline never ends on.

A headline is at most ``MAX`` characters, cut at a side clause, a comma, a subordinator, a preposition
or (last) before an auxiliary, never mid-word and never with an ellipsis; it never ends on a word that
needs one after it (a preposition, determiner, conjunction, pronoun, number word or nationality adjective:
``dangling`` in ``data/headlines.yml``), nor on the stub of a phrase a comma opened ("…in the Kremlin,
two days" for "…, two days before the deadline"). Role words before a person's name go first when the
headline is too long ("U.S. Middle East envoy Steve Witkoff" -> "Witkoff").
"""

from __future__ import annotations

import re
from functools import cache

from .clauses import words

MAX = 100
_COMMA = re.compile(r",[”\"]?\s+\w+|;")
_STRONG = re.compile(
    r"\s+(?:following|after|while|as|but|before|amid|because|once|when|if|until|unless|saying|adding|"
    r"noting|warning|urging|calling)\s+"
)
_WEAK = re.compile(
    r"\s+(?:and|with|including|regarding|to discuss|over|about|on|in|at|for|through|into|across|from|near|under)\s+"
)
_AUX = re.compile(r"\s+(?:were|was|is|are|has|have|had)\s+")  # a subject with no predicate: the last resort


@cache
def _side() -> re.Pattern:
    return re.compile(rf",[”\"]?\s+(?:{'|'.join(sorted(words().boundaries))})\b")


def side_cut(text: str) -> str:
    """The text before its first side clause ("..., which", "..., although"): never the headline's."""
    for m in _side().finditer(text):
        if m.start() >= 25:
            return text[: m.start()]
    return text


def _dangles(word: str) -> bool:
    """Whether a headline may not end on ``word``: it needs a word after it."""
    bare = word.strip("“”\"'‘’,.;:").lower()
    return bare in words().dangling or bare in words().nationalities and word[:1].isupper()


def trim_end(text: str) -> str:
    """The text without the words at its end that need one after them ("…met Lammy and Ukrainian" ->
    "…met Lammy"), and without a stub of at most three words after its last comma ("…, two days")."""
    while True:
        text = text.rstrip(" ,;:")
        last = text.rsplit(" ", 1)
        if len(last) == 2 and _dangles(last[1]) and not last[1].endswith(("”", '"')):
            text = last[0]
            continue
        if len(last) == 2 and last[1] in words().reporting and last[0].endswith(" and"):
            text = last[0][:-4]  # "…was made” and said": the second verb lost its object
            continue
        head, comma, stub = text.rpartition(", ")
        if comma and len(stub.split()) <= 3 and len(head) >= 25 and not re.search(r"[“”\"A-Z]", stub):
            text = head
            continue
        return text


def _between(text: str, at: int) -> bool:
    """Whether ``at`` is the "and" of "between A and B" (never cut there)."""
    return text[at:].lstrip().startswith("and") and "between" in text[max(0, at - 40) : at].split()


def cut(text: str) -> str:
    """At most ``MAX`` characters, cut at a side clause or phrase boundary, never mid-word, no ellipsis."""
    text = side_cut(text)
    if len(text) <= MAX:
        return text
    # The longest headline, but a cut at a comma or subordinator is worth more than one at a preposition, and
    # that more than one that leaves a subject without its verb (penalties in characters).
    fits = [
        (m.start() - penalty, -tier, m.start())
        for tier, (pattern, penalty) in enumerate(((_COMMA, 0), (_STRONG, 5), (_WEAK, 35), (_AUX, 40)))
        for m in pattern.finditer(text)
        if 30 <= m.start() <= MAX and not _between(text, m.start())
    ]
    if fits:
        return trim_end(text[: max(fits)[2]])
    return trim_end(text[: MAX + 1].rsplit(" ", 1)[0])


def shorter_roles(text: str) -> str:
    """Role words before a person's name dropped, and the name cut to its last word ("Iranian Foreign
    Minister Abbas Araghchi" -> "Araghchi"): a run of capitalised words (and "of") holding a title word and
    ending in two capitalised words that are none."""
    from .speakers import is_title

    tokens = text.split(" ")
    out: list[str] = []
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and (tokens[j][:1].isupper() or is_title(tokens[j]) or tokens[j] == "of" and j > i):
            j += 1
        run = tokens[i:j]
        k = len(run)
        while k > len(run) - 2 and k and run[k - 1][:1].isupper() and not is_title(run[k - 1]):
            k -= 1
        role = run[:k]
        if k < len(run) and role and any(is_title(t) for t in role) and role[-1] != "of":
            out.append(run[-1])
        else:
            out.extend(run or tokens[i : i + 1])
        i = max(j, i + 1)
    return " ".join(out)
