"""Whom a headline names, and how: role words before names, short names, a dated saying's speaker, and the
person an elliptic verb leaves to the sentence before.

- ``names_without_roles``: "Russian President Vladimir Putin" -> "Vladimir Putin" (only when every word
  before the name is a title or a nationality), a role phrase standing for a person by the person's name;
  ``shorter_names``: full names by the short form the article uses, when a headline is too long.

- ``dated_saying``: a quotation whose speech tag holds the date reports that the speaker said it that day
  ("Zelensky: Ukraine is not afraid of meetings").
- ``elliptic``: "Yellen followed in July" after "Blinken travelled to Beijing in June" says Yellen followed
  Blinken to Beijing: a headline of a subject and an elliptic verb (``elliptic`` in ``data/headlines.yml``)
  gets the previous sentence's first person and its first place phrase, when it has them.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .clauses import is_nationality, words
from .cuts import MAX, SUBORDINATORS, _between, _verb_like, cut, trim_end

if TYPE_CHECKING:
    from .titling import Context


def names_without_roles(text: str, ctx: Context, sentence: str) -> str:
    """Actors without the role words before their names ("Russian President Vladimir Putin" -> "Vladimir
    Putin": only when every word before the name is a title or a nationality), and a role phrase that stands
    for a person ("the Russian president") by the person's name."""
    from .speakers import is_title

    def title(word: str) -> bool:
        return is_title(word) or is_nationality(word)

    def role(word: str) -> bool:
        return title(word) or word.lower() == "the"

    for n in sorted(ctx.names, key=lambda n: n.start - n.end):
        written = sentence[n.start : n.end]
        if not n.person:
            continue
        name_words = written.split()
        while name_words and role(name_words[0]):
            name_words.pop(0)
        name = " ".join(name_words) or n.short
        at = text.rfind(written)
        while at >= 0:
            after = text[at + len(written) : at + len(written) + 1]
            if at and text[at - 1].isalnum() or text[at - 1 : at] in ("-", "–") or after.isalnum():
                at = text.rfind(written, 0, at)  # inside a word ("U.S.-Iran talks"): no name of its own
                continue
            # The words just before the name: capitalised ones, or lower-case title words ("spokeswoman").
            run = text[:at].split(" ")[:-1] if text[:at].endswith(" ") else []
            first = len(run)
            while first and run[first - 1] and (run[first - 1][0].isupper() or title(run[first - 1])):
                first -= 1
            keep = len(run)
            while keep > first and title(run[keep - 1]):
                keep -= 1
            if keep > first:
                keep = len(run)  # "Treasury Secretary Janet Yellen": a run with other words stays whole
            elif (
                keep < len(run)
                and first
                and run[first][:1].islower()
                and run[first - 1][:1].islower()
                and run[first - 1].lower() != "the"
            ):  # "foreign policy aide Yuri Ushakov": the role word has a modifier of its own ("met U.S." has none)
                keep = len(run)
            elif keep < len(run) and keep and run[keep - 1].lower() == "the":
                keep -= 1  # "the Russian President Vladimir Putin"
            head = " ".join(run[:keep])
            text = f"{head + ' ' if head else ''}{name}{text[at + len(written) :]}"
            at = text.rfind(written, 0, max(len(head), 0))
    return text


def shorter_names(text: str, ctx: Context) -> str:
    """Full names by the short form the article uses ("Vladimir Putin" -> "Putin", "Xi Jinping" -> "Xi")."""
    for n in ctx.names:
        if n.person and " " in n.short and n.short in text:
            # Only the whole name: "Volodymyr Zelensky" inside "Volodymyr Zelenskyy's" is not it.
            text = re.sub(rf"(?<![\w-]){re.escape(n.short)}(?![\w-])", ctx.short_form(n.short), text)
    return text


_QUOTED = re.compile(r"[“\"]([^“”\"]+)[”\"]")


def dated_saying(s: str, ds: int, de: int, ctx: Context) -> str:
    """A quotation whose speech tag holds the date ("“…,” Zelensky declared Thursday") reports a happening:
    the speaker said it that day. Its headline is the speaker and the first words said ("Zelensky: Ukraine is
    not afraid of meetings"), when the tag names who spoke; else "" (the sentence is a statement only)."""
    quoted = [m.span() for m in _QUOTED.finditer(s)]
    if not quoted or any(a <= ds < b for a, b in quoted):
        return ""  # the date is inside the words said: it dates what they are about, not the saying
    # Not a name in the possessive: "Putin's aide Yuri Ushakov said" is Ushakov speaking.
    outside = [
        n for n in ctx.names if not any(a <= n.start < b for a, b in quoted) and not re.match(r"[’']s\b", s[n.end :])
    ]
    opens, closes = quoted[0]
    # The tag runs to the comma after its verb: "“…,” Merz said on Wednesday, standing next to Zelensky" is Merz's.
    verb = re.search(rf"\b(?:{'|'.join(sorted(words().reporting))})\b", s[closes:])
    tag_end = closes + verb.end() + re.search(r"[,;]|$", s[closes + verb.end() :]).start() if verb else len(s)
    in_tag = [n for n in outside if closes <= n.start < tag_end]
    # Who spoke: a person of the tag; else the capitalised words before its verb ("“…,” Israeli President Isaac
    # Herzog said", a name the registry may not know); else an institution of the tag ("the Kremlin said").
    named = _tag_name(s[closes : closes + verb.start()] if verb else "")
    people = [n.short for n in in_tag if n.person]
    known = [p for p in people if named and p.split()[-1] == named.split()[-1]]  # the registry's form of it
    speaker = next(iter(known), "") or named or next(iter(people), "") or next((n.short for n in in_tag), "")
    if not speaker:
        before = [n for n in outside if n.start < opens]
        if any(n.start >= closes for n in outside):
            return ""  # the tag names nobody
        if not before:  # "Peskov told reporters on Wednesday: “…”": the capitalised name before the verb
            lead = re.search(rf"\b(?:{'|'.join(sorted(words().reporting))})\b", s[:opens])
            speaker = _tag_name(s[: lead.start()]) if lead else ""
        else:  # "Lavrov said: “…”": the last person named before the words, else anyone named before them
            speaker = max([n for n in before if n.person] or before, key=lambda n: n.start).short
    return _saying(speaker, s) if speaker else ""


def _tag_name(head: str) -> str:
    """The capitalised words right before a speech tag's verb, without role words and nationalities
    ("Israeli President Isaac Herzog" -> "Isaac Herzog"); "" when a lower-case word stands there."""
    from .speakers import is_title

    m = re.search(r"((?:[A-Z][\w.’'-]+\s+){0,3}[A-Z][\w.’'-]+)\s*$", head)
    if not m:
        return ""
    names = m.group(1).split()
    while len(names) > 1 and (is_title(names[0]) or is_nationality(names[0])):
        names.pop(0)
    return "" if is_title(names[-1]) or is_nationality(names[-1]) else " ".join(names)


# A speech tag closing a sentence after a comma, with no quotation marks: ", Peskov told reporters on Tuesday."
# A few words (the speaker, possibly with a role), a reporting verb, then its complements to the sentence's end.
_TRAILING_TAG = (
    r",\s+(?P<who>(?:[\w.’'-]+\s+){{1,6}}?)(?P<verb>{verbs})\b(?P<rest>[^,;:“”\"]*)"
    r"(?:,\s+(?:adding|saying|noting|stressing|insisting|according)\b.*)?[.!]?$"  # "…, adding that …"
)


@cache
def _trailing_tag() -> re.Pattern[str]:
    return re.compile(_TRAILING_TAG.format(verbs="|".join(sorted(words().reporting, key=len, reverse=True))))


def tagged_saying(s: str, ds: int, ctx: Context) -> str:
    """A sentence whose closing unquoted speech tag holds the date ("The talks will be held in Riyadh, Peskov
    told reporters on Tuesday") reports the saying as the day's happening: "Peskov: The talks will be held in
    Riyadh". "" when the date is not in such a tag or the tag names nobody ("…, officials said on Monday")."""
    m = next((m for m in _trailing_tag().finditer(s) if m.start() < ds), None)
    if m is None or m.start("rest") > ds or re.search(r"[“”\"]", s[: m.start()]):
        return ""
    who = m["who"].strip()
    if re.fullmatch(r"(?:he|she)", who, re.IGNORECASE):
        from .titling import subject_of

        speaker = subject_of(s, m.start(), ctx, who)
    else:
        named = _tag_name(who)
        people = [n.short for n in ctx.names if n.person and m.start() <= n.start < m.start("verb")]
        speaker = next(iter(people), "") or named
    return _saying(speaker, s, s[: m.start()]) if speaker else ""


def _saying(speaker: str, s: str, said: str | None = None) -> str:
    """ "Speaker: first words said" (the first quotation of ``s``, or ``said``), or "" when fewer than three
    words are said."""
    words_said = re.sub(r"[\[\]]", "", said if said is not None else _QUOTED.search(s).group(1)).strip(" ,.;:")
    if words_said.endswith("?"):
        return ""  # "“Will he come?” Lula asked": a question asked reports nothing that happened
    parts = re.split(r",\s+|;\s+|\s+[-–—]\s+", words_said)
    words_said = parts[0]
    if len(parts) > 1 and re.match(rf"{SUBORDINATORS}\b", words_said, re.IGNORECASE):
        # "If Putin plays games, we need to be ready": a side clause alone says nothing; its main clause with it
        both = f"{words_said}, {parts[1]}"
        words_said = both if len(both) <= MAX - len(speaker) - 2 else parts[1]
    if len(words_said) > 60:  # a long first clause is cut where a second one joins it: "… meetings and expects …"
        joins = re.finditer(r"\s+(?:and|but)\s+(?=\S+\s+\S+\s+\S+)", words_said)
        # not in a pair ("Washington and Beijing will sign", "between Putin and Zelensky"), nor in the first words
        at = next((m.start() for m in joins if m.start() >= 20 and not _between(words_said, m.start())), None)
        words_said = words_said[:at] if at else words_said
    if len(words_said) > MAX - len(speaker) - 2:
        words_said = cut(words_said[: MAX - len(speaker) - 2].rsplit(" ", 1)[0]).strip(" ,.;:")
    # words cut at a length or a conjunction lose the end a cut never keeps ("…a meeting between Putin", "…of the")
    words_said = trim_end(words_said)
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


# "the President of France, Emmanuel Macron": a role of a place set off before the name it stands for
_ROLE_OF = re.compile(
    r"\b(?:the\s+)?(?P<role>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s+of\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,2}"
    r"[A-Z][\w.’'-]*,\s+(?P<name>(?:[A-Z][\w.’'-]*\s+)?[A-Z][\w.’'-]*)(?=[,;]|\s+[a-z]|$)"
)


def shorter_roles(text: str) -> str:
    """Role words before a person's name dropped, and the name cut to its last word ("Iranian Foreign
    Minister Abbas Araghchi" -> "Araghchi"): a run of capitalised words (and "of") holding a title word and
    ending in two capitalised words that are none."""
    from .speakers import is_title

    def named(m: re.Match) -> str:  # "the President of France, Emmanuel Macron" -> "Emmanuel Macron"
        if not is_title(m.group("role").split()[-1]):
            return m.group(0)
        # after a name whose comma went with its own role ("Keir Starmer the President of France, Macron"): a list
        after_name = re.search(r"[A-Z][\w.’'-]*\s$", m.string[: m.start()]) is not None
        return f"\x00, {m.group('name')}" if after_name else m.group("name")

    text = _ROLE_OF.sub(named, text).replace(" \x00", "")
    # "…, and Merz, co-chaired": no comma before the verb (a verb: not "…and China, in fact, proposing")
    text = re.sub(
        r"(\band\s+[A-Z][\w.’'-]*),\s+(?=([\w-]+))",
        lambda m: (
            m.group(1)
            + (
                " "
                if (_verb_like(m.group(2)) or re.fullmatch(r"[a-z-]+ed", m.group(2))) and m.group(2).islower()
                else ", "
            )
        ),
        text,
    )
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
            _drop_modifiers(out)
            out.append(run[-1])
        else:
            out.extend(run or tokens[i : i + 1])
        i = max(j, i + 1)
    return " ".join(out)


def _drop_modifiers(out: list[str]) -> None:
    """The words of a role before its title word, from the words kept before it: an article ("the President of
    France, Macron" -> "Macron"), lower-case modifiers ("foreign policy adviser"), and an institution opening the
    text before them ("Kremlin foreign policy adviser Yuri Ushakov told" -> "Ushakov told")."""
    w = words()
    mods = 0
    while out and mods < 3 and re.fullmatch(r"[a-z-]+", out[-1]) and not _verb_like(out[-1]):
        if out[-1] in w.dangling - {"the", "a", "an"} or out[-1].endswith("ly"):
            break
        out.pop()
        mods += 1
    if mods and len(out) == 1 and out[0][:1].isupper():
        out.pop()  # the institution the role belongs to
