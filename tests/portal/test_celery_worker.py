"""With REDIS_URL set, account e-mails really travel through the broker to a worker."""

import os
import time

import pytest
from celery.contrib.testing.worker import start_worker
from django.core import mail

from tests.conftest import PASSWORD

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="needs REDIS_URL (a real broker)"),
]


def test_verification_email_is_sent_by_a_celery_worker_through_redis(client, monkeypatch):
    from czestochowa_portal.celery import app

    monkeypatch.setitem(app.conf, "task_always_eager", False)
    with start_worker(app, perform_ping_check=False, pool="solo", shutdown_timeout=10):
        response = client.post(
            "/konto/signup/",
            {"email": "przez-kolejke@example.com", "password1": PASSWORD, "password2": PASSWORD},
        )
        assert response.status_code == 302
        deadline = time.monotonic() + 20
        while not mail.outbox and time.monotonic() < deadline:
            time.sleep(0.1)
    assert [message.to for message in mail.outbox] == [["przez-kolejke@example.com"]]
