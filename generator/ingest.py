"""Articles in, content pages out: extract, merge, and write ``content/``.

Pages a person edited are kept as they are; nothing is ever deleted.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from . import gate, manifest
from .cache import ExtractionCache, code_fingerprint, inputs_fingerprint, registry_fingerprint
from .content import (
    KIND_DIRS,
    WriteReport,
    dates,
    find_stale,
    load_registry,
    parse_page_text,
    removed_articles,
    render,
    write_page,
)
from .errors import Problem, TimelineError
from .model import Actor, Article, Statement
from .readers import article_paths, read_article
from .slugs import slugify
from .speakers import new_actor
from .suppress import load_suppressed

if TYPE_CHECKING:
    from .merge import MergedEvent, MergedStatement


def _unique(ids: list[str]) -> list[str]:
    """Make ids unique by numbering repeats, in order."""
    seen: Counter[str] = Counter()
    out = []
    for i in ids:
        seen[i] += 1
        out.append(i if seen[i] == 1 else f"{i}-{seen[i]}")
    return out


# A page before rendering: its kind, front matter and body (content.render gives its text).
PageSpec = tuple[str, dict, str]


def source_page(article: Article, n_events: int, n_statements: int) -> PageSpec:
    """The source page of one article."""
    meta = {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "published": article.published.isoformat(),
        "language": article.language,
        "file": Path(article.path).as_posix(),
    }
    outlet = article.outlet or "an unknown outlet"
    body = (
        f"Article from {outlet}, published {article.published.day} {article.published.strftime('%B %Y')}. "
        f"The generator found {n_events} dated events and {n_statements} statements in it."
    )
    return "sources", meta, body


def event_page(event_id: str, group: MergedEvent) -> PageSpec:
    """The page of one merged event."""
    first, best = group.first, group.best
    conflict = group.date_conflict
    review = [f"sources disagree on the date: {'; '.join(dates.display(d) for d in conflict)}"] if conflict else []
    review += group.notes
    meta = {
        "id": event_id,
        "title": group.title,
        "date": best.date,
        "precision": best.precision,
        "mod": best.mod,
        "scheduled": first.scheduled,
        "review": "; ".join(review) or None,
        "actors": sorted({a for r in group.reports for a in r.actors}),
        "topics": sorted({t for r in group.reports for t in r.topics}),
        "sources": [
            {"source": r.source, "date_text": r.date_text, "date": r.date, "quote": r.sentence} for r in group.cited
        ],
    }
    return "events", meta, group.title + "."


def statement_page(statement_id: str, group: MergedStatement) -> PageSpec:
    """The page of one merged statement."""
    st = group.first
    meta = {
        "id": statement_id,
        "speaker": st.speaker,
        "speaker_text": st.speaker_text,
        "role": st.role,
        "kind": st.kind,
        "quote": st.quote,
        "date": st.date,
        "date_text": st.date_text,
        "date_is_publication": st.date_is_publication,
        "topics": sorted({t for r in group.reports for t in r.topics}),
        "views_other": st.views_other,
        "sources": [_statement_report(r) for r in group.reports],
    }
    return "statements", meta, ""


def _statement_report(st: Statement) -> dict[str, str]:
    """One article's report of a statement: its words, and the sentences around them where they say more
    (who spoke, to whom, in answer to what)."""
    report = {"source": st.source, "quote": st.quote}
    if st.context and len(st.context) > len(st.quote) + 12:
        report["context"] = st.context
    return report


def actor_page(actor: Actor, mention: tuple[str, str] | None = None) -> PageSpec:
    """The page of an actor first quoted in an ingested article; ``mention`` is (source id, the words that
    named the speaker there), so that an editor can see where the name came from and fix it."""
    meta = {
        "id": actor.id,
        "name": actor.name,
        "kind": actor.kind,
        "side": actor.side,
        "role": actor.role,
        "aliases": actor.aliases,
    }
    return (
        "actors",
        meta,
        (
            f"{actor.name} was first quoted in [{mention[0]}](../sources/{mention[0]}.md) as “{_plain(mention[1])}”; "
            "check the name, kind, side and role, and add aliases."
            if mention
            else f"{actor.name} was first quoted in an ingested article; check the name, kind, side and role, and add "
            "aliases."
        ),
    )


def _origins(group: MergedEvent | MergedStatement, article_of: dict[str, str]) -> list[str]:
    """The article files a merged page comes from."""
    return list(dict.fromkeys(article_of.get(r.source, r.source) for r in group.reports))


class PendingPages:
    """The pages an ingest would write, checked as ``timeline check`` checks them before any is written."""

    def __init__(self, suppressed: frozenset[str] = frozenset()) -> None:
        self.pages: list[tuple[Path, str | PageSpec, list[str]]] = []
        self.suppressed = suppressed  # kind/id.md an editor removed for good (suppressed.yml)
        self.left_out: list[str] = []

    def add(self, path: Path, page: str | PageSpec, origins: list[str]) -> None:
        """A page to write: its text, or what ``render`` makes it from (rendered with the check)."""
        if f"{path.parent.name}/{path.name}" in self.suppressed:
            self.left_out.append(str(path))
        else:
            self.pages.append((path, page, origins))

    def write(self, report: WriteReport, check=None) -> None:
        """Write every page; if any would be refused, write none and raise every such problem.

        An invalid page is the generator's bug, never the article's: it is reported against the
        article(s) it came from, so the article can go into a bug report. ``check(function, items)`` maps
        the rendering and check over the pages (``Extractor.map``: in the pool, when extraction started one).
        """
        check = check or (lambda function, items: [function(i) for i in items])
        checked = check(_rendered, [(path, page) for path, page, _ in self.pages])
        problems = []
        for (path, _, origins), (_, found) in zip(self.pages, checked, strict=True):
            for p in found:
                where = f"line {p.line}: " if p.line else ""
                for origin in origins or [str(path)]:
                    problems.append(
                        Problem(origin, None, f"bug: the page {p.path} would be refused ({where}{p.message})")
                    )
        if problems:
            raise TimelineError(sorted(set(problems)) + report.problems)
        for (path, _, _), (text, _) in zip(self.pages, checked, strict=True):
            write_page(path, text, report)
        report.suppressed.extend(self.left_out)


def _rendered(page: tuple[Path, str | PageSpec]) -> tuple[str, list[Problem]]:
    """One page's text, and what ``timeline check`` would refuse in it."""
    path, spec = page
    text = spec if isinstance(spec, str) else render(*spec)
    return text, parse_page_text(text, path.parent.name, f"{path.parent.name}/{path.name}", path.stem)[2]


