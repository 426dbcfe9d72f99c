"""Sign-up, e-mail verification, log-in and log-out, and the second factor for staff."""

import re
from urllib.parse import quote

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.messages import get_messages
from django.core import mail
from freezegun import freeze_time

from tests.conftest import PASSWORD, activate_totp, totp_code

pytestmark = pytest.mark.django_db


def test_sign_up_verify_log_in_and_log_out(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(
            "/konto/signup/",
            {"email": "nowa@example.com", "password1": PASSWORD, "password2": PASSWORD},
        )
    assert response.status_code == 302
    assert response.url == "/konto/confirm-email/"
    # The message left the web request as a Celery task run after the commit.
    assert len(callbacks) == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["nowa@example.com"]
    assert message.subject.startswith("[Konsultacje Społeczne Częstochowa]")

    # Before confirming, logging in only resends the verification e-mail.
    client.logout()
    response = client.post("/konto/login/", {"login": "nowa@example.com", "password": PASSWORD})
    assert response.url == "/konto/confirm-email/"
    assert "_auth_user_id" not in client.session

    link = re.search(r"http://[^\s]+/konto/confirm-email/[^\s]+/", message.body).group(0)
    path = link.split("testserver", 1)[1]
    assert client.get(path).status_code == 200
    response = client.post(path)
    assert response.status_code == 302

    response = client.post("/konto/login/", {"login": "nowa@example.com", "password": PASSWORD})
    assert response.status_code == 302
    assert "_auth_user_id" in client.session

    response = client.post("/konto/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_sign_up_with_bad_input_shows_polish_messages_and_keeps_the_email(client):
    response = client.post(
        "/konto/signup/", {"email": "nowa@example.com", "password1": "123", "password2": "321"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Prosimy poprawić zaznaczone pola" in html
    assert 'value="nowa@example.com"' in html
    assert 'aria-invalid="true"' in html
    from czestochowa_portal.models import User

    assert not User.objects.filter(email="nowa@example.com").exists()


def test_sign_up_with_hostile_html_in_the_email_is_refused_and_escaped(client):
    response = client.post(
        "/konto/signup/",
        {"email": "<script>alert(1)</script>", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_wrong_password_is_refused_with_a_polish_message(client, resident):
    response = client.post("/konto/login/", {"login": resident.email, "password": "zle-haslo"})
    assert response.status_code == 200
    assert "Prosimy poprawić zaznaczone pola" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_repeated_failed_log_ins_lock_the_account_for_a_while(client, resident):
    for _ in range(5):
        client.post("/konto/login/", {"login": resident.email, "password": "zle"})
    # Even the right password is refused now: guessing cannot go on at full speed.
    response = client.post("/konto/login/", {"login": resident.email, "password": PASSWORD})
    assert response.status_code == 200
    assert "Zbyt wiele nieudanych prób logowania" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_password_reset_sends_an_email_through_the_task(
    client, resident, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/konto/password/reset/", {"email": resident.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert "/konto/password/reset/key/" in mail.outbox[0].body


def test_admin_log_in_goes_through_the_portal_log_in_page(client):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response.url.startswith("/konto/login/")


def test_staff_without_a_second_factor_cannot_reach_the_admin(client, department_staff):
    client.force_login(department_staff)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url == "/konto/2fa/totp/activate/"
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "Ta część portalu wymaga uwierzytelniania dwuetapowego. Prosimy je włączyć: zeskanować kod "
        "aplikacją uwierzytelniającą w telefonie i wpisać kod, który ona pokaże."
    ]
    response = client.get("/admin/consultations/department/")
    assert response.status_code == 302
    assert response.url == "/konto/2fa/totp/activate/"


@pytest.mark.parametrize("persona", ["department_staff", "superuser"])
def test_staff_log_in_with_the_code_of_their_app_and_a_wrong_code_is_refused(
    client, request, persona
):
    user = request.getfixturevalue(persona)
    secret = activate_totp(user)
    # At the start of a 30-second period, so the code stays valid while the test runs.
    with freeze_time("2026-03-10 11:00:00", tick=True):
        response = client.post("/konto/login/", {"login": user.email, "password": PASSWORD})
        assert response.status_code == 302
        assert response.url == "/konto/2fa/authenticate/"
        assert "_auth_user_id" not in client.session
        page = client.get("/konto/2fa/authenticate/").content.decode()
        assert 'autocomplete="one-time-code"' in page
        response = client.get("/aktualnosci/panel/")  # the password alone lets nobody in
        assert response.status_code == 302
        assert response.url == "/konto/login/?next=/aktualnosci/panel/"

        wrong = totp_code(secret, periods_ahead=2)
        response = client.post("/konto/2fa/authenticate/", {"code": wrong})
        assert response.status_code == 200
        assert "Błędny kod." in response.content.decode()
        assert "_auth_user_id" not in client.session

        response = client.post("/konto/2fa/authenticate/", {"code": totp_code(secret)})
        assert response.status_code == 302
        assert response.url == "/admin/moja-praca/"  # staff land on their work
        assert client.session["_auth_user_id"] == str(user.pk)
        assert client.get("/admin/").status_code == 200
        assert client.get("/aktualnosci/panel/").status_code == 200


def test_superuser_without_a_second_factor_cannot_reach_the_admin(client, superuser):
    client.force_login(superuser)
    assert client.get("/admin/").status_code == 302


def test_staff_with_a_second_factor_reaches_the_admin(client, department_staff):
    Authenticator.objects.create(
        user=department_staff, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"}
    )
    client.force_login(department_staff)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "Zarządzanie portalem" in response.content.decode()


def test_residents_are_refused_by_the_admin(client, resident):
    client.force_login(resident)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url == "/admin/login/?next=/admin/"
    response = client.get("/admin/consultations/department/")
    assert response.status_code == 302
    assert response.url == "/admin/login/?next=/admin/consultations/department/"


def test_the_second_factor_rule_can_be_relaxed_for_local_development(
    client, department_staff, settings
):
    settings.STAFF_MFA_REQUIRED = False
    client.force_login(department_staff)
    assert client.get("/admin/").status_code == 200


def test_a_session_opened_with_the_password_alone_gains_no_staff_power_when_totp_is_set_up(
    client, department_staff
):
    # Session A logs in before the clerk has a second factor; the clerk then sets one up
    # elsewhere. A never entered a code: it must neither use staff power nor swap the code.
    with freeze_time("2026-03-10 11:00:00", tick=True):
        response = client.post(
            "/konto/login/", {"login": department_staff.email, "password": PASSWORD}
        )
        assert response.url == "/admin/moja-praca/"  # which first asks for a second factor
        secret = activate_totp(department_staff)
        for path in ["/admin/", "/aktualnosci/panel/dodaj/", "/konto/2fa/totp/deactivate/"]:
            response = client.get(path)
            assert response.status_code == 302
            assert response.url == f"/konto/2fa/reauthenticate/?next={quote(path, safe='')}"
        assert Authenticator.objects.filter(user=department_staff).count() == 1  # still the clerk's

        response = client.post(
            "/konto/2fa/reauthenticate/?next=/admin/", {"code": totp_code(secret)}
        )
        assert response.status_code == 302
        assert response.url == "/admin/"
        assert client.get("/admin/").status_code == 200
        assert client.get("/aktualnosci/panel/dodaj/").status_code == 200


def test_the_confirmation_page_asks_formally_and_names_the_address_once(client, outsider):
    from allauth.account.models import EmailAddress, EmailConfirmationHMAC

    address = EmailAddress.objects.get(user=outsider)
    page = client.get(f"/konto/confirm-email/{EmailConfirmationHMAC(address).key}/")
    text = page.content.decode()
    assert "Prosimy potwierdzić, że" in text
    assert "Potwierdź, że" not in text
    assert text.count(f">{outsider.email}</a>") == 1
