"""What a dated sentence reports, and its headline: who did what, to whom or what, where.

``read`` takes a sentence and the offsets of the date that dates it, finds the clause the date belongs
to (``clauses.py``), and says whether that clause reports a happening or is a quotation, a hedge
("could take place"), an opinion ("Some experts have posited") or background (a "since" lead-in).
For a happening it builds a headline from that clause: a relative or participle clause gets its noun
back ("the regions that the Kremlin claimed to have annexed from Ukraine" -> "Kremlin claimed to have
annexed the regions from Ukraine"), a date in a phrase headed by a happening noun ("during his
discussions in Moscow with Witkoff") becomes that happening ("Putin holds talks in Moscow with Witkoff"),
lead-ins, asides, side clauses, honorifics and role words go, pronouns become the actor's name, and the
result is cut at a clause or phrase boundary to at most ``MAX`` characters, never with an ellipsis.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .clauses import (
    Clause,
    clause_at,
    clauses,
    has_modal,
    hedge_predicate,
    is_opinion,
    is_participle,
    is_quotation,
    lead_end,
    non_happening,
    opens_with,
    possessive_happening,
    quote_tag,
    reported_head,
    words,
)
from .cuts import MAX, flaws, lost_sense
from .naming import dated_saying, tagged_saying
from .retitle import DATE_PREP as _DATE_PREP
from .retitle import drop_date as _drop_date
from .retitle import settle
from .timex.tense import PAST, clause_tense
from .titling import Context, Name, finish, owned, passes, patterns, subject_of

__all__ = ["MAX", "Context", "Name", "Reading", "finish", "passes", "read"]


@dataclass(frozen=True)
class Reading:
    """``kind``: "event", "quotation", "hedge", "opinion", "background" or "untitled" (a happening whose
    headline would point back at the sentence before: "That is the position Moscow has held"; ``title`` holds
    that title, for the events side to resolve or drop); ``title`` for an event."""

    kind: str
    title: str = ""


def _np_start(s: str, at: int, floor: int) -> int:
    """Where the noun phrase ending at ``at`` starts: back to its determiner, across "of"/"with"/"on"
    phrases that have one of their own; no further back than ``floor``."""
    w = words()
    tokens = [(m.start(), m.group(0)) for m in re.finditer(r"[\w’'.-]+", s[floor:at])]
    start = at
    i = len(tokens) - 1
    found = False
    while i >= 0 and len(tokens) - i <= 14:
        pos, tok = tokens[i]
        start = floor + pos
        if tok.lower() in w.determiners:
            found = True
            if i > 0 and tokens[i - 1][1].lower() in w.np_prepositions:
                back = [t for t in tokens[max(0, i - 4) : i - 1] if t[1].lower() in w.determiners]
                if back:
                    i -= 2
                    continue
            return start
        i -= 1
    return start if found or i < 0 else floor + tokens[i + 1][0]


def _object_relative(rest: str, np: str) -> str:
    """Put a relative clause's noun back after its verb ("that Trump threatened to impose on X" + "the
    sanctions" -> "Trump threatened to impose the sanctions on X")."""
    w = words()
    tokens = list(re.finditer(r"[\w’'“”-]+", rest))
    for m in tokens[2:]:
        if m.group(0).lower() in w.insert_before:
            return f"{rest[: m.start()].rstrip()} {np} {rest[m.start() :]}"
    return f"{rest.rstrip()} {np}"


