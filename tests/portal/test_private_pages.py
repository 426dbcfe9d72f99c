"""What a signed-in person sees stays theirs: no cache keeps it, and a refused form speaks
Polish in the portal's layout."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_a_page_for_a_signed_in_resident_is_kept_by_no_cache(client, resident):
    client.force_login(resident)
    response = client.get("/konsultacje/")
    assert response.status_code == 200
    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= directives


def test_a_page_for_an_anonymous_visitor_may_be_kept(client):
    response = client.get("/konsultacje/")
    assert "private" not in response.get("Cache-Control", "")


def test_a_form_refused_for_its_missing_csrf_token_explains_it_in_polish():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/konto/login/", {"login": "a@b.pl", "password": "x"})
    assert response.status_code == 403
    html = response.content.decode()
    assert '<html lang="pl"' in html
    assert "<h1>Nie udało się wysłać formularza</h1>" in html
    assert "odświeżyć ją i wysłać formularz jeszcze raz" in html
