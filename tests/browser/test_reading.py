"""What a reader does with the site, in Chromium: search, the timeline and its filters, permalinks,
navigation, every link, no console errors, accessibility (axe-core), a phone's screen, and screenshots."""

from __future__ import annotations

import datetime as dt
import re
from collections import deque
from pathlib import Path
from urllib.parse import urldefrag, urljoin

import pytest

from .conftest import ROOT

SERIOUS = ("serious", "critical")


def _search(page, site_url: str, query: str) -> list[str]:
    page.goto(site_url)
    if page.locator("input.md-search__input").is_hidden():  # on a narrow screen the box opens from a button
        page.locator("label.md-header__button[for='__search']").first.click()
    # The theme builds its index in a web worker after the page loads, saying "Initializing search" until
    # then; a query typed before that can be dropped, as a hurried reader's would be. Type once it is ready.
    page.wait_for_function(
        "() => { const m = document.querySelector('.md-search-result__meta');"
        " return m && m.textContent.trim() !== '' && !/Initializing/.test(m.textContent); }",
        timeout=30_000,
    )
    box = page.locator("input.md-search__input")
    box.fill(query)
    box.press("End")  # the theme reads the query on key events, which fill() alone does not send
    page.locator(".md-search-result__item").first.wait_for(timeout=30_000)
    return [urljoin(page.url, h).split("?")[0] for h in page.locator(".md-search-result__link").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    )]  # fmt: skip


def test_search_finds_witkoff_and_the_events_of_august_6(page, site_url):
    results = _search(page, site_url, "Witkoff")
    assert any(r.endswith("/actors/steve-witkoff/") for r in results), results
    assert any("/events/" in r for r in results), results
    results = _search(page, site_url, "August 6")
    assert any("/events/2025-08-06-" in r for r in results), results


def test_search_finds_the_summit_a_key_date_of_the_timeline(page, site_url):
    results = _search(page, site_url, "Alaska")
    assert any(r.endswith("/timeline/") for r in results), results
    hrefs = page.locator(".md-search-result__link").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert any(h.endswith("#key-dates") for h in hrefs), hrefs  # the section of the key dates
    assert "Alaska summit, 15 August 2025" in page.locator(".md-search-result").inner_text()
    page.goto(site_url + "timeline/#key-dates")
    page.locator(".tl-key-dates a", has_text="on the timeline").first.click()
    assert page.locator("article.tl-keydate:target .tl-title").inner_text() == "Alaska summit"


def _visible_events(page) -> list[dict]:
    return page.locator("article.tl-event").evaluate_all(
        """els => els.map(e => ({id: e.id, date: e.dataset.date, actors: e.dataset.actors.split(' '),
            sides: e.dataset.sides.split(' '), topics: e.dataset.topics.split(' '),
            shown: e.offsetParent !== null}))"""
    )


def _start(value: str) -> dt.date:
    from generator.timex.calendar import start_of

    return start_of(value) or dt.date.max


def test_timeline_is_in_date_order(page, site_url):
    page.goto(site_url + "timeline/")
    events = _visible_events(page)
    assert len(events) > 20
    starts = [_start(e["date"]) for e in events]
    assert starts == sorted(starts)


@pytest.mark.parametrize(("name", "value", "key"), [
    ("actors", "steve-witkoff", "actors"),
    ("sides", "ukraine", "sides"),
    ("topics", "sanctions", "topics"),
])  # fmt: skip
def test_each_filter_hides_and_shows_the_right_events(page, site_url, name, value, key):
    page.goto(site_url + "timeline/")
    everything = _visible_events(page)
    page.select_option(f"form.tl-filters select[name='{name}']", value)
    after = _visible_events(page)
    expected = {e["id"] for e in everything if value in e[key]}
    assert expected and expected != {e["id"] for e in everything}
    assert {e["id"] for e in after if e["shown"]} == expected
    assert page.locator(".tl-status").inner_text().startswith(f"{len(expected)} of {len(everything)}")
    page.get_by_role("button", name="Show all").click()
    assert all(e["shown"] for e in _visible_events(page))


