"""Every public page: answers 200, in Polish, with one h1, a title, main and a skip link."""

import re

import pytest
from django.urls import reverse

from consultations.demo import seed_consultations
from consultations.models import Consultation
from districts.models import District
from news.models import News
from tests.htmlcheck import outline

pytestmark = pytest.mark.django_db

STATIC_PAGES = [
    "home",
    "about",
    "contact",
    "privacy",
    "terms",
    "easy_read",
    "sign_language",
    "accessibility_statement",
    "consultations:list",
    "news:list",
    "surveys:list",
    "results",
    "calendar",
    "districts:list",
    "account_login",
    "account_signup",
    "account_reset_password",
]


def public_urls():
    """Every kind of public page; call after `some_news` so news pages are there."""
    urls = [reverse(name) for name in STATIC_PAGES]
    urls += [district.get_absolute_url() for district in District.objects.all()]
    urls += [consultation.get_absolute_url() for consultation in Consultation.objects.published()]
    for news in News.objects.visible():
        urls.append(news.get_absolute_url())
        urls.append(reverse("news:archive", args=[news.publish_at.year, news.publish_at.month]))
    return urls


@pytest.fixture(autouse=True)
def some_consultations(settings, tmp_path):
    """The demo consultations (every status, a schedule, materials) so their pages are crawled."""
    settings.MEDIA_ROOT = tmp_path
    seed_consultations()


@pytest.fixture(autouse=True)
def some_news(django_user_model):
    """A city-wide and a district news item, with an image, so their pages are crawled."""
    from django.core.files.base import ContentFile

    from tests.news.conftest import png_bytes

    author = django_user_model.objects.create_user(email="autor@example.com")
    city = News.objects.create(
        title="Aktualność miejska",
        slug="aktualnosc-miejska",
        lead="Zajawka.",
        body="<p>Treść.</p>",
        author=author,
        state=News.State.PUBLISHED,
    )
    city.image.save("zdjecie.png", ContentFile(png_bytes()), save=False)
    city.image_alt = "Plac przed Urzędem"
    city.save()
    News.objects.create(
        title="Aktualność rady",
        slug="aktualnosc-rady",
        lead="Zajawka.",
        body="<p>Treść.</p>",
        author=author,
        state=News.State.PUBLISHED,
        district=District.objects.get(slug="rakow"),
    )


def assert_page_structure(url, response):
    assert response.status_code == 200, url
    page = outline(response.content.decode())
    assert page.html_lang == "pl", url
    assert page.h1_count == 1, f"{url} has {page.h1_count} <h1>"
    assert page.title.strip(), url
    assert page.main_count == 1, url
    assert page.first_link_href == "#tresc", url
    assert page.first_link_text == "Przejdź do treści", url
    assert "tresc" in page.ids, url


def test_every_public_page_has_the_required_structure(client):
    for url in public_urls():
        assert_page_structure(url, client.get(url))


def test_pages_look_the_same_to_a_signed_in_resident(client, resident):
    client.force_login(resident)
    for url in public_urls():
        if url.startswith("/konto/"):
            continue  # signed-in visitors are sent on from the log-in and sign-up pages
        assert_page_structure(url, client.get(url))


def test_account_pages_have_the_required_structure_for_a_signed_in_user(client, resident):
    client.force_login(resident)
    for name in ["account_email", "account_change_password", "mfa_index", "account_logout"]:
        url = reverse(name)
        assert_page_structure(url, client.get(url))


def test_every_page_links_the_footer_pages_and_the_bip(client):
    page = outline(client.get("/").content.decode())
    for name in ["contact", "accessibility_statement", "privacy", "terms", "easy_read"]:
        assert reverse(name) in page.links
    assert "https://bip.czestochowa.pl" in page.links


def test_every_page_links_the_sign_language_page_next_to_the_easy_read_text(client, resident):
    footer_links = re.compile(
        r'<li><a href="/tekst-latwy-do-czytania/">Tekst łatwy do czytania</a></li>\s*'
        r'<li><a href="/informacja-pjm/">Informacja w polskim języku migowym \(PJM\)</a></li>'
    )
    for url in public_urls():
        assert footer_links.search(client.get(url).content.decode()), url
    client.force_login(resident)
    for name in ["account_email", "account_change_password", "mfa_index"]:
        assert footer_links.search(client.get(reverse(name)).content.decode()), name


def test_main_navigation_marks_the_current_section(client):
    html = client.get(reverse("districts:list")).content.decode()
    assert '<a href="/dzielnice/" aria-current="page">Dzielnice</a>' in html


def test_sitemap_lists_the_public_pages(client):
    body = client.get("/sitemap.xml").content.decode()
    for url in [
        reverse("about"),
        reverse("accessibility_statement"),
        reverse("sign_language"),
        "/dzielnice/bleszno/",
    ]:
        assert url in body


def test_an_unknown_address_gets_a_polish_404_page_in_the_layout(client):
    response = client.get("/nie-ma-takiej-strony/")
    assert response.status_code == 404
    page = outline(response.content.decode())
    assert page.html_lang == "pl"
    assert page.h1_count == 1
    assert "Nie znaleziono strony" in response.content.decode()


def test_every_district_page_names_its_council(client):
    response = client.get("/dzielnice/podjasnogorska/")
    assert "Rada Dzielnicy Podjasnogórskiej" in response.content.decode()
