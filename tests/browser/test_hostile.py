"""Hostile text from articles and contributors, opened in Chromium: nothing of it runs."""

from __future__ import annotations

from test_safety import hostile_site

from .conftest import serve

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
