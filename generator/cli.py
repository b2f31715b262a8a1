"""The ``timeline`` command: a thin layer that turns problems into one-line messages.

timeline add FILE.html|URL    add an article from a saved web page or a URL to seeds/
timeline ingest [PATH...]     extract articles and write their pages into content/
timeline build                ingest seeds/, then build the site into site/ (strict)
timeline serve                live preview of the site
timeline check                validate every page of content/
timeline schema               write JSON Schemas of the front matter into schemas/
timeline extract FILE... [--published DATE] --json
timeline eval timeml DIR      score the date engine on TimeML files
timeline eval quotes DIR      score who-said-what on an annotated set (eval/quotes)
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
from pathlib import Path

from .articles import MAX_ARTICLE_BYTES, megabytes
from .errors import Problem, TimelineError


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="timeline", description="News articles in, a searchable timeline site out.")
    p.add_argument("--content", default="content", help="the content folder (MkDocs docs_dir); default: content")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    s = sub.add_parser("add", help="add an article from a saved web page or a URL to seeds/")
    s.add_argument("source", help="a saved .html file or an http(s) URL")
    s.add_argument("--to", default="seeds", help="the articles folder (default: seeds/)")
    s.add_argument("--published", help="publication date YYYY-MM-DD, when the page states none")

    s = sub.add_parser(
        "ingest",
        help="extract articles and write their pages into content/",
        description="Extract articles and write their pages into content/. An article file may be up to "
        f"{megabytes(MAX_ARTICLE_BYTES)}; a larger one is refused and the others are still ingested.",
    )
    s.add_argument("paths", nargs="*", default=["seeds"], help="article files or folders (default: seeds/)")
    s.add_argument(
        "--prune", action="store_true", help="remove generated, unedited pages these articles no longer yield"
    )
    s.add_argument("--jobs", type=int, help="extraction processes (default: one per core)")
    s.add_argument(
        "--scheduler",
        default=os.environ.get("TIMELINE_SCHEDULER") or None,
        help="extract on the Dask cluster of this scheduler, tcp://HOST:PORT (default: $TIMELINE_SCHEDULER, "
        "else local processes)",
    )

    s = sub.add_parser("build", help="ingest seeds/, then build the site into site/ with MkDocs (strict)")
    s.add_argument("--config", default="mkdocs.yml", help="the MkDocs configuration (default: mkdocs.yml)")
    s.add_argument("--no-ingest", action="store_true", help="build from content/ as it is")

    s = sub.add_parser("serve", help="live preview of the site")
    s.add_argument("--config", default="mkdocs.yml")
    s.add_argument("--dev-addr", default="127.0.0.1:8000")

    sub.add_parser("check", help="validate every page of content/ and the references between pages")

    s = sub.add_parser("schema", help="write a JSON Schema of each page kind's front matter (for editors)")
    s.add_argument("--out", default="schemas", help="the folder to write them to (default: schemas/)")

    s = sub.add_parser("extract", help="print what is found in article files")
    s.add_argument("files", nargs="+")
    s.add_argument("--published", help="publication date YYYY-MM-DD (overrides the file's metadata)")
    s.add_argument("--json", action="store_true", help="one JSON object per file and line")

    s = sub.add_parser("eval", help="evaluate the extractor")
    s.add_argument("what", choices=["timeml", "quotes"])
    s.add_argument("dir", help="a folder of TimeML .tml files, or a quotes set (articles/, gold/)")
    s.add_argument("--types", help="only these TIMEX3 types, comma-separated (e.g. DATE)")
    s.add_argument("--errors", action="store_true", help="also list every miss (quotes: and false positive)")
    s.add_argument("--breakdown", action="store_true", help="quotes: also count wrong speakers by category")
    s.add_argument(
        "--bootstrap",
        action="store_true",
        help="timeml: also a 95%% confidence interval of each figure (documents resampled)",
    )
    return p


def _cmd_extract(args, content: Path) -> int:
    from .actors import Registry
    from .articles import parse_published
    from .content import load_registry
    from .extract import extract, to_json
    from .readers import read_article
    from .topics import Topics

    published = parse_published(args.published, "--published") if args.published else None
    actors, topics = load_registry(content) if content.is_dir() else ([], [])
    registry, tagger = Registry(actors), Topics(topics)
    problems: list[Problem] = []
    within = _article_progress("extract")
    for f in args.files:
        try:
            article = read_article(f, published)
            x, _ = extract(article, registry, tagger, within(article))
        except TimelineError as exc:
            problems.extend(exc.problems)
            continue
        if args.json:
            print(json.dumps(to_json(x), ensure_ascii=False))
        else:
            print(f"# {f}")
            for t in x.timexes:
                print(f"timex  {t.text!r} {t.type} {t.value}")
            for e in x.events:
                print(f"event  {e.date} {e.title}")
            for s in x.statements:
                print(f"said   {s.speaker or '?'}: {s.quote[:100]!r}")
    if problems:
        raise TimelineError(problems)
    return 0


def _cmd_schema(out: Path) -> int:
    from .content import write_atomic
    from .content.schema import KINDS, json_schema

    for kind in sorted(KINDS):
        write_atomic(out / f"{kind}.schema.json", json.dumps(json_schema(kind), indent=2, ensure_ascii=False) + "\n")
    print(f"schema: wrote {len(KINDS)} schemas to {out}/")
    return 0


def _cmd_add(args) -> int:
    from .articles import parse_published
    from .readers import add_article

    published = parse_published(args.published, "--published") if args.published else None
    path = add_article(args.source, Path(args.to), published)
    print(f"add: wrote {path}; check its front matter, then run 'timeline ingest'")
    return 0


def _progress(total: int):
    """A progress bar on a terminal; in CI and logs, a plain line every tenth of the way."""
    if total < 20:
        return lambda: None
    if sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(total=total, desc="extracting", unit="article", leave=False)
        return lambda: bar.update(1)
    done = [0]
    step = max(1, total // 10)

    def tick() -> None:
        done[0] += 1
        if done[0] % step == 0 or done[0] == total:
            print(f"ingest: extracted {done[0]}/{total}", file=sys.stderr, flush=True)

    return tick


def _article_progress(command: str):
    """Progress within one long article: a bar of its steps on a terminal, else a plain line every tenth."""

    def start(article):
        from .extract import LONG_ARTICLE, STEPS

        if len(article.text) < LONG_ARTICLE:
            return None
        size = f"{len(article.text.encode()) / (1024 * 1024):.1f} MB"
        if sys.stderr.isatty():
            from tqdm import tqdm

            bar = tqdm(total=STEPS, desc=f"{Path(article.path).name} ({size})", unit="step", leave=False)

            def show(done: int, total: int, stage: str) -> None:
                bar.set_postfix_str(stage, refresh=False)
                bar.update(1)
                if done == total:
                    bar.close()

            return show
        shown = [0]

        def line(done: int, total: int, stage: str) -> None:
            if done * 10 // total > shown[0]:
                shown[0] = done * 10 // total
                where = f"{command}: {article.path} ({size})"
                print(f"{where}: {done * 100 // total}% ({stage})", file=sys.stderr, flush=True)

        return line

    return start


def _write_merge_stats() -> None:
    """For the benchmarks: how many comparisons merging made, into the file $TIMELINE_MERGE_STATS names."""
    if path := os.environ.get("TIMELINE_MERGE_STATS"):
        from .merge import STATS

        Path(path).write_text(json.dumps(STATS), encoding="utf-8")


def _cmd_ingest(
    paths: list[str], content: Path, prune: bool = False, jobs: int | None = None, scheduler: str | None = None
) -> int:
    from .ingest import ingest

    report = ingest(
        [Path(p) for p in paths],
        content,
        prune=prune,
        jobs=jobs,
        progress=_progress,
        article_progress=_article_progress("ingest"),
        scheduler=scheduler,
    )
    _write_merge_stats()
    print(f"ingest: {report.summary()}")
    for name in report.kept:
        print(f"  kept (edited by hand): {name}")
    if report.problems:
        raise TimelineError(report.problems)
    return 0


class _MkDocsWarnings(logging.Handler):
    """Keeps the warnings MkDocs logs, to print them when the strict build fails on them."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        # A setting of ours whose problems name the file (``mkdocs.yml: timeline markers[1]: ...``), under
        # MkDocs' "Config value ...: Plugin ... option ...:" prefix: a line of its own for each problem.
        mine = _OUR_SETTING.match(message)
        if mine:
            self.messages.extend(mine["problems"].splitlines())
            return
        self.messages.append(f"{record.levelname.lower()}: {message}")


