"""A clerk publishes a consultation with the keyboard alone: creates it in the admin, is told
what publishing still needs, fills it in by following the list, confirms and sees it public."""

from datetime import timedelta

from django.utils import timezone

from consultations.models import Consultation
from tests.browser.axe import axe_violations
from tests.conftest import PASSWORD

TITLE = "Park kieszonkowy przy ul. Focha"
RICH_TEXT = {
    "id_subject": "Projekt zagospodarowania skweru.",
    "id_purpose": "Poznanie opinii mieszkańców o projekcie.",
    "id_remarks_how": "E-mailem albo w Kancelarii Urzędu.",
}


def focused(page) -> dict:
    return page.evaluate(
        r"""() => {
            const element = document.activeElement;
            const wrapper = element && element.closest(".prose-editor");
            const textarea = wrapper && wrapper.querySelector("textarea");
            return {
                id: element ? element.id : "",
                tag: element ? element.tagName.toLowerCase() : "",
                name: element ? element.getAttribute("name") || "" : "",
                value: element ? element.value || "" : "",
                // textContent: the object tools are upper-cased by CSS, not in the text.
                text: element
                    ? (element.value || element.textContent || "").replace(/\s+/g, " ").trim()
                    : "",
                editorOf: textarea ? textarea.id : "",
            };
        }"""
    )


def tab_to(page, matches, *, backwards=False, limit=400):
    """Press Tab (or Shift+Tab) until the focused element matches; fail after `limit`."""
    key = "Shift+Tab" if backwards else "Tab"
    for _ in range(limit):
        page.keyboard.press(key)
        if matches(focused(page)):
            return
    raise AssertionError(f"{key} never reached the element; last focus: {focused(page)}")


def by_id(element_id):
    return lambda element: element["id"] == element_id


def by_text(text):
    return lambda element: element["tag"] in {"a", "input", "button"} and element["text"] == text


def by_value(value):
    return lambda element: element["tag"] == "input" and element["value"] == value


def type_into(page, element_id, text):
    tab_to(page, by_id(element_id))
    page.keyboard.type(text)


def needs_on_the_form(page) -> list[tuple[str, str]]:
    links = page.locator(".publication-needs-list a")
    return [
        (links.nth(n).inner_text(), links.nth(n).get_attribute("href"))
        for n in range(links.count())
    ]


