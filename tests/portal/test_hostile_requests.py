"""No request ends in a 500: NUL, long strings, lists, odd Unicode and charsets, everywhere.

A NUL is refused with a 400 before any page runs (PostgreSQL refuses it in text, so any
lookup by it would fail); a cookie with a NUL is dropped; a form in another charset than
UTF-8 gets a 400. Everything else gets the page's own answer. The fuzz is kept to a few
hundred requests: it runs on both databases in CI.
"""

from urllib.parse import quote

import pytest
from django.test import Client

from consultations.demo import seed_consultations
from czestochowa_portal.middleware import NUL_CHARACTER, OTHER_CHARSET
from districts.models import District
from news.models import News
from tests.conftest import PASSWORD
from tests.portal.test_crawl import public_urls

pytestmark = pytest.mark.django_db

# The parameters each public list page reads; allauth's pages read next and email.
LIST_PAGES = {
    "/konsultacje/": ["q", "status", "dzielnica", "jednostka", "kategoria", "rok", "page"],
    "/aktualnosci/": ["dzielnica", "strona"],
    "/wyniki/": ["page"],
}
EVERY_PARAMETER = sorted({name for names in LIST_PAGES.values() for name in names})
ACCOUNT_PARAMETERS = ["next", "email"]
FEEDS = [
    "/sitemap.xml",
    "/kanaly/kalendarz.ics",
    "/kanaly/konsultacje/rss/",
    "/kanaly/konsultacje/atom/",
    "/kanaly/aktualnosci/rss/",
    "/kanaly/aktualnosci/atom/",
    "/kanaly/aktualnosci/rakow/rss/",
    "/kanaly/aktualnosci/rakow/atom/",
    "/health/",
]
LONG = "ź" * 3000
ODD = [
    "\u200fמרכז\u200e",  # right-to-left and left-to-right marks around Hebrew
    "a\u0301\u0301\u0301\u0308",  # a pile of combining accents
    "²",  # a digit to str.isdigit(), not to int()
    "٣",  # Arabic-Indic three: int() reads it
    "１２",  # full-width digits
    "İstanbul ß ﬁ Ⅻ",  # lower() and NFKD change their length
    "🏛️‍🔥\ufeff",
    "' OR 1=1 --%_\\",
    "<script>alert(1)</script>",
    "-1",
    "9" * 40,
    " \t\n\x01",
    " ".join(["rower"] * 300),
    LONG,
]
SURROGATE = "%ED%A0%80"  # a lone surrogate, encoded as a careless client would
CSRF_SECRET = "a" * 32  # a well-formed CSRF cookie: the check then reads the form


def raw_query(names, value: str, *, repeat=False) -> str:
    encoded = quote(value)
    pairs = [f"{name}={encoded}" for name in names]
    if repeat:
        pairs += [f"{name}={SURROGATE}" for name in names]
    return "&".join(pairs)


def post_form(client, url, body: str, content_type="application/x-www-form-urlencoded"):
    """POST the body as ASCII bytes, whatever charset the Content-Type names."""
    return client.generic(
        "POST", url, f"csrfmiddlewaretoken={CSRF_SECRET}&{body}".encode(), content_type
    )


def csrf_client():
    client = Client(enforce_csrf_checks=True)
    client.cookies["csrftoken"] = CSRF_SECRET
    return client


@pytest.fixture
def every_public_url(settings, tmp_path, superuser):
    """What the crawl visits (tests/portal/test_crawl.py), plus feeds and /health/."""
    settings.MEDIA_ROOT = tmp_path
    seed_consultations()
    for district in [None, District.objects.get(slug="rakow")]:
        News.objects.create(
            title="Aktualność",
            slug=f"aktualnosc-{district.slug if district else 'miasto'}",
            lead="Zajawka.",
            body="<p>Treść.</p>",
            author=superuser,
            state=News.State.PUBLISHED,
            district=district,
        )
    return public_urls() + FEEDS


# --- The three causes the outside fuzz found ------------------------------------------------


