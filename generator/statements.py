"""Quotations and reported speech, attributed to speakers.

1. Quote spans (``quotes.find_quotes``): paired within paragraphs; a quote left
   open at a paragraph's end goes on only when the next paragraph reopens it.
2. Attribution frames (``frames``), cheapest first: after the quote, a split
   quote (`“A,” X said, “B”` and `“A,” X said. “B”` are one statement), before
   the quote, a colon line ending the paragraph before.
3. No frame: the quote continues the speaker of the statement just before it
   (within two sentences); short fragments and titles ("Face the Nation") with
   no frame are not statements.
4. Indirect speech (``reported``): `X said that …`, `According to X, …`, `…, X said.`

Speaker phrases are read by ``speakers.head`` (titles and roles from a data file)
and resolved by ``resolve.Attributor``. Every statement with a speaker says where
the speaker is named: the cue of its frame, the pronoun for a pronoun, or for a
continued quote the cue of the statement it continues.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from .actors import Registry
from .content.kinds import QUOTE_GAP
from .context import context, views_other
from .frames import PARTY_TAG, VERB, after_quote, before_quote, colon_line, detached, passive_agent, subject_of
from .model import Article, Sentence, Statement, Timex
from .quotes import MIN_WORDS, UNATTRIBUTED_MIN_WORDS, Quote, find_quotes, trim, words
from .reported import find_indirect
from .resolve import Attributor
from .sentences import sentence_at
from .speakers import Head, head, is_title, lexicon
from .timex import TimexIndex, phrase
from .timex.calendar import precision_rank

__all__ = ["extract_statements", "find_quotes"]

# What follows a reporting verb up to the reported words: "told reporters on Wednesday that ".
_REPORTED_CLAUSE = re.compile(r"[\s,]*(?:[^,;:“”\"]{0,40}?\bthat\s+|:\s*)?")
_LABEL = re.compile(
    r"\b(?:as(?:\s+an?|\s+the)?|called|calling|dubbed|so-called|termed|labelled|labeled|titled|entitled|named)\s*$"
)
_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+(?P<np>[^,“”\"]{2,120}?)(?:,|$)")
# What may follow a question or an exclamation as its attribution: `“Are you?” Trump asked.`
# (or a comma before the quote's second part: `“How can it go away?” Alan Mulally asked, “It's …”`)
_ASKED = re.compile(
    r"[ \t]+(?:[A-Z][\w’'\-.]*[ \t]+){1,4}[a-z]+[^.!?\r\n“”\"]{0,60}(?:[.]|,(?=[ \t]*[“\"]))"
    r"|[ \t]+(?:he|she|they)[ \t]+[a-z]+(?:[.]|,(?=[ \t]*[“\"]))"
)
# A speaker phrase that names nobody but is one: "an unnamed diplomat", "the protesters".
_UNNAMED = re.compile(r"\s*(?:an?|the|one|another|other)\s+[a-z]")
# A sentence opened by people nobody names: "Protesters", "A woman in the crowd", "Some workers".
_CROWD = re.compile(
    r"\s*(?:(?:[Aa]n?|[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Oo]ne|[Tt]wo|[Oo]ther|[Dd]ozens\s+of)\s+)?"
    r"(?:[a-z\-]+\s+){0,2}?(?P<noun>[A-Za-z]+)\b"
)
# Between the end of an attribution and a second quote that joins the first: `, X said. “B”`.
_JOIN = re.compile(r"[^“”\".!?]{0,160}[,.:]?\s*")


def _frame_date(timexes: TimexIndex, sentence: Sentence, skip: tuple[int, int]) -> Timex | None:
    inside = [
        t
        for t in timexes.starting_in(sentence.start, sentence.end)
        if t.is_calendar_date and not (skip[0] <= t.start < skip[1])
    ]
    return min(inside, key=lambda t: (precision_rank(t.precision), t.start)) if inside else None


def _is_title_quote(quoted: str) -> bool:
    """Quoted title-case words with no sentence punctuation: a programme or event ("Face the Nation")."""
    tokens = quoted.split()
    if not tokens or len(tokens) > 6 or re.search(r"[.!?,;]$", quoted.strip()):
        return False
    small = {"the", "a", "an", "of", "and", "for", "to", "in", "on", "at", "with", "&"}
    return all(t[:1].isupper() or t.lower() in small or not t[:1].isalpha() for t in tokens) and tokens[0][:1].isupper()


_APPOSITION = re.compile(
    r",\s+(?P<role>[^,;“”\"\n]{2,140}?)\s*(?=[,;“”\"]|(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)\.(?:\s|$)|$)"
)
# How a description of a person opens: "a senior fellow", "the director", "who advises", "Mr. Putin’s aide".
_ROLE_START = re.compile(r"(?:an?|the|who|whose)\s|(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?[’']s\s")


def _apposition(text: str, end: int) -> str | None:
    """The description right after a speaker's name: "Tatiana Stanovaya, a senior fellow at …"."""
    m = _APPOSITION.match(text, end)
    if not m:
        return None
    role = m.group("role")
    return role if _ROLE_START.match(role) or any(w.islower() and is_title(w) for w in role.split()[:3]) else None


