"""One-off messages stay on the server: no cookie carries a resident's name or e-mail."""

from urllib.parse import unquote

import pytest

from tests.conftest import PASSWORD, make_user

pytestmark = pytest.mark.django_db


def test_after_log_in_no_cookie_holds_the_email(client, django_user_model):
    user = make_user(django_user_model, "jan.kowalski@example.com")
    response = client.post("/konto/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert "messages" not in response.cookies
    assert sorted(client.cookies) == ["csrftoken", "sessionid"]
    for name, morsel in client.cookies.items():
        assert "jan.kowalski" not in unquote(morsel.value), name
    # The message itself still reaches the page, from the session.
    page = client.get(response.url).content.decode()
    assert "Zalogowano jako jan.kowalski@example.com." in page


def test_the_log_out_message_sets_no_cookie_of_its_own(client, resident):
    client.force_login(resident)
    response = client.post("/konto/logout/")
    assert response.status_code == 302
    assert "messages" not in response.cookies
    assert "Wylogowano." in client.get(response.url).content.decode()
