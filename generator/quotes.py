"""Quoted stretches of an article's text, paired within paragraphs.

Curly or straight double quotes are paired by their context (an opener follows
space or a dash, a closer precedes space or punctuation). A paragraph led by a
dash ("- I cannot but agree ...," the Russian leader said.) opens a quote. An
unclosed quote never runs past its paragraph; it is kept only when the next
paragraph reopens it (the news convention for a quote that goes on), so an
unpaired mark cannot swallow the narrative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPEN_CHARS = "“„«"
_CLOSE_CHARS = "”»"
MIN_WORDS = 3
UNATTRIBUTED_MIN_WORDS = 6


@dataclass
class Quote:
    open: int  # offset of the opening mark (or of the leading dash)
    start: int  # first character of the quoted words
    end: int  # end of the quoted words
    close: int  # offset just past the closing mark
    paragraph: int
    answer: bool = False  # a dash-led paragraph without quote marks: an interview answer
    label: tuple[int, int] | None = None  # a transcript turn's speaker label ("PENCE: …"), its offsets


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\r\n]+", text)]


def _is_opener(text: str, i: int, lo: int) -> bool:
    ch = text[i]
    if ch in _OPEN_CHARS:
        return True
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in _CLOSE_CHARS or ch == '"':
        # A closing-style mark opens when it follows space or a dash and precedes a word.
        return (before.isspace() or before in "([—–-") and not after.isspace()
    return False


def _double_apostrophes(text: str) -> str:
    """``text`` with two apostrophes used as a double mark (``''I'm sure,'' he said``) as one mark and a space.

    The result has the same length, so offsets found in it index ``text``: an opening pair becomes
    `` "`` (the mark next to the words), a closing pair ``" ``.
    """

    def one(m: re.Match) -> str:
        before = text[m.start() - 1] if m.start() else " "
        return ' "' if before.isspace() or before in "([—–-" else '" '

    return re.sub(r"(?<!')''(?!')", one, text) if "''" in text else text


# A transcript turn: a speaker's label, a colon, the words ("PENCE: We will …", "Mike Pence: …").
_TURN = re.compile(
    r"(?P<label>[A-Z][A-Z.’'\-]+(?:[ \t]+[A-Z][A-Z.’'\-]+){0,2}|[A-Z][a-z’'\-]+(?:[ \t]+[A-Z][a-z’'\-]+){0,2})"
    r":[ \t]+(?=\S)"
)


def _turns(text: str) -> list[Quote]:
    """The turns of a transcript: paragraphs led by a speaker's label, with no quote marks in them.

    A dateline ("MOSCOW: …") or a note ("Update: …") leads one paragraph; a transcript has two speakers
    at least, each with two turns when their labels are not capitals ("Pence:"), so fewer are no turns.
    """
    found = []
    for number, (lo, hi) in enumerate(_paragraphs(text)):
        m = _TURN.match(text, lo, hi)
        marked = any(c in text[lo:hi] for c in _OPEN_CHARS + _CLOSE_CHARS + '"')
        if m and not marked and words(text[m.end() : hi]) >= MIN_WORDS:
            found.append(Quote(lo, m.end(), hi, hi, number, label=(m.start("label"), m.end("label"))))
    labels = [text[q.label[0] : q.label[1]] for q in found if q.label]
    if len(set(labels)) < 2 or any(not x.isupper() and labels.count(x) < 2 for x in labels):
        return []
    return found


def find_quotes(text: str) -> list[Quote]:
    """Quoted stretches of ``text``; unbalanced marks are dropped, never swallowing the article."""
    original, text = text, _double_apostrophes(text)
    quotes = sorted(_pair(text) + _turns(text), key=lambda q: q.open)
    for q in quotes:
        if original[q.close - 1 : q.close + 1] == "''":
            q.close += 1  # past both apostrophes of a closing pair
    return quotes


def _pair(text: str) -> list[Quote]:
    quotes: list[Quote] = []
    pending: Quote | None = None  # a quote left open at the end of a paragraph
    for number, (lo, hi) in enumerate(_paragraphs(text)):
        open_at: int | None = None
        dashed: int | None = None  # where a dash-led paragraph opened its quote
        dash = re.match(r"[-–—]\s+", text[lo:hi])
        if dash and re.search(r"[,.!?]\s*[\"”]\s*[^\"“”]*$", text[lo:hi]):
            open_at = dashed = lo  # a dash-led quote paragraph
            content_start = lo + dash.end()
        if pending is not None:
            first = text[lo] if lo < hi else ""
            if first in _OPEN_CHARS + '"' and pending.paragraph == number - 1:
                quotes.append(pending)  # the quote went on into this paragraph
            pending = None
        marks = [i for i in range(lo, hi) if text[i] in _OPEN_CHARS + _CLOSE_CHARS + '"']
        if dash and not marks and open_at is None and words(text[lo:hi]) >= 8:
            # "- This is where it will become clear ...": the interviewee's answer, as Russian news prints it.
            quotes.append(Quote(lo, lo + dash.end(), hi, hi, number, answer=True))
            continue
        for i in marks:
            if text[i] == '"' and open_at is not None and i == content_start and text[open_at] != '"':
                content_start = i + 1  # `“"conditions …"”`: a straight mark inside a curly one is no second quote
                continue
            if text[i] == '"' and open_at is not None and text[i + 1 : i + 2] in _CLOSE_CHARS and i + 1 < hi:
                continue
            if open_at is None:
                if _is_opener(text, i, lo):
                    open_at, content_start = i, i + 1
            elif text[i] in _OPEN_CHARS and open_at != dashed:
                open_at, content_start = i, i + 1  # the earlier opener was never closed: restart here
            else:
                inner = i - 1 if text[i - 1] == '"' and text[open_at] != '"' and i - 1 > content_start else i
                quotes.append(Quote(open_at, content_start, inner, i + 1, number))
                open_at = None
        if open_at is not None and open_at == lo and dashed is None and words(text[content_start:hi]) >= MIN_WORDS:
            # A paragraph that opens with a mark it never closes is quoted words to its end (the next
            # paragraph may reopen the quote, the convention for a quote that goes on, or the mark was
            # left out); a mark opened mid-paragraph is kept only when the next paragraph reopens it.
            quotes.append(Quote(open_at, content_start, hi, hi, number))
        elif open_at is not None and open_at != dashed:
            pending = Quote(open_at, content_start, hi, hi, number)
    return [q for q in quotes if q.end > q.start]


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop white space and the frame's trailing comma from a quote's span."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return start, end


def words(s: str) -> int:
    return len(re.findall(r"\w+(?:['’]\w+)?", s))
