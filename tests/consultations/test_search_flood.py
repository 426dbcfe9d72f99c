"""Distinct searches can neither fill the page cache nor run without end from one address."""

import pytest
from freezegun import freeze_time

from common import pagecache
from tests.consultations.conftest import NOW, make_consultation
from tests.htmlcheck import outline

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def frozen():
    with freeze_time(NOW) as clock:
        yield clock


@pytest.fixture(autouse=True)
def a_consultation():
    make_consultation("Rowerowa Częstochowa")


def stored(client, url, django_assert_max_num_queries) -> bool:
    with django_assert_max_num_queries(50) as queries:
        assert client.get(url).status_code == 200
    return len(queries) == 0


def test_only_so_many_pages_with_parameters_are_stored(
    client, monkeypatch, django_assert_max_num_queries
):
    monkeypatch.setattr(pagecache, "MAX_STORED_PAGES_WITH_PARAMETERS", 2)
    searches = ["/konsultacje/?q=rower", "/konsultacje/?q=droga", "/konsultacje/?q=park"]
    for url in searches:
        client.get(url)
    assert [stored(client, url, django_assert_max_num_queries) for url in searches] == [
        True,
        True,
        False,
    ]
    # The pages without parameters, the same for everyone, are stored as before.
    client.get("/konsultacje/")
    assert stored(client, "/konsultacje/", django_assert_max_num_queries)


def test_empty_query_strings_are_one_page_and_count_in_the_bound(
    client, monkeypatch, django_assert_max_num_queries
):
    monkeypatch.setattr(pagecache, "MAX_STORED_PAGES_WITH_PARAMETERS", 1)
    client.get("/konsultacje/?&")
    # "?&&&" reads as the same (empty) query: served from the page stored for "?&".
    assert stored(client, "/konsultacje/?&&&", django_assert_max_num_queries)
    client.get("/konsultacje/?q=rower&")
    assert not stored(client, "/konsultacje/?q=rower", django_assert_max_num_queries)


def test_pages_with_parameters_are_stored_again_in_the_next_stretch(
    client, monkeypatch, frozen, settings, django_assert_max_num_queries
):
    monkeypatch.setattr(pagecache, "MAX_STORED_PAGES_WITH_PARAMETERS", 1)
    client.get("/konsultacje/?q=rower")
    client.get("/konsultacje/?q=droga")
    assert not stored(client, "/konsultacje/?q=droga", django_assert_max_num_queries)
    frozen.tick(settings.CONSULTATION_PAGE_CACHE_SECONDS)
    client.get("/konsultacje/?q=park")
    assert stored(client, "/konsultacje/?q=park", django_assert_max_num_queries)


def test_too_many_searches_from_one_address_get_a_polish_429_page(client, settings):
    settings.SEARCHES_PER_MINUTE = 3
    for text in ["rower", "droga", "park"]:
        assert client.get("/konsultacje/", {"q": text}).status_code == 200
    response = client.get("/konsultacje/", {"q": "szkoła"})
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    html = response.content.decode()
    page = outline(html)
    assert page.html_lang == "pl"
    assert page.h1_count == 1
    assert "<h1>Zbyt wiele zapytań</h1>" in html
    assert "Z\u00a0Państwa adresu przyszło w\u00a0ciągu minuty zbyt wiele wyszukiwań." in html
    assert "Prosimy odczekać minutę i spróbować ponownie." in html


def test_the_limit_counts_each_address_and_minute_and_only_searches(client, settings, frozen):
    settings.SEARCHES_PER_MINUTE = 1
    assert client.get("/konsultacje/", {"q": "rower"}).status_code == 200
    assert client.get("/konsultacje/", {"q": "droga"}).status_code == 429
    other = {"REMOTE_ADDR": "203.0.113.9"}
    assert client.get("/konsultacje/", {"q": "droga"}, **other).status_code == 200
    assert client.get("/konsultacje/", {"status": "trwajace"}).status_code == 200
    assert client.get("/konsultacje/", {"q": "  "}).status_code == 200
    frozen.tick(60)
    assert client.get("/konsultacje/", {"q": "droga"}).status_code == 200


def test_a_stored_search_is_served_without_counting(client, settings):
    settings.SEARCHES_PER_MINUTE = 1
    assert client.get("/konsultacje/", {"q": "rower"}).status_code == 200
    assert client.get("/konsultacje/", {"q": "rower"}).status_code == 200


def test_signed_in_residents_have_the_same_limit(client, resident, settings):
    settings.SEARCHES_PER_MINUTE = 1
    client.force_login(resident)
    assert client.get("/konsultacje/", {"q": "rower"}).status_code == 200
    assert client.get("/konsultacje/", {"q": "rower"}).status_code == 200  # stored: free
    response = client.get("/konsultacje/", {"q": "droga"})
    assert response.status_code == 429
    assert "Wyloguj się" in response.content.decode()  # their own header, as on every page


def test_one_household_on_ipv6_is_one_address(client, settings):
    settings.SEARCHES_PER_MINUTE = 1
    first = {"REMOTE_ADDR": "2001:db8:1:2::1"}
    same_network = {"REMOTE_ADDR": "2001:db8:1:2:ffff::9"}
    assert client.get("/konsultacje/", {"q": "rower"}, **first).status_code == 200
    assert client.get("/konsultacje/", {"q": "droga"}, **same_network).status_code == 429


def test_behind_the_proxy_the_visitor_address_counts(client, settings):
    settings.SEARCHES_PER_MINUTE = 1
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    nginx = {"REMOTE_ADDR": "127.0.0.1"}
    first = nginx | {"HTTP_X_FORWARDED_FOR": "198.51.100.1"}
    second = nginx | {"HTTP_X_FORWARDED_FOR": "198.51.100.2"}
    assert client.get("/konsultacje/", {"q": "rower"}, **first).status_code == 200
    assert client.get("/konsultacje/", {"q": "droga"}, **second).status_code == 200
    assert client.get("/konsultacje/", {"q": "park"}, **first).status_code == 429


def test_allauth_limits_answer_with_the_same_polish_page(client, settings):
    settings.ACCOUNT_RATE_LIMITS = settings.ACCOUNT_RATE_LIMITS | {"signup": "1/m/ip"}
    data = {"email": "a@example.com", "password1": "x", "password2": "y"}
    assert client.post("/konto/signup/", data).status_code == 200
    response = client.post("/konto/signup/", data)
    assert response.status_code == 429
    html = response.content.decode()
    assert "<h1>Zbyt wiele zapytań</h1>" in html
    assert "Z\u00a0Państwa adresu przyszło w\u00a0krótkim czasie zbyt wiele zapytań." in html
