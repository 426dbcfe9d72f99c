"""With DEBUG off every response carries the security headers a public site needs."""

import pytest

pytestmark = pytest.mark.django_db


def test_home_page_sends_a_strict_content_security_policy(client):
    response = client.get("/", secure=True)
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy
    assert "frame-ancestors 'none'" in policy


def test_https_responses_carry_hsts_and_privacy_headers(client):
    response = client.get("/", secure=True)
    assert response.headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response.headers["Permissions-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"


def test_session_and_csrf_cookies_are_secure_and_http_only(client, resident):
    from tests.conftest import PASSWORD

    client.get("/konto/login/", secure=True)
    response = client.post(
        "/konto/login/", {"login": resident.email, "password": PASSWORD}, secure=True
    )
    assert response.status_code == 302
    session_cookie = response.cookies["sessionid"]
    assert session_cookie["secure"]
    assert session_cookie["httponly"]
    assert client.cookies["csrftoken"]["secure"]