def test_a_permalink_scrolls_to_its_event(page, site_url):
    page.goto(site_url + "timeline/")
    last = _visible_events(page)[-1]["id"]
    page.goto(site_url + f"timeline/#{last}")
    page.wait_for_timeout(300)
    box = page.locator(f"article[id='{last}']").bounding_box()
    assert box is not None and 0 <= box["y"] < 900


def test_navigation_tabs_lead_to_their_pages(page, site_url):
    page.goto(site_url)
    for tab, heading in (("Timeline", "Timeline"), ("Positions", "Who thinks what"), ("Actors", "Actors"),
                         ("Sources", "Sources"), ("Home", None)):  # fmt: skip
        page.locator(".md-tabs__link", has_text=tab).first.click()
        page.wait_for_load_state()
        if heading:
            assert page.locator("article h1").first.inner_text().replace("¶", "").strip() == heading


def test_every_page_loads_without_errors_and_every_internal_link_resolves(page, site_url):
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    # A request the crawl itself cut short by moving on (net::ERR_ABORTED) is not a failure of the site.
    page.on(
        "requestfailed",
        lambda r: (
            problems.append(f"failed request: {r.url} ({r.failure})") if "ABORTED" not in (r.failure or "") else None
        ),
    )
    page.on("response", lambda r: problems.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)
    queue, seen, ids, fragments = deque([site_url]), {site_url}, {}, []
    while queue:
        url = queue.popleft()
        page.goto(url)
        ids[url] = set(page.locator("[id]").evaluate_all("els => els.map(e => e.id)"))
        hrefs = page.locator("a[href]").evaluate_all(
            "links => links.map(a => new URL(a.getAttribute('href'), document.baseURI).href)"
        )  # SVG links too
        for href in hrefs:
            target, fragment = urldefrag(href)
            if not target.startswith(site_url) or not target.endswith("/"):
                continue  # other sites, and the exports (checked by their own tests)
            if fragment:
                fragments.append((url, target, fragment))
            if target not in seen:
                seen.add(target)
                queue.append(target)
    assert len(seen) > 100
    assert not problems, problems[:10]
    missing = [f"{src} -> {t}#{f}" for src, t, f in fragments if f not in ids.get(t, set()) and f != "__search"]
    assert not missing, missing[:10]


def _axe(page, axe_source: str) -> list[str]:
    page.add_script_tag(content=axe_source)
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {v['nodes'][0]['target']}"
        for v in result["violations"]
        if v["impact"] in SERIOUS
    ]


# Every kind of page the site has; for each folder of pages, its first page.
PAGE_KINDS = {
    "home": "",
    "timeline": "timeline/",
    "positions": "positions/",
    "actors index": "actors/",
    "sources index": "sources/",
    "actor": "actors/*",
    "event": "events/*",
    "statement": "statements/*",
    "source": "sources/*",
    "topic": "topics/*",
    "404": "404.html",
}


def _first_page(site: Path, pattern: str) -> str:
    """``kind/*`` -> the URL path of the first page of that folder of the built site."""
    if not pattern.endswith("*"):
        return pattern
    folder = pattern[:-1]
    pages = sorted(p.parent.name for p in (site / folder).glob("*/index.html"))
    assert pages, f"no pages in site/{folder}"
    return f"{folder}{pages[0]}/"


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_no_serious_accessibility_violations(page, site_url, axe_source, kind):
    page.goto(site_url + _first_page(ROOT / "site", PAGE_KINDS[kind]))
    violations = _axe(page, axe_source)
    assert not violations, "\n".join(violations)


@pytest.mark.parametrize("part", ["overview", "part"])
def test_no_serious_accessibility_violations_on_a_paged_timeline(page, paged_site_url, axe_source, part):
    page.goto(paged_site_url + "timeline/")
    if part == "part":
        links = page.locator(".tl-periods a")
        assert links.count() > 1  # the timeline is paged
        page.goto(urljoin(page.url, links.first.get_attribute("href")))
        assert page.locator("article.tl-event").count() > 0
    violations = _axe(page, axe_source)
    assert not violations, "\n".join(violations)


