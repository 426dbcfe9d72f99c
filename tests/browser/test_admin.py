"""The admin in Chromium: the rich-text editor runs under the strict Content-Security-Policy,
and the pages staff use pass axe and fit 1280 px."""

import pytest

from consultations.demo import seed_consultations
from consultations.models import Consultation, Department
from czestochowa_portal.models import SitePage
from news.models import News
from tests.browser.actions import log_in
from tests.browser.axe import axe_violations


def test_staff_edit_a_site_page_with_the_rich_text_editor(page, superuser, settings):
    settings.STAFF_MFA_REQUIRED = False
    log_in(page, superuser.email)
    about = SitePage.objects.get(kind=SitePage.Kind.ABOUT)
    page.goto(f"/admin/czestochowa_portal/sitepage/{about.pk}/change/")
    editor = page.locator(".prose-editor [contenteditable=true]")
    editor.wait_for(timeout=10_000)
    editor.click()
    page.keyboard.press("Control+End")
    page.keyboard.type("Zdanie dopisane w edytorze.")
    page.click("input[name=_save]")
    assert "Zdanie dopisane w edytorze." in SitePage.objects.get(pk=about.pk).body
    assert page.csp_violations == []  # no script and no inline style refused


def test_staff_withdraw_a_consultation_with_the_button_and_a_reason(
    page, department_staff, settings
):
    from consultations.models import Consultation
    from tests.consultations.conftest import make_consultation

    settings.STAFF_MFA_REQUIRED = False
    consultation = make_consultation("Nowy park na Zawodziu")
    log_in(page, department_staff.email)
    page.goto(f"/admin/consultations/consultation/{consultation.pk}/change/")
    page.click(".object-tools >> text=Wycofaj")
    page.click("input[value='Wycofaj konsultacje']")
    assert page.locator(".errorlist").inner_text() == (
        "Prosimy podać powód wycofania: zobaczą go mieszkańcy na stronie konsultacji."
    )
    page.fill("#id_reason", "Teren okazał się własnością prywatną.")
    page.click("input[value='Wycofaj konsultacje']")
    assert "Wycofano konsultacje: 1." in page.locator(".messagelist").inner_text()
    assert Consultation.objects.get(pk=consultation.pk).is_withdrawn
    page.goto(consultation.get_absolute_url())
    panel = page.locator(".status-panel").inner_text()
    assert "Powód wycofania: Teren okazał się własnością prywatną." in panel
    # Neither the admin with its editor nor the public page breaks the policy.
    assert page.csp_violations == []


# ---------------------------------------------------------------------------------------------
# The pages staff use pass every rule axe-core runs (issue 8, point 4).

WIDE = {"width": 1280, "height": 900}
CONSULTATIONS = "/admin/consultations/consultation/"

# The editors are built after the page loads and their toolbars fade greyed buttons in: axe
# checks the finished page, with every editor of a visible row built and nothing moving.
SETTLED = """() => {
  const editors = [...document.querySelectorAll("textarea")].filter(
    (box) => !box.closest(".empty-form")
      && [...box.attributes].some((a) => a.name.startsWith("data-django-prose-editor")));
  return editors.every(
      (box) => box.closest(".prose-editor")?.querySelector("[contenteditable=true]"))
    && document.getAnimations().every((animation) => animation.playState !== "running");
}"""


def visit(page, url):
    page.goto(url)
    page.wait_for_function(SETTLED)


@pytest.fixture
def demo(settings):
    """The demo consultations; a clerk's own (IZ) has a schedule and materials."""
    settings.STAFF_MFA_REQUIRED = False
    seed_consultations()
    consultation = Consultation.objects.get(slug="przebudowa-alei-najswietszej-maryi-panny")
    assert consultation.schedule_items.count() > 1 and consultation.materials.count() > 1
    return consultation