def _happening_noun(s: str, c: Clause, ds: int, ctx: Context) -> str | None:
    """A headline for a date in a phrase headed by a happening noun ("during his discussions in Moscow with
    Witkoff on Wednesday" -> "Putin holds talks in Moscow with Witkoff"), or None."""
    w = words()
    before = _DATE_PREP.sub("", s[c.start : ds])
    m = patterns().nouns.search(before)
    if not m:
        return None
    at = c.start + m.start()
    det, poss = (m.group("det") or "").lower(), m.group("poss")
    rest = m.group("rest").strip()
    if poss:
        subject = poss
    elif det in ("his", "her", "their"):
        subject = subject_of(s, at, ctx, det)
    else:
        named = [n.short for n in ctx.names if n.person and (n.start < at or n.start > c.start + m.end())]
        subject = " and ".join(list(dict.fromkeys(named))[:2])
    if not subject:
        return None
    places = [x for x in m.group("mods").split() if x[:1].isupper()]
    where = f" in {' '.join(places)}" if places and " in " not in f" {rest} " else ""
    return f"{subject} {w.event_nouns[m.group('noun')]} {rest}{where}".strip()


def _host(cs: list[Clause], i: int) -> int:
    """The clause an aside or participle clause hangs on."""
    while i > 0 and cs[i].opener in ("aside", "splice", "side") and cs[i].opener != "start":
        i -= 1
        if cs[i].opener not in ("aside", "splice"):
            break
    return i


def _span(s: str, cs: list[Clause], i: int, ds: int, de: int) -> tuple[str, int] | Reading:
    """The text the headline is made from, and where in the sentence it starts."""
    c = cs[i]
    if c.opener == "start" or (i > 0 and ds < lead_end(s, 0, (ds, de))):
        end = lead_end(s, 0, (ds, de))
        if ds < end and s[:end].split(" ", 1)[0].lower().strip(",") in words().background:
            return Reading("background")
        return s[end:], end
    word_end = c.start + len(re.match(r"[,;\s(]*[—–-]?\s*", s[c.start :]).group(0))
    body_start = word_end + (len(c.word) + 1 if c.opener in ("that", "rel", "side") else 0)
    if c.opener == "side" and c.word.endswith("ing") and i + 1 < len(cs) and cs[i + 1].opener == "resume":
        # "Rubio, speaking on Tuesday night, said …": the subject and the clause that resumes after the aside
        start = lead_end(s, cs[i - 1].start, (-1, -1)) if cs[i - 1].opener == "start" else cs[i - 1].start
        nxt = cs[i + 1]
        return f"{s[start : c.start].rstrip(' ,')} {s[nxt.start : _through(s, cs, i + 1)].lstrip(' ,')}", start
    if c.opener == "side" and c.word.endswith("ing"):
        h = _host(cs, i)  # ", launching 270 drones": the clause it hangs on is the happening
        return _span(s, cs, h, cs[h].start, cs[h].start)
    left = _quoted_aside(s, ds)
    if left is not None:  # "Trump has indicated frustration—“he's tapping me along,” he remarked in April—"
        h = clause_at(cs, max(left - 1, 0))
        start = lead_end(s, cs[h].start, (ds, de)) if cs[h].opener == "start" else cs[h].start
        return s[start:left], start
    if c.opener == "that":
        head = s[cs[i - 1].start : c.start] if i > 0 else ""
        if is_opinion(head):
            return Reading("opinion")
        end = lead_end(s, body_start, (ds, de))
        return s[end:], end
    # "The agreement, reached late on Wednesday, raises wages": the date is the reaching's, a participle
    # in apposition to the noun before it, so the headline is that noun and its participle phrase.
    appositive = c.opener == "side" and i > 0 and is_participle(c.word)
    set_off = cs[i - 1].opener == "start" and "," in s[cs[i - 1].start : cs[i - 1].end].strip(" ,")
    if appositive and (set_off or i == 2 and cs[1].word == "including"):
        # "Anna Berg, the union's negotiator, signed the deal": after a name and its apposition the verb is
        # the sentence's own, not a participle; ``finish`` drops the apposition.
        start = lead_end(s, 0, (ds, de))
        return s[start:], start
    if appositive and i == 2 and cs[0].opener == "start" and cs[1].opener == "rel" and cs[1].word in ("who", "which"):
        # "Stubb, who plays golf with Trump, joined the meeting on Monday": the verb after the relative clause is
        # the subject's own, not a participle
        start = lead_end(s, 0, (ds, de))
        return f"{s[start : cs[1].start].rstrip(' ,')} {s[c.start : _through(s, cs, i)].lstrip(' ,')}", start
    if c.opener == "resume":  # "The exchange, which they agreed on May 16, was carried out on May 23"
        j = max(k for k in range(i) if cs[k].opener in ("rel", "side"))
        h = _host(cs, max(j - 1, 0))
        start = lead_end(s, cs[h].start, (ds, de)) if cs[h].opener == "start" else cs[h].start
        return f"{s[start : cs[j].start].rstrip(' ,')} {s[c.start : _through(s, cs, i)].lstrip(' ,')}", start
    if c.opener in ("rel", "participle") or appositive:
        np_at = _np_start(s, c.start, cs[i - 1].start if i > 0 else 0)
        np = s[np_at : c.start].strip(" ,")
        opener = re.match(rf"(?:{'|'.join(map(re.escape, words().list_openers))})\s+", np, re.IGNORECASE)
        if opener:  # "territory, including Crimea, which Moscow annexed": the member is the noun
            np, np_at = np[opener.end() :], np_at + opener.end()
        named = _APPOSED.search(s, 0, np_at)
        if named and _description(np, c.word):
            np, np_at = named.group(1), named.start(1)  # "Medinsky, a presidential aide who headed": Medinsky
        rest = s[body_start if c.opener == "rel" else word_end : c.end].split(",", 1)[0]
        if c.opener == "rel" and c.word in ("that", "which") and _OWN_SUBJECT.match(rest):
            np = re.sub(r"^(?:The|A|An)\b", lambda m: m.group(0).lower(), np)
            return _object_relative(_drop_date(rest, s, ds, de, 0).strip(" .;:!?"), np), body_start
        rest = re.sub(r"^\s*(?:was|were|is|are|has been|have been|had been)\s+(?=\w+ed\b|\w+en\b)", "", rest)
        return f"{np} {rest.strip()}", np_at
    return s[body_start:], body_start