def _no_progress(total: int):
    return lambda: None


# write_atomic's temporary files: "." + the page's name + "." + mkstemp's eight characters + ".tmp".
_OWN_TMP = re.compile(r"^\..+\.md\.[a-z0-9_]{8}\.tmp$")


def _prepare(content: Path) -> None:
    """Refuse a content/ that cannot be written before anything is; remove what a killed ingest left."""
    folders = [content, *(content / kind for kind in KIND_DIRS)]
    for folder in folders:
        if folder.exists() and not folder.is_dir():
            raise TimelineError(Problem(str(folder), None, "is a file where the generator writes a folder"))
        if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
            raise TimelineError(Problem(str(folder), None, "cannot be written (read-only or not yours)"))
    for folder in folders:
        if folder.is_dir() and not folder.is_symlink():  # a linked folder is refused by the gate, never entered
            for path in folder.iterdir():
                if _OWN_TMP.match(path.name) and path.is_file() and not path.is_symlink():
                    path.unlink(missing_ok=True)


def _read_all(paths: list[Path], files: list[Path], problems: list[Problem]) -> list[Article]:
    """The articles ``files`` (found under ``paths``); one that cannot be read is a problem, and the others are
    still read."""
    if not files:
        raise TimelineError(Problem(", ".join(str(p) for p in paths), None, "no .txt or .md articles found"))
    articles = []
    for path in files:
        try:
            articles.append(read_article(path))
        except TimelineError as exc:
            problems.extend(exc.problems)
    return articles


