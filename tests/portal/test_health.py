import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_health_is_ok_when_every_engine_answers(client):
    response = client.get("/health/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"] == "ok"
    assert body["checks"]["cache"] == "ok"
    # With the embedded default tasks run in the web process: no broker to check.
    assert body["checks"]["broker"] in {"ok", "nieużywana"}


@override_settings(
    CACHES={
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # the discard port: nothing listens
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
)
def test_health_is_503_when_the_cache_is_unreachable(client):
    response = client.get("/health/")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "awaria"
    assert body["checks"]["cache"] == "niedostępna"
    assert body["checks"]["database"] == "ok"


def test_health_is_503_when_the_broker_is_unreachable(client, monkeypatch):
    from czestochowa_portal.celery import app

    monkeypatch.setitem(app.conf, "task_always_eager", False)
    monkeypatch.setitem(app.conf, "broker_url", "redis://127.0.0.1:9/0")
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json()["checks"]["broker"] == "niedostępna"


def test_health_is_never_cached(client):
    response = client.get("/health/")
    assert "no-cache" in response.headers["Cache-Control"]
