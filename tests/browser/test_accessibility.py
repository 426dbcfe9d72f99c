"""Every public page passes axe-core in Chromium and can be used with the keyboard."""

from django.urls import reverse

from tests.browser.axe import axe_violations
from tests.portal.test_crawl import public_urls


def test_every_public_page_has_no_axe_violations(page):
    for url in public_urls():
        response = page.goto(url)
        assert response.status == 200, url
        report = axe_violations(page)
        assert report == "", f"{url}\n{report}"
    assert page.csp_violations == []


def test_sign_up_form_with_errors_has_no_axe_violations(page):
    page.goto(reverse("account_signup"))
    page.fill("#id_email", "nie-adres")
    page.fill("#id_password1", "123")
    page.fill("#id_password2", "456")
    page.click("button[type=submit]")
    assert page.locator(".error-summary").is_visible()
    page.wait_for_function("document.activeElement.classList.contains('error-summary')")
    assert axe_violations(page) == ""


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(page):
    page.goto("/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Przejdź do treści"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "tresc"


def test_keyboard_reaches_the_main_navigation_with_a_visible_focus(page):
    page.goto("/")
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == "Konsultacje":
            break
    else:
        raise AssertionError("Tab never reached the main navigation")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in {"none", ""}


def test_pages_work_without_javascript(page_without_javascript):
    page = page_without_javascript
    page.goto("/")
    page.click("text=Dzielnice >> nth=0")
    assert page.url.endswith("/dzielnice/")
    page.click("text=Błeszno")
    assert page.locator("h1").inner_text() == "Błeszno"