_OUR_SETTING = re.compile(
    r"^Config value '[^']+': Plugin 'timeline' option '[^']+': (?P<problems>\S+\.ya?ml: .*)$", re.S
)


def _show_serve_log() -> None:
    """MkDocs tells what serve does (its address, each change seen and rebuild) only through logging,
    which shows nothing unless configured: show those lines, as `mkdocs serve` does."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("mkdocs")
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def _run_mkdocs(args, command: str) -> int:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands import build as mk_build
    from mkdocs.commands import serve as mk_serve
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    warnings = _MkDocsWarnings()
    logging.getLogger("mkdocs").addHandler(warnings)
    try:
        if command == "build":
            config = load_config(args.config, strict=True)
            mk_build.build(config)
        else:
            _show_serve_log()
            # MkDocs watches docs_dir (content/) and the config, and rebuilds on every change.
            mk_serve.serve(args.config, dev_addr=args.dev_addr, livereload=True)
    except MkDocsException as exc:
        # A strict build that fails on warnings says only how many: show the warnings themselves first.
        for message in warnings.messages:
            print(f"timeline: {message}", file=sys.stderr)
        lines = [line for line in str(exc).strip().splitlines() if line.strip()]
        if len(lines) > 1 and lines[0].endswith(":"):
            lines = lines[1:]  # the plugin's own "path:line: message" lines
        print("\n".join(f"timeline: {line}" for line in lines), file=sys.stderr)
        return 1
    return 0


def _validate(content: Path) -> int:
    from . import parsed
    from .content import load_content
    from .suppress import load_suppressed
    from .verify import verify

    memo = parsed.load(content.parent) if content.is_dir() else None  # the front matters of the last check
    pages, problems = load_content(content, memo)
    if memo is not None:
        memo.save()
    problems = [*problems, *verify(content, pages)] if content.is_dir() else problems
    try:
        load_suppressed(content)
    except TimelineError as exc:
        problems = [*problems, *exc.problems]
    if problems:
        raise TimelineError(problems)
    return sum(len(v) for v in pages.values())


def _cmd_check(content: Path) -> int:
    n = _validate(content)
    print(f"check: {n} pages in {content}, no problems")
    return 0


def _cmd_eval(args, content: Path) -> int:
    from .evaluate import Scores, bootstrap, evaluate_documents

    interval = None
    if args.breakdown and args.what != "quotes":
        raise TimelineError(Problem("--breakdown", None, "only 'eval quotes' takes --breakdown"))
    if args.what == "quotes":
        if args.bootstrap:
            raise TimelineError(Problem("--bootstrap", None, "only 'eval timeml' takes --bootstrap"))
        scores = _eval_quotes(args, content)
    else:
        documents = evaluate_documents(args.dir, set(args.types.split(",")) if args.types else None)
        scores = Scores()
        for document in documents:
            scores.add(document)
        interval = bootstrap(documents) if args.bootstrap else None
    if args.errors and scores.errors:  # no empty line when there is nothing to list
        print("\n".join(scores.errors))
    if args.breakdown:  # counts only: the categories of wrong speakers, never their sentences
        print(json.dumps({"speaker_errors": dict(sorted(scores.breakdown.items()))}))
    summary = scores.summary()
    print(json.dumps({**summary, "ci95": interval} if interval else summary))
    return 0


def _eval_quotes(args, content: Path):
    from .actors import Registry
    from .content import load_registry
    from .eval_quotes import evaluate_quotes
    from .topics import Topics

    if args.types:
        raise TimelineError(Problem("--types", None, "only 'eval timeml' takes --types"))
    actors, topics = load_registry(content) if content.is_dir() else ([], [])  # the registry extract uses
    return evaluate_quotes(args.dir, Registry(actors), Topics(topics))


def main(argv: list[str] | None = None) -> int:
    """Entry point: exit 0 on success, 1 with one line per problem on a user's mistake."""
    args = _parser().parse_args(argv)
    content = Path(args.content)
    try:
        if args.command == "extract":
            return _cmd_extract(args, content)
        if args.command == "add":
            return _cmd_add(args)
        if args.command == "ingest":
            return _cmd_ingest(args.paths, content, args.prune, args.jobs, args.scheduler)
        if args.command == "build":
            if not args.no_ingest:
                _cmd_ingest(["seeds"], content)
            _validate(content)  # the plugin runs the same check; here its problems read as path:line lines
            return _run_mkdocs(args, "build")
        if args.command == "serve":
            return _run_mkdocs(args, "serve")
        if args.command == "check":
            return _cmd_check(content)
        if args.command == "eval":
            return _cmd_eval(args, content)
        if args.command == "schema":
            return _cmd_schema(Path(args.out))
    except TimelineError as exc:
        for problem in exc.problems:
            print(f"timeline: {problem}" if not str(problem).startswith("timeline") else str(problem), file=sys.stderr)
        return 1
    except OSError as exc:
        # The file system refused (a folder the process cannot write, a disk full, a name it will not take):
        # not a bug of ours, and the message names the file.
        where = exc.filename if exc.filename is not None else "timeline"
        print(f"timeline: {where}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("timeline: interrupted", file=sys.stderr)
        return 130
    return 2


if __name__ == "__main__":
    sys.exit(main())
