"""A headline's last step and its check: the actors a headline may name (``Context``), and ``finish``.

``finish`` tidies the text ``headlines.read`` took from a sentence into a headline: a dateline, asides,
honorifics, role appositions, fillers, lead-ins and a trailing speech tag go; "the two men" and a leading
pronoun become the people they stand for; the result is cut to at most ``MAX`` characters at a clause or
phrase boundary, never with an ellipsis. ``passes`` is the editor's check of a finished title.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from .clauses import is_nationality, words
from .cuts import MAX, close_quote, cut, flaws, side_cut, trim_end, unspliced
from .naming import elliptic, names_without_roles, shorter_names, shorter_roles

# A trailing speech tag (", the Kremlin said", ", officials told reporters"): who reported it, not what happened.
_TAG = re.compile(  # and with an apposition: ", the head of the delegation, Rustem Umerov, said"
    r",[”\"]?\s+[^,“”\"]{1,60}?(?:,\s+[^,“”\"]{1,40},)?\s(?:said|say|says|told reporters|reported|added)"
    r"(?:\s+\w+){0,3}$"
)


@dataclass(frozen=True)
class _Patterns:
    """The word-class patterns, compiled once."""

    nouns: re.Pattern
    honorific: re.Pattern
    fillers: re.Pattern
    that: re.Pattern
    leads: re.Pattern
    aside: re.Pattern
    pair: re.Pattern


@cache
def patterns() -> _Patterns:
    """The word-class patterns of headlines (happening nouns, honorifics, fillers, lead-ins, pairs)."""
    w = words()
    nouns = "|".join(sorted(w.event_nouns, key=len, reverse=True))
    fillers = "|".join(re.escape(f) for f in sorted(w.fillers, key=len, reverse=True))
    leads = "|".join(re.escape(p) for p in sorted(w.leads, key=len, reverse=True))
    return _Patterns(
        re.compile(
            rf"\b(?:during|at|in|after|before|following|ahead of|since|from)\s+"
            rf"(?:(?P<det>his|her|their|the|a|an)\s+|(?P<poss>[A-Z][\w.’'-]*)(?:’s|'s)\s+)?(?P<mods>(?:[\w-]+\s+)"
            rf"{{0,3}}?)(?P<noun>{nouns})\b(?P<rest>[^,;“”\"]*)$"
        ),
        re.compile(rf"\b(?:{'|'.join(sorted(w.honorifics))})\.\s+(?=[A-Z])", re.IGNORECASE),
        re.compile(rf"(?<![\w-])(?:{fillers})(?![\w-]),?\s*", re.IGNORECASE),
        re.compile(rf"\b({'|'.join(sorted(w.reporting))})\s+that\s+"),
        re.compile(rf"(?:{leads})(?:\s*,\s*|\s+)", re.IGNORECASE),
        # "told reporters, after talks with X, that": the verb, perhaps its listener, and the aside before "that"
        re.compile(
            rf"\b((?:{'|'.join(sorted(w.reporting))})(?:\s+(?:reporters|journalists|[A-Z][\w.’'-]*)){{0,2}})\s*,\s*"
            rf"[^,;“”\"]{{3,90}},\s*(?=that\b)"
        ),
        re.compile(
            rf"(?:the\s+)?(?:(?P<n>two|both|three|four|five|six|\d)\s+)?(?P<noun>{'|'.join(sorted(w.pair_nouns))})\b"
            r"(?!\s+(?:of|from|in)\b)",
            re.IGNORECASE,
        ),
    )


@dataclass(frozen=True)
class Name:
    """An actor named in the sentence: offsets, the short form a headline uses, whether a person."""

    start: int
    end: int
    short: str
    person: bool


@dataclass(frozen=True)
class Context:
    """What a headline may name: actors named in the sentence, and people named before it in the article."""

    names: tuple[Name, ...] = ()
    before: Callable[[], tuple[str, ...]] = tuple  # people named earlier, most recent last (read lazily)
    short_form: Callable[[str], str] = str  # a person's name as the article shortens it
    pair: Callable[[], tuple[str, ...]] = tuple  # the two people "the two men" stands for, if one pair is named
    previous: Callable[[], str] = str  # the sentence before (read lazily)


def subject_of(s: str, at: int, ctx: Context, pronoun: str) -> str:
    """The name a pronoun at ``at`` stands for: the last person named before it in the sentence, else the
    first named in the previous sentence that names one (two for "they"/"their")."""
    inside = list(dict.fromkeys(n.short for n in ctx.names if n.person and n.end <= at))
    inside = [p for p in inside if not is_nationality(p)]
    plural = pronoun.lower() in ("they", "their", "them")
    if plural:
        two = inside[-2:] if len(inside) >= 2 else [p for p in ctx.before() if not is_nationality(p)][:2]
        return " and ".join(ctx.short_form(p) for p in two) if len(two) == 2 else ""
    if pronoun.lower() not in ("he", "she", "his", "her", "him"):
        return ""
    return inside[-1] if inside else ctx.short_form(next(iter(ctx.before()), ""))


# A leading adverbial phrase ("Shortly before his announcement, Trump told …") is never the headline, nor in it.
_LEAD_PHRASE = re.compile(
    r"(?:(?:shortly|soon|just|hours|days|weeks|minutes|moments|long|immediately|right|only)\s+)?"
    r"(?:after|before|ahead of|following|during|upon|until)\s+[^,;“”\"]{2,70},\s+(?=\S+\s+\S+\s+\S+)",
    re.IGNORECASE,
)
# "Two weeks earlier, on Aug. 8, Trump announced …" after "Two weeks earlier" went: a second date phrase.
_LEAD_DATE = re.compile(
    r"(?:on|in|by|at)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?\s*,\s+(?=\S+\s+\S+)",
    re.IGNORECASE,
)
# "In the Kremlin's telling, Putin got …", "In Moscow's view, …": whose account it is, before the subject.
_ACCOUNT = re.compile(r"in\s+(?:the\s+)?[\w .-]{2,40}?[’']s\s+(?:telling|view|account|words|version|reading),\s+", re.I)
# "During his 2024 campaign he promised …": a leading phrase without a comma, closed by a pronoun subject.
_PRONOUN_LEAD = re.compile(
    r"(?:during|after|before|in|at|since|following|under|amid|throughout)\s+[^,;:“”\"]{2,50}?\s+"
    r"(?=(?:he|she|they)\s+[a-z])",
    re.IGNORECASE,
)


def _clause_of_lead(text: str) -> str:
    """The clause a leading phrase opens onto: "Last time Trump stood next to Putin" -> "Trump stood next to
    Putin" (an ordinal "time" phrase is a clause's lead-in once its article went), "During his campaign he
    promised" -> "he promised", "In the Kremlin's telling, Putin got" -> "Putin got"."""
    ordinals = "|".join(sorted(words().ordinals))
    text = re.sub(rf"^(?i:{ordinals})\s+time\s+(?=[A-Z])", "", text)
    for pattern in (_ACCOUNT, _PRONOUN_LEAD):
        m = pattern.match(text)
        if m and len(text) - m.end() >= 15:
            text = text[m.end() :]
    return text