def _through(s: str, cs: list[Clause], i: int) -> int:
    """Where clause ``i`` ends with the complement clauses after it: a saying keeps what it says ("…, told
    reporters afterwards that the two sides had exchanged ideas"), not only its speech tag."""
    end = cs[i].end
    saying = re.search(rf"\b(?:{'|'.join(sorted(words().reporting))})\b", s[cs[i].start : cs[i].end])
    for x in cs[i + 1 :]:
        if x.start > end or not (x.opener == "that" or saying and x.opener == "rel" and x.word == "that"):
            break
        end = x.end
    return end


# "which police cleared": a relative clause with a bare subject (not "which were interrupted": a passive)
_OWN_SUBJECT = re.compile(
    r"\s*(?:[A-Z]|the\b|a\b|an\b|he\b|she\b|they\b|"
    rf"(?!(?:{'|'.join(sorted(words().copulas | words().modals | words().negations))})\b)[a-z]+\s+"
    rf"(?:[a-z]+ed|{'|'.join(sorted(words().past_verbs))})\b)"
)
_APPOSED = re.compile(r"\b([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}),\s*(?:then\s+|now\s+)?$")


def _description(np: str, word: str) -> bool:
    """Whether a "who" clause's noun is a description set off after a name ("Trump, then a New York real estate
    developer who visited Moscow"): a noun phrase with an article that ends on a lower-case noun."""
    ws = np.split()
    ws = ws[1:] if ws[:1] == ["then"] else ws
    return word == "who" and len(ws) > 1 and ws[0].lower() in ("a", "an", "the") and ws[-1].islower()


def _quoted_aside(s: str, ds: int) -> int | None:
    """Where a dash aside holding the date and a quotation starts, or None."""
    left = max(s.rfind("—", 0, ds), s.rfind("–", 0, ds))
    right = max(s.find("—", ds), s.find("–", ds))
    return left if left > 0 and right > ds and re.search(r"[“”\"]", s[left:ds]) else None