_CLOSING = "”\"’"
_OPENING = "“\"‘"


def quoted_words(text: str, start: int, end: int, speaker_span) -> str:
    """The words of a direct quotation, without the attribution that splits it: ``"It's over," said Joe Park.
    "We lost everything."`` is stored as "It's over … We lost everything" (the page check reads " … " as words
    left out). A quotation its speaker does not interrupt is ``text[start:end]``."""
    s_start, s_end = (speaker_span[0], speaker_span[1]) if speaker_span else (None, None)
    if s_start is None or not start < s_start < s_end < end:
        return text[start:end]
    close = max(text.rfind(c, start, s_start) for c in _CLOSING)
    opens = [i for i in (text.find(c, s_end, end) for c in _OPENING) if i >= 0]
    if close <= start or not opens:
        return text[start:end]
    first, second = text[start:close].rstrip(" ,;:—–-"), text[min(opens) + 1 : end].lstrip()
    if not first or not second:
        return text[start:end]
    return f"{first}{QUOTE_GAP}{second}"


class _Builder:
    """Collects statements of one article, stamping each with its date and topics."""

    def __init__(self, article: Article, timexes: list[Timex], topics, att: Attributor):
        self.article, self.timexes, self.topics, self.att = article, TimexIndex(timexes), topics, att
        self.sentences = att.sentences
        self.statements: list[Statement] = []

    def make(self, speaker_span, speaker, role, start, end, kind, frame_sentence) -> None:
        text = self.article.text
        start, end = trim(text, start, end)
        if end <= start:
            return
        if speaker and not speaker_span:
            speaker = None  # a speaker the text does not name is no speaker (the span is the evidence)
        if speaker is None and speaker_span and speaker_span[2].lower() in ("he", "she"):
            # "Mr MacFarlane said …. “…” he said": no actor, but the name the pronoun stands for
            speaker_span = self.att.named_antecedent(speaker_span[2].lower(), speaker_span[0]) or speaker_span
        s_start, s_end, s_text = speaker_span if speaker_span else (None, None, None)
        if role is None and s_end is not None and s_text[:1].isupper() and s_text.lower() not in ("he", "she"):
            role = _apposition(text, s_end)
        date = _frame_date(self.timexes, frame_sentence, (start, end)) if frame_sentence else None
        self.statements.append(
            Statement(
                speaker=speaker,
                speaker_text=s_text,
                speaker_start=s_start,
                speaker_end=s_end,
                quote=quoted_words(text, start, end, speaker_span) if kind == "direct" else text[start:end],
                start=start,
                end=end,
                kind=kind,
                date=date.date_value.split("T")[0] if date else self.article.published.isoformat(),
                date_text=phrase(text, date) if date else None,
                topics=self.topics.tag(text[start:end]),
                source=self.article.id,
                role=role.strip() if role else None,
                date_is_publication=date is None,
                context=context(text, self.sentences, min(start, s_start if s_start is not None else start), end),
                views_other=views_other(text, s_end, s_text, start),
            )
        )
        self.att.remember(start, speaker, speaker_span, end)

    def extend(self, index: int, start: int) -> None:
        """Let statement ``index`` begin earlier, at ``start`` (a quote's first paragraph before it)."""
        st, text = self.statements[index], self.article.text
        start = trim(text, start, st.end)[0]
        named = st.speaker_start if st.speaker_start is not None else start
        ctx = context(text, self.sentences, min(start, named), st.end)
        self.statements[index] = replace(
            st, start=start, quote=text[start : st.end], topics=self.topics.tag(text[start : st.end]), context=ctx
        )

    def covered(self, offset: int) -> bool:
        return any(st.start <= offset < st.end for st in self.statements)


