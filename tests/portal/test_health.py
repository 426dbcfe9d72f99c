"""/health/ tells the load balancer up or down; which engine is down, only staff and the server."""

import pytest
from django.test import override_settings
from freezegun import freeze_time

from czestochowa_portal import health

pytestmark = pytest.mark.django_db

PUBLIC = {"REMOTE_ADDR": "203.0.113.7"}
UNREACHABLE_CACHE = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",  # the discard port: nothing listens
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
}


@pytest.fixture(autouse=True)
def no_remembered_broker_check(monkeypatch):
    monkeypatch.setattr(health, "_last_broker_check", {})


@pytest.fixture
def unreachable_broker(monkeypatch):
    from czestochowa_portal.celery import app

    monkeypatch.setitem(app.conf, "task_always_eager", False)
    monkeypatch.setitem(app.conf, "broker_url", "redis://127.0.0.1:9/0")
    return app


def test_health_from_the_server_itself_names_every_engine(client):
    response = client.get("/health/")  # the test client speaks from 127.0.0.1
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"] == "ok"
    assert body["checks"]["cache"] == "ok"
    # With the embedded default tasks run in the web process: no broker to check.
    assert body["checks"]["broker"] == "nieużywana"


def test_health_tells_the_public_only_up(client):
    response = client.get("/health/", **PUBLIC)
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.parametrize(
    "forwarding",
    [
        {"HTTP_X_FORWARDED_PROTO": "https"},
        {"HTTP_X_FORWARDED_FOR": "203.0.113.5"},
        {"HTTP_X_REAL_IP": "203.0.113.5"},
        {"HTTP_FORWARDED": "for=203.0.113.5"},
    ],
)
def test_a_request_through_the_proxy_on_the_same_machine_is_public(client, forwarding):
    response = client.get("/health/", REMOTE_ADDR="127.0.0.1", **forwarding)
    assert response.json() == {"status": "ok"}


def test_staff_see_the_engines_from_anywhere(client, department_staff):
    client.force_login(department_staff)
    response = client.get("/health/", **PUBLIC)
    assert response.json()["checks"]["database"] == "ok"


def test_a_signed_in_resident_sees_only_up(client, resident):
    client.force_login(resident)
    assert client.get("/health/", **PUBLIC).json() == {"status": "ok"}


@override_settings(CACHES=UNREACHABLE_CACHE)
def test_health_is_503_when_the_cache_is_unreachable(client):
    response = client.get("/health/")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "awaria"
    assert body["checks"]["cache"] == "niedostępna"
    assert body["checks"]["database"] == "ok"


@override_settings(CACHES=UNREACHABLE_CACHE)
def test_the_public_learns_only_that_the_portal_is_down(client):
    response = client.get("/health/", **PUBLIC)
    assert response.status_code == 503
    assert response.json() == {"status": "awaria"}


def test_health_is_503_when_the_broker_is_unreachable(client, unreachable_broker):
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json()["checks"]["broker"] == "niedostępna"


def test_the_broker_is_asked_once_in_a_while_not_on_every_hit(
    client, unreachable_broker, monkeypatch
):
    connections = []
    connect = health._connect_to_broker
    monkeypatch.setattr(health, "_connect_to_broker", lambda: connections.append(1) or connect())
    with freeze_time("2026-03-02 10:00:00") as clock:
        for _ in range(3):
            assert client.get("/health/", **PUBLIC).status_code == 503
        assert len(connections) == 1
        clock.tick(health.BROKER_CHECK_SECONDS + 1)
        assert client.get("/health/", **PUBLIC).status_code == 503
        assert len(connections) == 2


def test_health_is_never_cached(client):
    response = client.get("/health/")
    assert "no-cache" in response.headers["Cache-Control"]
