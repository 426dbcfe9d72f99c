"""Where a log-in lands: staff on „Moja praca”, council members on their panel, residents
where they were sent from (or the home page, as always)."""

import pytest
from freezegun import freeze_time

from tests.conftest import PASSWORD, activate_totp, totp_code

pytestmark = pytest.mark.django_db


def log_in(client, user, query=""):
    return client.post(f"/konto/login/{query}", {"login": user.email, "password": PASSWORD})


def test_a_resident_lands_on_the_home_page(client, resident):
    response = log_in(client, resident)
    assert (response.status_code, response.url) == (302, "/")


def test_a_resident_sent_to_log_in_comes_back_to_the_page(client, resident):
    response = log_in(client, resident, "?next=/konsultacje/%3Fstatus%3Dtrwajace")
    assert (response.status_code, response.url) == (302, "/konsultacje/?status=trwajace")


def test_a_council_member_lands_on_the_news_panel(client, council_member):
    response = log_in(client, council_member)
    assert (response.status_code, response.url) == (302, "/aktualnosci/panel/")
    assert client.get(response.url).status_code == 200


def test_a_council_member_logging_in_from_a_public_page_lands_on_the_panel(client, council_member):
    response = log_in(client, council_member, "?next=/dzielnice/bleszno/")
    assert (response.status_code, response.url) == (302, "/aktualnosci/panel/")


def test_a_council_member_sent_to_log_in_from_the_panel_comes_back_to_it(client, council_member):
    response = log_in(client, council_member, "?next=/aktualnosci/panel/dodaj/")
    assert (response.status_code, response.url) == (302, "/aktualnosci/panel/dodaj/")


def test_the_header_sends_a_resident_back_to_the_page_of_the_log_in(client, resident):
    page = client.get("/konsultacje/?status=trwajace").content.decode()
    assert 'href="/konto/login/?next=%2Fkonsultacje%2F%3Fstatus%3Dtrwajace"' in page
    response = log_in(client, resident, "?next=%2Fkonsultacje%2F%3Fstatus%3Dtrwajace")
    assert (response.status_code, response.url) == (302, "/konsultacje/?status=trwajace")


def test_the_header_of_the_log_in_page_does_not_point_back_at_itself(client):
    page = client.get("/konto/login/").content.decode()
    assert 'href="/konto/login/"' in page


@pytest.mark.parametrize("persona", ["department_staff", "superuser"])
def test_staff_land_on_their_work_after_the_code(client, request, persona):
    user = request.getfixturevalue(persona)
    secret = activate_totp(user)
    with freeze_time("2026-03-10 11:00:00", tick=True):
        response = log_in(client, user)
        assert response.url == "/konto/2fa/authenticate/"
        response = client.post("/konto/2fa/authenticate/", {"code": totp_code(secret)})
        assert (response.status_code, response.url) == (302, "/admin/moja-praca/")
        assert "<h1>Moja praca</h1>" in client.get(response.url).content.decode()


def test_staff_sent_to_log_in_from_an_admin_page_come_back_to_it(client, department_staff):
    secret = activate_totp(department_staff)
    with freeze_time("2026-03-10 11:00:00", tick=True):
        log_in(client, department_staff, "?next=/admin/consultations/consultation/")
        response = client.post("/konto/2fa/authenticate/", {"code": totp_code(secret)})
        assert response.url == "/admin/consultations/consultation/"


def test_staff_logging_in_from_a_public_page_land_on_their_work(client, department_staff):
    secret = activate_totp(department_staff)
    with freeze_time("2026-03-10 11:00:00", tick=True):
        log_in(client, department_staff, "?next=/konsultacje/")
        response = client.post("/konto/2fa/authenticate/", {"code": totp_code(secret)})
        assert response.url == "/admin/moja-praca/"


def test_a_staff_member_who_sits_on_a_council_lands_on_their_work(
    client, department_staff, council_member
):
    from consultations.models import Department
    from consultations.services import department_member_add

    department_member_add(user=council_member, department=Department.objects.get(code="IZ"))
    secret = activate_totp(council_member)
    with freeze_time("2026-03-10 11:00:00", tick=True):
        log_in(client, council_member)
        response = client.post("/konto/2fa/authenticate/", {"code": totp_code(secret)})
        assert response.url == "/admin/moja-praca/"