def extract_statements(
    article: Article,
    sentences: list[Sentence],
    timexes: list[Timex],
    registry: Registry,
    topics,
) -> tuple[list[Statement], dict[str, str]]:
    """Statements of one article, and the new speakers (id -> name) not yet in the registry."""
    text = article.text
    quotes = find_quotes(text)
    att = Attributor(article, sentences, registry, quotes)
    out = _Builder(article, timexes, topics, att)
    quoted_sentences: set[int] = set()
    ends = [x.end for x in sentences]
    for q in quotes:  # the sentences a quote overlaps, found by binary search (sentences are in text order)
        if words(text[q.start : q.end]) < MIN_WORDS:
            continue  # scare quotes ("was “sound”") leave the sentence to reported speech
        i = bisect_right(ends, q.open)
        while i < len(sentences) and sentences[i].start < q.close:
            quoted_sentences.add(sentences[i].start)
            i += 1
    # Reported speech first, so that a quote's pronoun can refer to the speaker of any sentence before it.
    spans = [(q.open, q.close) for q in quotes if words(text[q.start : q.end]) >= MIN_WORDS]
    find_indirect(text, sentences, quoted_sentences, att, out.make, spans)
    consumed: set[int] = set()
    for qi in range(len(quotes)):
        if qi not in consumed:
            _direct(text, sentences, quotes, qi, att, out, consumed)
    out.statements.sort(key=lambda st: st.start)
    return out.statements, dict(sorted(att.new_actors.items()))


def _span(h, text: str = "", frame=None) -> tuple[int, int, str] | None:
    """Where the speaker is named: the head, else the whole phrase of the frame ("the bank chief")."""
    if h:
        return h.start, h.end, h.text
    if frame is None:
        return None
    raw = text[frame.start : frame.end]
    start = frame.start + len(raw) - len(raw.lstrip(" ,"))
    phrase = raw.strip(" ,")
    if not phrase or phrase.lower() in lexicon().not_speakers:
        return None  # "as stated on the website": no words that name anybody
    return start, start + len(phrase), phrase


def _direct(text, sentences, quotes: list[Quote], qi: int, att: Attributor, out: _Builder, consumed) -> None:
    """One direct statement for ``quotes[qi]`` (joined with a second part when the frame splits them)."""
    q = quotes[qi]
    sentence = sentence_at(sentences, q.start) or sentence_at(sentences, q.open)
    n = words(text[q.start : q.end])
    if sentence is None or _is_title_quote(text[q.start : q.end]):
        return
    if q.label:  # a transcript turn: its label names the speaker ("PENCE" is Mike Pence)
        s, e = q.label
        name = text[s:e].title() if text[s:e].isupper() else text[s:e]
        speaker = att.resolve(Head(s, e, name, "name"), s)
        out.make((s, e, text[s:e]), speaker, None, q.start, q.end, "direct", sentence)
        return
    if _named_later(text, sentences, quotes, qi):
        # `“A.` ¶ `“B,” said X.`: a quote over paragraphs whose speaker is named after its last part
        made = len(out.statements)
        consumed.add(qi + 1)
        _direct(text, sentences, quotes, qi + 1, att, out, consumed)
        if len(out.statements) > made:
            out.extend(made, q.start)
        return
    para_end = re.search(r"[\r\n]|$", text[q.close :]).start() + q.close
    nxt = quotes[qi + 1] if qi + 1 < len(quotes) and quotes[qi + 1].paragraph == q.paragraph else None
    closing = sentence_at(sentences, max(q.close - 1, q.start))
    hi = min(para_end, nxt.open if nxt else para_end)
    if closing and closing.end > q.close:
        hi = min(hi, closing.end)
    asked = _ASKED.match(text, q.close) if re.search(r"[?!]\s*$", text[q.start : q.end]) else None
    if asked:  # `“Are you?” Trump asked.`: a question's attribution after it, in a sentence of its own
        hi = q.close + asked.end() - asked.start()
    elif re.search(r"[.!?]\s*$", text[q.start : q.end]) and re.match(r"\s+[A-Z“\"]", text[q.close : q.close + 2]):
        hi = q.close  # `“… it.” These demands …`: the quote ended its sentence; what follows is narrative
    frame = after_quote(text, q.close, hi) if hi > q.close else None
    if frame is None and not q.answer and (nxt is None or nxt.open > hi):
        frame = _detached_frame(text, sentences, q, para_end)
    if frame is not None:
        end = q.end
        # (a party tag's full stop ends no sentence: `“A,” said Rep. John Dingell (D-Mich.). “B”`)
        between = PARTY_TAG.sub(lambda t: " " * len(t.group(0)), text[frame.end_at : nxt.open]) if nxt else ""
        # `, who added that “B”`: a second cue makes a second statement.
        if nxt and _JOIN.fullmatch(between) and not VERB.search(between) and not _own_frame(text, sentences, nxt):
            end = nxt.end  # a split quote: `“A,” X said, “B”` or `“A,” X said. “B”` is one statement
            consumed.add(qi + 1)
            n += words(text[nxt.start : nxt.end])
        if n >= MIN_WORDS:
            speaker = att.resolve_phrase(frame.start, frame.end, frame.head, at=q.open, said=(q.start, end))
            out.make(_span(frame.head, text, frame), speaker, None, q.start, end, "direct", sentence)
        return
    if n >= MIN_WORDS:
        _framed_before(text, sentences, q, n, sentence, att, out)