def _nominal_lead(text: str) -> str:
    """A happening's noun phrase without the preposition that led it ("Since Russia's full-scale invasion of
    Ukraine" -> "Russia's full-scale invasion of Ukraine"): the phrase is the headline, the lead is the sentence's."""
    from .cuts import _has_predicate, _nominal

    m = re.match(r"(?:since|after|before|during|following|until|amid|unlike)\s+(?=\S)", text, re.IGNORECASE)
    if not m or "," in text or _has_predicate(text, strict=True) or not _nominal(text[m.end() :]):
        return text  # "Before the storm, nothing": no happening's phrase to keep instead
    return text[m.end() :]


_ITEM = r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*"
_LIST = re.compile(rf"\b([A-Z][\w.’'-]*),\s+([A-Z][\w.’'-]*)(?:,\s+{_ITEM}){{2,}},?\s+and\s+{_ITEM}")


def _shorter_list(text: str) -> str:
    """A list of five names or more cut to its first two and "others" ("advisers from Britain, France, Germany,
    Italy, Poland, Finland and Ukraine met" -> "advisers from Britain, France and others met"): a cut must not
    stop inside a list and leave it as the title's end."""
    return _LIST.sub(r"\1, \2 and others", text, count=1)


_DASH = r"(?:—|\s–|–\s)"
# A live blog's time stamp in bold before a dash ("**11:02 ANCHORAGE (19:02 GMT)** — Air Force One has landed"),
# or a list item's bold label ("- **July 14**: Trump threatens").
_LIVE_STAMP = re.compile(r"^\s*(?:[-*•+]\s+)?(?:\*\*|__)[^*_]{1,60}(?:\*\*|__)\s*[—–:-]*\s*(?=\S)")
# A dateline opening a story's first sentence: a place in capitals, perhaps a date or an agency, then a dash.
# It may name a state ("PORTLAND, Maine,") or open with a note in brackets ("(Repost of Wirewatch) ANCHORAGE -").
_DATELINE = re.compile(
    r"^\s*(?:\([\w ,.'-]{2,40}\)\s*)?(?:[A-Z]{3,}(?:[ .'-]+[A-Z]{2,})*\b(?:,\s+[A-Z][a-z.]+(?:\s+[A-Z][a-z.]+)?,?)?"
    r"[^a-z—–-]{0,40}?(?:\([\w ,.'-]+\))?\s*)?[—–-]+\s*(?=[A-Z])"
)


