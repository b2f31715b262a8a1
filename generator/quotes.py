"""Quote spans in an article: curly or straight double quotes paired within a paragraph, dash-led answers.

See statements.py (step 1 of its docstring) for the conventions; statements are attributed there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPEN_CHARS = "“„«"
_CLOSE_CHARS = "”»"


@dataclass
class Quote:
    """A quoted stretch of an article (offsets into its text)."""

    open: int  # offset of the opening mark (or of the leading dash)
    start: int  # first character of the quoted words
    end: int  # end of the quoted words
    close: int  # offset just past the closing mark
    paragraph: int
    answer: bool = False  # a dash-led paragraph without quote marks: an interview answer


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: a run of text between line breaks."""
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


_MARK = re.compile(f'[{_OPEN_CHARS}{_CLOSE_CHARS}"]')


def find_quotes(text: str) -> list[Quote]:
    """Quoted stretches of ``text``; unbalanced marks are dropped, never swallowing the article."""
    quotes: list[Quote] = []
    pending: Quote | None = None  # a quote left open at the end of a paragraph
    for number, (lo, hi) in enumerate(paragraphs(text)):
        open_at: int | None = None
        dash = re.match(r"[-–—]\s+", text[lo:hi])
        if dash and re.search(r"[,.!?]\s*[\"”]\s*[^\"“”]*$", text[lo:hi]):
            open_at = lo  # a dash-led quote paragraph
            content_start = lo + dash.end()
        if pending is not None:
            first = text[lo] if lo < hi else ""
            if first in _OPEN_CHARS + '"' and pending.paragraph == number - 1:
                quotes.append(pending)  # the quote went on into this paragraph
            pending = None
        marks = [m.start() for m in _MARK.finditer(text, lo, hi)]
        if dash and not marks and open_at is None and count_words(text[lo:hi]) >= 8:
            # "- This is where it will become clear ...": the interviewee's answer, as Russian news prints it.
            quotes.append(Quote(lo, lo + dash.end(), hi, hi, number, answer=True))
            continue
        for i in marks:
            if open_at is None:
                if _is_opener(text, i, lo):
                    open_at, content_start = i, i + 1
            elif text[i] in _OPEN_CHARS and open_at != lo:
                open_at, content_start = i, i + 1  # the earlier opener was never closed: restart here
            else:
                quotes.append(Quote(open_at, content_start, i, i + 1, number))
                open_at = None
        if open_at is not None and open_at != lo:
            pending = Quote(open_at, content_start, hi, hi, number)
    return [q for q in quotes if q.end > q.start]


def count_words(s: str) -> int:
    """Words of ``s``, a contraction counting as one."""
    return len(re.findall(r"\w+(?:['’]\w+)?", s))
