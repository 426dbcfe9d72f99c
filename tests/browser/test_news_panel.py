"""The councillor's news panel in Chromium: a photo survives a form error (by keyboard only),
the confirmations work without JavaScript, and every panel page passes axe."""

import datetime

from django.utils import timezone

from news.models import News
from tests.browser.actions import log_in
from tests.browser.axe import axe_violations
from tests.news.conftest import png_bytes

EDITOR_READY = ".prose-editor [contenteditable=true][aria-labelledby]"


def news_item(author, title, **fields):
    from districts.models import District

    defaults = {
        "slug": title.lower().replace(" ", "-").replace("ł", "l"),
        "lead": "Zajawka.",
        "body": "<p>Treść.</p>",
        "author": author,
        "state": News.State.PUBLISHED,
        "district": District.objects.get(slug="bleszno"),
    }
    return News.objects.create(title=title, **(defaults | fields))


def tab_to(page, selector, limit=60):
    """Press Tab until the element has the focus, as a keyboard user moves through a page."""
    for _ in range(limit):
        if page.evaluate("(s) => document.activeElement?.matches(s)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}")


def test_a_councillor_posts_news_with_a_photo_by_keyboard_after_a_form_error(
    page, council_member, tmp_path
):
    photo = tmp_path / "lawki.png"
    photo.write_bytes(png_bytes((800, 600)))
    log_in(page, council_member.email)
    page.goto("/aktualnosci/panel/")
    tab_to(page, "a[href='/aktualnosci/panel/dodaj/'].button")
    page.keyboard.press("Enter")
    page.wait_for_selector(EDITOR_READY)

    tab_to(page, "#id_title")
    page.keyboard.type("Nowe ławki przy szkole")
    page.keyboard.press("Tab")
    page.keyboard.type("Stanęły nowe ławki.")
    tab_to(page, "[contenteditable=true]")
    page.keyboard.type("Dziękujemy za propozycje miejsc.")
    tab_to(page, "#id_image")
    page.set_input_files("#id_image", str(photo))  # the system's file dialog, not the page
    tab_to(page, "input[name=publication]:checked")
    page.keyboard.press("ArrowDown")  # „Opublikuj teraz”
    tab_to(page, "button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    # Refused: the alt text is missing. The photo is kept, and named.
    page.wait_for_function("() => document.activeElement.classList.contains('error-summary')")
    kept = page.locator(".kept-photo")
    assert "Zachowane zdjęcie: lawki.png." in kept.inner_text()
    assert kept.locator("img").evaluate("(img) => img.complete && img.naturalWidth") == 800
    assert page.input_value("#id_image") == ""  # nothing chosen again
    tab_to(page, "#id_image_alt")
    page.keyboard.type("Dwie drewniane ławki przed szkołą")
    tab_to(page, "button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert page.locator(".message--success").is_visible()
    news = News.objects.get()
    assert news.is_visible
    assert news.image and news.image_thumbnail
    assert news.image_alt == "Dwie drewniane ławki przed szkołą"

    page.goto("/dzielnice/bleszno/")
    card = page.locator(".news-card", has_text="Nowe ławki przy szkole")
    assert card.locator("img").get_attribute("alt") == "Dwie drewniane ławki przed szkołą"
    assert card.locator("img").evaluate("(img) => img.complete && img.naturalWidth") == 480
    assert page.csp_violations == []


def test_every_panel_page_has_no_axe_violations(page, council_member, tmp_path):
    draft = news_item(council_member, "Szkic", state=News.State.DRAFT)
    scheduled = news_item(
        council_member, "Festyn", publish_at=timezone.now() + datetime.timedelta(days=3)
    )
    published = news_item(council_member, "Nowe ławki")
    log_in(page, council_member.email)
    urls = [
        "/aktualnosci/panel/",
        f"/aktualnosci/panel/{draft.pk}/opublikuj/",
        f"/aktualnosci/panel/{scheduled.pk}/wycofaj/",
        f"/aktualnosci/panel/{published.pk}/wycofaj/",
        f"/aktualnosci/panel/{published.pk}/usun/",
        draft.get_absolute_url(),
        scheduled.get_absolute_url(),
    ]
    for url in urls:
        assert page.goto(url).status == 200, url
        assert axe_violations(page) == "", url

    page.goto("/aktualnosci/panel/dodaj/")
    page.wait_for_selector(EDITOR_READY)
    assert axe_violations(page) == ""
    photo_path = tmp_path / "lawki.png"
    photo_path.write_bytes(png_bytes())
    page.set_input_files("#id_image", str(photo_path))
    page.click("button:has-text('Zapisz')")
    page.wait_for_selector(".kept-photo")
    page.wait_for_selector(EDITOR_READY)
    assert axe_violations(page) == ""
    assert page.csp_violations == []


def test_the_confirmations_work_without_javascript(page_without_javascript, council_member):
    page = page_without_javascript
    published = news_item(council_member, "Nowe ławki")
    log_in(page, council_member.email)
    page.goto("/aktualnosci/panel/")
    page.click("a:has-text('Wycofaj')")
    assert page.locator("h1").inner_text() == "Czy wycofać aktualność?"
    page.click("button:has-text('Tak, wycofaj')")
    published.refresh_from_db()
    assert published.state == News.State.DRAFT

    page.click("a:has-text('Opublikuj')")
    assert page.locator("h1").inner_text() == "Czy opublikować aktualność?"
    page.click("button:has-text('Tak, opublikuj')")
    published.refresh_from_db()
    assert published.is_visible

    page.click("a:has-text('Usuń')")
    page.click("a:has-text('Nie, wróć do panelu')")
    assert News.objects.filter(pk=published.pk).exists()
    page.click("a:has-text('Usuń')")
    page.click("button:has-text('Tak, usuń')")
    assert not News.objects.filter(pk=published.pk).exists()
