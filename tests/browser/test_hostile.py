"""Hostile text from articles and contributors, opened in Chromium: nothing of it runs."""

from __future__ import annotations

from test_cli import timeline
from test_gate import poisoned_site
from test_safety import hostile_site

from .conftest import serve
from .test_reading import _search

WATCH = """
window.__ran = [];
for (const name of ["alert", "confirm", "prompt"]) {
  window[name] = (...args) => { window.__ran.push(name + ":" + args.join(",")); };
}
"""


def test_no_script_from_content_runs_in_the_browser(tiny_project, browser):
    site, pages = hostile_site(tiny_project)
    server, url = serve(site)
    context = browser.new_context()
    context.add_init_script(WATCH)  # every dialog a payload could open is recorded instead
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        for built in pages:
            path = built.parent.relative_to(site).as_posix()
            page.goto(f"{url}{path}/")
            assert page.locator("article").first.is_visible()
            for link in page.locator("article a[href]").all():  # a click on a hostile link runs nothing either
                href = link.get_attribute("href") or ""
                assert not href.strip().lower().startswith(("javascript:", "data:", "vbscript:")), href
            assert page.evaluate("window.__ran") == [], path
            assert page.locator("article script").count() == 0
            assert page.locator("[onerror], [onclick], [onload]").count() == 0
        assert dialogs == []
    finally:
        context.close()
        server.shutdown()


def test_poisoned_titles_in_search_results_and_description_run_nothing(tiny_project, browser):
    """Markup in an actor's name, a topic's label, a source's title and outlet, an alias and an event's
    title, typed into the theme's own search: the results show it as text; the home page's description
    that breaks out of its <meta> does not run either."""
    assert timeline("build", cwd=tiny_project).returncode == 0  # the pages, ingested from the seeds
    site = poisoned_site(tiny_project)
    server, url = serve(site)
    context = browser.new_context()
    context.add_init_script(WATCH)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        found = _search(page, url, "Kremlin summit")  # the theme's own search box, on the home page
        assert len({link.split("#")[0] for link in found}) >= 4, found
        assert "onerror=alert(document.domain)" in page.locator(".md-search-result").inner_text()  # as text
        page.wait_for_timeout(500)  # a broken image's onerror would have fired by now
        assert page.locator(".md-search-result img, [onerror]").count() == 0
        assert page.evaluate("window.__ran") == []
        assert dialogs == []
    finally:
        context.close()
        server.shutdown()
