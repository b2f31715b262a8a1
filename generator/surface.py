"""What an editor rejects in a title at a glance, beside the cut's flaws of ``cuts.flaws``: Markdown markup, the
punctuation a removed phrase left, a question, a saying with nothing said, a subject that names nobody, a speech
tag spliced into the clause, a participle or verb with no subject, a happening described instead of reported, and
the article's own voice. ``flaws`` adds these to its own; ``cuts.cut`` and ``cuts.close_quote`` never keep a speech
tag without what was said."""

from __future__ import annotations

import re

from .clauses import words
from .cuts import _has_predicate, _subject_only, _verb_like

MARKUP = re.compile(r"\*\*|__|(?:^|\s)#|(?<![\w*])\*(?=\w)|(?<=\w)\*(?![\w*])|(?:^|\s)_(?=\w)|(?<=\w)_(?:\s|$)")
# A preposition whose object went with a removed date phrase ("Unlike in February, the leader" -> "Unlike, the
# leader"), two marks in a row ("Kyiv;, he returned"), or quote marks with nothing inside ("a ceasefire “ ”").
_RESIDUE = re.compile(
    r"[,;:]\s*[,;:]|[“\"]\s*[”\"]|\(\s*\)|\s[,;:]|"
    r"\b(?:unlike|after|before|since|in|on|at|by|from|during|until|despite|with|of|for|to|than|between)\s*[,;:]",
    re.IGNORECASE,
)
_QUESTION = re.compile(
    r"\?[”\"’'*_]*$|^(?:Did|Does|Do|Is|Are|Was|Were|Will|Would|Can|Could|Should|Has|Have|Why|How)\s+[a-z]"
)
# "…said in a joint statement", "…told reporters afterwards": a speech tag with nothing said after it.
_TAG_TAIL = (
    r"(?:\s+(?:reporters|journalists|the\s+press|afterwards|later|again|so|this|that|in\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}(?:statement|interview|post|briefing|call|address)|on\s+[A-Z][\w-]*))*"
)
# "A spokesman, Peskov said, was …": a speech tag set off in the middle of the happening's clause.
_SPLICED_TAG = re.compile(
    r"^[^,“”\"]{3,60},\s+(?:[\w.’'-]+\s+){1,4}(?:said|says|added|noted|told\s+reporters|insisted|stressed),\s+\S"
)


def surface_flaws(title: str) -> list[str]:
    """What an editor rejects at a glance: Markdown markup left in (``**`` ``_`` ``#``); punctuation a removed
    phrase left behind ("Kyiv;, he returned", "Unlike, the leader"); a question; a saying with nothing said
    ("Putin said", "…told reporters", "…said the United States"); a subject that names nobody in particular
    ("Officials said", "It will be", "Meeting ended"); a speech tag spliced into the clause; the article's own
    voice ("Here is what we know", "X gave us his account")."""
    out = []
    w = words()
    if MARKUP.search(title):
        out.append("markup")
    if _RESIDUE.search(title):
        out.append("punctuation residue")
    # a question asked inside quote marks is reported ("A reporter shouted “Will you stop?”"), not the title's own
    if _QUESTION.search(re.sub(r"[“\"][^“”\"]*[”\"]", "", title).rstrip()):
        out.append("question")
    if empty_saying(title):
        out.append("empty saying")
    ws = [x.strip(",;:").lower() for x in title.split()]
    vague = w.vague_subjects | w.pronouns | w.nominal_events | frozenset(w.event_nouns)
    if len(ws) > 1 and ws[0] in vague and _verb_like(ws[1]) or ws[:1] and ws[0] in w.pronouns:
        out.append("vague subject")
    if _SPLICED_TAG.match(title):
        out.append("spliced tag")
    if meta(title):
        out.append("meta sentence")
    # "…offer Ukraine Article 5-style", "…put the chance of failure at one": a modifier or a number cut off its noun
    if re.search(r"\w-(?:style|like|type|based|led)$|\b(?:at|to|of|in|by)\s+one$", title):
        out.append("dangling end")
    return out + _clause_flaws(title, ws)


# "Returned for talks …", "Frustrated by continued strikes", "Asked whether …": a verb or participle with no subject.
_NO_SUBJECT_NEXT = frozenset({"by", "for", "to", "with", "whether", "if", "about", "from", "in", "on", "at", "into"})


