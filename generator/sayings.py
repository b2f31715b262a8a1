"""Headlines that need more than the clause: a dated saying's speaker and words, and an elliptic verb's
object from the sentence before.

- ``dated_saying``: a quotation whose speech tag holds the date reports that the speaker said it that day
  ("Zelensky: Ukraine is not afraid of meetings").
- ``elliptic``: "Yellen followed in July" after "Blinken travelled to Beijing in June" says Yellen followed
  Blinken to Beijing: a headline of a subject and an elliptic verb (``elliptic`` in ``data/headlines.yml``)
  gets the previous sentence's first person and its first place phrase, when it has them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .clauses import words
from .cuts import MAX, cut

if TYPE_CHECKING:
    from .headlines import Context


_QUOTED = re.compile(r"[“\"]([^“”\"]+)[”\"]")


def dated_saying(s: str, ds: int, de: int, ctx: Context) -> str:
    """A quotation whose speech tag holds the date ("“…,” Zelensky declared Thursday") reports a happening:
    the speaker said it that day. Its headline is the speaker and the first words said ("Zelensky: Ukraine is
    not afraid of meetings"), when the tag names who spoke; else "" (the sentence is a statement only)."""
    quoted = [m.span() for m in _QUOTED.finditer(s)]
    if not quoted or any(a <= ds < b for a, b in quoted):
        return ""  # the date is inside the words said: it dates what they are about, not the saying
    speakers = [n for n in ctx.names if n.person and not any(a <= n.start < b for a, b in quoted)]
    if not speakers:
        return ""
    # Who spoke is the tag's first person after the words ("“…,” Putin said of Trump"), else the last before them.
    opens, closes = quoted[0]
    after = [n for n in speakers if n.start >= closes]
    speaker = (after[0] if after else max(speakers, key=lambda n: n.start if n.start < opens else -1)).short
    words_said = re.sub(r"[\[\]]", "", _QUOTED.search(s).group(1)).strip(" ,.;:")
    words_said = re.split(r",\s+|;\s+|\s+[-–—]\s+", words_said)[0]
    if len(words_said) > 60:  # a long first clause is cut where a second one joins it: "… meetings and expects …"
        words_said = re.split(r"\s+(?:and|but)\s+(?=\S+\s+\S+\s+\S+)", words_said, maxsplit=1)[0]
    if len(words_said) > MAX - len(speaker) - 2:
        words_said = cut(words_said[: MAX - len(speaker) - 2].rsplit(" ", 1)[0]).strip(" ,.;:")
    return f"{speaker}: {words_said[:1].upper()}{words_said[1:]}" if len(words_said.split()) >= 3 else ""


_PLACE = re.compile(
    r"\b(?:to|in|at|for)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*"
)  # a place, not a date ("in June")


def elliptic(title: str, ctx: Context) -> str:
    """The title with an elliptic verb's object and place from the sentence before ("Yellen followed" ->
    "Yellen followed Blinken to Beijing"), or the title as it is."""
    verbs = "|".join(re.escape(v) for v in sorted(words().elliptic, key=len, reverse=True))
    m = re.fullmatch(rf"(?P<who>(?:[A-Z][\w.’'-]*\s+){{0,4}}[A-Z][\w.’'-]*)\s+(?:{verbs})", title)
    if not m:
        return title
    previous = ctx.previous()
    place = _PLACE.search(previous)
    people = [ctx.short_form(p) for p in ctx.before()]
    other = next((p for p in people if p not in m.group("who") and p in previous), "") or _subject(previous)
    if not place or not other or other in m.group("who"):
        return title
    return f"{m.group('who')} followed {other} {place.group(0)}"


def _subject(sentence: str) -> str:
    """The last word of the capitalised run a sentence opens with, when it is a name ("Secretary of State Antony
    Blinken travelled" -> "Blinken"), else ""."""
    from .speakers import is_title

    run = re.match(r"(?:[A-Z][\w.’'-]*|of)(?:\s+(?:[A-Z][\w.’'-]*|of))*", sentence)
    last = run.group(0).split()[-1] if run else ""
    return last if last[:1].isupper() and not is_title(last) and len(run.group(0).split()) >= 2 else ""
