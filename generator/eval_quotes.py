"""Score the statement extractor against a who-said-what gold set (``eval/quotes``).

A set is a folder with ``articles/NAME.md`` (the texts), ``gold/NAME.yml`` (the annotations, see
``eval/quotes/GUIDELINE.md``) and optionally ``speakers.yml`` (other names of gold speakers).

Matching: a system statement matches a gold one when their content overlaps by at least half of the
shorter of the two (the gold length is the sum of its spans, so a split quote is one statement). Pairs
are taken greedily, largest overlap first; each gold and each system statement is matched at most once.
A system statement that covers a part of an already matched gold statement by at least half of its own
length (one half of a split quote, say) is a *fragment*: correct content, counted neither as a miss nor
as a false positive.

Speaker: over matched pairs, the system's speaker is its actor's registry name, or its ``speaker_text``
when it names no actor. It is right when, after normalisation (case, punctuation, a leading "the",
titles, "Jr.", a company's legal form such as "Inc." or "Corporation", a possessive), it
and the gold speaker (or one of its ``speakers.yml`` names) have the same last word
and compatible first words: the shorter name is the surname alone, or its first word (or that word's
initial) is one of the longer name's words before the last. A gold speaker of ``null`` is right only
when the system names no actor either.

``--breakdown`` counts the wrong speakers by category (never their sentences): no speaker or a wrong
one; where the gold surname occurs relative to the quote; the gold speaker's kind; the quote's position.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import yamlio
from .actors import Registry
from .errors import Problem, TimelineError
from .extract import extract
from .readers import read_article
from .topics import Topics

KINDS = ("direct", "indirect")
# The scorer's own title list (fixed, so that the scores do not move with the extractor's lexicon).
TITLES = (
    r"(?:Mr|Ms|Mrs|Dr|Prof|Gen|Sen|Rep|Gov)\.?|President|Prime\s+Minister|Foreign\s+Minister|Secretary(?:\s+of\s+State)?"
    r"|Minister|Chancellor|Senator|Ambassador|envoy|special\s+envoy|aide|spokesman|spokeswoman|"
    r"Kremlin\s+aide|Kremlin\s+spokesman|analyst|MP"
)
_TITLE = re.compile(rf"^(?:(?:{TITLES})\s+)+", re.IGNORECASE)
# Generational suffixes are not part of a surname ("William Clay Ford Jr." is a Ford), and a company's legal
# form is not part of its name ("General Motors Corporation" is General Motors, "Apple Inc." is Apple).
_SUFFIXES = ("jr", "sr", "corporation", "corp", "inc", "incorporated", "co", "llc", "ltd", "limited", "plc", "ag")


@dataclass(frozen=True)
class GoldStatement:
    """One annotated statement: its kind, its content spans, its speaker (None when unidentifiable)."""

    kind: str
    spans: tuple[tuple[int, int], ...]
    speaker: str | None
    text: str


@dataclass(frozen=True)
class SystemStatement:
    """What the extractor found: ``name`` is its actor's registry name, None when it names no actor."""

    kind: str
    start: int
    end: int
    name: str | None
    speaker_text: str | None
    text: str


@dataclass
class Tally:
    """Counts for one kind of statement (or all of them)."""

    gold: int = 0
    system: int = 0
    matched_gold: int = 0
    matched_system: int = 0
    speaker_right: int = 0

    def summary(self) -> dict[str, float | int]:
        """Counts and percentages (precision, recall, F1, speaker accuracy over matched gold)."""
        p = self.matched_system / self.system if self.system else 0.0
        r = self.matched_gold / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        accuracy = self.speaker_right / self.matched_gold if self.matched_gold else 0.0
        return {
            "gold": self.gold,
            "system": self.system,
            "matched_gold": self.matched_gold,
            "matched_system": self.matched_system,
            "precision": round(100 * p, 1),
            "recall": round(100 * r, 1),
            "f1": round(100 * f1, 1),
            "speaker_right": self.speaker_right,
            "speaker_accuracy": round(100 * accuracy, 1),
        }


