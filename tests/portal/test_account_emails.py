"""Every e-mail allauth sends on this portal says whose it is, in Polish, to „Państwo”.

Each e-mail is caused the way a person causes it (a form on the site), then its subject,
text and HTML are read: the portal's name, a greeting, links that open the right page on
the portal, nothing left empty, nothing in English, no informal „ty”, dates with „r.”
(tests.polish_register).
"""

import re
import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core import mail
from django.urls import resolve
from django.utils.html import strip_tags

from tests.conftest import PASSWORD
from tests.polish_register import language_problems

pytestmark = pytest.mark.django_db

SITE_NAME = "Konsultacje Społeczne Częstochowa"
NEW_PASSWORD = "Nowe-Haslo-Do-Konta-77"
URL = re.compile(r"https?://[^\s<>\"]+")
# What an empty or untranslated placeholder leaves behind: „Witamy z !”, „w domenie .”.
EMPTY_PLACEHOLDER = re.compile(r"\s[!.,;:](?:\s|$)|\(\s*\)|\bNone\b|\{\{|\{%")
ENGLISH = re.compile(r"\b(?:the|you|your|please|hello|thank|email|account|password)\b", re.I)


@pytest.fixture
def outbox(django_capture_on_commit_callbacks):
    """Run what a request queued on commit (the Celery task that sends), then read the mail."""

    def sent_by(action):
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            action()
        return list(mail.outbox)

    return sent_by


def read_email(message, *, to, subject):
    """Check what every account e-mail must be; return the links in its text."""
    assert message.to == [to]
    assert message.subject == f"[{SITE_NAME}] {subject}"
    html = next(content for content, mimetype in message.alternatives if mimetype == "text/html")
    assert html.startswith('<!DOCTYPE html>\n<html lang="pl">')
    for body in (message.body, strip_tags(html)):
        assert body.lstrip().startswith(("Dzień dobry,", SITE_NAME)), body
        assert "Dzień dobry," in body
        assert SITE_NAME in body
        assert "http://testserver/" in body
        assert EMPTY_PLACEHOLDER.findall(body) == [], body
        words = re.sub(r"\S+@\S+", "", URL.sub("", body))  # addresses are not words
        assert ENGLISH.findall(words) == [], body
        assert language_problems(body) == [], body
    links = URL.findall(message.body)
    assert set(links) == set(re.findall(r'href="(http[^"]+)"', html)), html
    for link in links:
        assert link.startswith("http://testserver/"), link
        resolve(link.removeprefix("http://testserver"))  # every link leads to a page here
    return links


def only(messages):
    assert len(messages) == 1, [message.subject for message in messages]
    return messages[0]


def path_of(links, prefix):
    (link,) = [link for link in links if link.startswith(f"http://testserver{prefix}")]
    return link.removeprefix("http://testserver")


def test_verification_email_at_sign_up_names_the_portal_and_confirms_the_address(client, outbox):
    message = only(
        outbox(
            lambda: client.post(
                "/konto/signup/",
                {"email": "nowa@example.com", "password1": PASSWORD, "password2": PASSWORD},
            )
        )
    )
    links = read_email(message, to="nowa@example.com", subject="Prosimy potwierdzić adres e-mail")
    assert "Dziękujemy za założenie konta w serwisie Konsultacje Społeczne Częstochowa." in (
        message.body
    )
    confirm = path_of(links, "/konto/confirm-email/")
    assert client.get(confirm).status_code == 200
    assert client.post(confirm).status_code == 302
    assert EmailAddress.objects.get(email="nowa@example.com").verified


def test_sign_up_with_a_taken_address_tells_the_owner_and_offers_a_new_password(
    client, resident, outbox
):
    message = only(
        outbox(
            lambda: client.post(
                "/konto/signup/",
                {"email": resident.email, "password1": PASSWORD, "password2": PASSWORD},
            )
        )
    )
    links = read_email(message, to=resident.email, subject="Konto z tym adresem już istnieje")
    assert client.get(path_of(links, "/konto/password/reset/")).status_code == 200