_BULLET = re.compile(r"^\s*(?:[-+•]|\*(?!\*))\s+(?=\S)")  # a Markdown list item's bullet
_EMPTY_QUOTE = re.compile(r"\s*[“\"]\s*[”\"]|\s*\(\s*\)")  # quote marks or brackets a removed date left empty


def unmarked(text: str) -> str:
    """The text without Markdown markup: a heading's "#", bold and italic marks ("**Aug. 6**: Witkoff meets
    Putin" -> "Aug. 6: Witkoff meets Putin"), and the marks a removed phrase left at its start."""
    text = re.sub(r"^\s*#+\s*", "", _BULLET.sub("", text))
    text = re.sub(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)|(?<=\S)_(?!\w)", "", text)
    return re.sub(r"^[\s:;,.—–-]+", "", text)


def finish(text: str, ctx: Context, sentence: str, offset: int = 0) -> str:
    """Tidy a headline: asides, honorifics, fillers, leading connectives and articles go; a leading pronoun
    becomes its actor; at most ``MAX`` characters; no quote marks around it, no full stop."""
    text = _DATELINE.sub("", _LIVE_STAMP.sub("", _BULLET.sub("", text)))  # "WASHINGTON, Aug. 8 (Reuters) - …": it goes
    text = unmarked(text)
    # Dash asides go; an en dash between two words with no space is a compound ("Elmendorf–Richardson").
    text = re.sub(rf"\s*{_DASH}\s*[^—–]*{_DASH}\s*", " ", text)
    text = re.sub(rf"\s*\([^)]*\)|\s*{_DASH}.*$", "", text)
    text = patterns().honorific.sub("", text)
    text = _drop_role_apposition(text, ctx, sentence)
    text = re.sub(  # "European leaders, including Macron, Merz and Starmer, issued": the list of members goes
        r"^([^,]{3,60}),\s+including\s+[^;“”\"]{3,160}?,\s+(?!(?:the|a|an|and|or|its|their|his|her)\b)(?=[a-z])",
        r"\1 ",
        text,
    )
    text = _tag_first(unspliced(names_without_roles(text, ctx, sentence)))
    text = patterns().aside.sub(r"\1 ", text)  # "Putin said, after talks with X, that": the aside goes
    text = patterns().that.sub(r"\1 ", patterns().fillers.sub("", text))
    text = re.sub(r"\s+([,;:.])", r"\1", re.sub(r"\s+", " ", _EMPTY_QUOTE.sub("", text))).strip(" ,.;:-–—")
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text)  # "Kyiv;, he returned": one mark, the first
    while m := patterns().leads.match(text) or _LEAD_PHRASE.match(text) or _LEAD_DATE.match(text):
        text = text[m.end() :]
    text = re.sub(r"^(?:although|though|whereas|while|because)\s+", "", text, flags=re.IGNORECASE)
    text = _nominal_lead(text)
    text = re.sub(r"^(?:of\s+)?(?:The|A|An|the|a|an)\s+(?=\S)|^of\s+", "", text)
    text = _clause_of_lead(text)
    people = _counted(patterns().pair.match(text), ctx, sentence)
    if people:  # "The two men last met in Helsinki": the two people named before
        text = _named_count(text, [ctx.short_form(p) for p in people], patterns().pair.match(text).end())
    m = re.match(r"(he|she|they|his|her|their)\b", text, re.IGNORECASE)
    if m:
        name = subject_of(sentence, offset, ctx, m.group(1))
        if name:
            possessive = m.group(1).lower() in ("his", "her", "their")
            text = f"{name}{'’s' if possessive else ''}{text[m.end() :]}"
    if len(text) > MAX:  # before a speech tag is looked for: a list's last item is no speaker
        text = _shorter_list(text)
    text = side_cut(_cut_tag(_TAG.sub("", text)))
    if len(text) > MAX:
        text = shorter_names(text, ctx)
    if len(text) > MAX:
        text = shorter_roles(text)
    text = trim_end(cut(text).strip(" ,.;:"))
    if re.fullmatch(r"[“\"].*[”\"]", text):
        text = text[1:-1]
    text = re.sub(r"[.,;:]+([”\"’])$", r"\1", text.lstrip("“”\"'‘’ "))
    if len(re.findall(r"[“”\"]", text)) % 2 and text[-1:] in '”"':
        text = text[:-1].rstrip(" ,;:")
    # A quotation the cut left open: the headline ends before it, else the quotation is closed
    text = close_quote(text, sentence)
    return elliptic(text[:1].upper() + text[1:], ctx)


