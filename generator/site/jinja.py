"""Our page templates, loaded through the theme's Jinja environment.

A template is asked for as ``timeline/<name>``: the theme's folders come first (a project's
``theme.custom_dir`` among them), so ``overrides/timeline/actor.md.j2`` replaces ours; our own folder
is the fallback. Outside a build (tests, scripts) only our folder is used.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PrefixLoader, StrictUndefined, select_autoescape

FOLDER = Path(__file__).parent / "templates"
PREFIX = "timeline"  # the folder of a theme (or custom_dir) whose templates replace ours


def environment(theme=None) -> Environment:
    """An environment for our templates: the theme's (its loader first, then ours) or, without a theme,
    a plain one. Autoescaping everywhere: every piece of text came from an article or a contributor."""
    fallback = PrefixLoader({PREFIX: FileSystemLoader(FOLDER)})
    base = theme.get_env() if theme is not None else Environment()
    loader = ChoiceLoader([base.loader, fallback]) if base.loader is not None else fallback
    return base.overlay(
        loader=loader,
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # One environment per build (``use_theme``): no need to look at every template file on every render.
        auto_reload=False,
    )


_env = environment()


def use_theme(theme) -> None:
    """Load the templates through ``theme``'s environment from now on (called once per build); None: ours only."""
    global _env
    _env = environment(theme)


def render(name: str, **values) -> str:
    """Template ``name`` (e.g. "actor.md.j2") rendered with ``values``."""
    return _env.get_template(f"{PREFIX}/{name}").render(**values)
