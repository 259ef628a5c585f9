"""The search page in a real headless Chromium (Debian's ``chromium`` package), driven by
Playwright pointed at that executable: Playwright never downloads a browser of its own.

Types a query, clicks a speaker facet, checks the filtered results and the histogram,
narrows the dates with a bar, follows "Did you mean", opens a quote at its place in the
article and a speaker page, and saves a screenshot to docs/screenshot.png.
"""

from __future__ import annotations

import re
import shutil

import pytest
from test_serve import Server

from conftest import ROOT

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (the test extra) is not installed")

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser")) if p), None)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium executable on PATH (Debian: apt-get install chromium)"
)
SCREENSHOT = ROOT / "docs" / "screenshot.png"


@pytest.fixture(scope="module")
def server(corpus_index_dir):
    srv = Server(corpus_index_dir)
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        # Root (as CI runs) needs --no-sandbox; the sandbox adds nothing for a local test page.
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    errors = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    yield pg
    context.close()
    assert not errors, f"JavaScript errors: {errors}"


def hit_titles(pg) -> list[str]:
    return pg.locator("ol.hits li.hit h3 a").all_inner_texts()


def total(pg) -> int:
    return int(pg.locator("#total").inner_text().replace(",", ""))


def test_search_facet_histogram_and_speaker_page(server, page):
    pg = page
    pg.goto(server.url + "/")
    pg.fill("#q", '"North Korean" troops')
    pg.press("#q", "Enter")
    pg.wait_for_selector("ol.hits li.hit")
    assert re.search(r"q=%22North\+Korean%22\+troops", pg.url)
    api = server.get("/api/search", q='"North Korean" troops', facet=["speaker", "month"]).json()
    assert total(pg) == api["total"] > 2
    assert hit_titles(pg) == [h["title"] for h in api["hits"]]
    assert pg.locator("ol.hits mark").count() > 0  # highlighted snippets
    SCREENSHOT.parent.mkdir(exist_ok=True)
    pg.screenshot(path=str(SCREENSHOT))

    # Click a speaker facet: the filter lands in the URL and every hit quotes that speaker.
    facet = pg.locator('.facet[data-facet="speaker"] a[data-value="Gordon Preston"]')
    listed = int(facet.locator("xpath=following-sibling::span[@class='count']").inner_text())
    facet.click()
    pg.wait_for_url(re.compile(r"speaker=Gordon\+Preston"))
    filtered = server.get("/api/search", q='"North Korean" troops', speaker="Gordon Preston", facet="month").json()
    assert total(pg) == filtered["total"] == listed
    assert hit_titles(pg) == [h["title"] for h in filtered["hits"]]
    for hit in pg.locator("ol.hits li.hit").all():
        assert "Gordon Preston" in hit.locator(".speakers").inner_text()
    assert pg.locator('.chip[data-filter="speaker"]').inner_text().startswith("speaker: Gordon Preston")
    assert pg.locator('.facet[data-facet="speaker"] a.on').inner_text() == "Gordon Preston"

    # The histogram: one bar per month in the range, counts as the API's month facet.
    bars = pg.locator(".histogram .bar")
    counts = {b.get_attribute("data-period"): int(b.get_attribute("data-count")) for b in bars.all()}
    assert {k: v for k, v in counts.items() if v} == {f["value"]: f["count"] for f in filtered["facets"]["month"]}

    # A bar narrows the dates to its month.
    period, count = next((k, v) for k, v in counts.items() if v)
    pg.locator(f'.histogram a.bar[data-period="{period}"]').click()
    pg.wait_for_url(re.compile(rf"since={period}&until={period}"))
    assert total(pg) == count
    assert all(d.startswith(period) for d in pg.locator("ol.hits .meta .date").all_inner_texts())

    # Removing the filter chip brings back the unfiltered count for those dates.
    pg.locator('.chip[data-filter="speaker"]').click()
    pg.wait_for_load_state()
    assert "speaker=" not in pg.url

    # The speaker page: a timeline of quotes, places and topics.
    pg.goto(server.url + "/?q=%22North+Korean%22+troops")
    pg.locator('.facet[data-facet="speaker"] li', has_text="Gordon Preston").locator("a.profile").click()
    pg.wait_for_selector("#speaker-name")
    assert pg.url.endswith("/speakers/Gordon%20Preston")
    assert pg.locator("#speaker-name").inner_text() == "Gordon Preston"
    profile = server.get("/api/speakers/Gordon Preston").json()
    assert int(pg.locator("#quote-total").inner_text()) == profile["quotes_total"]
    assert pg.locator(".histogram a.bar").count() == sum(1 for m in profile["months"] if m["count"])
    assert pg.locator("ol.quotes li.quote").count() == min(20, profile["quotes_total"])
    assert pg.locator('.facet[data-facet="place"] li').count() == len(profile["places"]) > 0
    assert pg.locator('.facet[data-facet="topics"] li').count() > 0
    pg.screenshot(path=str(SCREENSHOT.with_name("screenshot-speaker.png")))


def test_did_you_mean_and_quotes_tab(server, page):
    pg = page
    pg.goto(server.url + "/")
    pg.fill("#q", "ukrane")
    pg.press("#q", "Enter")
    pg.wait_for_selector("#suggestion")
    assert total(pg) == 0
    assert pg.locator("#suggestion").inner_text() == "ukraine"
    pg.click("#suggestion")
    pg.wait_for_url(re.compile(r"q=ukraine"))
    assert total(pg) > 0

    # The quotes tab keeps the query; a quote links to its article at the quote.
    pg.click("#tab-quotes")
    pg.wait_for_selector("ol.quotes li.quote")
    assert "/quotes?q=ukraine" in pg.url
    link = pg.locator("ol.quotes li.quote a.article").first
    href = link.get_attribute("href")
    assert re.search(r"^/documents/.+#q\d+$", href)
    link.click()
    pg.wait_for_selector(".document .body")
    anchor = href.rsplit("#", 1)[1]
    assert pg.locator(f"[data-q='{anchor}']").count() >= 1
    pg.wait_for_selector(f"[data-q='{anchor}'].current")
    assert pg.locator(".m-place").count() > 0 and pg.locator(".m-speaker").count() > 0


def test_bad_query_shows_the_error(server, page):
    page.goto(server.url + "/?q=" + "troops+AND+%28")
    assert "dangling operator" in page.locator(".error").inner_text()