def read(sentence: str, ds: int, de: int, ctx: Context | None = None) -> Reading:
    """What the sentence reports at the date ``sentence[ds:de]``, with its headline when it is an event."""
    ctx = ctx or Context()
    asked = next(reversed(list(re.finditer(r"\?[”\"’]?\s+(?=[A-Z])", sentence[:ds]))), None)
    if asked and not re.search(r"[“\"]", sentence[: asked.start()]):  # "Will they meet again? The Kremlin said …"
        cut_at = asked.end()
        names = tuple(replace(n, start=n.start - cut_at, end=n.end - cut_at) for n in ctx.names if n.start >= cut_at)
        return read(sentence[cut_at:], ds - cut_at, de - cut_at, replace(ctx, names=names))
    tag = quote_tag(sentence)
    if is_quotation(sentence) or tag and tag[0] <= ds < tag[1]:
        said = dated_saying(sentence, ds, de, ctx)
        return Reading("event", said) if said and not non_happening(sentence) else Reading("quotation")
    said = tagged_saying(sentence, ds, ctx)  # "Russia is ready for a deal, Lavrov said on Monday": the saying
    if said:
        return Reading("event", said)
    cs = clauses(sentence)
    i = clause_at(cs, ds)
    clause = sentence[cs[i].start : ds] + " " + sentence[de : cs[i].end]
    # The modals of what a dated saying says are the speaker's ("Peskov said on Thursday the meeting could take
    # place"): only the saying's own words can hedge it.
    head_end = max(de, reported_head(sentence, cs[i].start, cs[i].end, (ds, de)))
    head = sentence[cs[i].start : ds] + " " + sentence[de:head_end]
    # An indirect question asks, it does not hedge ("Asked on Monday whether he would meet Zelensky, Putin said").
    head = re.sub(r"\b(?:whether|asked\s+(?:\w+\s+){0,4}?if)\b[^,;]*", " ", head, flags=re.IGNORECASE)
    if non_happening(_what_is_said(sentence, cs, i)):
        return Reading("opinion")  # "declined to comment", "said no decision had been taken", "a 25% chance"
    if cs[i].opener == "that":  # "agreed that their teams would hold talks": the future of a report, no hedge
        clause = re.sub(r"\bwould\b", "", clause)
    nominal = possessive_happening(sentence, ds)
    if nominal:  # "Russia's exit from the grain deal in July": the date is the exit's, whatever the clause says
        return Reading("event", finish(nominal, ctx, sentence))
    own = sentence[lead_end(sentence, 0, (ds, de)) if cs[i].opener == "start" else cs[i].start : cs[i].end]
    if is_opinion(" ".join(own.split()[:4])) or hedge_predicate(clause):
        return Reading("opinion")  # "Analysts think a ceasefire is unlikely before the autumn"
    if _planned_in_report(sentence, ds):  # "said the coalition would meet by video call on Tuesday": a plan told
        head = re.sub(r"\bwould\b", " ", head)
    if has_modal(head) or _hedged(sentence, cs, i, (ds, de)):
        rescued = _happening_noun(sentence, cs[i], ds, ctx)
        return Reading("event", finish(rescued, ctx, sentence)) if rescued else Reading("hedge")
    got = _time_clause(sentence, ds) or _when_clause(sentence, cs, i, de, ctx) or _span(sentence, cs, i, ds, de)
    if isinstance(got, Reading):
        return got
    text, offset = got
    semi = sentence.rfind(";", offset, ds)  # "visited Kyiv on Monday; on Tuesday, she flew": the date's own clause
    whole = sentence[offset : offset + len(text)] == text
    if whole and semi >= 0 and not _DATE_PREP.sub("", sentence[semi + 1 : ds]).strip() and sentence[de : de + 1] == ",":
        text, offset = text[de + 1 - offset :].lstrip(), de
    elif whole and semi >= 0:  # "No president had met Putin; Biden's only summit with him took place in June 2021"
        text, offset = text[semi + 1 - offset :].lstrip(), semi + 1
    after = text.find(";", max(de - offset, 0)) if sentence[offset : offset + len(text)] == text else -1
    text = text[:after] if after > 0 else text  # a clause after a semicolon is not the date's
    text = _drop_date(text, sentence, ds, de, offset)
    if ds <= offset + 1 and text.split()[:1] and text.split()[0].lower() in words().day_verbs:
        day = _DAY_OF.match(text)  # "Friday was also the day his deadline ran out": the clause is the happening
        if day and PAST in (
            clause_tense(day["what"], 0, 0),
            clause_tense(day["what"], len(day["what"]), len(day["what"])),
        ):
            return Reading("event", finish(day["what"], ctx, sentence, ds))
        return Reading("background")  # "Friday had been the deadline …": what the day is, not a happening
    if re.match(r"\s*(?:it|its)\b", text, re.IGNORECASE):
        rescued = _happening_noun(sentence, cs[i], ds, ctx)
        if rescued:
            return Reading("event", finish(rescued, ctx, sentence))
    if _opens_with_words_said(text):
        said = dated_saying(sentence, ds, de, ctx)
        return Reading("event", said) if said else Reading("quotation")
    title = finish(text, ctx, sentence, offset)
    if lost_sense(title, text):  # "did not meet" titled "met": the title would say what did not happen
        return Reading("hedge")
    title = settle(title, sentence, ds, de, ctx)
    if title is None:  # the article's own voice, or an "it" clause that only describes
        return Reading("background")
    title = owned(title, ctx)  # "Meeting was held": whose meeting; "Visit was his fifth": no happening
    if title and "demonstrative subject" in flaws(title):
        return Reading("untitled", title)  # "That is the position Moscow has held": the events side decides
    return Reading("event", title) if title else Reading("background")


