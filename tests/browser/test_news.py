"""A council member posts news with a photo in Chromium; the news pages pass axe."""

from news.models import News
from tests.browser.actions import log_in
from tests.browser.axe import axe_violations
from tests.news.conftest import png_bytes

# The editor builds its editable area after the page loads; axe checks the finished form.
EDITOR_READY = ".prose-editor [contenteditable=true][aria-labelledby]"


def test_council_member_posts_news_with_a_photo_and_sees_it_on_the_district_page(
    page, council_member, tmp_path
):
    photo = tmp_path / "lawki.png"
    photo.write_bytes(png_bytes())
    log_in(page, council_member.email)
    page.click("text=Panel aktualności")
    page.click("text=Dodaj aktualność")

    # First without alt text: the form refuses and keeps what was typed.
    page.fill("#id_title", "Nowe ławki przy szkole")
    page.fill("#id_lead", "Stanęły nowe ławki.")
    page.locator(".prose-editor [contenteditable=true]").click()
    page.keyboard.type("Dziękujemy za propozycje miejsc.")
    page.set_input_files("#id_image", str(photo))
    assert not page.locator("#id_publish_at").is_visible()  # asked only when planning
    page.check("text=Zaplanuj publikację")
    assert page.locator("#id_publish_at").is_visible()
    page.check("text=Opublikuj teraz")
    page.click("button:has-text('Zapisz')")
    page.wait_for_selector(".error-summary")
    # Focus moves to the list of errors, so a screen reader reads it first.
    page.wait_for_function("document.activeElement.classList.contains('error-summary')")
    assert page.input_value("#id_title") == "Nowe ławki przy szkole"
    page.wait_for_selector(EDITOR_READY)
    assert axe_violations(page) == ""

    page.set_input_files("#id_image", str(photo))
    page.fill("#id_image_alt", "Dwie drewniane ławki przed szkołą")
    page.click("button:has-text('Zapisz')")
    page.wait_for_selector(".message--success")
    news = News.objects.get()
    assert news.is_visible and news.image

    page.goto("/dzielnice/bleszno/")
    page.click("text=Nowe ławki przy szkole")
    assert page.locator("h1").inner_text() == "Nowe ławki przy szkole"
    assert page.locator("figure img").get_attribute("alt") == "Dwie drewniane ławki przed szkołą"
    assert "Dziękujemy za propozycje miejsc." in page.locator(".rich-text").inner_text()
    assert page.csp_violations == []


def test_the_editors_panel_has_no_axe_violations(page, council_member):
    log_in(page, council_member.email)
    page.goto("/aktualnosci/panel/")
    assert axe_violations(page) == ""
    page.goto("/aktualnosci/panel/dodaj/")
    page.wait_for_selector(EDITOR_READY)
    assert axe_violations(page) == ""


def test_news_list_filter_works_without_javascript(page_without_javascript, superuser):
    from districts.models import District

    News.objects.create(
        title="Z Rakowa",
        slug="z-rakowa",
        lead="Zajawka.",
        body="<p>Treść.</p>",
        author=superuser,
        state=News.State.PUBLISHED,
        district=District.objects.get(slug="rakow"),
    )
    News.objects.create(
        title="Z Urzędu",
        slug="z-urzedu",
        lead="Zajawka.",
        body="<p>Treść.</p>",
        author=superuser,
        state=News.State.PUBLISHED,
    )
    page = page_without_javascript
    page.goto("/aktualnosci/")
    page.select_option("#dzielnica", label="Rada Dzielnicy Raków")
    page.click("button:has-text('Pokaż')")
    assert "dzielnica=rakow" in page.url
    assert page.locator("text=Z Rakowa").count() == 1
    assert page.locator("text=Z Urzędu").count() == 0


def test_an_error_on_the_body_is_announced_and_its_link_reaches_the_editor(page, council_member):
    log_in(page, council_member.email)
    page.goto("/aktualnosci/panel/dodaj/")
    page.fill("#id_title", "Bez treści")
    page.fill("#id_lead", "Zajawka.")
    page.click("button:has-text('Zapisz')")
    editable = page.locator(EDITOR_READY)
    editable.wait_for()
    assert editable.get_attribute("aria-invalid") == "true"
    assert "id_body_error" in editable.get_attribute("aria-describedby")
    page.click(".error-summary a[href='#id_body']")
    assert page.evaluate("document.activeElement.getAttribute('contenteditable')") == "true"