# A speech tag after the happening's clause, whatever follows it (", the Kremlin said in a statement on
# Saturday, praising …", ", officials told reporters, adding …"): the headline ends before it. Its subject is
# a short noun phrase, not a clause of its own ("…, and the two leaders said").
_MID_TAG = re.compile(
    r",[”\"]?\s+(?!(?:and|but|or|which|who|that|while|as|when|after|before|if)\b)(?:[\w.’'-]+\s+){1,5}?"
    r"(?:said|says|told reporters|told journalists|reported|added|announced)\b"
)
# A second predicate that is a saying ("Trump dropped his demand … and said a full peace agreement was …").
_AND_SAID = re.compile(r"\s+and\s+(?:said|says|told|added|insisted|warned|argued)\b")


_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _counted(m: re.Match | None, ctx: Context, sentence: str = "") -> tuple[str, ...]:
    """The people a counted subject ("the two men", "Three leaders") stands for: for two, the pair named in the
    sentence or before it; for more, the people the sentence names when it names exactly that many; else none.
    "The leaders" with no number is the pair too, when the sentence says "the leaders" (not "leaders of …")."""
    if not m:
        return ()
    if not m.group("n"):
        definite = re.search(rf"\bthe\s+{m.group('noun')}\b", sentence, re.IGNORECASE)
        return ctx.pair() if definite and len(ctx.pair()) == 2 else ()
    n = int(m.group("n")) if m.group("n").isdigit() else _COUNTS[m.group("n").lower()]
    if n == 2:
        return ctx.pair() if len(ctx.pair()) == 2 else ()
    own = tuple(dict.fromkeys(x.short for x in ctx.names if x.person and not is_nationality(x.short)))
    return own if len(own) == n else ()


def _listed(names: list[str]) -> str:
    """The names as a headline lists them: "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _named_count(text: str, names: list[str], end: int) -> str:
    """The text with its counted subject (up to ``end``) replaced by the names, and without the list of the same
    names the sentence gives after it ("Three leaders, Macron, Merz and Starmer, flew"; "met: Lammy and Barrot")."""
    rest = text[end:]
    listing = r"(?:{0})(?:\s*(?:,|and)\s*(?:{0}))*".format("|".join(re.escape(n) for n in names))
    rest = re.sub(rf"^\s*,\s*{listing}\s*,", "", rest)
    rest = re.sub(rf"\s*[:,—–-]\s*{listing}\s*$", "", rest)
    return f"{_listed(names)}{rest}"


# A verb's participle after a copula ("was held", "has been postponed"): the happening noun is a passive's subject.
_PARTICIPLE = re.compile(
    r"(?:been|being|\w+(?:ed|en|wn)|held|met|made|set|put|cut|kept|led|sent|brought|told|won|lost|paid|shut|begun|done)$",
    re.IGNORECASE,
)


def owned(title: str, ctx: Context) -> str | None:
    """A title whose subject is a bare happening noun, with its owner ("Meeting was held in Anchorage",
    "Meeting lasted three hours" -> "Putin–Trump meeting …": the pair named in the sentence or before it, else the
    one person the sentence, or else the one before, names); None for a copula that describes the happening
    instead of reporting it ("Visit was Witkoff's fifth meeting with Putin", "Talks were tense"): no happening."""
    ws = title.split()
    if len(ws) < 3 or ws[0].lower() not in words().nominal_events | frozenset(words().event_nouns):
        return title
    if "bare subject" in flaws(title):
        if not _PARTICIPLE.match(ws[2].strip(",.;:")):
            return None
    elif not re.fullmatch(r"[a-z]+ed", ws[1]):  # "Talks between Putin and Trump ended": it has its owner
        return title
    own = tuple(dict.fromkeys(x.short for x in ctx.names if x.person and not is_nationality(x.short)))
    before = ctx.before()
    people = ctx.pair() if len(ctx.pair()) == 2 else own if len(own) == 1 else before if len(before) == 1 else ()
    if len(people) == 2:
        owner = "–".join(ctx.short_form(p) for p in people)
    elif len(people) == 1:
        owner = f"{ctx.short_form(people[0])}’s"
    else:
        return title
    return f"{owner} {ws[0].lower()} {' '.join(ws[1:])}"


# "The talks, Peskov said, were constructive": a speech tag set off between the subject and its verb.
_SPLICED_TAG = re.compile(
    r"^(?P<subject>[^,;“”\"]{3,60}),\s+(?P<tag>(?:[\w.’'-]+\s+){1,4}(?:said|says|added|noted|insisted|stressed))\s*,\s+"
    r"(?=[a-z])"
)


def _tag_first(text: str) -> str:
    """A speech tag set off inside the happening's clause put before it ("The talks, Peskov said, were
    constructive" -> "Peskov said the talks were constructive"): the saying keeps its speaker and its words."""
    m = _SPLICED_TAG.match(text)
    if not m or m.group("subject").split()[0].lower() in words().boundaries | words().lead_openers:
        return text
    subject = re.sub(r"^(?:The|A|An)\b", lambda a: a.group(0).lower(), m.group("subject"))
    return f"{m.group('tag')} {subject} {text[m.end() :]}"