# "was also the day his deadline ran out", "is the day when the truce ended": the day of a happening told after it
_DAY_OF = re.compile(
    r"\s*(?:was|is)\s+(?:also\s+)?the\s+(?:very\s+|same\s+)?day\s+(?:that\s+|when\s+|on\s+which\s+)?"
    r"(?P<what>(?!(?:before|after)\b)[^;:]{8,})",
    re.IGNORECASE,
)


def _time_clause(s: str, ds: int) -> tuple[str, int] | None:
    """For a date set off after a leading "the last time …" clause ("The last time Lavrov and Rubio met, in Riyadh
    in February, they agreed …"): that clause and the aside holding the date (its place), or None."""
    m = re.match(rf"\s*(?:the\s+)?(?:{'|'.join(sorted(words().ordinals))})\s+time\s+", s, re.IGNORECASE)
    if not m:
        return None
    first = s.find(",", m.end())
    second = s.find(",", first + 1)
    if first < 0 or second < 0 or not first < ds < second:
        return None
    return f"{s[m.end() : first]}{s[first + 1 : second]}", m.end()


def _when_clause(s: str, cs: list[Clause], i: int, de: int, ctx: Context) -> tuple[str, int] | None:
    """For a date right before ", when …" in a clause that only describes ("Alaska was part of the Russian Empire
    until 1867, when the United States bought it"; "The last meeting … was in Geneva in June 2021, when he met
    Biden"): the "when" clause is the happening, its pronouns named (an "it" is the described clause's subject)
    and the described clause's place added; else None."""
    nxt = cs[i + 1] if i + 1 < len(cs) else None
    if not nxt or nxt.opener != "side" or nxt.word != "when" or s[de : nxt.start].strip(" ,"):
        return None
    own = s[cs[i].start : de]
    copula = re.search(rf"\b(?:{'|'.join(sorted(words().copulas))})\b", own)
    if not copula or re.search(r"\b\w+ed\b", own[copula.end() :].split(" in ")[0][:12]):
        return None  # "was held in June, when …": a passive reports its own happening
    body = re.sub(r"^[,\s]*when\s+", "", s[nxt.start : nxt.end]).rstrip(" .;")
    subject = re.sub(r"^(?:the|a|an)\s+", "", own[: copula.start()].strip(), flags=re.IGNORECASE)
    pronoun = re.match(r"(he|she|they)\b", body, re.IGNORECASE)
    if pronoun:
        name = subject_of(s, nxt.start, ctx, pronoun.group(1))
        if not name:
            return None
        body = name + body[pronoun.end() :]
    body = re.sub(r"\bit\b", subject, body, count=1) if len(subject.split()) <= 3 else body
    place = re.search(r"\b(?:in|at)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*", own[copula.end() :])
    where = f" {place.group(0)}" if place and place.group(0) not in body and not _is_date(place.group(0)) else ""
    return f"{body}{where}", nxt.start


