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
# just after a closing quote mark, before what follows it, unless a clause goes on ("“a good chance” he would")
_CLOSED = re.compile(r"(?<=[”\"])(?=\s+(?!(?:he|she|they|it|we|you|i|there)\b)[a-z])")
_AUX = re.compile(r"\s+(?:were|was|is|are|has|have|had)\s+")  # a subject with no predicate: the last resort


@cache
def _side() -> re.Pattern:
    return re.compile(rf",[”\"]?\s+(?:{'|'.join(sorted(words().boundaries))})\b")


def side_cut(text: str) -> str:
    """The text before its first side clause ("..., which", "..., although"): never the headline's."""
    from .surface import empty_saying

    for m in _side().finditer(text):
        head = text[: m.start()]
        if empty_saying(head):
            continue  # "Trump said that a second meeting, with Zelensky present, could follow": not at the aside
        # a short head will do when it is a clause of three words or more ("Witkoff first met Putin, when …")
        if _fragment(head) and not _fragment(text):
            continue  # "Starmer, the President of France, Macron, and …, co-chaired": a list in the subject
        if m.start() >= 25 or len(head.split()) >= 3 and _has_predicate(head):
            return head
    return text


_NUMBERS = ("two", "three", "four", "five", "six", "both")
_NUMERAL = re.compile(r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$", re.IGNORECASE)


def open_quote(text: str) -> int:
    """Where a quotation the text opens and never closes starts, or -1."""
    curly = text.rfind("“")
    if curly > text.rfind("”"):
        return curly
    straight = [m.start() for m in re.finditer('"', text)]
    return straight[-1] if len(straight) % 2 else -1


def _subject_only(tail: str) -> bool:
    """Whether the words after a complementiser are a noun phrase with no verb ("that the United States")."""
    ws = tail.split()
    ok = {"the", "a", "an", "of", "and"} | set(_NUMBERS) | words().person_nouns
    whole = all(w[:1].isupper() or w.lower() in ok for w in ws)
    return 0 < len(ws) <= 5 and whole and ws[-1].lower() not in ok - words().person_nouns  # "…that the two"


def flaws(title: str) -> list[str]:
    """What an editor would reject in a title that the length rules let through: it ends on a word that needs
    another after it (or a complement's subject with no verb, or a measure phrase a comma cut left: "…, three and
    a half years"), inside or just after an opening quote mark; its subject is a numeral with a person noun ("Two
    leaders met"), a bare noun with a copula ("Visit was"), a demonstrative ("That is the position …") or an
    ordinal that lost its article ("Last time Trump stood …"); it is a fragment with no predicate ("Ukraine's
    military intelligence chief, Kyrylo Budanov"), a list a cut stopped in, or a lone subordinate clause; an aside
    is spliced between its subject and verb ("Trump, speaking at the Kennedy Center, described …"); or a verb's
    object is a list opener ("Moscow annexed including Crimea")."""
    out = []
    ws = title.split()
    w = words()
    end = bool(ws) and _dangles(ws[-1], " ".join(ws[-2:-1])) and not ws[-1].endswith(("”", '"'))
    end = end and not _stranded(title) and not re.search(rf"\b{_RATIO_NUM}\s+in\s+{_RATIO_NUM}$", title, re.I)
    # or on a possessive whose noun the cut took ("…for Trump's"), or on a pair's first member ("…between Putin")
    owner = bool(ws) and re.search(r"\w(?:’s|'s)$", ws[-1]) is not None  # not "…minutes after Trump's"
    owner = owner and " ".join(ws[-2:-1]).lower() not in _ELLIPTIC_OWNER
    end = end or owner or _HALF_PAIR.search(title) is not None or _bare_verb(ws)
    if end or _dangling_that(title) or ws and ws[-1].lower() in w.unfinished or _measure_stub(title):
        out.append("dangling end")
    if open_quote(title) >= 0:
        out.append("unclosed quotation")
    if len(ws) > 1 and _NUMERAL.match(ws[0]) and ws[1].lower().strip(",") in w.person_nouns:
        out.append("numeral subject")
    happenings = w.nominal_events | frozenset(w.event_nouns)
    if len(ws) > 1 and ws[0].lower() in happenings and ws[1].lower() in w.copulas:
        out.append("bare subject")
    if len(ws) > 1 and ws[0].lower() in w.demonstratives and _verb_like(ws[1]):
        out.append("demonstrative subject")
    if len(ws) > 1 and ws[0].lower() in w.ordinals and ws[1].islower() and not _is_title(ws[1]):
        out.append("no article")
    if _LEAD_IN.match(title):
        out.append("lead-in")
    from .surface import MARKUP, surface_flaws  # it builds on this module's word tests

    if _fragment(title) and not MARKUP.search(title):  # markup is a flaw of its own (``surface_flaws``)
        out.append("fragment")
    if _SPLICED.match(title):
        out.append("spliced aside")
    if re.search(rf"\b[a-z]+ed\s+(?:{'|'.join(map(re.escape, w.list_openers))})\b", title):
        out.append("broken object")
    # a happening noun with a copula is a bare subject already, not a vague one too; a dangling end, no empty saying
    same = {"vague subject": "bare subject", "empty saying": "dangling end"}
    return list(dict.fromkeys(out + [f for f in surface_flaws(title) if same.get(f) not in out]))


def _bare_verb(ws: list[str]) -> bool:
    """Whether the words end on a verb that needs its object after "to" or a modal ("…refusal to side")."""
    bare = len(ws) > 1 and ws[-1].lower() in words().needs_object and ws[-2].lower() in {"to"} | words().modals
    # not when a "what" or relative clause holds the object ("…what its allies were ready to offer")
    return bare and not {"what", "which", "that", "whom"} & {w.lower() for w in ws[-7:]}


def _verb_like(word: str) -> bool:
    """Whether a word after a demonstrative makes it a subject ("That is", "This marked"), not a determiner."""
    low = word.lower().strip(",")
    return low in words().copulas | words().modals | words().past_verbs or bool(re.fullmatch(r"[a-z]+ed", low))


def _is_title(word: str) -> bool:
    from .speakers import is_title

    return is_title(word)


_UNITS = r"(?:hour|day|week|month|minute|moment|year|decade)s?"
_COUNT = r"(?:\d[\d.,]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|half|many)"


def _measure_stub(text: str) -> bool:
    """Whether the text ends on a measure phrase a comma set off, its head word cut ("…, three and a half years"
    of "…, three and a half years after …"; "…, two days")."""
    return bool(
        re.search(rf",\s+(?:about\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|just\s+)?{_COUNT}(?:[\s-]+"
                  rf"(?:and|a|an|half|{_COUNT}))*[\s-]+{_UNITS}(?:\s+(?:later|earlier|before|after))?$", text,
                  re.IGNORECASE)
    )  # fmt: skip


# "Trump, speaking at the Kennedy Center later, described": a participle, prepositional or relative phrase set
# off between a named subject and its verb (a role apposition "Rubio, the secretary of state, said" is not).
_SPLICED = re.compile(
    r"^(?P<subject>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*),\s+(?:[a-z]+ing|in|at|on|during|after|before|while|"
    r"who|which)\b[^,“”\"]{2,80},\s+(?=(?:[a-z]+ed|said|told|says|made|gave|met|held|spoke|wrote)\b)"
)


def unspliced(text: str) -> str:
    """The text without a participle, prepositional or relative phrase set off between its named subject and
    its verb ("Trump, speaking at the Kennedy Center later, described" -> "Trump described")."""
    return _SPLICED.sub(r"\g<subject> ", text, count=1)


# "During his campaign he promised …", "In the Kremlin's telling, Putin got …": a leading phrase before the subject.
_LEAD_IN = re.compile(
    r"(?:in|during|after|before|at|on|since|following|under|amid|for|by|with)\s+(?:[^,;:“”\"]{2,50}?\s+"
    r"(?:he|she|they|it)\s+[a-z]|[^,;:“”\"]{2,50},\s+\S)",
    re.IGNORECASE,
)
SUBORDINATORS = r"(?:if|when|although|though|because|while|unless|as|once|whether|since|before|after)"


def _fragment(title: str) -> bool:
    """Whether the title is no clause: markup, a list a cut stopped in ("Leaders of France, Italy, Germany,
    Poland"), a saying that is only a subordinate clause ("Graham: If Putin plays games"), or a noun phrase with no
    predicate ("Putin, addressing a meeting …") that is not a happening's nominal headline ("Russia's invasion",
    "Talks at the White House …")."""
    if re.search(r"\*\*|__|#", title) or re.search(r"(?:,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?){3,}$", title):
        return True
    head, colon, said = title.partition(": ")
    if colon:  # "Name: words said": the saying is the predicate, unless what is said is only a side clause
        return bool(re.match(rf"[“\"]?{SUBORDINATORS}\b[^,]*$", said, re.IGNORECASE))
    return not _has_predicate(title) and not _nominal(title)


def _has_predicate(title: str, strict: bool = False) -> bool:
    """Whether a word after the first can be a finite verb: a copula, modal or auxiliary, an irregular past, a
    reporting verb, a lower-case word in "-ed", or in "-s" (lenient: a plural noun passes too; ``strict``: not
    after a determiner or numeral nor before a preposition, as "rounds of", "talks between")."""
    w = words()
    verbs = w.copulas | w.modals | w.negations | w.past_verbs | w.reporting | w.day_verbs
    tokens = re.findall(r"[\w’'-]+", title)
    for k, word in enumerate(tokens[1:], 1):
        low = word.lower()
        if low in verbs or low.endswith(("n't", "n’t")) or word.islower() and re.fullmatch(r"[a-z-]{2,}ed", low):
            return True
        before = tokens[k - 1].lower()
        if word.islower() and low in w.base_verbs and before != "to" and before not in w.determiners:
            return True  # "Lula and Xi meet in Beijing": a plural subject's headline present
        if word.islower() and re.fullmatch(r"[a-z-]{2,}[^s’'u]s", low):
            after = tokens[k + 1].lower() if k + 1 < len(tokens) else ""
            noun = tokens[k - 1].lower() in w.determiners or after in w.np_prepositions | w.insert_before
            if not strict or not noun:
                return True
    return False


def _nominal(title: str) -> bool:
    """Whether a title with no verb is a happening's nominal headline: a possessive and its happening noun
    ("Russia's full-scale invasion"), or a happening noun opening it ("Talks at the White House …")."""
    w = words()
    nouns = w.nominal_events | frozenset(w.event_nouns)
    ws = [x.lower().strip(",") for x in title.split()]
    if ws and ws[0] in nouns:
        return True
    owner = next((i for i, x in enumerate(ws) if x.endswith(("’s", "'s"))), None)
    return owner is not None and any(x in nouns for x in ws[owner + 1 : owner + 4])


def lost_sense(title: str, source: str) -> list[str]:
    """The negations and modals of ``source`` (the text a title was made from) that stand between the title's
    first and last words there but that the title lost: "Trump did not meet Putin" titled "Trump met Putin"
    says the opposite, "Putin may visit Alaska" titled "Putin visits Alaska" says more than the article."""
    # Dash and bracket asides are not the happening's clause: a "not" inside them is not its verb's.
    plain = re.sub(r"\s*[—–][^—–]*(?:[—–]|$)|\([^)]*\)", " ", source)
    src = [m.group(0).lower() for m in re.finditer(r"[\w’'-]+", plain)]
    got = [m.group(0).lower() for m in re.finditer(r"[\w’'-]+", title)]
    if len(got) < 2:
        return []
    # The title starts where its first two words stand together in the source (a lead-in may name its subject).
    j = next((k for k in range(len(src) - 1) if src[k : k + 2] == got[:2]), None)
    j = next((k for k, w in enumerate(src) if w == got[0]), None) if j is None else j
    if j is None:
        return []
    lo = hi = j
    for w in got[1:]:
        k = next((k for k in range(hi + 1, len(src)) if src[k] == w), None)
        hi = k if k is not None else hi
    sense = words().modals | words().negations
    return [w for w in src[lo : hi + 1] if (w in sense or w.endswith(("n't", "n’t"))) and w not in got]


def _dangling_that(text: str) -> bool:
    """Whether the text ends on a complement clause's subject, its verb cut off ("…said that the United States")."""
    head, that, tail = text.rpartition(" that ")
    return bool(that) and _subject_only(tail)


def close_quote(text: str, sentence: str = "") -> str:
    """A title that a cut left inside a quotation: closed when the quotation ends there in the sentence ("…call
    the shots,” adding"); else it ends before the quotation, when what is before it is a headline of four words
    or more that stops on neither its reporting verb nor a complement's subject; else the quotation is closed."""
    at = open_quote(text)
    if at < 0:
        return text
    close = "”" if text[at] == "“" else '"'
    tail = re.escape(text[-min(len(text) - at - 1, 30) :]) if text[at + 1 :].strip() else None
    if tail and re.search(rf"{tail}[,.;:!?]?{close}", sentence):
        return text + close
    head = trim_end(text[:at])
    last = head.rsplit(" ", 1)[-1].lower()
    # before the trim: "…posted on Truth Social that Zelensky “…" trims to "…posted on Truth Social", no complement
    complement = " that " in f" {' '.join(text[:at].split()[-5:])} "
    from .surface import empty_saying

    whole = not complement and not head.endswith(close) and not empty_saying(head)  # "…said in a statement"
    # "…was making", "…had discussed": a verb whose object is the quotation
    whole = whole and not re.search(r"\b(?:(?:was|were|is|are|been|be)\s+[a-z]+ing|(?:had|has|have)\s+[a-z]+ed)$", head)
    if len(head.split()) >= 4 and last not in words().reporting and whole:
        return head
    return text + close if text[at + 1 :].strip() else head


def _stranded(text: str) -> bool:
    """Whether the text ends on a preposition a "what" clause strands ("…got most of what he came for")."""
    # and a relative clause's ("…many points that we agreed on")
    preps = "for|about|with|to|from|of|on|in|at"
    return bool(re.search(rf"\b(?:what|that|which|whom)(?:\s+[\w’'-]+){{1,3}}\s+(?:{preps})$", text, re.I))


def _dangles(word: str, before: str = "") -> bool:
    """Whether a headline may not end on ``word`` (after ``before``): it needs a word after it."""
    bare = word.strip("“”\"'‘’,.;:").lower()
    if f"{before.lower()} {bare}" in words().phrase_ends:
        return False  # "the strike was over"
    return bare in words().dangling or bare in words().nationalities and word[:1].isupper()


# "…a meeting between Putin": "between" with one member of its pair, the cut took "and Trump"
# (a name: "between them", "between the delegations" are whole)
_HALF_PAIR = re.compile(r"\s+between\s+(?:(?!and\b)[\w.’'-]+\s+){0,3}[A-Z][\w.’'-]*$")
_ELLIPTIC_OWNER = frozenset({"after", "before", "than", "as", "like", "unlike", "with"})  # "…minutes after Trump's"
_RATIO_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"


def trim_end(text: str) -> str:
    """The text without the words at its end that need one after them ("…met Lammy and Ukrainian" ->
    "…met Lammy"), and without a stub of at most three words after its last comma ("…, two days")."""
    while True:
        text = text.rstrip(" ,;:")
        last = text.rsplit(" ", 1)
        before = last[0].rsplit(" ", 1)[-1].lower() if len(last) == 2 else ""
        if len(last) == 2 and last[1].lower() in words().unfinished and before not in words().copulas:
            text = last[0]  # "…a summer offensive aimed": the participle lost its complement
            continue
        if re.search(rf"\b{_RATIO_NUM}\s+in\s+{_RATIO_NUM}$", text, re.IGNORECASE):
            return text  # "…the chance of failure at one in four": a ratio ends on its number
        verb = last[0].rsplit(" ", 1)[-1].lower() if len(last) == 2 else ""
        if len(last) == 2 and last[1] in ("it", "them") and (verb in words().past_verbs or verb.endswith("ed")):
            return text  # "…had set it": the verb's object, not a complement's subject
        if (
            len(last) == 2
            and _dangles(last[1], last[0].rsplit(" ", 1)[-1])
            and not _stranded(text)
            and not last[1].endswith(("”", '"'))
        ):
            text = last[0]
            continue
        if (
            len(last) == 2
            and re.search(r"\w(?:’s|'s)$", last[1])
            and before in words().dangling
            and before not in _ELLIPTIC_OWNER
        ):
            text = last[0]  # "…the refusal of Trump's": the possessive lost its noun, the preposition goes next
            continue
        if len(last) == 2 and last[1] in words().reporting and last[0].endswith(" and"):
            text = last[0][:-4]  # "…was made” and said": the second verb lost its object
            continue
        head, that, tail = text.rpartition(" that ")
        if that and _subject_only(tail) and len(head.split()) >= 3:
            text = head  # "…warned that the United States": the complement lost its verb
            first, _, second = head.rpartition(" and ")
            if first and len(second.split()) <= 2 and len(first.split()) >= 4:
                text = first  # "…had been “logical” and dismissed suggestions": the second verb lost its object
            continue
        if _measure_stub(text):
            text = text[: text.rindex(",")]  # "…with a military flyover, three and a half years"
            continue
        if m := _HALF_PAIR.search(text):
            text = text[: m.start()]  # "…to hold a meeting between Putin": the pair lost its second member
            continue
        head, comma, stub = text.rpartition(", ")
        if comma and re.fullmatch(r"(?:in|at|near|outside)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?", stub):
            return f"{head} {stub}"  # "…at a press conference, in Helsinki": the place is the happening's
        if comma and len(stub.split()) <= 3 and len(head) >= 25 and not re.search(r"[“”\"A-Z]", stub):
            text = head
            continue
        return text


def _between(text: str, at: int) -> bool:
    """Whether ``at`` is the "and" of "between A and B", or of two names ("the United States and Europe"), or the
    "in" of a ratio ("one in four"): never cut there."""
    num = _RATIO_NUM
    if re.search(rf"\b{num}$", text[:at], re.I) and re.match(rf"\s*in\s+{num}\b", text[at:], re.I):
        return True  # "one in four": a ratio
    if not text[at:].lstrip().startswith("and"):
        return False
    names = re.search(r"[A-Z][\w.’'-]*$", text[:at]) and re.match(r"\s*and\s+(?:the\s+)?[A-Z]", text[at:])
    return bool(names) or "between" in text[max(0, at - 40) : at].split()


def cut(text: str) -> str:
    """At most ``MAX`` characters, cut at a side clause or phrase boundary, never mid-word, no ellipsis."""
    from .surface import empty_saying

    text = side_cut(text)
    if len(text) > MAX:  # an aside goes before a cut takes the predicate or the object
        text = without_asides(text)
    if len(text) <= MAX:
        return text
    # The longest headline, but a cut at a comma or subordinator is worth more than one at a preposition, and
    # that more than one that leaves a subject without its verb (penalties in characters).
    # A cut inside a quotation misquotes ("…making “quite energetic”" of "“quite energetic and sincere efforts”"):
    # it costs more than one after the quotation's closing mark, which ends the object the quotation is.
    fits = [
        (m.start() - penalty - (45 if open_quote(text[: m.start()]) >= 0 else 0), -tier, m.start())
        for tier, (pattern, penalty) in enumerate(((_COMMA, 0), (_STRONG, 5), (_CLOSED, 35), (_WEAK, 35), (_AUX, 40)))
        for m in pattern.finditer(text)
        if 30 <= m.start() <= MAX and not _between(text, m.start()) and not empty_saying(text[: m.start()])
    ]  # never a cut that keeps a speech tag and loses what was said ("…said in a joint statement")
    hard = trim_end(text[: MAX + 1].rsplit(" ", 1)[0])
    # not before the verb of a long subject ("Starmer, the President of France, Macron, and …, co-chaired")
    if _has_predicate(text, strict=True):
        fits = [f for f in fits if f[1] or _has_predicate(text[: f[2]], strict=True)] or fits  # (at a comma)
    # a cut that leaves a verb without the object or preposition it needs ("…refusal to side") is the last resort
    # (unless the other cuts keep much less: "…is remembered" says less than "…is remembered for X's refusal to side")
    whole = [f for f in fits if not _bare_verb(text[: f[2]].split())]
    fits = whole if whole and max(whole)[2] >= 0.7 * max(fits)[2] else fits
    out = trim_end(text[: max(fits)[2]]) if fits else hard
    # a complement's subject left before its auxiliary ("…that there"): a cut at the length that leaves a whole
    # headline is better ("…there was “a very good chance” he would meet Putin")
    if fits and max(fits)[1] == -4 and re.search(r"\bthat\s+\S+$", out) and not flaws(hard):
        out = hard
    if not _has_predicate(out, strict=True) and _has_predicate(text, strict=True) and not _nominal(out):
        # The cut left a subject without its predicate ("Three rounds of direct talks between Russian and Ukrainian
        # delegations in Istanbul"): the subject's "between" phrase goes, to make room for the verb.
        shorter = _BETWEEN.sub(" ", text, count=1)
        if shorter != text:
            return cut(shorter)
    return out


# "The coalition, the group of about 30 countries led by Britain, will hold …": an apposition between a subject and
# its verb; "…last summit, in Helsinki, is remembered …": a place set off there.
_APPOSITION = re.compile(
    r"^(?P<subject>[^,;“”\"]{3,60}?),\s+(?:the|a|an)\s+[^,;“”\"]{3,80},\s+(?=(?:will|would|has|have|had|is|was|were|"
    r"are|can|could|may|said|met|held|told|[a-z]+ed)\b)"
)
_PLACE_ASIDE = re.compile(
    r",\s+(?:in|at|near)\s+[A-Z][^,;“”\"]{1,40},\s+(?=(?:is|was|were|are|has|had|will|[a-z]+ed)\b)"
)


def without_asides(text: str) -> str:
    """The text without an apposition or a place set off between its subject and verb ("The coalition, the group
    of about 30 countries led by Britain, will hold a call" -> "The coalition will hold a call")."""
    text = _PLACE_ASIDE.sub(" ", _APPOSITION.sub(r"\g<subject> ", text, count=1), count=1)
    if len(text) > MAX:  # "…said after Monday's call that the two presidents …": when and where it was said go
        verbs = "|".join(sorted(words().bare_sayings))
        text = re.sub(rf"\b({verbs})\s+{_SAID_WHERE}\s+that\s+", r"\1 ", text, count=1)
    return text


# the phrase between a reporting verb and "that" saying when or where it was said ("in a joint statement")
_SAID_WHERE = r"(?:after|before|during|in|at|on|following)\s+[^,;“”\"]{3,50}?"


_BETWEEN = re.compile(
    r"\s+between\s+(?:\S+\s+){0,3}?and\s+(?:\S+\s+){0,3}?(?=(?:in|at|on|near|over|have|has|were|was)\s)"
)