def test_a_clerks_consultation_pages_have_no_axe_violations(page, department_staff, demo):
    page.set_viewport_size(WIDE)
    log_in(page, department_staff.email)
    for url in [CONSULTATIONS, f"{CONSULTATIONS}add/", f"{CONSULTATIONS}{demo.pk}/change/"]:
        visit(page, url)
        assert axe_violations(page) == "", url

    # With errors: an empty title and a date that is no date, beside the schedule and the
    # material rows.
    page.fill("#id_title", "")
    page.fill("#id_starts_at_0", "jutro")
    with page.expect_navigation():
        page.click("input[name=_save]")
    page.wait_for_function(SETTLED)
    assert page.locator(".errornote").is_visible()
    assert page.locator(".field-title .errorlist").is_visible()
    assert axe_violations(page) == ""
    assert [v for v in page.csp_violations if "script" in v] == []


def test_the_add_form_with_errors_has_no_axe_violations(page, department_staff, demo):
    page.set_viewport_size(WIDE)
    log_in(page, department_staff.email)
    visit(page, f"{CONSULTATIONS}add/")
    page.click("text=Dodaj kolejną pozycję: Pozycja harmonogramu")
    page.click("text=Dodaj kolejną pozycję: Materiał")
    with page.expect_navigation():
        page.click("input[name=_save]")
    page.wait_for_function(SETTLED)
    assert page.locator(".errornote").is_visible()
    assert axe_violations(page) == ""


def test_every_box_of_a_split_date_and_of_a_material_row_has_a_name(page, department_staff, demo):
    log_in(page, department_staff.email)
    visit(page, f"{CONSULTATIONS}{demo.pk}/change/")

    def name(selector):
        return page.locator(selector).evaluate(
            "box => [...box.labels].map((label) => label.textContent.trim()).join(' ')"
        )

    assert name("#id_starts_at_0") == "Data:"
    assert name("#id_starts_at_1") == "Godzina:"
    group = page.get_by_role("group", name="Początek konsultacji:")
    assert group.locator("#id_starts_at_0").count() == 1
    assert name("#id_materials-0-title") == "Tytuł"
    first = demo.materials.order_by("position", "pk").first()
    assert name("#id_materials-0-DELETE") == f"Usuń: {first}"


def test_the_consultation_list_fits_1280_pixels_and_shows_its_end(page, superuser, demo):
    from tests.consultations.conftest import make_consultation

    make_consultation("Centrum międzypokoleniowe Częstochowskiej Przestrzeni Kulturalnej")
    page.set_viewport_size(WIDE)
    log_in(page, superuser.email)
    for url in [CONSULTATIONS, f"{CONSULTATIONS}?o=-5.4"]:  # sorted by the end, then start
        visit(page, url)
        fits = page.evaluate(
            """() => {
              const page = document.scrollingElement;
              const results = document.querySelector("#changelist .results");
              return [page.scrollWidth <= page.clientWidth,
                      results.scrollWidth <= results.clientWidth];
            }"""
        )
        assert fits == [True, True], url
        end = page.locator("#result_list thead th", has_text="Koniec")
        assert end.is_visible()
        box, viewport = end.bounding_box(), page.viewport_size
        assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"], url
        assert axe_violations(page) == "", url


def test_the_department_user_and_news_pages_have_no_axe_violations(page, superuser, demo):
    page.set_viewport_size(WIDE)
    news = News.objects.create(
        title="Nowe godziny urzędu",
        slug="nowe-godziny-urzedu",
        lead="Zajawka.",
        body="<p>Treść.</p>",
        author=superuser,
        state=News.State.PUBLISHED,
    )
    department = Department.objects.get(code="IZ")
    log_in(page, superuser.email)
    for url in [
        f"/admin/consultations/department/{department.pk}/change/",
        f"/admin/czestochowa_portal/user/{superuser.pk}/change/",
        "/admin/news/news/",
        f"/admin/news/news/{news.pk}/change/",
    ]:
        visit(page, url)
        assert axe_violations(page) == "", url