def _is_date(phrase: str) -> bool:
    """Whether a place-shaped phrase is a month or weekday ("in June")."""
    return bool(re.search(r"(?:uary|ruary|March|April|May|June|July|August|ember|ober|day)\b", phrase))


def _what_is_said(s: str, cs: list[Clause], i: int) -> str:
    """What a saying dated in clause ``i`` says: the words after its reporting verb, or the clause itself when it
    is the complement, up to a side clause; else the clause's own words (which may still decline to comment)."""
    c = cs[i]
    # What is said runs on through its "that" clause, not into a side clause ("…, although no date has been set").
    end = next((x.start for x in cs[i + 1 :] if x.opener != "that"), len(s))
    own = s[c.start : c.end]
    if any(p in own.lower() for p in words().no_comment):
        return own  # "Peskov declined to comment on Thursday on reports of …"
    verb = re.search(rf"\b(?:{'|'.join(sorted(words().reporting))})\b", own)
    if verb:
        return s[c.start + verb.end() : end]
    return s[c.start : end] if c.opener == "that" else ""


def _opens_with_words_said(text: str) -> bool:
    """Whether a headline's text opens with a quotation, or inside one (its first quote mark closes it):
    the happening is the saying, not a fragment of the words said."""
    first = re.search(r"[“”\"]", text)
    if not first:
        return False
    return first.group() == "”" or not text[: first.start()].strip() and bool(re.search(r"[”\"]", text[first.end() :]))


def _planned_in_report(s: str, ds: int) -> bool:
    """Whether the date at ``ds`` is the day of a plan told in reported speech with "would" ("Starmer said the
    coalition would meet on Tuesday", "and that Zelensky would visit the White House on Monday"): the future
    of the saying, a scheduled happening, not a guess. Not after "if" or a hedge word."""
    would = [m for m in re.finditer(r"\bwould\s+(?!(?:have|be\s+able|like|not|never)\b)[a-z]+", s[:ds])]
    if not would or not re.match(r"[^,;]*$", s[would[-1].end() : ds]):
        return False
    before = s[: would[-1].start()]
    verbs = re.findall(r"[a-z]+", before.lower())
    return bool(set(verbs) & words().reporting) and not re.search(r"\b(?:if|unless|perhaps|possibly)\b", before, re.I)


def _hedged(s: str, cs: list[Clause], i: int, date: tuple[int, int]) -> bool:
    """Whether the date's clause, or the clause whose complement it is, opens with a hedge ("One possibility
    is that ..."); a relative clause inside a hedged sentence still reports its own happening."""
    c = cs[i]
    own = s[lead_end(s, 0, date) if c.opener == "start" else c.start : c.end].lstrip(" ,;")
    if c.opener == "that":
        own = re.sub(r"^that\s+", "", own)
    head = s[lead_end(s, 0, date) : c.start] if i == 1 or c.opener == "that" and i > 0 else ""
    return opens_with(own, words().hedges) or opens_with(head, words().hedges)
