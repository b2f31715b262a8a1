"""The layers: the site half (generator/site/ and the MkDocs plugin) reads pages through the content model
and never reaches, directly or through what it imports, the date engine or an extraction module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "generator"
# The date engine, the extraction steps, ingest and the article readers.
FORBIDDEN = {
    "timex",
    "sentences",
    "events",
    "statements",
    "quotes",
    "frames",
    "reported",
    "speakers",
    "resolve",
    "merge",
    "blocking",
    "extract",
    "ingest",
    "articles",
    "cluster",
    "cache",
}
SITE_HALF = sorted(PACKAGE.glob("site/**/*.py")) + [PACKAGE / "mkdocs_plugin.py"]


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _file_of(module: str) -> Path | None:
    """The file of a ``generator.*`` module in this tree, or None when there is none."""
    base = PACKAGE.parent.joinpath(*module.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def imports_of(path: Path) -> set[str]:
    """Every ``generator.*`` module a file imports, anywhere in it (in functions too), as absolute names."""
    here = _module_name(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "generator"}
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *(node.module.split(".") if node.module else [])])
            if module.split(".")[0] != "generator":
                continue
            found.add(module)
            # "from .content import dates": a submodule, when there is a file of that name.
            found |= {f"{module}.{a.name}" for a in node.names if _file_of(f"{module}.{a.name}")}
    return found


def reached_from(path: Path) -> set[str]:
    """Every ``generator.*`` module ``path`` imports, and what those import, and so on."""
    seen: set[str] = set()
    todo = list(imports_of(path))
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        file = _file_of(module)
        assert file is not None, f"{path.name} reaches {module}, which has no file in generator/"
        todo += imports_of(file)
        parts = module.split(".")
        todo += [".".join(parts[:n]) for n in range(2, len(parts))]  # importing a.b.c runs a.b's __init__
    return seen


@pytest.mark.parametrize("path", SITE_HALF, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_site_half_never_reaches_the_date_engine_or_extraction(path):
    reached = reached_from(path)
    bad = sorted(m for m in reached if m.split(".")[1:2] and m.split(".")[1] in FORBIDDEN)
    assert bad == [], f"{path.relative_to(PACKAGE)} reaches {bad}"


def test_the_site_reads_pages_through_the_content_model():
    assert "generator.content" in reached_from(PACKAGE / "site" / "collect.py")
    assert "generator.content.kinds" in imports_of(PACKAGE / "site" / "render.py")
    assert "generator.content.dates" in imports_of(PACKAGE / "site" / "frame.py")


def test_the_check_sees_imports_inside_functions_and_through_chains():
    # cli imports ingest only inside a function; extract imports the date engine; ingest reaches it via extract.
    assert "generator.ingest" in imports_of(PACKAGE / "cli.py")
    assert "generator.timex" in imports_of(PACKAGE / "extract.py")
    assert "generator.timex" not in imports_of(PACKAGE / "ingest.py")
    assert "generator.timex" in reached_from(PACKAGE / "ingest.py")
    # "from .content import dates" names the submodule, "from ..errors import Problem" only the module.
    assert {"generator.content", "generator.content.dates"} <= imports_of(PACKAGE / "site" / "render.py")
    assert "generator.errors.Problem" not in imports_of(PACKAGE / "site" / "collect.py")
