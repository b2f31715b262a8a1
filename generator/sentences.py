"""Split an article's text into sentences with character offsets.

Rules, cheapest first: a line break ends a paragraph (and a sentence); inside a
paragraph a sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes or
brackets after it) followed by white space and something that can start a
sentence, unless the word before the full stop is a known abbreviation or a
single initial ("Vladimir V. Putin").
"""

from __future__ import annotations

import re

from .model import Sentence

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "adm",
        "sen",
        "rep",
        "gov",
        "pres",
        "st",
        "mt",
        "jr",
        "sr",
        "inc",
        "co",
        "corp",
        "ltd",
        "no",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
        "u.n",
        "u.s.a",
        "a.m",
        "p.m",
        "approx",
        "dept",
        "est",
        "fig",
        "vol",
        "rev",
        "hon",
    ]
)

# Closing punctuation that belongs to the sentence it ends.
_END = re.compile(r"[.!?]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[\-–—]?[A-Z0-9])")
_PARAGRAPH = re.compile(r"[^\r\n]+")
# A live blog's time stamp opening a paragraph ("**11:05** —", "14:20 BST:", "11.05am | ", "**11:02 ANCHORAGE
# (19:02 GMT)** —", "Friday 7 March, 09:10 —"): a day's words, a clock time, a few words of zone or place,
# then a dash, colon or bar before the entry.
# It dates the paragraph and is a sentence of its own, no part of the entry's first sentence.
# A wire dateline opening a paragraph ("WASHINGTON —", "KYIV, Ukraine —", "MOSCOW, Aug. 8 (Reuters) -",
# "(Repost of Wirewatch) ANCHORAGE -"): a place in capitals, perhaps its state or country, a date and an agency,
# then a dash. It says where the story was filed, so it is a sentence of its own: no part of the subject of the
# sentence after it ("WASHINGTON — Secretary of State Marco Rubio said" is said by Rubio).
_DATELINE = re.compile(
    r"\s*(?:\([\w ,.'-]{2,40}\)\s*)?[A-Z]{3,}(?:[ .'-]+[A-Z]{2,})*\b(?:,\s+[A-Z][a-z.]+(?:\s+[A-Z][a-z.]+)?)?"
    r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)?\s*(?:\([\w ,.'-]{2,30}\)\s*)?(?:—|–|-(?=\s))\s*"
    r"(?=[\"“‘A-Z])"
)
_TIME_STAMP = re.compile(
    r"\**\s*(?:(?:[A-Z][a-z]+\.?|\d{1,2}(?:st|nd|rd|th)?),?\s+){0,3}"  # "Friday 7 March, "
    r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z(][A-Za-z0-9:()+ ]{0,30}?)?"  # "11:02 ANCHORAGE (19:02 GMT)"
    r"\s*\**\s*(?:[—–:|]|-\s)\s*"
    r"(?=[\"“‘A-Z])"
)
# A time stamp on a line of its own ("**Updated 3:40 p.m. ET**", "15:40 BST", "Aug 15, 3:40 PM"): it dates the
# paragraphs below it, up to the next stamp (``carry.blog_days``).
_STAMP_LINE = re.compile(
    r"(?:#{1,6}\s+)?[*_]*\s*(?:(?:Last\s+)?(?:[Uu]pdated|Posted|Published)\s*:?\s*(?:at\s+)?)?"
    r"(?:(?:[A-Z][a-z]+\.?|\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d{2}),?\s+){0,4}(?:(?:[—–-]|at)\s+)?"
    r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z(][A-Za-z0-9:()+ ]{0,30}?)?\s*[*_]*\s*$"
)


def _is_abbreviation(paragraph: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` closes an abbreviation or an initial."""
    if paragraph[stop] != ".":
        return False
    word_start = stop
    while word_start > 0 and (paragraph[word_start - 1].isalpha() or paragraph[word_start - 1] == "."):
        word_start -= 1
    word = paragraph[word_start:stop].lower()
    if len(word) == 1 and word.isalpha() and paragraph[word_start].isupper():
        return True  # an initial: "Vladimir V. Putin"
    return word in ABBREVIATIONS


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order; ``text[s.start:s.end] == s.text`` for each."""
    sentences: list[Sentence] = []
    for number, para in enumerate(_PARAGRAPH.finditer(text)):
        body = para.group(0)
        stamp = _TIME_STAMP.match(body) or _DATELINE.match(body)
        begin = stamp.end() if stamp else 0
        if stamp:
            _append(sentences, text, para.start(), para.start() + begin, number)
        for end in _END.finditer(body):
            if end.start() < begin or _is_abbreviation(body, end.start()):
                continue
            _append(sentences, text, para.start() + begin, para.start() + end.end(), number)
            begin = end.end()
        _append(sentences, text, para.start() + begin, para.end(), number)
    return sentences


def _append(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(start, end, text[start:end], paragraph))


def is_dateline(sentence: Sentence) -> bool:
    """Whether ``sentence`` is a wire dateline opening its paragraph ("WASHINGTON —", see ``_DATELINE``)."""
    m = _DATELINE.match(sentence.text + " A")
    return m is not None and m.end() >= len(sentence.text)


def is_time_stamp(sentence: Sentence) -> bool:
    """Whether ``sentence`` is a live blog's time stamp opening its paragraph (see ``_TIME_STAMP``)."""
    m = _TIME_STAMP.match(sentence.text + " A")
    return m is not None and m.end() >= len(sentence.text) or is_stamp_line(sentence)


def is_stamp_line(sentence: Sentence) -> bool:
    """Whether ``sentence`` is a time stamp standing on a line of its own (see ``_STAMP_LINE``)."""
    return _STAMP_LINE.match(sentence.text) is not None


def sentence_at(sentences: list[Sentence], offset: int) -> Sentence | None:
    """The sentence containing ``offset``, by binary search."""
    index = sentence_index(sentences, offset)
    return sentences[index] if index >= 0 else None


def sentence_index(sentences: list[Sentence], offset: int) -> int:
    """The position in ``sentences`` of the sentence containing ``offset``, or -1, by binary search."""
    lo, hi = 0, len(sentences) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s = sentences[mid]
        if offset < s.start:
            hi = mid - 1
        elif offset >= s.end:
            lo = mid + 1
        else:
            return mid
    return -1