def _detached_frame(text: str, sentences: list[Sentence], q: Quote, para_end: int):
    """The attribution of a quote that ended its sentence, when it is the next sentence alone (`“…
    listened.” Dana Wells said.`) or, after a quote that ends its paragraph, the next paragraph alone
    (`said Bill Ross, a trader.`)."""
    if not re.search(r"[.!?,]\s*$", text[q.start : q.end]) and q.close != para_end:
        return None
    at = q.close + len(text[q.close :]) - len(text[q.close :].lstrip())
    nxt = sentence_at(sentences, at)
    if nxt is None or nxt.start < q.close:
        return None
    if text[q.close : nxt.start].count("\n") and (
        q.close != para_end or text[nxt.end : nxt.end + 1] not in ("", "\n", "\r") or "\n" in text[nxt.start : nxt.end]
    ):
        return None  # a paragraph of its own that is all attribution, after a quote that ends its own
    return detached(text, q.close, nxt.end)


def _continued(text: str, quotes: list[Quote], qi: int) -> bool:
    """Whether ``quotes[qi]`` opens its paragraph, is never closed there, and the next paragraph reopens it."""
    q = quotes[qi]
    if qi + 1 >= len(quotes) or q.answer or q.label or text[q.close - 1 : q.close] in '”"»':
        return False
    nxt = quotes[qi + 1]
    opens = q.open == 0 or text[q.open - 1] in "\r\n"
    return opens and nxt.paragraph == q.paragraph + 1 and (nxt.open == 0 or text[nxt.open - 1] in "\r\n")


def _named_later(text: str, sentences: list[Sentence], quotes: list[Quote], qi: int) -> bool:
    """Whether a quote opening its paragraph goes on in the next ones and is attributed after its last part."""
    last = qi
    while _continued(text, quotes, last):
        last += 1
    return last > qi and _own_frame(text, sentences, quotes[last])


def _own_frame(text: str, sentences: list[Sentence], q: Quote) -> bool:
    """Whether a quote has an attribution of its own after it (then it is not the second half of another)."""
    closing = sentence_at(sentences, max(q.close - 1, q.start))
    if closing is None:
        return True
    end = re.search(r"[\r\n]|$", text[q.close :]).start() + q.close
    asked = _ASKED.match(text, q.close)
    frame = after_quote(text, q.close, q.close + len(asked.group(0)) if asked else min(end, max(closing.end, q.close)))
    # `“B,” an unnamed diplomat said`: a speaker nobody named is still a frame of its own.
    return frame is not None and (frame.head is not None or _UNNAMED.match(text, frame.start) is not None)