def _clause_flaws(title: str, ws: list[str]) -> list[str]:
    """A lead phrase with no clause after it ("Since Russia's full-scale invasion of Ukraine"); a verb or participle
    with no subject ("Returned for talks that yielded no breakthrough"); a happening described, not reported
    ("Talks between Witkoff and Putin were the envoy's fifth meeting")."""
    w = words()
    out = []
    leads = w.background | {"after", "before", "during", "following", "unlike", "amid"}
    if ws and ws[0] in leads and not _has_predicate(title, strict=True):
        out.append("fragment")
    first = ws[0] if ws else ""
    verb = first in w.past_verbs or re.fullmatch(r"[a-z]{3,}ed", first)
    second = title.split()[1] if len(ws) > 1 else ""
    # "Returned for talks …"; "Came Witkoff's visit …" (an inversion: the subject after its verb)
    if verb and (second.islower() and ws[1] in _NO_SUBJECT_NEXT or second.endswith(("’s", "'s"))):
        out.append("no subject")
    # "Trump called them “highly productive”", "…described it as": whom or what, the title does not say
    past = "|".join(sorted(w.past_verbs))
    if re.search(rf"\b(?:[a-z]+ed|{past})\s+(?:it|them)\b(?=\s+(?:as\b|[“\"])|$)", title):
        out.append("vague object")
    happening = w.nominal_events | frozenset(w.event_nouns)
    copula = next((i for i, x in enumerate(ws) if x in {"is", "was", "were", "are"}), None)
    if first in happening and copula and copula > 1 and copula + 1 < len(ws):
        after = ws[copula + 1]
        if after in {"the", "a", "an", "his", "her", "their", "its"} or after.endswith(("’s", "'s")):
            out.append("description")  # a copula and a noun phrase: what the happening was, not that it happened
    return out


def empty_saying(title: str) -> bool:
    """Whether the title is a speech tag whose words said are gone: it ends on its reporting verb ("Putin said",
    "…told reporters afterwards"), or on the bare subject of what was said ("Witkoff said Russia had agreed the
    United States", "…said that the two presidents")."""
    verbs = "|".join(sorted(words().bare_sayings))
    title = re.sub(r",?\s+according\s+to\s+[^,;“”\"]{1,60}$", "", title)  # who reported the saying, not its words
    # not a passive ("…unless a ceasefire was agreed"): that reports a happening, no saying
    passive = r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bbe )"
    if re.search(rf"{passive}\b(?:{verbs}){_TAG_TAIL}$", title.rstrip(" .")) and ": " not in title:
        return True
    w = words()
    if ": " in title:
        return False  # "Name: words said" says them
    head, verb, tail = _last_verb(title, "|".join(sorted(w.reporting | w.bare_sayings)))
    if verb and head.strip() and _subject_only(tail.removeprefix("that ").strip()):
        return True
    if re.search(rf"\b(?:had|has|have)\s+(?:{'|'.join(sorted(w.reporting))})$", title):
        return True  # "…that Russia and the United States had agreed": the cut took what they agreed
    # "…and that the American side": a complement's subject, lower case, its verb cut off
    # (quoted too: "…said in a joint statement that “the path to peace”", the quotation's verb cut off)
    stub = re.search(r"\bthat\s+[“\"]?((?:the|a|an|his|her|their|its)\s+(?:[\w’'-]+\s+){0,5}[\w’'-]+)[”\"]?$", title)
    if stub and not _has_predicate(f"x {stub.group(1)}", strict=True):
        return True
    # "…said after Monday's phone call", "Trump said a second meeting", "Trump told Fox News": a few words, no verb
    head, verb, tail = _last_verb(title, verbs)
    tail = tail.strip(" ,;:")
    return bool(verb and head.strip()) and 0 < len(tail.split()) <= 6 and not _has_predicate(f"x {tail}", strict=True)


def _last_verb(title: str, verbs: str) -> tuple[str, str, str]:
    """The title split at its last reporting verb: before it, the verb, after it ("", "", "" when none)."""
    found = list(re.finditer(rf"\b(?:{verbs})\b", title))
    if not found:
        return "", "", ""
    m = found[-1]
    return title[: m.start()], m.group(0), title[m.end() :]


def meta(text: str) -> bool:
    """Whether a title is in the article's own voice: a first-person word outside quote marks and outside the
    words a named speaker said ("Marchenko: We …" is the speaker's), or an opener of a sentence about the article
    itself ("Here is what we know so far")."""
    w = words()
    low = text.lower().lstrip(" *_#-")
    if any(low.startswith(p + " ") for p in w.meta_openers):
        return True
    own = re.sub(r"[“\"][^“”\"]*[”\"]", " ", text.partition(": ")[0] if ": " in text else text)
    # "US" in capitals is the country, "i" in lower case no pronoun: only "I" and "we", "We", "our" … count
    tokens = re.findall(r"[A-Za-z]+", own)
    return any(t.lower() in w.first_person and (t == "I" or not t.isupper()) and t != "i" for t in tokens)
