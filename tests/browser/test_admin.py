"""The admin's rich-text editor runs under the strict Content-Security-Policy."""

from czestochowa_portal.models import SitePage
from tests.browser.actions import log_in


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