def _framed_before(text, sentences, q: Quote, n: int, sentence: Sentence, att: Attributor, out: _Builder) -> None:
    """A quote whose attribution, if any, stands before it: in its sentence, or a colon line before it."""
    lo = sentence.start
    before = text[lo : q.open]
    agent = passive_agent(text, lo, q.open)
    if agent:  # "was praised by Jobs as “…”"
        speaker = att.resolve_phrase(agent.start, agent.end, agent.head)
        out.make(_span(agent.head), speaker, None, q.start, q.end, "direct", sentence)
        return
    frame, verb = before_quote(text, lo, q.open)
    if frame is not None and verb is None:  # a colon after a verb of any kind: "X spoke about it: “…”"
        speaker = att.resolve_phrase(frame.start, frame.end, frame.head)
        out.make(_span(frame.head, text, frame), speaker, None, q.start, q.end, "direct", sentence)
        return
    according = _ACCORDING.search(before)
    if frame is None and according and not verb:
        s, e = lo + according.start("np"), lo + according.end("np")
        frame_head = head(text, s, e)
        out.make(_span(frame_head), att.resolve_phrase(s, e, frame_head), None, q.start, q.end, "direct", sentence)
        return
    if verb is not None:
        speaker = att.resolve_phrase(frame.start, frame.end, frame.head, said=(q.start, q.end)) if frame else None
        h = frame.head if frame else None
        fragment = MIN_WORDS <= n < UNATTRIBUTED_MIN_WORDS and text[q.start].islower()
        if speaker and fragment and not _LABEL.search(before):
            # `X argued that Russia must "take the initiative"`: the fragment is part of what was said,
            # so the statement is the reported clause with the quote in it.
            clause = _REPORTED_CLAUSE.match(text[lo + verb.end() : q.open])
            start = lo + verb.end() + clause.end()
            if start >= q.open:  # `said that “"conditions need to be created."”`: the quote is all there is
                start = q.start
            if start == q.start:
                out.make(_span(h, text, frame), speaker, None, q.start, q.end, "direct", sentence)
            elif not out.covered(start):
                end = sentence.end - (1 if text[sentence.end - 1 : sentence.end] in ".!?" else 0)
                out.make(_span(h, text, frame), speaker, None, start, end, "direct", sentence)
            return
        out.make(_span(h, text, frame), speaker, None, q.start, q.end, "direct", sentence)
        return
    if _LABEL.search(before) and n < 4:
        return
    if re.search(r"\b(?!spoke\b|speaks?\b|[a-z]+ed\b)[A-Za-z]+\s+of\s*$", before):
        return  # "led the repeal of “don't ask, don't tell”": with no reporting verb, a noun's "of" names something
    n_before = bisect_right(sentences, q.open, key=lambda s: s.end)  # the sentences that end before the quote
    previous = sentences[n_before - 1] if n_before else None
    if q.open == lo and previous and previous.paragraph == sentence.paragraph - 1:
        colon = colon_line(text, previous.start, previous.end)
        if colon and colon.head:  # "Caddell continued:" and the quote as the next paragraph
            speaker = att.resolve_phrase(colon.start, colon.end, colon.head)
            out.make(_span(colon.head), speaker, None, q.start, q.end, "direct", sentence)
            return
    if _sentence_subject(text, lo, q, sentence, att, out):
        return
    # No frame: the words continue the speaker just before, or are a scare quote.
    went_on = att.continuation(q.start)
    if q.open == lo and not q.answer:
        # "Mulally commented on the profits." and the quote below: the person the paragraph before ends
        # with, rather than a speaker further back.
        introduced = att.introduced(q.open)
        if introduced and (went_on is None or (went_on[0] != introduced[0] and not att.spoke_just_before(q.open))):
            went_on = introduced
    if went_on is None and (q.answer or n < UNATTRIBUTED_MIN_WORDS):
        return
    speaker, span = went_on if went_on else (None, None)
    out.make(span, speaker, None, q.start, q.end, "direct", sentence)


def _sentence_subject(text, lo: int, q: Quote, sentence: Sentence, att: Attributor, out: _Builder) -> bool:
    """A quote inside a sentence with no reporting verb: the words of the sentence's subject ("Jobs called
    it the “hottest thing going in radio”"), or of people nobody names ("Protesters carried signs reading
    “…”"), not the previous speaker's. Whether a statement was made."""
    before = text[lo : q.open]
    # A passive next to the quote ("is claimed to be “…”"); one in an earlier clause does not count.
    passive = re.search(r"\b(?:is|was|are|were|been|being|be)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b", before.split(",")[-1])
    if not before.strip(" -–—\t") or passive:
        return False
    for participle in (False, True):  # the part before the quote, else the sentence's first subject
        subject = subject_of(text, lo, q.open, participle=participle)
        h = subject.head if subject else None
        speaker = att.resolve_phrase(subject.start, subject.end, h) if h else None
        if speaker:
            out.make(_span(h), speaker, None, q.start, q.end, "direct", sentence)
            return True
    crowd = _CROWD.match(text, lo, q.open)
    if crowd and crowd.group("noun").lower() in lexicon().unnamed:
        s = lo + len(text[lo : crowd.end()]) - len(text[lo : crowd.end()].lstrip())
        out.make((s, crowd.end(), text[s : crowd.end()]), None, None, q.start, q.end, "direct", sentence)
        return True
    return False
