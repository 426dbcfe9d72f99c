"""In Chromium, a clerk types the cost as Polish people write it and gets the amount typed,
and a wrong date is said right by the date. A number box dropped the comma: „250000,00”
was sent as 25000000."""

from decimal import Decimal

import pytest

from consultations.models import Consultation
from tests.browser.actions import log_in
from tests.consultations.conftest import make_consultation

NBSP = "\u00a0"


@pytest.fixture
def investment(department_staff, settings):
    settings.STAFF_MFA_REQUIRED = False
    return make_consultation(
        "Przebudowa ul. Okulickiego",
        category="inwestycje",
        location="ul. Okulickiego",
        estimated_cost=Decimal("100"),
    )


@pytest.mark.parametrize("locale", ["pl-PL", "en-US"])
def test_a_cost_typed_with_a_comma_is_saved_as_typed(
    chromium, live_server, department_staff, investment, locale
):
    context = chromium.new_context(base_url=live_server.url, locale=locale)
    page = context.new_page()
    log_in(page, department_staff.email)
    page.goto(f"/admin/consultations/consultation/{investment.pk}/change/")
    page.fill("#id_estimated_cost", "")
    page.click("#id_estimated_cost")
    page.keyboard.type("250000,00")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist")
    assert Consultation.objects.get(pk=investment.pk).estimated_cost == Decimal("250000.00")
    assert page.input_value("#id_estimated_cost") == f"250{NBSP}000,00"
    page.goto("/admin/consultations/consultation/")
    assert page.inner_text("td.field-cost") == f"250{NBSP}000,00{NBSP}zł"
    context.close()


def test_a_wrong_end_date_is_said_right_above_the_end_date(page, department_staff, investment):
    log_in(page, department_staff.email)
    page.goto(f"/admin/consultations/consultation/{investment.pk}/change/")
    page.fill("#id_ends_at_0", "01.03.2026")
    page.click("input[name=_continue]")
    error = page.locator("#id_ends_at_error")
    assert error.inner_text() == "Koniec konsultacji musi być późniejszy niż ich początek."
    error_box, date_box = error.bounding_box(), page.locator("#id_ends_at_0").bounding_box()
    assert 0 <= date_box["y"] - (error_box["y"] + error_box["height"]) < 60
    assert abs(date_box["x"] - error_box["x"]) < 200
    assert page.get_attribute("#id_ends_at_0", "aria-describedby") == "id_ends_at_error"
