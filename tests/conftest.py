"""Personas shared by the whole suite: one fixture per role of the portal."""

import os
import time
from urllib.parse import urlsplit, urlunsplit

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from django.conf import settings as django_settings
from django.contrib.auth.models import Group
from django.core.cache import cache

from common import roles
from consultations.models import Department
from consultations.services import department_member_add
from districts.models import CouncilMembership, District
from districts.services import council_member_add

PASSWORD = "Bardzo-Tajne-Haslo-42"


def pytest_report_header(config):
    database = django_settings.DATABASES["default"]
    return [
        f"portal database: {database['ENGINE'].rsplit('.', 1)[-1]} ({database['NAME']})",
        f"portal cache: {django_settings.CACHES['default']['BACKEND'].rsplit('.', 1)[-1]}",
        f"portal celery broker: {django_settings.CELERY_BROKER_URL.split('@')[-1]}",
    ]


@pytest.fixture(autouse=True)
def force_login_passes_the_second_factor_as_a_real_login_does(monkeypatch):
    """`client.force_login` stands for the real log-in: for a user with TOTP that includes
    the code, which allauth records in the session (tests/portal/test_accounts.py walks
    the real steps; tests that need a session without the code build it by hand)."""
    from allauth.account.internal.flows.login import record_authentication
    from django.test import Client, RequestFactory

    real_force_login = Client.force_login

    def force_login(self, user, backend=None):
        real_force_login(self, user, backend)
        totp = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
        if totp is not None:
            request = RequestFactory().get("/")
            request.session = self.session
            record_authentication(request, user, "mfa", id=totp.pk, type=totp.type)
            request.session.save()

    monkeypatch.setattr(Client, "force_login", force_login)


@pytest.fixture(autouse=True)
def isolated_cache_and_tasks(settings, monkeypatch, tmp_path):
    """Give each test an empty cache of its own and run Celery tasks in the test.

    On Redis each xdist worker gets its own database number, so clearing the cache
    (rate limits live there) never touches the other worker. Tasks run eagerly here;
    tests/portal/test_celery_worker.py sends them through a real broker and worker.
    """
    if os.environ.get("REDIS_URL"):
        worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
        number = int(worker.removeprefix("gw"))
        location = urlsplit(django_settings.REDIS_URL)._replace(path=f"/{10 + number}")
        settings.CACHES = {
            "default": django_settings.CACHES["default"] | {"LOCATION": urlunsplit(location)}
        }
    settings.MEDIA_ROOT = tmp_path / "media"  # uploads never land in var/
    from czestochowa_portal.celery import app

    monkeypatch.setitem(app.conf, "task_always_eager", True)
    cache.clear()
    yield
    cache.clear()


def make_user(django_user_model, email, **flags):
    user = django_user_model.objects.create_user(email=email, password=PASSWORD, **flags)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def activate_totp(user) -> str:
    """Turn on the one-time-code app for the user as allauth does; the secret is returned."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def totp_code(secret, *, periods_ahead=0) -> str:
    """The code the user's app shows now (or that many 30-second periods later)."""
    counter = int(time.time()) // mfa_settings.TOTP_PERIOD + periods_ahead
    return format_hotp_value(hotp_value(secret, counter))


def with_second_factor(user):
    """Staff reach the admin only after setting up TOTP."""
    Authenticator.objects.get_or_create(
        user=user, type=Authenticator.Type.TOTP, defaults={"data": {"secret": "X"}}
    )
    return user


@pytest.fixture
def resident(django_user_model):
    return make_user(django_user_model, "mieszkanka@example.com", first_name="Maria")


@pytest.fixture
def outsider(django_user_model):
    """Signed up but never confirmed the e-mail address."""
    user = django_user_model.objects.create_user(email="obcy@example.com", password=PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=False, primary=True)
    return user


@pytest.fixture
def department_staff(django_user_model):
    user = make_user(django_user_model, "pracownik@example.com")
    department_member_add(user=user, department=Department.objects.get(code="IZ"))
    return user


@pytest.fixture
def council_member(django_user_model):
    user = make_user(django_user_model, "radna@example.com", first_name="Barbara")
    council_member_add(
        user=user,
        district=District.objects.get(slug="bleszno"),
        function=CouncilMembership.Function.CHAIR,
        function_form=CouncilMembership.FunctionForm.FEMININE,
    )
    return user


@pytest.fixture
def moderator(django_user_model):
    user = make_user(django_user_model, "moderator@example.com")
    user.groups.add(Group.objects.get(name=roles.MODERATORS))
    return user


@pytest.fixture
def superuser(django_user_model):
    return make_user(django_user_model, "admin@example.com", is_staff=True, is_superuser=True)
