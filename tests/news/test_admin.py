"""The news admin keeps the panel's rules: the same form and the same services."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from freezegun import freeze_time

from news.models import News
from tests.conftest import with_second_factor
from tests.news.conftest import png_bytes

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=ZoneInfo("Europe/Warsaw"))
ADD = "/admin/news/news/add/"


@pytest.fixture
def clerk(client, department_staff):
    client.force_login(with_second_factor(department_staff))
    return client


def admin_data(**changes):
    """The admin form's fields; the old admin's own (slug, state, split date) ride along, so
    a test also shows that what the form no longer offers is not taken."""
    data = {
        "title": "Komunikat Urzędu",
        "district": "",
        "lead": "Zajawka.",
        "body": "<p>Treść.</p>",
        "image_alt": "",
        "publication": "now",
        "publish_at": "",
        "slug": "komunikat-urzedu",
        "state": "published",
        "publish_at_0": "2026-03-10",
        "publish_at_1": "12:00:00",
        "_save": "Zapisz",
    }
    return data | changes


@freeze_time(NOW)
def test_a_reserved_address_and_a_back_date_are_not_taken_from_the_admin(clerk, department_staff):
    response = clerk.post(ADD, admin_data(title="Panel", slug="panel", publish_at_0="2020-01-01"))
    assert response.status_code == 302
    news = News.objects.get()
    assert news.slug == "panel-2"
    assert news.publish_at == NOW
    assert news.state == News.State.PUBLISHED
    assert news.author == department_staff
    assert clerk.get(news.get_absolute_url()).status_code == 200


@freeze_time(NOW)
def test_a_planned_publication_in_the_past_is_refused_in_the_admin(clerk):
    response = clerk.post(
        ADD,
        admin_data(publication="later", publish_at="2026-03-01T10:00", publish_at_0="2026-03-01"),
    )
    assert response.status_code == 200
    assert "Planowana publikacja musi przypadać w przyszłości." in response.content.decode()
    assert not News.objects.exists()


@override_settings(NEWS_IMAGE_MAX_MB=1)
def test_a_too_large_photo_is_refused_in_the_admin(clerk):
    big = SimpleUploadedFile("duze.png", png_bytes((1200, 1200)) + b"\0" * (1024 * 1024))
    response = clerk.post(ADD, admin_data(image=big, image_alt="Opis"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Zdjęcie jest za duże. Największy dopuszczalny rozmiar to 1 MB." in html
    assert not News.objects.exists()


def test_a_photo_added_in_the_admin_is_stored_under_a_name_that_follows_its_content(clerk):
    disguised = SimpleUploadedFile("program.eps", png_bytes(), content_type="image/png")
    response = clerk.post(ADD, admin_data(image=disguised, image_alt="Ławki"))
    assert response.status_code == 302
    name = News.objects.get().image.name
    assert name.startswith("aktualnosci/")
    assert name.endswith(".png")


def test_an_edit_in_the_admin_keeps_the_address_and_the_clerks_scope(clerk, make_news, bleszno):
    news = make_news(title="Komunikat", slug="komunikat")
    url = f"/admin/news/news/{news.pk}/change/"
    response = clerk.post(url, admin_data(title="Nowy tytuł", slug="inny"))
    assert response.status_code == 302
    news.refresh_from_db()
    assert (news.title, news.slug) == ("Nowy tytuł", "komunikat")
    response = clerk.post(url, admin_data(district=bleszno.pk))
    assert response.status_code == 200
    assert "W tej dzielnicy nie mogą Państwo publikować." in response.content.decode()
    assert News.objects.get(pk=news.pk).district is None


def test_a_deletion_in_the_admin_is_recorded_like_one_in_the_panel(clerk, make_news):
    news = make_news(title="Do usunięcia")
    response = clerk.post(f"/admin/news/news/{news.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not News.objects.exists()
    last = News.history.filter(id=news.pk).latest("history_date")
    assert last.history_change_reason == "Usunięcie"
