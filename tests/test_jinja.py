"""Our templates through the theme's Jinja environment: a project's custom_dir overrides any of them."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import load_config
from test_cli import timeline

from generator.site import jinja


def _with_custom_dir(project: Path) -> Path:
    """The project's mkdocs.yml, now with ``theme.custom_dir: overrides``."""
    config_file = project / "mkdocs.yml"
    text = config_file.read_text(encoding="utf-8")
    config_file.write_text(text.replace("  name: material\n", "  name: material\n  custom_dir: overrides\n"), "utf-8")
    return config_file


def test_without_a_theme_our_own_templates_render_escaped():
    env = jinja.environment()
    html = env.from_string("{{ x }}").render(x="<script>")
    assert html == "&lt;script&gt;"
    assert env.get_template("timeline/positions.md.j2").filename == str(jinja.FOLDER / "positions.md.j2")


def test_the_themes_folders_come_before_ours(tiny_project):
    overrides = tiny_project / "overrides" / "timeline"
    overrides.mkdir(parents=True)
    (overrides / "topic.md.j2").write_text("Ours: {{ topic_label }}\n", encoding="utf-8")
    config_file = _with_custom_dir(tiny_project)
    config = load_config(str(config_file))
    env = jinja.environment(config.theme)
    assert Path(env.get_template("timeline/topic.md.j2").filename) == overrides / "topic.md.j2"
    assert Path(env.get_template("timeline/actor.md.j2").filename) == jinja.FOLDER / "actor.md.j2"  # not overridden
    assert "url" in env.filters  # the theme's own filters come along


def test_a_template_under_custom_dir_changes_the_built_page(tiny_project):
    overrides = tiny_project / "overrides" / "timeline"
    overrides.mkdir(parents=True)
    ours = (jinja.FOLDER / "positions.md.j2").read_text(encoding="utf-8")
    (overrides / "positions.md.j2").write_text("Positions as this newsroom shows them.\n\n" + ours, encoding="utf-8")
    _with_custom_dir(tiny_project)
    r = timeline("build", cwd=tiny_project)
    assert r.returncode == 0, r.stderr
    site = tiny_project / "site"
    assert "<p>Positions as this newsroom shows them.</p>" in (site / "positions" / "index.html").read_text("utf-8")
    assert "newsroom" not in (site / "timeline" / "index.html").read_text("utf-8")
    assert not (site / "timeline" / "positions.md.j2").exists()  # the override is not published