def test_a_nul_in_the_session_cookie_means_no_session(client):
    client.cookies["sessionid"] = "\x00" + "a" * 31
    response = client.get("/")
    assert response.status_code == 200
    assert "Zaloguj się" in response.content.decode()


def test_a_nul_in_a_parameter_is_refused_with_a_polish_400(client):
    response = client.get("/aktualnosci/", {"dzielnica": "\x00"})
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == NUL_CHARACTER


@pytest.mark.parametrize("charset", ["utf-16", "latin-1", "utf8", "nonsense"])
def test_a_form_in_another_charset_is_refused_with_a_polish_400(charset):
    response = post_form(
        csrf_client(),
        "/konto/login/",
        "login=a%40example.com&password=b",
        f"application/x-www-form-urlencoded; charset={charset}",
    )
    assert response.status_code == 400
    assert response.content.decode() == OTHER_CHARSET


def test_a_form_in_utf8_still_reaches_the_page():
    response = post_form(
        csrf_client(),
        "/konto/login/",
        "login=a%40example.com&password=b",
        "application/x-www-form-urlencoded; charset=UTF-8",
    )
    assert response.status_code == 200
    assert "Prosimy poprawić zaznaczone pola" in response.content.decode()


def test_a_nul_in_the_address_is_refused_with_400(client):
    response = client.get("/konto/confirm-email/%00abcdef/")
    assert response.status_code == 400
    assert response.content.decode() == NUL_CHARACTER


# --- The fuzz: every public page, parameter, cookie and form --------------------------------


def test_every_public_page_refuses_a_nul_and_survives_junk_and_broken_cookies(
    client, every_public_url
):
    for url in every_public_url:
        names = EVERY_PARAMETER + (ACCOUNT_PARAMETERS if url.startswith("/konto/") else [])
        response = client.get(url, QUERY_STRING=raw_query(names, "\x00"))
        assert response.status_code == 400, url

        client.cookies["sessionid"] = "\x00" * 40
        response = client.get(url, QUERY_STRING=raw_query(names, LONG))
        assert response.status_code < 500, url

        client.cookies["sessionid"] = ("ł" * 100).encode().decode("latin-1")
        client.cookies["csrftoken"] = "\x00" + "b" * 31
        client.cookies["messages"] = "\x00" * 20
        response = client.get(url, QUERY_STRING=raw_query(names, ODD[0], repeat=True))
        assert response.status_code < 500, url
        client.cookies.clear()


def test_every_odd_value_of_every_parameter_of_the_list_pages_gets_a_page(client, every_public_url):
    for url, names in LIST_PAGES.items():
        for name in names:
            for value in ODD:
                response = client.get(url, QUERY_STRING=raw_query([name], value))
                assert response.status_code == 200, (url, name, value[:20])
            response = client.get(url, QUERY_STRING=f"{name}={SURROGATE}&{name}=%C0%AF")
            assert response.status_code == 200, (url, name)


FORMS = {
    "/konto/login/": ["login", "password"],
    "/konto/signup/": ["email", "password1", "password2"],
    "/konto/password/reset/": ["email"],
}


@pytest.mark.parametrize("url", FORMS)
def test_every_public_form_answers_hostile_input_with_a_page(url, resident):
    client = csrf_client()
    fields = FORMS[url]
    for value in [*ODD, resident.email.upper() + "\u200f", PASSWORD + "\x01"]:
        response = post_form(client, url, raw_query(fields, value))
        assert response.status_code < 500, (url, value[:20])
    assert post_form(client, url, raw_query(fields, "x", repeat=True)).status_code < 500
    assert post_form(client, url, raw_query(fields, "a\x00b")).status_code == 400
    for charset in ["utf-16", "iso-8859-2"]:
        content_type = f"application/x-www-form-urlencoded; charset={charset}"
        response = post_form(client, url, raw_query(fields, "żółw"), content_type)
        assert response.status_code == 400, charset
    multipart = client.post(
        url, {"csrfmiddlewaretoken": CSRF_SECRET} | dict.fromkeys(fields, "\x00")
    )
    assert multipart.status_code == 400