def test_a_clerk_creates_completes_and_publishes_a_consultation_with_the_keyboard(
    page, department_staff, settings
):
    settings.STAFF_MFA_REQUIRED = False  # the second factor has its own tests
    today = timezone.localdate()
    starts = today + timedelta(days=1)
    ends = today + timedelta(days=31)

    page.goto("/konto/login/")
    type_into(page, "id_login", department_staff.email)
    type_into(page, "id_password", PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/admin/moja-praca/")
    assert page.locator("h1").inner_text() == "Moja praca"
    assert axe_violations(page) == ""

    # A new consultation from „Moja praca”: what the form demands before it saves anything.
    tab_to(page, by_text("dodać tutaj"))
    page.keyboard.press("Enter")
    page.wait_for_url("**/admin/consultations/consultation/add/")
    type_into(page, "id_title", TITLE)
    type_into(page, "id_summary", "Nowy park kieszonkowy na skwerze.")
    tab_to(page, by_id("id_category"))
    page.keyboard.type("Transport")
    type_into(page, "id_starts_at_0", starts.strftime("%d.%m.%Y"))
    type_into(page, "id_starts_at_1", "08:00")
    type_into(page, "id_ends_at_0", ends.strftime("%d.%m.%Y"))
    type_into(page, "id_ends_at_1", "23:59")
    page.keyboard.press("Enter")  # „Zapisz”

    page.wait_for_url("**/admin/consultations/consultation/")
    messages = page.locator(".messagelist").inner_text()
    assert f"„{TITLE}” to szkic. Do publikacji brakuje: przedmiot konsultacji" in messages
    draft = Consultation.objects.get(title=TITLE)
    assert draft.published_at is None

    # The message's link leads to the draft; its form lists what is missing, with links.
    tab_to(page, by_text(TITLE))
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/admin/consultations/consultation/{draft.pk}/change/")
    page.locator(".prose-editor [contenteditable=true]").first.wait_for()
    assert [text for text, _ in needs_on_the_form(page)] == [
        "przedmiot konsultacji",
        "cel konsultacji",
        "numer zarządzenia Prezydenta",
        "data zarządzenia",
        "link do zarządzenia w BIP",
        "przynajmniej jedna forma konsultacji",
        "jak i gdzie składać uwagi",
        "osoba do kontaktu",
        "e-mail osoby do kontaktu",
        "telefon osoby do kontaktu",
    ]
    answers = {
        "id_order_number": "104.2026",
        "id_order_date": today.strftime("%d.%m.%Y"),
        "id_bip_url": "https://bip.czestochowa.pl/artykuly/104/zarzadzenie-nr-104-2026",
        "id_contact_name": "Jan Nowak",
        "id_contact_email": "jan.nowak@czestochowa.um.gov.pl",
        "id_contact_phone": "34 370 71 00",
    }
    for text, href in needs_on_the_form(page):
        target = href.removeprefix("#")
        # Back up to the item in the list, follow it: the cursor lands in its field.
        tab_to(page, by_text(text), backwards=True)
        page.keyboard.press("Enter")
        now_in = focused(page)
        if target in RICH_TEXT:
            assert now_in["editorOf"] == target, (text, now_in)
            page.keyboard.type(RICH_TEXT[target])
        elif target == "id_methods_0":
            assert now_in["id"] == target, (text, now_in)
            page.keyboard.press("Space")
        else:
            assert now_in["id"] == target, (text, now_in)
            page.keyboard.type(answers[target])
    page.keyboard.press("Enter")  # in the telephone field: „Zapisz”

    page.wait_for_url("**/admin/consultations/consultation/")
    assert "Do publikacji brakuje" not in page.locator(".messagelist").inner_text()
    tab_to(page, by_text(TITLE))
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/admin/consultations/consultation/{draft.pk}/change/")
    assert page.locator(".publication-needs-list").count() == 0

    # „Opublikuj” shows what goes public and asks to confirm; nothing is public before that.
    tab_to(page, by_text("Opublikuj"))
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/admin/consultations/consultation/{draft.pk}/publish/")
    summary = page.locator(".publication-summary").inner_text()
    assert "Całe miasto" in summary
    assert "ankieta" in summary
    assert Consultation.objects.get(pk=draft.pk).published_at is None
    assert axe_violations(page) == ""
    tab_to(page, by_value("Opublikuj konsultacje"))
    page.keyboard.press("Enter")

    page.wait_for_url(f"**/admin/consultations/consultation/{draft.pk}/change/")
    assert f"Opublikowano konsultacje „{TITLE}”." in page.locator(".messagelist").inner_text()
    assert Consultation.objects.get(pk=draft.pk).published_by == department_staff
    tab_to(page, by_text("na stronie konsultacji"))
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{draft.get_absolute_url()}")
    assert page.locator("h1").inner_text().replace("\xa0", " ") == TITLE
    assert "Podgląd szkicu" not in page.locator("main").inner_text()
    assert [v for v in page.csp_violations if "script" in v] == []


def ready_draft(title="Gotowy szkic"):
    from tests.consultations.conftest import make_consultation

    soon = timezone.now() + timedelta(days=1)
    return make_consultation(
        title, published=False, starts_at=soon, ends_at=soon + timedelta(days=30)
    )


def test_my_work_and_the_publishing_pages_fit_a_narrow_screen(page, department_staff, settings):
    from tests.browser.actions import log_in
    from tests.browser.test_narrow_screens import NARROW, sideways_overflow

    settings.STAFF_MFA_REQUIRED = False
    ready = ready_draft("Bardzo długi tytuł konsultacji o przebudowie skrzyżowania alej")
    incomplete = ready_draft("Szkic z brakami")
    incomplete.contact_phone = ""
    incomplete.save()
    page.set_viewport_size(NARROW)
    log_in(page, department_staff.email)
    wide = {}
    for url in [
        "/admin/moja-praca/",
        f"/admin/consultations/consultation/{ready.pk}/publish/",
        f"/admin/consultations/consultation/{incomplete.pk}/publish/",
    ]:
        assert page.goto(url).status == 200, url
        if (overflow := sideways_overflow(page)) > 0:
            wide[url] = overflow
        assert axe_violations(page) == "", url
    assert wide == {}


def test_publishing_works_without_javascript(page_without_javascript, department_staff, settings):
    from tests.browser.actions import log_in

    settings.STAFF_MFA_REQUIRED = False
    page = page_without_javascript
    draft = ready_draft()
    log_in(page, department_staff.email)
    page.goto(f"/admin/consultations/consultation/{draft.pk}/change/")
    tab_to(page, by_text("Opublikuj"))
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/admin/consultations/consultation/{draft.pk}/publish/")
    tab_to(page, by_value("Opublikuj konsultacje"))
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/admin/consultations/consultation/{draft.pk}/change/")
    assert Consultation.objects.get(pk=draft.pk).published_by == department_staff


def test_a_link_on_the_publishing_page_puts_the_cursor_in_the_missing_field(
    page, department_staff, settings
):
    from tests.browser.actions import log_in

    settings.STAFF_MFA_REQUIRED = False
    draft = ready_draft()
    draft.purpose = ""
    draft.save()
    log_in(page, department_staff.email)
    page.goto(f"/admin/consultations/consultation/{draft.pk}/publish/")
    tab_to(page, by_text("cel konsultacji"))
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/admin/consultations/consultation/{draft.pk}/change/#id_purpose")
    # The editor is built after its modules load. A function, not a bare expression: Playwright
    # would evaluate a string in the page while waiting, which the Content-Security-Policy refuses.
    page.wait_for_function("() => document.activeElement.isContentEditable")
    assert focused(page)["editorOf"] == "id_purpose"
