"""At 320 px (a small phone, or 1280 px zoomed to 400 %) no page scrolls sideways."""

# The crawl's demo consultations and news (autouse fixtures), so every kind of page is here.
from tests.portal.test_crawl import (  # noqa: F401
    public_urls,
    some_consultations,
    some_news,
)

NARROW = {"width": 320, "height": 800}


def sideways_overflow(page):
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def test_no_page_the_crawl_finds_scrolls_sideways_at_320_pixels(page):
    page.set_viewport_size(NARROW)
    urls = public_urls()
    assert "/polityka-prywatnosci/" in urls
    wide = {}
    for url in urls:
        response = page.goto(url)
        assert response.status == 200, url
        if (overflow := sideways_overflow(page)) > 0:
            wide[url] = overflow
    assert wide == {}


def test_a_wide_table_scrolls_inside_its_own_region_that_the_keyboard_reaches(page):
    page.set_viewport_size(NARROW)
    page.goto("/polityka-prywatnosci/")
    regions = page.locator(".rich-text .table-wrap")
    assert regions.count() >= 1
    for number in range(regions.count()):
        assert regions.nth(number).get_attribute("role") == "region"
    wide = [
        regions.nth(number)
        for number in range(regions.count())
        if regions.nth(number).evaluate("element => element.scrollWidth > element.clientWidth")
    ]
    assert wide, "no table on the privacy page is wider than a 320 px screen any more"
    region = wide[0]
    region.focus()
    page.keyboard.press("ArrowRight")
    # Chromium scrolls smoothly: wait for the region to move rather than read it at once.
    page.wait_for_function("element => element.scrollLeft > 0", arg=region.element_handle())
    assert sideways_overflow(page) <= 0