def _input_files(code: str, prune: bool, suppressed: str, articles: str | None, content: Path) -> str | None:
    """``manifest.files_fingerprint`` of this ingest's input files (``articles``: their digest), or None when
    they cannot all be read, or content/ holds something the gate refuses (the full ingest says what)."""
    listing = gate.scan(content)
    if articles is None or listing.problems:
        return None
    registry = manifest.files_digest([*listing.pages["actors"], *listing.pages["topics"]])
    return None if registry is None else manifest.files_fingerprint(code, prune, suppressed, articles, registry)


def _one_per_source_id(extractions: list, problems: list[Problem]) -> list:
    """The first extraction of each source id (files are sorted, so which is kept does not vary)."""
    first_with_id: dict[str, str] = {}
    unique = []
    for x in extractions:
        kept = first_with_id.setdefault(x.article.id, x.article.path)
        if kept == x.article.path:
            unique.append(x)
        else:
            problems.append(Problem(x.article.path, None, f"source id '{x.article.id}' is already used by {kept}"))
    return unique


def _pages(content: Path, extractions: list, new_actors: dict[str, str], pending: PendingPages) -> None:
    """Every page these extractions make: sources, merged events and statements, and new actors."""
    from .fold import fold  # here: an unchanged re-ingest imports no merging code
    from .merge import merge_events, merge_statements

    article_of = {x.article.id: x.article.path for x in extractions}
    for x in extractions:
        pending.add(
            content / "sources" / f"{x.article.id}.md",
            source_page(x.article, len(x.events), len(x.statements)),
            [x.article.path],
        )
    events = fold(merge_events([e for x in extractions for e in x.events]))
    event_ids = _unique([f"{slugify(g.first.date.replace('/', ' to '))}-{slugify(g.title, 6)}" for g in events])
    for event_id, group in zip(event_ids, events, strict=True):
        pending.add(content / "events" / f"{event_id}.md", event_page(event_id, group), _origins(group, article_of))
    statements = merge_statements([s for x in extractions for s in x.statements])
    statement_ids = _unique(
        [
            "-".join(
                (
                    g.first.speaker or "unattributed",
                    slugify(g.first.date.replace("/", " to ")),
                    slugify(g.first.quote, 5),
                )
            )
            for g in statements
        ]
    )
    for statement_id, group in zip(statement_ids, statements, strict=True):
        pending.add(
            content / "statements" / f"{statement_id}.md",
            statement_page(statement_id, group),
            _origins(group, article_of),
        )
    first: dict[str, tuple[str, str]] = {}  # actor -> (source, the words naming it), in reading order
    for x in extractions:
        for st in x.statements:
            if st.speaker and st.speaker_text:
                first.setdefault(st.speaker, (x.article.id, st.speaker_text))
    for actor_id, name in sorted(new_actors.items()):
        page = actor_page(new_actor(actor_id, name), first.get(actor_id))
        pending.add(content / "actors" / f"{actor_id}.md", page, [])


def _plain(words: str) -> str:
    """An article's words as Markdown text that is only text: its markup characters escaped, on one line."""
    return re.sub(r"([\\`*_{}\[\]<>#|~])", r"\\\1", " ".join(words.split()))


def _retire_stale(content: Path, extractions: list, suppressed, prune: bool, report: WriteReport) -> None:
    """Report (or with ``prune`` remove) generated pages nothing yields now: of deleted articles, suppressed,
    or no longer extracted from articles this ingest read."""
    written = {*report.added, *report.updated, *report.unchanged, *report.kept}
    gone = removed_articles(content / "sources", written, (Path.cwd(), content.parent))
    ingested = {x.article.id for x in extractions} | set(gone)
    stale = [
        p
        for folder in ("events", "statements")
        for p in find_stale(content / folder, written, ingested, suppressed.pages)
    ]
    for path in [*stale, *gone.values()]:
        if prune:
            path.unlink()
            report.removed.append(str(path))
        else:
            report.stale.append(str(path))