def _text_links(page) -> list[str]:
    """Links inside running text (paragraphs, list items, cells) whose only difference from the text around
    them would be their colour: neither underlined nor boxed."""
    return page.evaluate(
        """() => [...document.querySelectorAll('.md-content :is(p, li, td, dd, blockquote, figcaption) a')]
            .filter(a => a.textContent.trim() && !a.closest('h1, h2, h3, h4, h5, h6, nav'))
            .filter(a => { const s = getComputedStyle(a);
                return !s.textDecorationLine.includes('underline') && parseFloat(s.borderBottomWidth) === 0
                    && parseFloat(s.borderTopWidth) === 0; })
            .map(a => a.outerHTML.slice(0, 120))"""
    )


@pytest.mark.parametrize("kind", ["timeline", "positions", "actor", "event", "statement", "source", "topic"])
def test_links_in_text_are_told_apart_by_more_than_colour(page, site_url, kind):
    page.goto(site_url + _first_page(ROOT / "site", PAGE_KINDS[kind]))
    assert page.locator(".md-content a").count() > 0
    bare = _text_links(page)
    assert not bare, bare[:5]


def test_the_timeline_fits_a_phone(browser, site_url, screenshots):
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    page = context.new_page()
    for path in ("timeline/", "positions/"):
        page.goto(site_url + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 390px"
    page.goto(site_url + "timeline/")
    page.screenshot(path=str(screenshots / "timeline-phone.png"))
    assert re.search(r"\d+ dated events", page.locator("article").first.inner_text())
    context.close()


# The size a reader sees of each word in the pictures: its font size times the picture's scale.
_TEXT_PX = """() => [...document.querySelectorAll('.tl-figure svg')].flatMap(svg => {
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  return [...svg.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
})"""


def test_the_pictures_words_are_legible_on_a_phone_and_the_wide_blocks_say_they_scroll(browser, site_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    page = context.new_page()
    for path in ("timeline/", "positions/"):
        page.goto(site_url + path)
        sizes = page.evaluate(_TEXT_PX)
        assert sizes and min(sizes) >= 11, f"{path}: the smallest word of a picture is {min(sizes):.1f}px"
        hints = page.locator(".tl-figure .tl-scroll-hint")
        assert hints.count() and all(hints.evaluate_all("hs => hs.map(h => h.offsetParent !== null)"))
    page.goto(site_url + "timeline/")
    assert page.locator(".tl-figure svg").count() == 2  # the whole run-up, and its last weeks drawn wider
    page.goto(site_url + "positions/")
    wrap = page.locator(".tl-matrix-wrap")
    assert wrap.evaluate("w => w.scrollWidth > w.clientWidth")  # the topics do not fit 390px...
    assert page.locator(".tl-matrix-hint").is_visible()  # ...and the reader is told to scroll
    totals = page.locator(".tl-matrix td.tl-total").all_inner_texts()
    assert totals and all(int(t) >= 1 for t in totals)  # no speaker's row is empty
    context.close()
    # On a wide screen the table fits and no hint is shown.
    wide = browser.new_context(viewport={"width": 1600, "height": 900})
    page = wide.new_page()
    page.goto(site_url + "positions/")
    fits = page.locator(".tl-matrix-wrap").evaluate("w => w.scrollWidth <= w.clientWidth + 1")
    assert page.locator(".tl-matrix-hint").is_visible() is not fits
    assert page.locator(".tl-figure .tl-scroll-hint").first.is_hidden()
    wide.close()


def test_screenshots_of_the_timeline_and_the_positions(page, site_url, screenshots):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(site_url + "timeline/")
    page.screenshot(path=str(screenshots / "timeline.png"))
    page.goto(site_url + "positions/")
    page.screenshot(path=str(screenshots / "positions.png"), full_page=True)
    for name in ("timeline.png", "positions.png"):
        assert (screenshots / name).stat().st_size > 20_000
