"""Signing up with an address that has an account looks and takes the same as with a new one.

The time is not measured here (timed tests fail on a busy machine); the work that costs it
is: one password hash and one e-mail task on both paths.
"""

import pytest
from django.contrib.auth.hashers import get_hasher
from django.core import mail

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def password_hashes(monkeypatch):
    hasher = type(get_hasher())
    encode = hasher.encode
    calls = []

    def counted(self, *args, **kwargs):
        calls.append(1)
        return encode(self, *args, **kwargs)

    monkeypatch.setattr(hasher, "encode", counted)
    return calls


def sign_up(client, email, capture):
    with capture(execute=True) as queued_tasks:
        response = client.post(
            "/konto/signup/", {"email": email, "password1": PASSWORD, "password2": PASSWORD}
        )
    return response, queued_tasks


def test_a_taken_address_costs_the_same_work_as_a_new_one(
    client, resident, password_hashes, django_capture_on_commit_callbacks
):
    new, new_tasks = sign_up(client, "nowa@example.com", django_capture_on_commit_callbacks)
    new_hashes = len(password_hashes)
    client.logout()
    taken, taken_tasks = sign_up(client, resident.email, django_capture_on_commit_callbacks)
    taken_hashes = len(password_hashes) - new_hashes

    assert (new.status_code, new.url) == (302, "/konto/confirm-email/")
    assert (taken.status_code, taken.url) == (302, "/konto/confirm-email/")
    assert (new_hashes, taken_hashes) == (1, 1)
    assert (len(new_tasks), len(taken_tasks)) == (1, 1)
    assert [message.to for message in mail.outbox] == [["nowa@example.com"], [resident.email]]


def test_the_taken_address_gets_a_warning_not_a_second_account(
    client, resident, django_capture_on_commit_callbacks
):
    from czestochowa_portal.models import User

    sign_up(client, resident.email.upper(), django_capture_on_commit_callbacks)
    assert User.objects.filter(email__iexact=resident.email).count() == 1
    assert resident.email in mail.outbox[0].to
    assert "/konto/confirm-email/" not in mail.outbox[0].body