@dataclass
class QuoteScores:
    """Tallies by kind and overall, with the list of errors when asked for."""

    documents: int = 0
    tallies: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in (*KINDS, "all")})
    fragments: int = 0
    kind_agree: int = 0
    errors: list[str] = field(default_factory=list)
    # Speaker errors counted by category ("axis: value"), filled when the article's text is given.
    breakdown: Counter[str] = field(default_factory=Counter)
    known: tuple[str, ...] = ()  # the registry's actor names, for the "known actor" category

    def summary(self) -> dict[str, Any]:
        """The JSON printed by ``timeline eval quotes``."""
        matched = self.tallies["all"].matched_gold
        return {
            "documents": self.documents,
            **{kind: tally.summary() for kind, tally in self.tallies.items()},
            "fragments": self.fragments,
            "kind_agreement": round(100 * self.kind_agree / matched, 1) if matched else 0.0,
        }


def _problem(path: Path, message: str) -> TimelineError:
    return TimelineError(Problem(str(path), None, message))


def _load_yaml(path: Path) -> Any:
    try:
        return yamlio.load(path.read_text(encoding="utf-8"))
    except (yamlio.YamlProblem, UnicodeDecodeError) as exc:
        raise TimelineError(Problem(str(path), getattr(exc, "line", None), str(exc))) from None


def read_gold(path: Path, body: str) -> list[GoldStatement]:
    """The statements of one gold file, each span checked against the article ``body``."""
    data = _load_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("statements"), list):
        raise _problem(path, "must be a mapping with a 'statements' list")
    found: list[GoldStatement] = []
    for n, item in enumerate(data["statements"], 1):
        where = f"statement {n}"
        if not isinstance(item, dict) or item.get("kind") not in KINDS:
            raise _problem(path, f"{where}: 'kind' must be direct or indirect")
        content = item.get("content")
        if not isinstance(content, list) or not content:
            raise _problem(path, f"{where}: 'content' must be a list of spans")
        spans: list[tuple[int, int]] = []
        for span in content:
            start, end = (span.get("start"), span.get("end")) if isinstance(span, dict) else (None, None)
            if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(body):
                raise _problem(path, f"{where}: a span needs start < end within the article")
            if body[start:end] != span.get("text"):
                raise _problem(path, f"{where}: span {start}-{end} is {body[start:end]!r}, not its 'text'")
            spans.append((start, end))
        speaker = item.get("speaker")
        if speaker is not None and not isinstance(speaker, str):
            raise _problem(path, f"{where}: 'speaker' must be a name or null")
        found.append(GoldStatement(item["kind"], tuple(spans), speaker, " || ".join(body[s:e] for s, e in spans)))
    return found


def read_aliases(path: Path) -> dict[str, list[str]]:
    """Other names of gold speakers (``speakers.yml``); none when the file is absent."""
    if not path.exists():
        return {}
    data = _load_yaml(path) or {}
    if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
        raise _problem(path, "must map each speaker to a list of other names")
    return {str(k): [str(x) for x in v] for k, v in data.items()}


def _length(gold: GoldStatement) -> int:
    return sum(e - s for s, e in gold.spans)


def _overlap(gold: GoldStatement, start: int, end: int) -> int:
    return sum(max(0, min(e, end) - max(s, start)) for s, e in gold.spans)


def align(gold: list[GoldStatement], system: list[SystemStatement]) -> tuple[dict[int, int], set[int]]:
    """Matched pairs (gold index -> system index) and the system statements that are fragments."""
    pairs = []
    for g, gs in enumerate(gold):
        for s, ss in enumerate(system):
            shared = _overlap(gs, ss.start, ss.end)
            if shared and 2 * shared >= min(_length(gs), ss.end - ss.start):
                pairs.append((-shared, g, s))
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, g, s in sorted(pairs):
        if g not in matched and s not in used:
            matched[g] = s
            used.add(s)
    fragments = {
        s
        for s, ss in enumerate(system)
        if s not in used and any(2 * _overlap(gold[g], ss.start, ss.end) >= ss.end - ss.start for g in matched)
    }
    return matched, fragments


def _tokens(name: str) -> list[str]:
    name = _TITLE.sub("", re.sub(r"^the\s+", "", name.replace("’", "'").strip(), flags=re.IGNORECASE))
    name = re.sub(r"'s\b", "", name)  # a possessive is the name itself ("GM's" -> GM)
    words = re.sub(r"[^\w&]+", " ", name.lower()).split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return words