def test_password_reset_email_leads_to_the_form_for_a_new_password_and_the_change_is_notified(
    client, resident, outbox
):
    message = only(outbox(lambda: client.post("/konto/password/reset/", {"email": resident.email})))
    links = read_email(message, to=resident.email, subject="Ustawienie nowego hasła")
    response = client.get(path_of(links, "/konto/password/reset/key/"))
    assert response.status_code == 302
    form_url = response.url
    assert client.get(form_url).status_code == 200

    message = only(
        outbox(
            lambda: client.post(form_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
        )
    )
    read_email(message, to=resident.email, subject="Ustawiono nowe hasło")
    assert "Ustawiono nowe hasło do konta" in message.body
    resident.refresh_from_db()
    assert resident.check_password(NEW_PASSWORD)


def test_password_reset_for_an_unknown_address_offers_to_sign_up(client, outbox):
    message = only(
        outbox(lambda: client.post("/konto/password/reset/", {"email": "nikt@example.com"}))
    )
    links = read_email(
        message, to="nikt@example.com", subject="W serwisie nie ma konta z tym adresem"
    )
    assert client.get(path_of(links, "/konto/signup/")).status_code == 200


def test_a_new_address_is_confirmed_by_email_and_the_old_address_hears_of_the_change(
    client, resident, outbox
):
    client.force_login(resident)
    message = only(
        outbox(
            lambda: client.post(
                "/konto/email/", {"email": "nowy-adres@example.com", "action_add": ""}
            )
        )
    )
    links = read_email(
        message, to="nowy-adres@example.com", subject="Prosimy potwierdzić adres e-mail"
    )
    message = only(outbox(lambda: client.post(path_of(links, "/konto/confirm-email/"))))
    read_email(message, to=resident.email, subject="Zmieniono adres e-mail")
    assert (
        f"Adres e-mail konta zmieniono z {resident.email} na nowy-adres@example.com."
        in message.body
    )


def test_removing_an_address_is_notified(client, resident, outbox):
    EmailAddress.objects.create(user=resident, email="drugi@example.com", verified=True)
    client.force_login(resident)
    message = only(
        outbox(
            lambda: client.post(
                "/konto/email/", {"email": "drugi@example.com", "action_remove": ""}
            )
        )
    )
    read_email(message, to=resident.email, subject="Usunięto adres e-mail")
    assert "Z konta usunięto adres e-mail drugi@example.com." in message.body


def test_changing_the_password_is_notified_with_the_time_and_the_browser(client, resident, outbox):
    client.force_login(resident)
    message = only(
        outbox(
            lambda: client.post(
                "/konto/password/change/",
                {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
                HTTP_USER_AGENT="Firefox/140.0",
            )
        )
    )
    read_email(message, to=resident.email, subject="Zmieniono hasło")
    assert "– przeglądarka: Firefox/140.0" in message.body
    assert "– adres IP: 127.0.0.1" in message.body


def test_setting_a_first_password_is_notified(client, resident, outbox):
    resident.set_unusable_password()
    resident.save(update_fields=["password"])
    client.force_login(resident)
    message = only(
        outbox(
            lambda: client.post(
                "/konto/password/set/", {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
            )
        )
    )
    read_email(message, to=resident.email, subject="Ustawiono hasło")
    # Without a browser name the line says so instead of staying empty.
    assert "– przeglądarka: nieznana" in message.body


def test_turning_the_second_factor_on_and_off_and_new_recovery_codes_are_notified(
    client, resident, outbox
):
    client.force_login(resident)
    # allauth asks for the password again before the second factor is changed.
    assert client.post("/konto/reauthenticate/", {"password": PASSWORD}).status_code == 302
    response = client.get("/konto/2fa/totp/activate/")
    assert response.status_code == 200
    secret = response.context["form"].secret
    code = format_hotp_value(hotp_value(secret, int(time.time()) // 30))
    message = only(outbox(lambda: client.post("/konto/2fa/totp/activate/", {"code": code})))
    read_email(message, to=resident.email, subject="Włączono uwierzytelnianie dwuetapowe")

    message = only(outbox(lambda: client.post("/konto/2fa/recovery-codes/generate/")))
    read_email(message, to=resident.email, subject="Nowe kody zapasowe")

    message = only(outbox(lambda: client.post("/konto/2fa/totp/deactivate/")))
    read_email(message, to=resident.email, subject="Wyłączono uwierzytelnianie dwuetapowe")