def ingest(
    paths: list[Path],
    content: Path,
    *,
    prune: bool = False,
    jobs: int | None = None,
    progress=_no_progress,
    article_progress=None,
    scheduler: str | None = None,
) -> WriteReport:
    """Extract every article under ``paths`` and write its pages.

    An article that cannot be read is left out and its problem goes into the report; the others
    are still ingested. Pages a person edited are never touched. Generated, untouched pages that
    these articles no longer yield are reported as stale, and removed only with ``prune``.
    Extractions are cached (keyed by article, registries and code) in the user's cache folder; an ingest
    whose input files and pages all hold the bytes the last one left only checks that (``generator.manifest``)
    and returns.
    ``progress(total)`` returns a function called once per extracted article; ``article_progress(article)``
    may return an ``extract.Progress`` for the steps within one article (articles extracted in this process).
    With ``scheduler`` (a Dask scheduler's address) extraction runs on that cluster; merging and writing stay
    here.
    """
    root = content.parent
    suppressed = load_suppressed(content)
    _prepare(content)  # before the gate reads content/: what a killed ingest left is ours to remove
    files, code = article_paths(paths), code_fingerprint()
    # Hashed before they are read: bytes that change meanwhile never pass for what was read.
    article_bytes = manifest.article_files_digest(files)
    input_files = _input_files(code, prune, suppressed.digest, article_bytes, content)
    if input_files is not None and (last := manifest.unchanged_files(root, content, input_files)) is not None:
        return WriteReport(unchanged=last[0], kept=last[1])
    from .actors import Registry  # here, as extraction's below: an unchanged re-ingest needs neither
    from .topics import Topics

    actors, topic_list = load_registry(content)
    registry, topics = Registry(actors), Topics(topic_list)
    problems: list[Problem] = []
    articles = _read_all(paths, files, problems)
    cache = ExtractionCache(root, code)
    inputs = inputs_fingerprint(code, registry_fingerprint(actors, topic_list), articles, prune)
    inputs += suppressed.digest
    if not problems and (last := manifest.unchanged_inputs(root, content, inputs)) is not None:
        # Other bytes, the same articles and registries: the next re-ingest checks only these bytes.
        manifest.save_manifest(root, content, inputs, input_files, *last)
        return WriteReport(unchanged=last[0], kept=last[1])
    jobs = jobs or os.cpu_count() or 1
    # Imported here: an unchanged re-ingest needs no extraction, and the rules take a while to compile.
    from .fixpoint import Extractor, extract_to_fixed_point

    with Extractor(topics, cache, jobs, progress, article_progress, scheduler) as extractor:
        extractions, new_actors = extract_to_fixed_point(articles, registry, extractor.run)
        extractions = _one_per_source_id(extractions, problems)
        extractions.sort(key=lambda x: (x.article.published, x.article.id))
        report = WriteReport(problems=sorted(problems))
        pending = PendingPages(suppressed.pages)
        _pages(content, extractions, {i: n for i, n in new_actors.items() if i not in registry.actors}, pending)
        pending.write(report, extractor.map)
    _retire_stale(content, extractions, suppressed, prune, report)
    if not report.problems:
        # What the next ingest would start from: these articles, and the registries as now written.
        input_files = _input_files(code, prune, suppressed.digest, article_bytes, content)
        if manifest.article_files_digest(files) != article_bytes:
            input_files = None  # an article changed while this ran: the next ingest reads them all
        actors_now, topics_now = load_registry(content)
        inputs = inputs_fingerprint(code, registry_fingerprint(actors_now, topics_now), articles, prune)
        inputs += suppressed.digest
        written = [*report.added, *report.updated, *report.unchanged]
        manifest.save_manifest(root, content, inputs, input_files, written, report.kept)
    return report