def same_name(a: str, b: str) -> bool:
    """Whether two names denote the same speaker by the module's rule (surname and first name)."""
    x, y = _tokens(a), _tokens(b)
    if not x or not y or x[-1] != y[-1]:
        return False
    short, long = sorted((x, y), key=len)
    if len(short) == 1:
        return True
    # The shorter name's first word, or its initial, among the longer's given names: role words
    # before a name ("Alabama Governor Bob Riley") do not make it someone else.
    first = short[0]
    return any(w == first or (w[0] == first[0] and 1 in (len(w), len(first))) for w in long[:-1])


def speaker_right(system: SystemStatement, gold: GoldStatement, aliases: dict[str, list[str]]) -> bool:
    """Whether the system's speaker is the gold one (see the module's rule)."""
    if gold.speaker is None:
        return system.name is None
    said = system.name or system.speaker_text
    return bool(said) and any(same_name(said, g) for g in (gold.speaker, *aliases.get(gold.speaker, [])))


_PRONOUNS = re.compile(r"\b(?:he|she|they|we|it)\b", re.IGNORECASE)
_ORGANISATION = re.compile(
    r"\b(?:agency|association|bank|board|commission|committee|company|council|court|department|government|"
    r"group|institute|ministry|office|organi[sz]ation|party|police|union|university|news|times|post|reuters|"
    r"kremlin|white house|pentagon|un|nato|eu)\b|^[A-Z]{2,}$",
    re.IGNORECASE,
)


def _sentence_start(body: str, start: int, floor: int) -> int:
    """Where the sentence holding ``start`` begins (a rough split, enough for counting)."""
    stops = [m.end() for m in re.finditer(r"[.!?][\"”’)]*\s+(?=[\"“A-Z])", body[floor:start])]
    return floor + stops[-1] if stops else floor


def _where_named(body: str, gold: GoldStatement, names: list[str]) -> str:
    """Where the gold speaker's surname occurs relative to the quote's start."""
    start, end = gold.spans[0][0], gold.spans[-1][1]
    paragraph = body.rfind("\n\n", 0, start) + 1 if "\n\n" in body[:start] else 0
    paragraph_end = body.find("\n\n", end)
    paragraph_end = len(body) if paragraph_end < 0 else paragraph_end
    sentence = _sentence_start(body, start, paragraph)
    after = re.search(r"[.!?][\"”’)]*(?:\s|$)", body[end:paragraph_end])
    sentence_end = end + after.end() if after else paragraph_end
    surnames = {_tokens(n)[-1] for n in names if _tokens(n)}
    hits = [m.start() for w in surnames for m in re.finditer(rf"\b{re.escape(w)}\b", body, re.IGNORECASE)]
    outside = [h for h in hits if not any(s <= h < e for s, e in gold.spans)]
    if any(sentence <= h < sentence_end for h in outside):
        return "same sentence"
    if any(paragraph <= h < sentence for h in outside):
        return "earlier sentence, same paragraph"
    if any(h < paragraph for h in outside):
        return "earlier paragraph"
    if outside:
        return "only later"
    context = body[sentence:start] + body[end:sentence_end]
    return "only as a pronoun" if _PRONOUNS.search(context) else "nowhere (a description)"


def error_categories(
    system: SystemStatement, gold: GoldStatement, body: str, aliases: dict[str, list[str]], known: tuple[str, ...]
) -> list[str]:
    """The categories of one wrong speaker, one per axis ("axis: value"), for ``--breakdown``."""
    said = system.name or system.speaker_text
    out = [f"kind: {gold.kind}", f"system: {'none' if not said else 'wrong'}"]
    if gold.speaker is None:
        return [*out, "gold: null"]
    names = [gold.speaker, *aliases.get(gold.speaker, [])]
    where = _where_named(body, gold, names)
    out += [f"gold named: {where}", f"gold named, system: {where}, {out[1][8:]}"]
    if any(same_name(k, n) for k in known for n in names):
        kind = "known actor"
    elif _ORGANISATION.search(gold.speaker) or len(_tokens(gold.speaker)) == 1:
        kind = "organisation (or one word)"
    else:
        kind = "person"
    out.append(f"gold speaker: {kind}")
    start = gold.spans[0][0]
    line_start = body.rfind("\n", 0, start) + 1
    if len(gold.spans) > 1:
        position = "split quote"
    elif not body[line_start:start].strip(" \"“‘'"):
        position = "paragraph-opening"
    else:
        position = "mid-paragraph"
    return [*out, f"quote position: {position}"]