def _cut_tag(text: str) -> str:
    """The text before a speech tag or a coordinated saying that follows its happening (25 characters on)."""
    for pattern in (_MID_TAG, _AND_SAID):
        m = next((m for m in pattern.finditer(text) if m.start() >= 25), None)
        if m and not re.search(r"[“\"]", text[: m.start()]):  # a quotation's own tag is the quotation's
            text = text[: m.start()]
    return text


def _drop_role_apposition(text: str, ctx: Context, sentence: str) -> str:
    """A person's name without the role phrase set off after it ("Medvedev, now deputy chairman of Russia's
    Security Council, wrote" -> "Medvedev wrote"): a phrase between commas that holds a title word."""
    from .speakers import is_title

    for n in ctx.names:
        if not n.person:
            continue
        written = re.escape(sentence[n.start : n.end])
        # "Ukraine's military intelligence chief, Kyrylo Budanov, said": the role before the name goes
        m = re.match(rf"(?P<role>[^,;“”\"]{{3,70}}),\s+(?:[A-Z][\w.]*\s+){{0,2}}(?P<name>{written}),\s+(?=[a-z])", text)
        # the role holds a title word, or is a description ending on a lower-case noun ("Russia's top negotiator")
        described = m and re.fullmatch(r"(?:\S+[’']s|the|a|an)\s+(?:\S+\s+){0,4}[a-z]+(?<!ed)", m.group("role"))
        if m and (described or any(is_title(w) for w in m.group("role").split())):
            return f"{m.group('name')} {text[m.end() :]}"
        # "Yuri Ushakov, Putin's foreign policy aide, said": a role after the name, perhaps a possessive's
        role = r"(?:[A-Z][\w.-]*[’']s\s+)?[a-z][^,;“”\"]{2,70}?"
        for m in re.finditer(rf"(?<=\b{written}),\s+(?P<role>{role}),\s+(?=[a-z])", text):
            if any(is_title(w) for w in m.group("role").split()):
                return text[: m.start()] + " " + text[m.end() :]
    return text


def passes(title: str) -> bool:
    """The headline rules an editor checks: short, whole, not opening with a pronoun, date or quote mark."""
    if not title or len(title) > MAX or "…" in title or title.endswith("..."):
        return False
    first = title.split(" ", 1)[0].lower().strip(",")
    if first in words().pronouns or title[0] in "“”\"'‘’":
        return False
    return not _LEADING_DATE.match(title) and not flaws(title)


_LEADING_DATE = re.compile(
    r"(?:on|in|by|at|during|since|last|next|this|early|late|mid)?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|\d{4}\b|"
    r"yesterday|today|tomorrow|week|month|year)\b",
    re.IGNORECASE,
)