def _shown(text: str) -> str:
    return repr(text if len(text) <= 80 else text[:77] + "...")


def score_article(
    name: str,
    gold: list[GoldStatement],
    system: list[SystemStatement],
    aliases: dict[str, list[str]],
    scores: QuoteScores,
    body: str | None = None,
) -> None:
    """Add one article's matches, misses, false positives and speakers to ``scores``.

    With the article's ``body``, each wrong speaker is also counted by category (``breakdown``).
    """
    matched, fragments = align(gold, system)
    scores.documents += 1
    scores.fragments += len(fragments)
    for kind in (*KINDS, "all"):
        tally = scores.tallies[kind]
        tally.gold += sum(1 for g in gold if kind in ("all", g.kind))
        tally.system += sum(1 for s in system if kind in ("all", s.kind))
        tally.matched_system += sum(
            1 for i, s in enumerate(system) if kind in ("all", s.kind) and (i in fragments or i in matched.values())
        )
    for g, gs in enumerate(gold):
        if g not in matched:
            scores.errors.append(f"{name}: missed {gs.kind} {_shown(gs.text)} (speaker {gs.speaker})")
            continue
        ss = system[matched[g]]
        right = speaker_right(ss, gs, aliases)
        scores.kind_agree += ss.kind == gs.kind
        for kind in (gs.kind, "all"):
            scores.tallies[kind].matched_gold += 1
            scores.tallies[kind].speaker_right += right
        if not right and body is not None:
            scores.breakdown.update(error_categories(ss, gs, body, aliases, scores.known))
        if not right:
            scores.errors.append(
                f"{name}: wrong speaker for {_shown(gs.text)}: gold {gs.speaker}, "
                f"got {ss.name} (speaker_text {ss.speaker_text!r})"
            )
    for s, ss in enumerate(system):
        if s not in fragments and s not in matched.values():
            scores.errors.append(f"{name}: false positive {ss.kind} {_shown(ss.text)} (speaker {ss.name})")


def system_statements(path: Path, registry: Registry, topics: Topics) -> tuple[str, list[SystemStatement]]:
    """Run the extractor on one article: its body text and its statements with speaker names."""
    extraction, new_actors = extract(read_article(path), registry, topics)
    found = []
    for st in extraction.statements:
        actor = registry.actors.get(st.speaker) if st.speaker else None
        name = actor.name if actor else new_actors.get(st.speaker) if st.speaker else None
        found.append(SystemStatement(st.kind, st.start, st.end, name, st.speaker_text, st.quote))
    return extraction.article.text, found


def evaluate_quotes(folder: str | Path, registry: Registry, topics: Topics) -> QuoteScores:
    """Score the extractor on every ``articles/*.md`` of ``folder`` against ``gold/*.yml``."""
    folder = Path(folder)
    articles = sorted((folder / "articles").glob("*.md"))
    if not articles:
        raise _problem(folder / "articles", "no .md articles here")
    golds = {p.stem for p in (folder / "gold").glob("*.yml")}
    unpaired = sorted(golds - {a.stem for a in articles})
    if unpaired:
        raise _problem(folder / "gold" / f"{unpaired[0]}.yml", "has no article in articles/")
    aliases = read_aliases(folder / "speakers.yml")
    scores = QuoteScores(known=tuple(a.name for a in registry.actors.values()))
    for path in articles:
        gold_path = folder / "gold" / f"{path.stem}.yml"
        if path.stem not in golds:
            raise _problem(path, f"has no gold annotation {gold_path}")
        body, system = system_statements(path, registry, topics)
        score_article(path.name, read_gold(gold_path, body), system, aliases, scores, body)
    return scores
